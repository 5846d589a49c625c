package org.waymark.ui.properties;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * Type-ahead for a non-editable combo box, open or closed: typed letters choose the first entry whose shown text
 * starts with them, else the first with a word that does ("s" picks "Clicked a specific link", "d" "Download the
 * white paper"). Letters typed within a second of one another add up; after a pause, or when nothing matches the
 * letters together, the last letter starts over.
 */
public final class TypeAhead {

    static final long PAUSE_MILLIS = 1000;

    private final StringBuilder typed = new StringBuilder();
    private long typedAt = Long.MIN_VALUE;

    TypeAhead() {
    }

    /** Lets typing choose in {@code box}. */
    public static <T> void install(ComboBox<T> box) {
        TypeAhead ahead = new TypeAhead();
        box.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String character = e.getCharacter();
            if (box.isEditable() || e.isShortcutDown() || e.isAltDown() || character.isEmpty()
                    || Character.isISOControl(character.charAt(0)) || box.getItems().isEmpty()) {
                return;
            }
            StringConverter<T> converter = box.getConverter();
            Function<T, String> label = item -> converter == null ? String.valueOf(item) : converter.toString(item);
            ahead.typed(character, System.nanoTime() / 1_000_000, box.getItems(), label).ifPresent(item -> {
                box.getSelectionModel().select(item);
                e.consume();
            });
        });
    }

    /** The entry chosen by {@code character} typed at {@code nowMillis}, after what was typed before. */
    <T> Optional<T> typed(String character, long nowMillis, List<T> items, Function<T, String> label) {
        if (typedAt == Long.MIN_VALUE || nowMillis - typedAt > PAUSE_MILLIS) {
            typed.setLength(0);
        }
        typedAt = nowMillis;
        typed.append(character);
        Optional<T> found = find(items, label, typed.toString());
        if (found.isEmpty() && typed.length() > 1) {
            typed.setLength(0);
            typed.append(character);
            found = find(items, label, character);
        }
        return found;
    }

    /** The first entry starting with {@code wanted} (ignoring case), else the first with a word starting with it. */
    static <T> Optional<T> find(List<T> items, Function<T, String> label, String wanted) {
        String needle = wanted.toLowerCase(Locale.ROOT);
        Optional<T> start = items.stream().filter(i -> text(label, i).startsWith(needle)).findFirst();
        return start.isPresent() ? start
                : items.stream().filter(i -> startsAWord(text(label, i), needle)).findFirst();
    }

    private static boolean startsAWord(String text, String needle) {
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static <T> String text(Function<T, String> label, T item) {
        String text = label.apply(item);
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
