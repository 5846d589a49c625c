package org.waymark.ui.tables;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to what they show: each column at least as wide as its heading (with room for the sort
 * arrow), and as wide as its widest value among the first rows, in the table's font; measured again when the rows
 * change and when the font does (the UI scale). The columns keep those widths, and the table scrolls sideways when
 * they do not all fit, so that no heading or value is ever cut short with an ellipsis.
 */
public final class FittedColumns {

    /** The property of a column that holds how its values read, for a column whose cells format them. */
    static final String TEXT_OF = "waymark.textOf";
    private static final int ROWS_MEASURED = 300;

    private FittedColumns() {
    }

    public static <T> void install(TableView<T> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable fit = () -> fit(table);
        ListChangeListener<T> rows = change -> fit.run();
        table.getItems().addListener(rows);
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(rows);
            }
            if (now != null) {
                now.addListener(rows);
            }
            fit.run();
        });
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> {
            heading(table).ifPresent(label -> label.fontProperty().addListener((o, was, font) -> fit.run()));
            fit.run();
        }));
    }

    private static <T> void fit(TableView<T> table) {
        Font font = heading(table).map(Label::getFont).orElse(null);
        if (font == null) {
            return; // not shown yet: fitted once its skin is there
        }
        double em = font.getSize();
        ObservableList<T> items = table.getItems();
        List<T> measured = items == null ? List.of() : items.subList(0, Math.min(ROWS_MEASURED, items.size()));
        for (TableColumn<T, ?> column : table.getVisibleLeafColumns()) {
            double heading = width(column.getText(), font) + 2.2 * em;
            double widest = 0;
            for (T row : measured) {
                widest = Math.max(widest, width(textOf(column, row), font));
            }
            column.setMinWidth(heading);
            column.setPrefWidth(Math.max(heading, widest + 1.4 * em));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> String textOf(TableColumn<T, ?> column, T row) {
        Object value = column.getCellData(row);
        if (value == null) {
            return "";
        }
        Object format = column.getProperties().get(TEXT_OF);
        return format instanceof Function<?, ?> f ? String.valueOf(((Function<Object, Object>) f).apply(value))
                : String.valueOf(value);
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    private static java.util.Optional<Label> heading(TableView<?> table) {
        return table.lookupAll(".column-header .label").stream().filter(Label.class::isInstance)
                .map(Label.class::cast).findFirst();
    }
}
