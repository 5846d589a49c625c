package org.waymark.ui.tables;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The read-only table columns the app's lists use: text, whole numbers shown with thousands separators, and rates
 * shown as percentages; the number columns sort as numbers.
 */
public final class TableColumns {

    private TableColumns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Whole numbers, "2,130". */
    public static <T> TableColumn<T, Long> count(String title, Function<T, Long> value, double width) {
        return formatted(title, value, width, n -> String.format(Locale.ENGLISH, "%,d", n));
    }

    /** Rates from 0 to 1, "51.4 %". */
    public static <T> TableColumn<T, Double> rate(String title, Function<T, Double> value, double width) {
        return formatted(title, value, width, r -> String.format(Locale.ENGLISH, "%.1f %%", 100 * r));
    }

    private static <T, V> TableColumn<T, V> formatted(String title, Function<T, V> value, double width,
                                                      Function<V, String> format) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        column.getProperties().put(FittedColumns.TEXT_OF, format);
        column.setPrefWidth(width);
        return column;
    }
}
