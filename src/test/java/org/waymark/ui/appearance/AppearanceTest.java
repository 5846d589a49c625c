package org.waymark.ui.appearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.store.AppSettingsRepository;
import org.waymark.store.Store;

class AppearanceTest {

    @TempDir
    Path dir;
    private Store store;
    private AppSettingsRepository settings;

    @BeforeEach
    void openStore() {
        store = Store.open(dir);
        settings = new AppSettingsRepository(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void startsLightAtActualSize() {
        Appearance appearance = new Appearance(settings);
        assertThat(appearance.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(appearance.scaleProperty().get()).isEqualTo(100);
        assertThat(appearance.scaleFactorProperty().get()).isEqualTo(1.0);
        assertThat(appearance.canGrowProperty().get()).isTrue();
        assertThat(appearance.canShrinkProperty().get()).isFalse();
    }

    @Test
    void largerAndSmallerStepThroughTheScalesAndStopAtTheLimits() {
        Appearance appearance = new Appearance(settings);
        List<Integer> up = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            appearance.larger();
            up.add(appearance.scaleProperty().get());
        }
        assertThat(up).containsExactly(110, 125, 150, 175, 200, 200, 200);
        assertThat(appearance.canGrowProperty().get()).isFalse();
        assertThat(appearance.canShrinkProperty().get()).isTrue();
        assertThat(appearance.scaleFactorProperty().get()).isEqualTo(2.0);

        appearance.smaller();
        assertThat(appearance.scaleProperty().get()).isEqualTo(175);
        appearance.actualSize();
        assertThat(appearance.scaleProperty().get()).isEqualTo(100);
        appearance.smaller();
        assertThat(appearance.scaleProperty().get()).isEqualTo(100);
        assertThat(appearance.canShrinkProperty().get()).isFalse();
    }

    @Test
    void scalesBetweenStepsMoveToTheNextStepAndOutOfRangeIsClampedOrRefused() {
        assertThat(new UiScale(130).larger()).isEqualTo(new UiScale(150));
        assertThat(new UiScale(130).smaller()).isEqualTo(new UiScale(125));
        assertThat(new UiScale(105).smaller()).isEqualTo(new UiScale(100));
        assertThat(new UiScale(190).larger()).isEqualTo(new UiScale(200));
        assertThat(UiScale.clamped(250)).isEqualTo(new UiScale(200));
        assertThat(UiScale.clamped(40)).isEqualTo(new UiScale(100));
        assertThatThrownBy(() -> new UiScale(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UiScale(201)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new UiScale(150).fontSize()).isEqualTo(19.5);
    }

    @Test
    void themeAndScaleAreRememberedForTheNextStart() {
        Appearance appearance = new Appearance(settings);
        appearance.useTheme(Theme.HIGH_CONTRAST);
        appearance.larger();
        appearance.larger();
        assertThat(settings.get(Appearance.THEME)).contains("HIGH_CONTRAST");
        assertThat(settings.get(Appearance.SCALE)).contains("125");

        Appearance restored = new Appearance(settings);
        assertThat(restored.themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(restored.scaleProperty().get()).isEqualTo(125);
        assertThat(restored.canShrinkProperty().get()).isTrue();
    }

    @Test
    void unreadableStoredValuesGiveTheDefaults() {
        for (String[] bad : new String[][] {{"PURPLE", "big"}, {"", "500"}, {"light", "99"}, {"DARK ", "12.5"}}) {
            settings.put(Appearance.THEME, bad[0]);
            settings.put(Appearance.SCALE, bad[1]);
            Appearance appearance = new Appearance(settings);
            assertThat(appearance.themeProperty().get()).as(bad[0]).isEqualTo(Theme.LIGHT);
            assertThat(appearance.scaleProperty().get()).as(bad[1]).isEqualTo(100);
        }
    }

    @Test
    void theStylesheetsAreTheThemesPaletteAndTheRootFontSize() {
        Appearance appearance = new Appearance(settings);
        appearance.useTheme(Theme.DARK);
        appearance.useScale(new UiScale(200));

        List<String> sheets = appearance.stylesheetsProperty().get();
        assertThat(sheets).hasSize(2);
        assertThat(sheets.get(0)).endsWith("/org/waymark/ui/theme-dark.css");
        assertThat(sheets.get(1)).startsWith(Appearance.FONT_SHEET_PREFIX);
        String css = new String(Base64.getDecoder().decode(sheets.get(1).substring(Appearance.FONT_SHEET_PREFIX.length())),
                StandardCharsets.UTF_8);
        assertThat(css).isEqualTo(".root { -fx-font-size: 26.00px; }");
        assertThat(sheets).allMatch(Appearance::isOurs);
        assertThat(Appearance.isOurs(Theme.HIGH_CONTRAST.stylesheetUrl())).isTrue();
        assertThat(Appearance.isOurs(Theme.class.getResource("/org/waymark/ui/waymark.css").toExternalForm())).isFalse();
    }

    @Test
    void everyThemeHasALabelAndAPalette() {
        assertThat(Theme.values()).extracting(Theme::label).containsExactly("Light", "Dark", "High contrast");
        assertThat(Theme.values()).extracting(Theme::stylesheet).containsExactly("/org/waymark/ui/theme-light.css",
                "/org/waymark/ui/theme-dark.css", "/org/waymark/ui/theme-high-contrast.css");
        assertThat(Theme.values()).allSatisfy(theme -> assertThat(theme.stylesheetUrl()).isNotBlank());
        assertThat(Theme.named("DARK")).contains(Theme.DARK);
        assertThat(Theme.named("Dark")).isEmpty();
    }
}
