package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.audience.ContactSummary;
import org.waymark.store.AppSettingsRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.ui.canvas.TileNode;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    private Store store;
    private Stage window;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        JourneyRepository journeys = new JourneyRepository(store, CLOCK);
        journeys.insert(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        journeys.insert(SampleJourneys.read(SampleJourneys.WELCOME));
        TestContacts contacts = new TestContacts(store);
        long engine = contacts.account("Analytical Engines");
        contacts.contact("Ada", "Lovelace", "ada@analytical.org", engine, "London", 4);
        contacts.contact("Grace", "Hopper", "grace@navy.mil", null, "Arlington", 2);
        window = showWindow();
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void opensTheSelectedJourneyOnTheCanvas(FxRobot robot) {
        assertThat(window.getTitle()).isEqualTo("Waymark");
        robot.clickOn("New York white paper nurture");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.getTitle()).isEqualTo("Waymark — New York white paper nurture");
        TileNode trigger = robot.lookup("#tile-clicked-download").queryAs(TileNode.class);
        TileNode lead = robot.lookup("#tile-lead").queryAs(TileNode.class);
        assertThat(trigger.isVisible()).isTrue();
        assertThat(lead.isVisible()).isTrue();
        assertThat(trigger.getAccessibleText()).isEqualTo("Trigger 'Clicked the download link?', step 3 of 11; "
                + "true path: Create lead 'Lead for the playbook'; false path: Email 'Second chance'");
        assertThat(robot.lookup(".tile").queryAll()).hasSize(14);
        assertThat(robot.lookup(".lane-label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("True", "False", "True", "False");
        assertThat(robot.lookup("#status-store").queryLabeled().getText()).contains(dir.resolve("store").toString());
    }

    @Test
    void clickingOrTabbingToATileSelectsIt(FxRobot robot) {
        robot.doubleClickOn("New York white paper nurture");
        robot.clickOn("#tile-offer");
        TileNode offer = robot.lookup("#tile-offer").queryAs(TileNode.class);
        assertThat(offer.isFocused()).isTrue();
        assertThat(offer.getPseudoClassStates()).extracting(Object::toString).contains("selected");
        robot.type(KeyCode.TAB);
        TileNode page = robot.lookup("#tile-download-page").queryAs(TileNode.class);
        assertThat(page.isFocused()).isTrue();
        assertThat(page.getPseudoClassStates()).extracting(Object::toString).contains("selected");
        assertThat(offer.getPseudoClassStates()).extracting(Object::toString).doesNotContain("selected");
    }

    @Test
    void theContactBrowserShowsMatchingContacts(FxRobot robot) throws TimeoutException {
        // the tab's own label: "Contacts" also names the tab's Contacts | Accounts switch
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n.getStyleClass().contains("tab-label")
                && n instanceof Labeled label && "Contacts".equals(label.getText())).queryAs(javafx.scene.Node.class));
        TableView<?> table = robot.lookup("#contact-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.clickOn("#contact-search").write("analytical");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(((ContactSummary) table.getItems().get(0)).fullName()).isEqualTo("Ada Lovelace");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Ada Lovelace", "ada@analytical.org", "Analytical Engines", "London", "(4) Marketing");
        assertThat(robot.lookup("#contact-count").queryLabeled().getText()).isEqualTo("Showing 1 of 1 contact");
    }

    @Test
    void newCreatesAndOpensABlankJourneyAndDeleteAsksFirst(FxRobot robot) {
        robot.clickOn("#journey-search");
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("blank");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.getTitle()).isEqualTo("Waymark — New journey");
        assertThat(robot.lookup(".tile").queryAll()).hasSize(1);

        robot.clickOn("#journey-delete");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Delete the journey 'New journey'?");
        robot.type(KeyCode.ENTER);
        assertThat(listedNames(robot)).contains("New journey");

        robot.clickOn("#journey-delete");
        robot.clickOn(dialogButton(robot, "Delete"));
        assertThat(listedNames(robot)).doesNotContain("New journey").hasSize(2);
        assertThat(window.getTitle()).isEqualTo("Waymark");
    }

    @Test
    void reopensTheLastJourneyWhereTheWindowWas(FxRobot robot) {
        robot.doubleClickOn("Welcome series");
        robot.interact(() -> {
            window.setX(40);
            window.setY(30);
            window.setWidth(1000);
            window.setHeight(700);
        });
        robot.interact(window::close);
        assertThat(new AppSettingsRepository(store).get("journey.last")).isPresent();

        robot.interact(() -> window = showWindow());
        assertThat(window.getTitle()).isEqualTo("Waymark — Welcome series");
        assertThat(window.getWidth()).isEqualTo(1000);
        assertThat(window.getX()).isEqualTo(40);
    }

    @Test
    void everyControlIsReachableByTabAndNamedForScreenReaders(FxRobot robot) {
        robot.doubleClickOn("New York white paper nurture");
        robot.clickOn("#journey-search");
        Map<String, String> reached = new LinkedHashMap<>();
        for (int i = 0; i < 45 && !reached.containsKey("journey-search"); i++) {
            robot.type(KeyCode.TAB);
            Node focused = window.getScene().getFocusOwner();
            reached.put(focused.getId() == null ? focused.getTypeSelector() : focused.getId(), focused.getAccessibleText());
        }
        assertThat(reached).containsKeys("journey-list", "journey-new", "journey-open", "journey-delete",
                "journey-import", "journey-export", "main-tabs", "tile-audience", "tile-ny-subscribers",
                "tile-clicked-download", "tile-late-lead", "toolbox-filter", "toolbox-list", "journey-search");
        assertThat(reached.values()).allSatisfy(text -> assertThat(text).isNotBlank());

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        assertThat(window.getScene().getFocusOwner().getId()).isEqualTo("contact-search");
        robot.type(KeyCode.TAB);
        Node table = window.getScene().getFocusOwner();
        assertThat(table.getId()).isEqualTo("contact-table");
        assertThat(table.getAccessibleText()).isEqualTo("Contacts");
    }

    private Stage showWindow() {
        Stage stage = new Stage();
        TestDesktop.show(store, CLOCK, stage);
        return stage;
    }

    private static java.util.List<String> listedNames(FxRobot robot) {
        return robot.lookup(".journey-name").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).map(Labeled::getText).toList();
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
