package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.engine.SimulationProgress;
import org.waymark.model.edit.ChangeSettings;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySummary;
import org.waymark.store.AssetRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.canvas.TileNode;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.simulation.EngineSimulationService;
import org.waymark.ui.simulation.SimulationJob;
import org.waymark.ui.simulation.SimulationRun;
import org.waymark.ui.simulation.SimulationSettings;
import org.waymark.ui.simulation.StoreSimulationStore;
import org.waymark.ui.simulation.TileResultText;

/**
 * Issue 5 in the window: F5 on the demo's white paper journey, the dialog accepted with Enter, the run in the
 * background; then every tile card shows its counts (the same as the engine gives for that job) and the Data tab
 * the totals and the funnel, until the journey is edited.
 */
@ExtendWith(ApplicationExtension.class)
class SimulationWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String WHITE_PAPER = "New York white paper nurture";

    @TempDir
    Path dir;
    private Store store;
    private MainWindow main;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        main = TestDesktop.show(store, CLOCK, new Stage());
    }

    @AfterEach
    void closeWindowAndStore() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void f5SimulatesTheJourneyAndTheCanvasAndDataTabShowTheCounts(FxRobot robot) throws Exception {
        robot.doubleClickOn(WHITE_PAPER);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane sidebar = robot.lookup(".designer-sidebar").queryAs(TabPane.class);
        assertThat(robot.lookup("#data-empty").queryAs(Label.class).getText()).startsWith("Press F5");

        robot.push(KeyCode.F5);
        DialogPane dialog = dialog(robot);
        assertThat(dialog.getScene().getFocusOwner().getId()).isEqualTo("simulate-default-model");
        TextField seed = robot.from(dialog).lookup("#simulate-seed").queryAs(TextField.class);
        assertThat(seed.getText()).isEqualTo("1");
        assertThat(robot.from(dialog).lookup("#simulate-days").queryAs(TextField.class).getText()).isEqualTo("91");
        robot.clickOn(seed).push(KeyCode.CONTROL, KeyCode.A).write("42");
        TextField days = robot.from(dialog).lookup("#simulate-days").queryAs(TextField.class);
        robot.clickOn(days).push(KeyCode.CONTROL, KeyCode.A).write("0");
        Button simulate = (Button) dialog.lookupButton(org.waymark.ui.simulation.SimulationSettingsDialog.SIMULATE);
        assertThat(simulate.isDisabled()).isTrue();
        assertThat(robot.from(dialog).lookup("#simulate-days-problem").queryAs(Label.class).getText())
                .isEqualTo("Enter a number of days from 1 to 3,650.");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("30");
        assertThat(simulate.isDisabled()).isFalse();
        robot.clickOn("#simulate-default-model");
        assertThat(dialog.getScene().getFocusOwner().getId()).isEqualTo("simulate-default-model");
        robot.push(KeyCode.ENTER); // on a choice, as in a field, Enter accepts

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#tile-offer")
                .queryAs(TileNode.class).resultText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, String> expected = expectedLines(new SimulationSettings(null, 42, 30, true, 10_000, false));
        Map<String, String> shown = robot.lookup(".tile").queryAllAs(TileNode.class).stream()
                .collect(Collectors.toMap(TileNode::tileId, TileNode::resultText));
        assertThat(shown).isEqualTo(expected);
        assertThat(shown.get("offer")).matches("[\\d,]+ sent · [\\d,]+ opened · [\\d,]+ clicked");
        assertThat(shown.get("clicked-download")).matches("[\\d,]+ true · [\\d,]+ false.*");
        TileNode offer = robot.lookup("#tile-offer").queryAs(TileNode.class);
        assertThat(offer.getAccessibleHelp()).containsPattern("Simulated: [\\d,]+ contacts were sent it; [\\d,]+ "
                + "contacts opened it; [\\d,]+ contacts clicked a link in it");
        assertThat(robot.from(offer).lookup(".tile-count-badge").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(shown.get("offer").split(" · "));
        assertThat(robot.lookup("#simulation-progress").query().isVisible()).isFalse();

        assertThat(sidebar.getSelectionModel().getSelectedItem().getId()).isEqualTo("sidebar-data");
        String entered = shown.get("audience").replaceAll(" entered.*", "");
        assertThat(Long.parseLong(entered.replace(",", ""))).as("contacts entered").isPositive();
        assertThat(values(robot, "#simulation-totals")).startsWith("Contacts entered: " + entered);
        assertThat(values(robot, "#simulation-settings")).contains("Seed: 42", "Period: 30 days from 1 Dec 2026",
                "Model: Default", "Saved as: Not saved");
        List<Node> bars = robot.lookup(".funnel-bar").queryAll().stream().toList();
        assertThat(bars).extracting(Node::getId).containsExactly("funnel-entered", "funnel-sent", "funnel-delivered",
                "funnel-opened", "funnel-clicked");
        assertThat(bars.get(0).getAccessibleText()).isEqualTo("Entered: " + entered + " contacts, 100 % of those who "
                + "entered");
        assertThat(bars.get(1).getAccessibleText()).startsWith("Sent: " + shown.get("offer").replaceAll(" sent.*", ""));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Simulated '" + WHITE_PAPER + "': " + entered + " contacts entered.");

        EditSession session = main.workspace().sessionProperty().get();
        robot.interact(() -> session.execute(new ChangeSettings(session.document(),
                session.journey().settings().withName("Renamed"), "name")));
        assertThat(robot.lookup(".tile").queryAllAs(TileNode.class)).extracting(TileNode::resultText)
                .containsOnly("");
        assertThat(robot.lookup("#data-empty").query().isVisible()).isTrue();
        assertThat(offer.getAccessibleHelp()).doesNotContain("Simulated");
    }

    @Test
    void aBadModelFileIsExplainedInTheDialogAndSimulateAgainRerunsTheLastSettings(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad-model.json"), "{\"formatVersion\": 1, \"channels\": 3}");
        robot.doubleClickOn(WHITE_PAPER);
        Button again = robot.lookup("#simulate-again-button").queryButton();
        assertThat(again.isDisabled()).as("nothing to run again yet").isTrue();
        robot.clickOn("#simulate-button");
        DialogPane dialog = dialog(robot);
        robot.clickOn("#simulate-model-file");
        robot.clickOn("#simulate-model-path").write(bad.toString());
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.from(dialog).lookup("#simulate-model-path-problem").queryAs(Label.class);
        assertThat(problem.getText()).startsWith(bad + ": $");
        assertThat(problem.isVisible()).isTrue();
        Button simulate = (Button) dialog.lookupButton(org.waymark.ui.simulation.SimulationSettingsDialog.SIMULATE);
        assertThat(simulate.isDisabled()).isTrue();

        robot.clickOn("#simulate-default-model");
        robot.clickOn("#simulate-synthetic");
        robot.clickOn("#simulate-synthetic-count").push(KeyCode.CONTROL, KeyCode.A).write("500");
        assertThat(problem.isVisible()).isFalse();
        assertThat(robot.from(dialog).lookup("#simulate-persist").query().isDisabled()).isTrue();
        robot.clickOn(simulate);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !again.isDisabled());
        assertThat(values(robot, "#simulation-settings")).contains("Contacts: 500 synthetic");

        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !again.isDisabled());
        assertThat(values(robot, "#simulation-settings")).contains("Contacts: 500 synthetic", "Seed: 1");
    }

    /** The lines the engine gives for this job, computed here without the window. */
    private Map<String, String> expectedLines(SimulationSettings settings) {
        JourneyRepository journeys = new JourneyRepository(store, CLOCK);
        JourneySummary summary = journeys.list(WHITE_PAPER).get(0);
        Journey journey = journeys.find(summary.id()).orElseThrow();
        SimulationJob job = SimulationJob.of(journey, OptionalLong.of(summary.id()), settings, CLOCK);
        SimulationRun run = new EngineSimulationService(new StoreSimulationStore(store, CLOCK),
                new AssetRepository(store), 2).run(job, SimulationProgress.NONE);
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        new TileResultText().lines(run).forEach((id, badges) -> lines.put(id, org.waymark.ui.canvas.TileBadge.line(badges)));
        return lines;
    }

    private static List<String> values(FxRobot robot, String grid) {
        return robot.lookup(grid + " .data-value").queryAllAs(Label.class).stream().map(Label::getAccessibleText)
                .toList();
    }

    private static DialogPane dialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Window window = robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage stage && "Simulate journey".equals(stage.getTitle()) && w.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no Simulate dialog"));
        robot.targetWindow(window);
        return (DialogPane) window.getScene().getRoot();
    }
}
