package org.waymark.ui.properties;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.ValueOperator;
import org.waymark.ui.appearance.StyleClass;

/** Editor of a splitter: by percentage or by value, and its branches (at least two; the last takes the rest). */
final class SplitterEditor extends TileEditor<SplitterTile> {

    private final SplitterViewModel model;
    private final RadioChoice<SplitMode> mode;
    private final VBox rows = new VBox();
    private final List<SplitterBranchRow> branchRows = new ArrayList<>();
    private final Button addBranch = new Button("Add branch");
    private int removing = -1;
    private boolean adding;

    SplitterEditor(EditContext context, SplitterTile tile, Journey journey) {
        super(context, SplitterTile.class, tile, journey);
        model = context.splitters();
        mode = new RadioChoice<>("property-mode", List.of(SplitMode.values()),
                m -> m == SplitMode.PERCENTAGE ? "By percentage" : "By value", "Divide contacts",
                "By percentage: each branch takes a share. By value: each branch takes contacts matching its rule, "
                        + "the first match wins");
        mode.onChange(m -> apply(model.withMode(tile(), m), "mode"));
        Label heading = new Label("Branches");
        heading.getStyleClass().add(StyleClass.SECTION_HEADING);
        rows.getStyleClass().add(StyleClass.BRANCH_ROWS);
        addBranch.setId("property-branch-add");
        addBranch.setAccessibleText("Add branch. Adds a branch before the last one, which keeps taking the rest");
        addBranch.setOnAction(e -> addBranch());
        add(new Field("Divide contacts", mode, mode.first()), heading, rows, addBranch);
    }

    @Override
    protected void update() {
        SplitterTile tile = tile();
        mode.show(tile.mode());
        fitRows(tile.branches().size());
        boolean removable = tile.branches().size() > SplitterViewModel.MIN_BRANCHES;
        String problem = model.sumProblem(tile).orElse(null);
        for (int i = 0; i < branchRows.size(); i++) {
            branchRows.get(i).show(tile, i, model.lastBranchText(tile), problem, removable);
        }
    }

    /**
     * One row per branch. A branch added (before the last) or removed with the editor's buttons moves the
     * other rows along, keeping anything still being fixed in them; any other change of count rebuilds them.
     */
    private void fitRows(int count) {
        if (count == branchRows.size()) {
            return;
        }
        if (removing >= 0 && count == branchRows.size() - 1) {
            branchRows.remove(removing);
        } else if (adding && count == branchRows.size() + 1) {
            branchRows.add(branchRows.size() - 1, newRow(0));
        } else {
            branchRows.clear();
            for (int i = 0; i < count; i++) {
                branchRows.add(newRow(i));
            }
        }
        for (int i = 0; i < branchRows.size(); i++) {
            branchRows.get(i).index(i);
        }
        rows.getChildren().setAll(branchRows);
    }

    private SplitterBranchRow newRow(int index) {
        SplitterBranchRow[] self = new SplitterBranchRow[1];
        self[0] = new SplitterBranchRow(index, new SplitterBranchRow.Changes() {
            @Override
            public void name(String name) {
                int at = self[0].index();
                apply(model.withBranchName(tile(), at, name), "name of branch " + (at + 1));
            }

            @Override
            public void percent(String text) {
                int at = self[0].index();
                Checked<SplitterTile> changed = model.withPercent(tile(), at, text);
                if (changed.isValid()) {
                    self[0].percentField().clear();
                    apply(changed.value(), "share of branch " + (at + 1));
                    model.sumProblem(tile()).ifPresent(self[0].percentField()::warning);
                } else {
                    self[0].percentField().error(changed.problem());
                }
            }

            @Override
            public void rule(String field, ValueOperator operator, String value) {
                int at = self[0].index();
                Checked<SplitterTile> changed = model.withRule(tile(), at, field, operator, value);
                if (changed.isValid()) {
                    self[0].ruleField().clear();
                    apply(changed.value(), "rule of branch " + (at + 1));
                } else {
                    self[0].ruleField().error(changed.problem());
                }
            }

            @Override
            public void remove() {
                removeBranch(self[0].index());
            }
        });
        return self[0];
    }

    private void addBranch() {
        int count = tile().branches().size();
        adding = true;
        boolean added = apply(model.addBranch(tile()), "branch " + count);
        adding = false;
        if (added && branchRows.size() > count) {
            SplitterBranchRow row = branchRows.get(count - 1);
            Platform.runLater(() -> row.nameBox().requestFocus());
        }
    }

    private void removeBranch(int index) {
        SplitterBranch branch = tile().branches().get(index);
        int tiles = PipelineWalker.count(branch.tiles());
        if (tiles > 0 && !confirm(branch, tiles)) {
            return;
        }
        Checked<SplitterTile> changed = model.removeBranch(tile(), index);
        if (changed.isValid()) {
            removing = index;
            apply(changed.value(), "branches");
            removing = -1;
            Platform.runLater(() -> branchRows.get(Math.min(index, branchRows.size() - 1)).nameBox().requestFocus());
        }
    }

    private boolean confirm(SplitterBranch branch, int tiles) {
        ButtonType remove = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Its path holds " + Texts.plural(tiles, "tile")
                + ", which go with it. Undo brings them back.", remove, ButtonType.CANCEL);
        alert.initOwner(addBranch.getScene().getWindow());
        alert.setTitle("Remove branch");
        alert.setHeaderText("Remove the branch '" + branch.name() + "'?");
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
