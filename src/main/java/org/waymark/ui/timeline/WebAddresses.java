package org.waymark.ui.timeline;

import java.awt.Desktop;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.waymark.ui.background.AnswerLine;

/**
 * Opens a timeline item's web address in the system browser, off the FX thread (as a job on an {@link AnswerLine}:
 * the desktop's browser call may take its time); where there is no browser (a headless machine) or the address is
 * malformed, or the browser cannot be started, says so through {@code status} instead.
 */
public final class WebAddresses {

    private final Consumer<String> status;
    /** The browser calls: each is made, and each that fails says so. */
    private final AnswerLine opening;

    /** Says through {@code status}; the browser calls run on threads of their own (not the store's: one may block). */
    public WebAddresses(Consumer<String> status) {
        this.status = status;
        this.opening = new AnswerLine(Executors.newCachedThreadPool(call -> {
            Thread thread = new Thread(call, "waymark-browser");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater);
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
        opening.run(progress -> {
            Desktop.getDesktop().browse(uri);
            return uri;
        }, opened -> { }, e -> status.accept("Cannot open " + address + ": " + e.getMessage()));
        status.accept("Opening " + address + " in the browser");
    }
}
