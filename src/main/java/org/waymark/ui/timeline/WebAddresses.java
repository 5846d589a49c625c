package org.waymark.ui.timeline;

import java.awt.Desktop;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Opens a timeline item's web address in the system browser, off the FX thread; where there is no browser (a
 * headless machine) or the address is malformed, says so through {@code status} instead.
 */
public final class WebAddresses {

    private final Consumer<String> status;

    public WebAddresses(Consumer<String> status) {
        this.status = status;
    }

    public void open(String address) {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            status.accept("Not a web address: " + address);
            return;
        }
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            status.accept("No browser to open " + address + " here");
            return;
        }
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().browse(uri);
            } catch (Exception e) {
                javafx.application.Platform.runLater(() -> status.accept("Cannot open " + address + ": " + e.getMessage()));
            }
        }, "waymark-browser");
        opener.setDaemon(true);
        opener.start();
        status.accept("Opening " + address + " in the browser");
    }
}
