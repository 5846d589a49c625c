package org.waymark.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives: {@code --store DIR} first, then {@code WAYMARK_STORE}, then the platform's data
 * folder (XDG data dir or {@code ~/.local/share/waymark} on Linux, {@code %LOCALAPPDATA%\Waymark} on
 * Windows, {@code ~/Library/Application Support/Waymark} on macOS).
 */
public final class StoreLocation {

    public static final String ENVIRONMENT_VARIABLE = "WAYMARK_STORE";

    private final Map<String, String> environment;
    private final String osName;
    private final Path home;

    public StoreLocation(Map<String, String> environment, String osName, Path home) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    /** The location as this process sees it. */
    public static StoreLocation ofThisMachine() {
        return new StoreLocation(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    public Path resolve(Path option) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath();
        }
        return platformDefault();
    }

    Path platformDefault() {
        if (osName.contains("win")) {
            String local = environment.getOrDefault("LOCALAPPDATA", environment.get("APPDATA"));
            Path base = local != null ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Waymark");
        }
        if (osName.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Waymark");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("waymark");
    }
}
