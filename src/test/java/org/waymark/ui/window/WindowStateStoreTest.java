package org.waymark.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.store.AppSettingsRepository;
import org.waymark.store.Store;

class WindowStateStoreTest {

    @TempDir
    Path dir;
    private Store store;
    private AppSettingsRepository settings;
    private WindowStateStore state;

    @BeforeEach
    void openStore() {
        store = Store.open(dir);
        settings = new AppSettingsRepository(store);
        state = new WindowStateStore(settings);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void boundsAndTheLastJourneySurviveARoundTrip() {
        assertThat(state.bounds()).isEmpty();
        assertThat(state.lastJourney()).isEmpty();
        state.saveBounds(new WindowBounds(10.4, 20, 1100, 700, true));
        state.saveLastJourney(OptionalLong.of(42));
        assertThat(settings.get("window.x")).contains("10");
        assertThat(settings.get("journey.last")).contains("42");
        assertThat(state.bounds()).contains(new WindowBounds(10, 20, 1100, 700, true));
        assertThat(state.lastJourney()).hasValue(42);
        state.saveLastJourney(OptionalLong.empty());
        assertThat(state.lastJourney()).isEmpty();
    }

    @Test
    void unreadableValuesCountAsNone() {
        state.saveBounds(new WindowBounds(10, 20, 1100, 700, false));
        settings.put("window.width", "wide");
        settings.put("journey.last", "x");
        assertThat(state.bounds()).isEmpty();
        assertThat(state.lastJourney()).isEmpty();
    }
}
