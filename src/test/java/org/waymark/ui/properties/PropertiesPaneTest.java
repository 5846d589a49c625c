package org.waymark.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.EveryTileJourney;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;
import org.waymark.ui.SampleJourneys;
import org.waymark.ui.edit.EditSession;

@ExtendWith(ApplicationExtension.class)
class PropertiesPaneTest {

    private final ObjectProperty<EditSession> current = new SimpleObjectProperty<>();
    private EditSession session;

    @Start
    void start(Stage stage) {
        session = new EditSession(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        current.set(session);
        Scene scene = new Scene(new PropertiesPane(current, new FakeAssets()), 400, 760);
        scene.getStylesheets().add(org.waymark.ui.appearance.Theme.LIGHT.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void typingASubjectChangesTheTileAndOneUndoTakesItBack(FxRobot robot) {
        select(robot, "call");
        TextField subject = robot.lookup("#property-subject").queryAs(TextField.class);
        assertThat(subject.getText()).isEqualTo("Follow up on the marketing playbook");
        robot.clickOn(subject);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("Call them");
        assertThat(tile("call", ActivityTile.class).subject()).isEqualTo("Call them");
        assertThat(subject.getCaretPosition()).isEqualTo("Call them".length());

        robot.interact(session::undo);
        assertThat(tile("call", ActivityTile.class).subject()).isEqualTo("Follow up on the marketing playbook");
        assertThat(subject.getText()).isEqualTo("Follow up on the marketing playbook");
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void pickingAnEmailFromTheListOrByTypingChangesTheTile(FxRobot robot) {
        select(robot, "reminder");
        robot.clickOn("#property-email .arrow-button");
        robot.clickOn("Webinar invitation");
        assertThat(tile("reminder", EmailTile.class).email()).isEqualTo("Webinar invitation");

        robot.doubleClickOn("#property-email .text-field");
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("nothing like it");
        robot.type(KeyCode.TAB);
        assertThat(tile("reminder", EmailTile.class).email()).as("refused, not applied").isEqualTo("Webinar invitation");
        assertThat(messages(robot)).contains("There is no marketing email named 'nothing like it': pick one from the list");
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#property-email").queryAs(ComboBox.class);
        assertThat(box.getEditor().getText()).as("typed text is kept").isEqualTo("nothing like it");

        robot.clickOn(box.getEditor());
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("monthly news");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getItems()).containsExactly("Monthly newsletter");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tile("reminder", EmailTile.class).email()).isEqualTo("Monthly newsletter");

        robot.interact(session::undo);
        assertThat(tile("reminder", EmailTile.class).email()).isEqualTo("White paper reminder");
        assertThat(box.getEditor().getText()).isEqualTo("White paper reminder");
    }

    @Test
    void newEmailCreatesTheEmailAndChoosesItOrSaysWhyNot(FxRobot robot) {
        select(robot, "reminder");
        robot.clickOn("#property-new-email");
        robot.clickOn("#new-email-name").write("White paper offer");
        robot.clickOn("#new-email-subject").write("Last chance");
        robot.clickOn("Create");
        assertThat(messages(robot)).contains("An email named 'White paper offer' already exists");
        assertThat(robot.lookup("#new-email-name").queryAs(TextField.class).getText()).isEqualTo("White paper offer");
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("Last chance to download");
        robot.clickOn("Create");
        assertThat(tile("reminder", EmailTile.class).email()).isEqualTo("Last chance to download");
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#property-email").queryAs(ComboBox.class);
        assertThat(box.getItems()).contains("Last chance to download");
        assertThat(box.getEditor().getText()).isEqualTo("Last chance to download");
    }

    @Test
    void aTriggerRuleWaitsForItsLinkBeforeItIsApplied(FxRobot robot) {
        select(robot, "clicked-download");
        @SuppressWarnings("unchecked")
        ComboBox<TriggerCondition> condition = robot.lookup("#property-rule-condition-0").queryAs(ComboBox.class);
        assertThat(condition.getItems()).containsExactly(TriggerCondition.OPENED, TriggerCondition.CLICKED,
                TriggerCondition.CLICKED_LINK, TriggerCondition.DELIVERED, TriggerCondition.BOUNCED,
                TriggerCondition.ATTACHMENT_VIEWED);
        robot.clickOn(condition);
        robot.clickOn("Opened");
        assertThat(rules()).containsExactly(new TriggerRule("offer", TriggerCondition.OPENED, ""));
        assertThat(shown(robot.lookup("#property-rule-link-0").query())).isFalse();

        robot.clickOn(condition);
        robot.clickOn("Clicked a specific link");
        assertThat(rules()).as("not applied without a link").containsExactly(new TriggerRule("offer", TriggerCondition.OPENED, ""));
        assertThat(messages(robot)).contains("Choose the link the contact must click");
        robot.clickOn("#property-rule-link-0");
        robot.clickOn("Read the blog");
        assertThat(rules()).containsExactly(new TriggerRule("offer", TriggerCondition.CLICKED_LINK, "Read the blog"));

        @SuppressWarnings("unchecked")
        ComboBox<String> source = robot.lookup("#property-rule-source-0").queryAs(ComboBox.class);
        assertThat(source.getItems()).containsExactly("offer", "download-page");
        robot.clickOn("#property-rule-add");
        // a new rule watches the nearest message tile before the trigger, the email, not the page inside it
        assertThat(rules()).hasSize(2).last().isEqualTo(new TriggerRule("offer", TriggerCondition.OPENED, ""));
        robot.clickOn("#property-rule-remove-0");
        assertThat(rules()).containsExactly(new TriggerRule("offer", TriggerCondition.OPENED, ""));
    }

    @Test
    void aSplitterShowsTheRemainderAndRefusesBadShares(FxRobot robot) {
        robot.interact(() -> {
            session = new EditSession(SampleJourneys.read(SampleJourneys.WELCOME));
            current.set(session);
        });
        select(robot, "ab");
        Label takes = robot.lookup("#property-branch-takes-1").queryAs(Label.class);
        assertThat(takes.getText()).isEqualTo("Remainder: 50 %");
        robot.doubleClickOn("#property-branch-percent-0");
        robot.write("70");
        assertThat(((SplitterTile) PipelineTree.find(session.journey(), "ab").orElseThrow()).branches().get(0).percent())
                .isEqualTo(70);
        assertThat(takes.getText()).isEqualTo("Remainder: 30 %");
        robot.write("0");
        assertThat(messages(robot)).contains("Enter a number from 0 to 100");
        assertThat(takes.getText()).isEqualTo("Remainder: 30 %");
        robot.interact(session::undo);
        assertThat(takes.getText()).isEqualTo("Remainder: 50 %");
    }

    @Test
    void showsWhatToDoWhenNotExactlyOneTileIsSelected(FxRobot robot) {
        assertThat(robot.lookup("#properties-empty").queryAs(Label.class).getText())
                .isEqualTo("Select a tile to see its properties");
        robot.interact(() -> session.select(List.of("offer", "call")));
        assertThat(robot.lookup("#properties-empty").queryAs(Label.class).getText()).isEqualTo("2 tiles selected");
        robot.interact(() -> current.set(null));
        assertThat(robot.lookup("#properties-empty").queryAs(Label.class).getText()).isEqualTo("No journey open");
    }

    @Test
    void everyEditorNamesEachOfItsControlsForScreenReaders(FxRobot robot) {
        List<Journey> journeys = new ArrayList<>();
        journeys.add(EveryTileJourney.journey());
        journeys.addAll(EveryTileJourney.inboundJourneys());
        Set<TileType> seen = EnumSet.noneOf(TileType.class);
        for (Journey journey : journeys) {
            robot.interact(() -> {
                session = new EditSession(journey);
                current.set(session);
            });
            for (TilePlace place : PipelineWalker.places(journey.pipeline())) {
                select(robot, place.tile().id());
                seen.add(place.tile().type());
                List<Control> controls = robot.lookup(".properties-content").query().lookupAll("*")
                        .stream().filter(Control.class::isInstance)
                        .map(Control.class::cast).filter(Node::isFocusTraversable)
                        .filter(c -> !(c instanceof Label)).filter(PropertiesPaneTest::shown)
                        .filter(c -> !(c.getParent() instanceof ComboBox)).toList();
                assertThat(controls).as(place.tile().type().label()).isNotEmpty();
                assertThat(controls).as(place.tile().type().label()).allSatisfy(c -> assertThat(c.getAccessibleText())
                        .as(c.getId() + " of " + place.tile().type().label()).isNotBlank());
            }
        }
        assertThat(seen).hasSize(TileType.values().length);
    }

    @Test
    void tabGoesThroughTheTriggerEditorInReadingOrder(FxRobot robot) {
        select(robot, "clicked-download");
        robot.clickOn("#property-name");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            robot.type(KeyCode.TAB);
            reached.add(robot.targetWindow().getScene().getFocusOwner().getId());
        }
        assertThat(reached).as("a rule's Remove after its fields").containsExactly("property-rule-source-0",
                "property-rule-condition-0", "property-rule-link-0", "property-rule-remove-0", "property-rule-add",
                "property-timeout-kind-false",
                "property-timeout-amount", "property-timeout-unit", "property-name");
    }

    private void select(FxRobot robot, String tileId) {
        robot.interact(() -> session.select(List.of(tileId)));
    }

    private <T extends Tile> T tile(String id, Class<T> type) {
        return type.cast(PipelineTree.find(session.journey(), id).orElseThrow());
    }

    private List<TriggerRule> rules() {
        return tile("clicked-download", TriggerTile.class).rules();
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> messages(FxRobot robot) {
        return robot.lookup(".field-message").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
    }
}
