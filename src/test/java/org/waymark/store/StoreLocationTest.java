package org.waymark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void theOptionWinsOverTheEnvironment() {
        StoreLocation location = new StoreLocation(Map.of("WAYMARK_STORE", "/env/store"), "Linux", home);
        assertThat(location.resolve(Path.of("/opt/store"))).isEqualTo(Path.of("/opt/store"));
        assertThat(location.resolve(null)).isEqualTo(Path.of("/env/store"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(new StoreLocation(Map.of("XDG_DATA_HOME", "/data"), "Linux", home).resolve(null))
                .isEqualTo(Path.of("/data/waymark"));
        assertThat(new StoreLocation(Map.of(), "Linux", home).resolve(null))
                .isEqualTo(Path.of("/home/ana/.local/share/waymark"));
    }

    @Test
    void windowsAndMacUseTheirUsualFolders() {
        assertThat(new StoreLocation(Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"), "Windows 11", home)
                .resolve(null)).isEqualTo(Path.of("C:/Users/ana/AppData/Local/Waymark"));
        assertThat(new StoreLocation(Map.of(), "Mac OS X", home).resolve(null))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Waymark"));
    }
}
