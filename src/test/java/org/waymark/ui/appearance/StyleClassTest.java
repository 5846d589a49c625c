package org.waymark.ui.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import org.junit.jupiter.api.Test;

/**
 * The style class names of {@link StyleClass} against the stylesheets (decision 0016): a name the code puts on a
 * node has a rule, so a misspelt one cannot ship.
 */
class StyleClassTest {

    private static final Path CSS = Path.of("src/main/resources/org/waymark/ui");
    private static final Pattern CLASS_SELECTOR = Pattern.compile("\\.([A-Za-z_][\\w-]*)");
    private static final Pattern PSEUDO_SELECTOR = Pattern.compile(":([a-z][\\w-]*)");

    @Test
    void everyStyledClassHasARuleInAStylesheet() {
        Set<String> selectors = selectors(CLASS_SELECTOR);
        List<String> missing = values(StyleClass.class).stream().filter(name -> !selectors.contains(name)).toList();
        assertThat(missing).as("style classes no stylesheet has a rule for (a typo, or a hook: StyleClass.Hooks)")
                .isEmpty();
    }

    @Test
    void hooksHaveNoRule() {
        Set<String> selectors = selectors(CLASS_SELECTOR);
        List<String> styled = values(StyleClass.Hooks.class).stream().filter(selectors::contains).toList();
        assertThat(styled).as("hooks a stylesheet now styles: move them up into StyleClass").isEmpty();
    }

    @Test
    void everyPseudoClassHasARule() {
        Set<String> selectors = selectors(PSEUDO_SELECTOR);
        List<String> missing = constants(StyleClass.Pseudo.class, PseudoClass.class).stream()
                .map(PseudoClass::getPseudoClassName).filter(name -> !selectors.contains(name)).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void eachNameIsItsValueInUpperSnakeCaseAndSpeltOnce() {
        Set<String> seen = new HashSet<>();
        for (Class<?> type : List.of(StyleClass.class, StyleClass.Hooks.class)) {
            for (Field field : fields(type, String.class)) {
                String value = value(field, String.class);
                String expected = field.getName().endsWith("_PREFIX") && value.endsWith("-")
                        ? field.getName() : value.toUpperCase(Locale.ROOT).replace('-', '_');
                assertThat(field.getName()).as(value).isEqualTo(expected);
                assertThat(seen.add(value)).as(value + " twice").isTrue();
            }
        }
        assertThat(seen).hasSizeGreaterThan(150);
    }

    /** The class (or pseudo-class) names in the selectors of every stylesheet, without comments and declarations. */
    private static Set<String> selectors(Pattern pattern) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(CSS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String text = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?s)\\{[^}]*}", "\n");
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(names).as("selectors read from " + CSS.toAbsolutePath()).isNotEmpty();
        return names;
    }

    private static List<String> values(Class<?> type) {
        return constants(type, String.class);
    }

    private static <T> List<T> constants(Class<?> type, Class<T> kind) {
        return fields(type, kind).stream().map(field -> value(field, kind)).toList();
    }

    private static List<Field> fields(Class<?> type, Class<?> kind) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()))
                .filter(f -> f.getType() == kind).toList();
    }

    private static <T> T value(Field field, Class<T> kind) {
        try {
            return kind.cast(field.get(null));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
