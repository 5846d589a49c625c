package org.waymark.ui.journeys;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;

/**
 * The journey commands as the menu and buttons run them: asking the user what is needed (whether to save
 * first, a confirmation, a name, a file) through {@link JourneyDialogs}, then handing the work to the
 * {@link JourneyWorkspace}.
 */
public final class JourneyActions {

    private final JourneyWorkspace workspace;
    private final JourneyListViewModel list;
    private final JourneyDialogs dialogs;
    private final UnsavedChanges unsaved;
    private final Supplier<Optional<org.waymark.model.journey.Journey>> newJourneyChooser;
    private final BooleanBinding nothingSelected;
    private final BooleanBinding nothingOpen;

    /**
     * {@code newJourneyChooser} asks which journey to start from (the template gallery); empty means the user
     * changed their mind.
     */
    public JourneyActions(JourneyWorkspace workspace, JourneyListViewModel list, JourneyDialogs dialogs,
                          UnsavedChanges unsaved, Supplier<Optional<org.waymark.model.journey.Journey>> newJourneyChooser) {
        this.workspace = workspace;
        this.newJourneyChooser = newJourneyChooser;
        this.list = list;
        this.dialogs = dialogs;
        this.unsaved = unsaved;
        this.nothingSelected = Bindings.isNull(list.selectedProperty());
        this.nothingOpen = Bindings.isNull(workspace.sessionProperty());
    }

    public void newJourney() {
        if (unsaved.settle()) {
            newJourneyChooser.get().ifPresent(workspace::createFrom);
        }
    }

    public void openSelected() {
        OptionalLong id = list.selectedId();
        if (id.isEmpty() || id.equals(workspace.openedId())) {
            return;
        }
        if (unsaved.settle()) {
            workspace.openSelected();
        } else {
            workspace.openedId().ifPresent(list::select);
        }
    }

    public void save() {
        workspace.save();
    }

    public void saveAs() {
        if (workspace.sessionProperty().get() != null) {
            dialogs.askNewName(workspace.sessionProperty().get().journey().name()).ifPresent(workspace::saveAs);
        }
    }

    /** Deletes the selected journey after asking; when it is the open one with unsaved changes, asks about those first. */
    public void deleteSelected() {
        if (list.selectedProperty().get() == null) {
            return;
        }
        boolean open = list.selectedId().equals(workspace.openedId());
        if (open && !unsaved.settle()) {
            return;
        }
        if (dialogs.confirmDelete(list.selectedProperty().get().name())) {
            workspace.deleteSelected();
        }
    }

    public void importFile() {
        dialogs.chooseImportFile().filter(file -> unsaved.settle()).ifPresent(workspace::importFrom);
    }

    public void exportFile() {
        if (workspace.sessionProperty().get() != null) {
            dialogs.chooseExportFile(workspace.suggestedFileName()).ifPresent(workspace::exportTo);
        }
    }

    /** True when the window may close: nothing unsaved, or the user saved or gave up the changes. */
    public boolean mayClose() {
        return unsaved.settle();
    }

    /** True while no journey is selected in the list: Open and Delete are disabled. */
    public BooleanBinding nothingSelected() {
        return nothingSelected;
    }

    /** True while no journey is open: Save, Save as and Export are disabled. */
    public BooleanBinding nothingOpen() {
        return nothingOpen;
    }
}
