package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.waymark.model.edit.ReadyTile;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.journeys.JourneyWorkspace;

/**
 * Issue 4's acceptance test: the reference journey of the customer-journey guide built with key presses only, from
 * File ▸ New (Ctrl+N, Enter: a blank journey, the focus left on its canvas), as a power user builds it, and counted. Each tile comes from the Add tile list, found by a
 * few letters of a word of its record ("york", "off", "pl"…; typed on the canvas, a letter opens the list), and
 * goes with Shift+Enter where the list says, or with Enter to the numbered places; the new trigger already watches
 * the offer email, Enter on it reaches what it waits for, and type-ahead picks the condition and the link; Enter
 * on the lead reaches its topic. A typed character counts as one key press, a chord as one; the letters that
 * choose are counted with the commands, the lead's topic apart as free text.
 */
@ExtendWith(ApplicationExtension.class)
class ReferenceJourneyByKeyboardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String NAME = "New York white paper, built by keyboard";
    /** Issue 4's goal for the commands and choices; the free text is what it is. */
    private static final int GOAL = 40;

    @TempDir
    Path dir;
    private Store store;
    private Stage window;
    private JourneyWorkspace workspace;
    private FxRobot robot;
    private int commands;
    private int freeText;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        Journey sample = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
        new JourneyRepository(store, CLOCK).insert(new Journey(sample.settings().withName(NAME), List.of()));
        window = new Stage();
        workspace = TestDesktop.show(store, CLOCK, window).workspace();
    }

    @AfterEach
    void closeWindowAndStore() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void theReferenceJourneyIsBuiltWithFewKeyPresses(FxRobot fx) {
        robot = fx;
        // File ▸ New: the gallery opens with the blank journey chosen and named; Enter makes it, its canvas focused
        press(KeyCode.CONTROL, KeyCode.N);
        Window gallery = robot.listTargetWindows().stream().filter(w -> w != window && w.isShowing()).findFirst()
                .orElseThrow(() -> new AssertionError("no template gallery"));
        robot.targetWindow(gallery);
        press(KeyCode.ENTER);
        robot.targetWindow(window);
        assertThat(session().journey().pipeline()).as("a blank journey: an empty segment group").singleElement()
                .satisfies(tile -> assertThat(tile.type()).isEqualTo(org.waymark.model.tile.TileType.SEGMENT_GROUP));
        assertThat(focusedId()).as("a new journey's first tile has the keyboard").isEqualTo("tile-segment-group");

        // the New York subscribers into its segment group: letters typed on the canvas open the Add tile list,
        // and Shift+Enter puts the segment where the list says
        choose("york", "Segment · " + ReferenceJourney.SEGMENT);
        assertThat(placeLine()).startsWith("Shift+Enter: ");
        press(KeyCode.SHIFT, KeyCode.ENTER);
        press(KeyCode.ESCAPE); // out of the group, onto the group itself
        assertThat(focusedId()).isEqualTo("tile-segment-group");

        // the offer email after it, the download page inside the email: letters typed on the canvas open the list
        choose("off", "Email · " + ReferenceJourney.OFFER);
        press(KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(selected()).isEqualTo("email-1");
        choose("pl", "Marketing page · " + ReferenceJourney.PAGE);
        press(KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(selected()).isEqualTo("marketingPage-1");

        // the trigger after the email: it watches the email already; Enter goes to what it waits for
        choose("tr", "Trigger");
        assertThat(placeLine()).as("a tile added for a record reads as that record")
                .startsWith("Shift+Enter: After 'White paper offer'");
        press(KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(trigger().rules()).containsExactly(new TriggerRule("email-1", TriggerCondition.OPENED, ""));
        press(KeyCode.ENTER);
        assertThat(focusedId()).isEqualTo("property-rule-condition-0");
        choose("s", null);
        press(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("property-rule-link-0");
        choose("d", null);
        assertThat(trigger().rules())
                .containsExactly(new TriggerRule("email-1", TriggerCondition.CLICKED_LINK, ReferenceJourney.LINK));

        // the lead at the head of the true path; Enter goes to its topic, typed in full
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        choose("lead", "Create lead");
        assertThat(placeLine()).startsWith("Shift+Enter: At the start of the 'True' path of 'Trigger'");
        press(KeyCode.SHIFT, KeyCode.ENTER);
        press(KeyCode.ENTER);
        assertThat(focusedId()).isEqualTo("property-topic");
        type(ReferenceJourney.LEAD_TOPIC);

        // the webinar invitation after the lead
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        choose("web", "Email · " + ReferenceJourney.INVITATION);
        assertThat(placeLine()).startsWith("Shift+Enter: After 'Create lead' in the 'True' path of 'Trigger'");
        press(KeyCode.SHIFT, KeyCode.ENTER);

        // the reminder on the false path: Enter, then one place on from where the numbered places start
        choose("rem", "Email · " + ReferenceJourney.REMINDER);
        press(KeyCode.ENTER);
        assertThat(banner()).contains("After '" + ReferenceJourney.INVITATION + "' in the 'True' path of 'Trigger'");
        press(KeyCode.RIGHT);
        assertThat(banner()).startsWith("Choose where to put the email '" + ReferenceJourney.REMINDER + "'")
                .endsWith("At the start of the 'False' path of 'Trigger'");
        press(KeyCode.ENTER);

        ReferenceJourney.assertIsTheReferenceJourney(session().journey());
        assertThat(robot.lookup(".tile").queryAll()).hasSize(8);
        System.out.printf("Reference journey by keyboard: %d key presses (%d commands and choices + %d typed "
                + "characters of free text)%n", commands + freeText, commands, freeText);
        assertThat(commands).as("commands and choices").isLessThanOrEqualTo(GOAL);
        assertThat(freeText).isEqualTo(ReferenceJourney.LEAD_TOPIC.length());
    }

    /**
     * Letters that choose, typed into whatever has the focus (the first one on the canvas opens the Add tile list);
     * with {@code first}, the list then shows that entry first.
     */
    private void choose(String letters, String first) {
        write(letters);
        commands += letters.length();
        if (first != null) {
            assertThat(picker()).as("the Add tile list is open").isNotNull();
            ListView<?> list = robot.lookup("#tile-type-list").queryListView();
            assertThat(((ReadyTile) list.getSelectionModel().getSelectedItem()).label()).isEqualTo(first);
        }
    }

    /** Free text, typed into the focused field. */
    private void type(String text) {
        write(text);
        freeText += text.length();
    }

    /** Types each character into the Add tile list when it is open, else the main window (after the first letter). */
    private void write(String text) {
        for (char character : text.toCharArray()) {
            Window list = picker();
            robot.targetWindow(list != null && list.isFocused() ? list : window);
            robot.write(String.valueOf(character), 0);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void press(KeyCode... chord) {
        robot.push(chord);
        commands++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window picker() {
        return robot.listTargetWindows().stream()
                .filter(w -> w.isShowing() && "Add tile".equals(w instanceof Stage stage ? stage.getTitle() : null))
                .findFirst().orElse(null);
    }

    private String placeLine() {
        return robot.lookup("#tile-type-place").queryAs(Label.class).getText();
    }

    private String banner() {
        return robot.lookup("#canvas-banner").queryAs(Label.class).getText();
    }

    private String focusedId() {
        Node owner = window.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private TriggerTile trigger() {
        return (TriggerTile) session().journey().pipeline().get(2);
    }

    private String selected() {
        return session().selectedTile().map(Tile::id).orElse(String.valueOf(session().selection()));
    }

    private EditSession session() {
        return workspace.sessionProperty().getValue();
    }
}
