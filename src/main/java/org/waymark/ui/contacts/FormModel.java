package org.waymark.ui.contacts;

import java.util.function.LongConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.waymark.model.audience.FieldProblem;

/** What a record's form dialog asks of its view model: a title, problems by field, and a save. */
interface FormModel {

    ReadOnlyStringProperty titleProperty();

    ObservableList<FieldProblem> problems();

    /** The message about {@code field}, or null. */
    String problemOf(String field);

    StringBinding problemTextBinding();

    BooleanBinding canSaveBinding();

    /** Whether the form differs from what was loaded. */
    ReadOnlyBooleanProperty dirtyProperty();

    /** Saves in one transaction; {@code saved} gets the record's id. */
    void save(LongConsumer saved);
}
