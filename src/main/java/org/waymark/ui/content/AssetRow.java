package org.waymark.ui.content;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetSummary;

/** One line of the content list: the stored asset and whether it has edits not saved yet; both change in place. */
public final class AssetRow {

    private final ObjectProperty<AssetSummary> summary = new SimpleObjectProperty<>();
    private final BooleanProperty unsaved = new SimpleBooleanProperty();

    AssetRow(AssetSummary summary) {
        this.summary.set(summary);
    }

    public ObjectProperty<AssetSummary> summaryProperty() {
        return summary;
    }

    public BooleanProperty unsavedProperty() {
        return unsaved;
    }

    public AssetKind kind() {
        return summary.get().kind();
    }

    public long id() {
        return summary.get().id();
    }

    public String name() {
        return summary.get().name();
    }

    /** "Marketing email", "Text message"… */
    public static String kindText(AssetKind kind) {
        return Character.toUpperCase(kind.label().charAt(0)) + kind.label().substring(1);
    }

    /** The kind in one word, for the narrow Kind column: "Email", "Text", "Push", "Form", "Page", "Event". */
    public static String shortKindText(AssetKind kind) {
        return switch (kind) {
            case EMAIL -> "Email";
            case SMS -> "Text";
            case PUSH_NOTIFICATION -> "Push";
            case MARKETING_FORM -> "Form";
            case MARKETING_PAGE -> "Page";
            case EVENT -> "Event";
            default -> kindText(kind);
        };
    }

    /** "Draft", "Published", "Draft · unsaved changes". */
    public StringBinding statusText() {
        return Bindings.createStringBinding(() -> summary.get().status().label()
                + (unsaved.get() ? " · unsaved changes" : ""), summary, unsaved);
    }

    boolean is(AssetKind kind, long id) {
        return kind() == kind && id() == id;
    }
}
