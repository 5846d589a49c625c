package org.waymark.model.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Checks that a page or link address is a full web address: http or https, with a host. */
public final class WebAddress {

    private WebAddress() {
    }

    /** Why {@code url} is not a usable web address, or empty when it is. */
    public static Optional<String> problem(String url) {
        String s = url == null ? "" : url.strip();
        if (s.isEmpty()) {
            return Optional.of("enter a web address such as https://www.example.com/offer");
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("'" + s + "' must start with https:// or http://");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("'" + s + "' has no host name after " + scheme + "://");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + s + "' is not a valid web address: " + e.getReason());
        }
    }
}
