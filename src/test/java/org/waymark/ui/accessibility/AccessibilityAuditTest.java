package org.waymark.ui.accessibility;

import org.waymark.ui.TestDesktop;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
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
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.SampleJourneys;
import org.waymark.ui.ViewTour;
import org.waymark.ui.accessibility.AccessibilityAudit.Offence;
import org.waymark.ui.journeys.RecoveryCopies;

/**
 * Issue 4's audit: every main view (journey list, canvas with a journey open, toolbox, properties of an email,
 * trigger, scheduler and splitter tile, settings form, the Data tab after a simulation, contacts, the contact form, a contact's timeline with its filters open, the accounts, the account form, activities, emails, email messages and a message's detail, a segment's members, the segment builder, the Content tab with an email and a form) and the dialogs that
 * open headless (template gallery, delete confirmation, new-email quick-create, simulation settings) are walked with {@link AccessibilityAudit}; every node the
 * Tab key reaches has a name for screen readers, and every interactive control is reachable by Tab. Then every
 * dialog of the app that opens headless (new contact, new email, template gallery, delete journey, delete tiles, add tile, export
 * picture, save as, simulate, a failure, the recovery offer, the save-changes question) is checked for its title, its header
 * and where the focus is when it shows, and audited too.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityAuditTest {

    /**
     * Offences that are known and whose fix belongs to code this test's owners may not change. Each entry: a
     * rule, a part of the offender's path, and why it is (still) accepted. Keep this list short; remove an entry
     * as soon as the fix lands, the test then fails on stale entries.
     */
    private static final List<KnownException> KNOWN_EXCEPTIONS = List.of();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String WHITE_PAPER = "New York white paper nurture";
    private static final String WELCOME = "Welcome series";
    /** A journey with a recovery copy beside the store, as if Waymark had stopped before saving it. */
    private static final String RECOVERED = "Recovered after a crash";
    /** A journey the list shows but the store has lost by the time it is opened. */
    private static final String VANISHING = "Vanishing journey";

    @TempDir
    Path dir;
    private Store store;
    private Stage window;
    private long vanishing;
    private final AccessibilityAudit audit = new AccessibilityAudit();

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        JourneyRepository journeys = new JourneyRepository(store, CLOCK);
        for (String sample : List.of(SampleJourneys.WHITE_PAPER, SampleJourneys.WELCOME, SampleJourneys.SUMMIT)) {
            journeys.insert(SampleJourneys.read(sample));
        }
        Journey welcome = SampleJourneys.read(SampleJourneys.WELCOME);
        long recovered = journeys.insert(new Journey(welcome.settings().withName(RECOVERED), welcome.pipeline()));
        vanishing = journeys.insert(new Journey(welcome.settings().withName(VANISHING), welcome.pipeline()));
        try {
            new RecoveryCopies(store.directory(), new JourneyFileReader(), new JourneyFileWriter(), CLOCK)
                    .write(recovered, new Journey(welcome.settings().withName(RECOVERED), welcome.pipeline().subList(0, 2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        window = new Stage();
        TestDesktop.show(store, CLOCK, window);
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void everyViewAndDialogIsNamedAndReachableByTab(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            window.setWidth(1280);
            window.setHeight(800);
        });
        List<String> cut = new java.util.ArrayList<>();
        new ViewTour(robot, window, (view, root) -> {
            audit.audit(view, root);
            cut.addAll(org.waymark.ui.ClippingAuditTest.cutOrOutOfReach(view, root));
        }).walk();
        assertThat(cut).as("at 100 %% in 1280×800, cut or out of reach (ClippingAuditTest):%n%s",
                String.join(System.lineSeparator(), cut)).isEmpty();

        System.out.println("Tab-reachable nodes per view: " + audit.reachableCounts());
        assertThat(audit.reachableCounts()).as("views walked").hasSizeGreaterThan(27)
                .allSatisfy((view, count) -> assertThat(count).as(view).isPositive());
        List<Offence> unexpected = audit.offences().stream()
                .filter(o -> KNOWN_EXCEPTIONS.stream().noneMatch(k -> k.covers(o))).toList();
        List<KnownException> stale = KNOWN_EXCEPTIONS.stream()
                .filter(k -> audit.offences().stream().noneMatch(k::covers)).toList();
        assertThat(unexpected).as("nodes that break the accessibility rules:%n%s", list(unexpected)).isEmpty();
        assertThat(stale).as("known exceptions that no longer occur; remove them").isEmpty();
    }

    /**
     * Every dialog that opens headless, opened the way a user opens it: its title, its header (or heading), where the
     * focus is when it shows (the first field, else a button: the default one where the dialog has one), and the
     * accessibility rules on its contents. File choosers are the platform's; the picture export's alerts need a file
     * written, and the start-up failure alert a broken store, so those three are not shown here.
     */
    @Test
    void dialogsAnnounceTheirTitleAndFocusTheirFirstField(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        robot.clickOn("#contact-new");
        checkDialog(robot, "New contact", byId("contact-first-name"), KeyCode.ESCAPE);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);

        robot.doubleClickOn(WHITE_PAPER);
        selectTile(robot, "offer");
        robot.clickOn("#property-new-email");
        checkDialog(robot, "New email", byId("new-email-name"), KeyCode.ESCAPE);

        robot.clickOn("#journey-search");
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        checkDialog(robot, "New journey", byId("template-search"), KeyCode.ESCAPE);

        robot.clickOn("#journey-delete");
        checkDialog(robot, "Delete journey", defaultButton("Cancel"), KeyCode.ESCAPE);

        selectTile(robot, "clicked-download");
        robot.type(KeyCode.DELETE);
        checkDialog(robot, "Delete tiles", defaultButton("Cancel"), KeyCode.ESCAPE);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A);
        checkDialog(robot, "Add tile", byId("tile-type-list"), KeyCode.ESCAPE);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.E);
        checkDialog(robot, "Export picture", byId("export-png"), KeyCode.ESCAPE);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.S);
        checkDialog(robot, "Save as", new Focus("the name field", n -> n instanceof TextField), KeyCode.ESCAPE);
        robot.push(KeyCode.F5);
        checkDialog(robot, "Simulate journey", byId("simulate-default-model"), KeyCode.ESCAPE);

        robot.clickOn(VANISHING);
        robot.interact(() -> new JourneyRepository(store, CLOCK).delete(vanishing));
        robot.type(KeyCode.ENTER);
        checkDialog(robot, "Waymark", defaultButton("OK"), KeyCode.ESCAPE);

        robot.doubleClickOn(RECOVERED);
        checkDialog(robot, "Unsaved changes found", defaultButton("Restore"), KeyCode.ENTER);
        robot.doubleClickOn(WELCOME);
        checkDialog(robot, "Unsaved changes", defaultButton("Save"), KeyCode.ESCAPE);

        List<Offence> unexpected = audit.offences().stream()
                .filter(o -> KNOWN_EXCEPTIONS.stream().noneMatch(k -> k.covers(o))).toList();
        assertThat(unexpected).as("nodes of dialogs that break the accessibility rules:%n%s", list(unexpected)).isEmpty();
    }

    /** Where a dialog's focus must be when it shows. */
    record Focus(String description, Predicate<Node> holds) {
    }

    private static Focus byId(String id) {
        return new Focus("#" + id, n -> id.equals(n.getId()));
    }

    private static Focus defaultButton(String text) {
        return new Focus("the default button " + text,
                n -> n instanceof Button b && text.equals(b.getText()) && b.isDefaultButton());
    }

    /**
     * The opening dialog has {@code title} and a header (or a heading label: the gallery's; or, in a window that is
     * no dialog pane, a first label saying what to do), the focus where {@code focus} says, and contents that pass the
     * audit; then {@code close} closes it.
     */
    private void checkDialog(FxRobot robot, String title, Focus focus, KeyCode close) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = (Stage) dialog();
        assertThat(dialog.getTitle()).isEqualTo(title);
        Parent root = dialog.getScene().getRoot();
        String header = root instanceof DialogPane pane && pane.getHeaderText() != null ? pane.getHeaderText()
                : root.lookupAll(".label").stream()
                        .filter(n -> !(root instanceof DialogPane) || n.getStyleClass().stream().anyMatch(c -> c.endsWith("-heading")))
                        .map(n -> ((Labeled) n).getText()).findFirst().orElse(null);
        assertThat(header).as(title + " header (header text, or a heading label in the content)").isNotBlank();
        assertThat(dialog.isFocused()).as(title + " has the keyboard").isTrue();
        Node focused = dialog.getScene().getFocusOwner();
        assertThat(focused).as(title + " focus").isNotNull();
        assertThat(focus.holds().test(focused)).as("%s focus on %s, not %s", title, focus.description(),
                AccessibilityAudit.describe(focused)).isTrue();
        robot.interact(() -> audit.audit("dialog " + title, root));
        robot.targetWindow(dialog);
        robot.type(close);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != window && w.isShowing() && w instanceof Stage)
                .findFirst().orElse(null);
    }

    private void selectTile(FxRobot robot, String id) {
        Node tile = robot.lookup("#tile-" + id).query();
        robot.interact(tile::requestFocus);
        sidebarTab(robot, "sidebar-properties");
    }

    private void sidebarTab(FxRobot robot, String id) {
        TabPane sidebar = robot.lookup(".designer-sidebar").queryAs(TabPane.class);
        robot.interact(() -> sidebar.getSelectionModel().select(sidebar.getTabs().stream()
                .filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String list(List<Offence> offences) {
        return offences.stream().map(o -> "  " + o).collect(Collectors.joining(System.lineSeparator()));
    }

    /** An accepted offence: {@code rule} broken by a node whose path contains {@code pathPart}, and why. */
    record KnownException(String rule, String pathPart, String reason) {
        boolean covers(Offence offence) {
            return offence.rule().equals(rule) && offence.path().contains(pathPart);
        }
    }
}
