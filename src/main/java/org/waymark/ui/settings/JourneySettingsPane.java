package org.waymark.ui.settings;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.waymark.model.content.AssetCatalog;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.properties.ScrollToFocus;

/**
 * The journey's general settings as a form: name and description, owner, audience (target, consent, scope,
 * suppression segment), schedule and recurrence, and the status and milestones (read only). Each change is an
 * undoable edit; typing in one field is one undo step. Input the journey cannot hold (no name, an end before
 * the start) is shown with its problem and not applied; problems "check for errors" reports (a recurrence that
 * does not fit, an unknown suppression segment) are applied and flagged.
 */
public final class JourneySettingsPane extends ScrollPane {

    private final ObservableValue<EditSession> session;
    private final JourneySettingsViewModel model;
    private SettingsForm form;

    public JourneySettingsPane(ObservableValue<EditSession> session, AssetCatalog assets) {
        this.session = session;
        this.model = new JourneySettingsViewModel(assets);
        getStyleClass().add(StyleClass.SETTINGS_PANE);
        getStylesheets().add(JourneySettingsPane.class.getResource("/org/waymark/ui/properties.css").toExternalForm());
        setId("settings-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setAccessibleText("Journey settings");
        ScrollToFocus.install(this);
        session.addListener((o, before, now) -> show(now));
        show(session.getValue());
    }

    private void show(EditSession now) {
        if (form != null) {
            form.dispose();
            form = null;
        }
        if (now == null) {
            Label empty = new Label("Open a journey to see its settings.");
            empty.getStyleClass().add(StyleClass.EMPTY_DETAIL);
            VBox box = new VBox(empty);
            box.getStyleClass().add(StyleClass.SETTINGS_CONTENT);
            setContent(box);
        } else {
            form = new SettingsForm(now, model);
            setContent(form);
        }
    }
}
