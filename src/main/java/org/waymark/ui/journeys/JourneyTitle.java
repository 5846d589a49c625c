package org.waymark.ui.journeys;

import java.util.OptionalLong;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.waymark.ui.edit.EditSession;

/**
 * Shows whether the open journey has unsaved changes: a mark before its name in the window title
 * ("Waymark — • Welcome series") and on its row of the journey list. Follows the name as it is edited.
 */
public final class JourneyTitle {

    public static final String APP_NAME = "Waymark";
    /** Put before the journey's name while it has unsaved changes. */
    public static final String UNSAVED_MARK = "• ";

    private final JourneyWorkspace workspace;
    private final JourneyListViewModel list;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP_NAME);
    private final ChangeListener<Object> retitle = (obs, old, value) -> refresh();

    public JourneyTitle(JourneyWorkspace workspace, JourneyListViewModel list) {
        this.workspace = workspace;
        this.list = list;
        workspace.sessionProperty().addListener((obs, old, next) -> {
            if (old != null) {
                old.journeyProperty().removeListener(retitle);
                old.dirtyProperty().removeListener(retitle);
            }
            if (next != null) {
                next.journeyProperty().addListener(retitle);
                next.dirtyProperty().addListener(retitle);
            }
            refresh();
        });
        refresh();
    }

    /** "Waymark — • Welcome series" with unsaved changes, "Waymark — Welcome series" without, or "Waymark". */
    public static String of(String journeyName, boolean unsaved) {
        return journeyName == null ? APP_NAME : APP_NAME + " — " + (unsaved ? UNSAVED_MARK : "") + journeyName;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private void refresh() {
        EditSession session = workspace.sessionProperty().get();
        boolean unsaved = session != null && session.dirtyProperty().get();
        title.set(of(session == null ? null : session.journey().name(), unsaved));
        list.markUnsaved(unsaved ? workspace.openedId() : OptionalLong.empty());
    }
}
