package org.waymark.ui.content;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.FieldType;
import org.waymark.model.content.FormField;
import org.waymark.model.content.MarketingForm;

/** A marketing form being edited: its fields in order, each with a name, label, type and whether it is required. */
public final class FormEditorModel extends AssetEditorModel {

    /** One field row. */
    public static final class FieldRow {
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty label = new SimpleStringProperty("");
        public final ObjectProperty<FieldType> type = new SimpleObjectProperty<>(FieldType.TEXT);
        public final BooleanProperty required = new SimpleBooleanProperty(false);

        FieldRow(FormField field) {
            name.set(field.name());
            label.set(field.label());
            type.set(field.type());
            required.set(field.required());
        }
    }

    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList(
            r -> new Observable[] {r.name, r.label, r.type, r.required});

    public FormEditorModel() {
        watch(fields);
    }

    @Override
    public AssetKind kind() {
        return AssetKind.MARKETING_FORM;
    }

    public ObservableList<FieldRow> fields() {
        return fields;
    }

    public FieldRow addField() {
        FieldRow row = new FieldRow(new FormField("", "", FieldType.TEXT, false));
        fields.add(row);
        return row;
    }

    @Override
    protected void fill(Asset asset) {
        fields.setAll(((MarketingForm) asset).fields().stream().map(FieldRow::new).toList());
    }

    @Override
    protected Asset build(long id, AssetStatus status) {
        return new MarketingForm(id, nameProperty().get(), fields.stream()
                .map(r -> new FormField(r.name.get(), r.label.get(), r.type.get(), r.required.get())).toList(), status);
    }
}
