package org.waymark.ui.journeys;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;

/**
 * The journey commands as the menu and buttons run them: asking the user what is needed (a confirmation, a
 * file) through {@link JourneyDialogs}, then handing the work to the {@link JourneyWorkspace}.
 */
public final class JourneyActions {

    private final JourneyWorkspace workspace;
    private final JourneyListViewModel list;
    private final JourneyDialogs dialogs;
    private final BooleanBinding nothingSelected;
    private final BooleanBinding nothingOpen;

    public JourneyActions(JourneyWorkspace workspace, JourneyListViewModel list, JourneyDialogs dialogs) {
        this.workspace = workspace;
        this.list = list;
        this.dialogs = dialogs;
        this.nothingSelected = Bindings.isNull(list.selectedProperty());
        this.nothingOpen = Bindings.isNull(workspace.openedProperty());
    }

    public void newJourney() {
        workspace.createNew();
    }

    public void openSelected() {
        workspace.openSelected();
    }

    public void save() {
        workspace.save();
    }

    public void deleteSelected() {
        if (list.selectedProperty().get() != null && dialogs.confirmDelete(list.selectedProperty().get().name())) {
            workspace.deleteSelected();
        }
    }

    public void importFile() {
        dialogs.chooseImportFile().ifPresent(workspace::importFrom);
    }

    public void exportFile() {
        if (workspace.openedProperty().get() != null) {
            dialogs.chooseExportFile(workspace.suggestedFileName()).ifPresent(workspace::exportTo);
        }
    }

    /** True while no journey is selected in the list: Open and Delete are disabled. */
    public BooleanBinding nothingSelected() {
        return nothingSelected;
    }

    /** True while no journey is open: Save and Export are disabled. */
    public BooleanBinding nothingOpen() {
        return nothingOpen;
    }
}
