package org.waymark.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.waymark.ui.appearance.Appearance;
import org.waymark.ui.appearance.Theme;
import org.waymark.ui.appearance.UiScale;
import org.waymark.ui.canvas.CanvasNavigator;
import org.waymark.ui.canvas.DropTargeting;
import org.waymark.ui.canvas.PlaceChooser;
import org.waymark.ui.canvas.PipelineLayout;
import org.waymark.ui.canvas.TileSelection;
import org.waymark.ui.edit.ClipboardEdits;
import org.waymark.ui.edit.EditActions;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.edit.TileInsertion;
import org.waymark.ui.edit.TilePlacement;
import org.waymark.ui.journeys.JourneyTitle;
import org.waymark.ui.journeys.RecoveryAutosave;
import org.waymark.ui.journeys.RecoveryCopies;
import org.waymark.ui.journeys.UnsavedChanges;
import org.waymark.ui.canvas.TileProblems;
import org.waymark.ui.canvas.TileSummary;
import org.waymark.ui.journeys.BlankJourney;
import org.waymark.ui.journeys.JourneyWorkspace;
import org.waymark.ui.simulation.EngineSimulationService;
import org.waymark.ui.simulation.TileResultText;
import org.waymark.ui.window.WindowPlacement;
import org.waymark.ui.window.WindowStateStore;

/** The project's rules for the desktop UI: logic without controls, no static mutable state. */
class UiRulesTest {

    private final JavaClasses ui = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("org.waymark.ui");

    @Test
    void viewModelsAndLogicUseNoControlsOrWindows() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().belongToAnyOf(JourneyWorkspace.class, BlankJourney.class, PipelineLayout.class, TileSummary.class,
                        TileProblems.class, WindowPlacement.class, WindowStateStore.class, EditActions.class,
                        TileInsertion.class, ClipboardEdits.class, TilePlacement.class, TileSelection.class,
                        DropTargeting.class, RecoveryAutosave.class, RecoveryCopies.class, UnsavedChanges.class,
                        JourneyTitle.class, EditSession.class, PlaceChooser.class, CanvasNavigator.class,
                        Appearance.class, UiScale.class, Theme.class, TileResultText.class,
                        EngineSimulationService.class)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(ui);
    }

    @Test
    void noStaticMutableState() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage("org.waymark.ui..")
                .and().areStatic().should().notBeFinal()
                .because("the UI is built by constructor injection, without singletons")
                .check(ui);
    }

    @Test
    void theUiReachesTheStoreOnlyThroughRepositories() {
        classes().that().resideInAPackage("org.waymark.ui..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.jooq..", "org.waymark.store.schema..")
                .check(ui);
    }

    /**
     * Background reads go through {@link org.waymark.ui.background.AnswerLine} (decision 0014): no class of the UI
     * hands work to an executor itself. The classes listed still do, from before the helper; the list only shrinks.
     */
    @Test
    void backgroundWorkGoesThroughTheOneHelper() {
        noClasses().that().resideInAPackage("org.waymark.ui..")
                .and().doNotHaveFullyQualifiedName(org.waymark.ui.background.AnswerLine.class.getName())
                .and().doNotHaveFullyQualifiedName("org.waymark.ui.MainWindow")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("not yet moved to AnswerLine",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> NOT_YET_MOVED.stream()
                                .noneMatch(name -> c.getName().equals(name) || c.getName().startsWith(name + "$"))))
                .should().callMethod(java.util.concurrent.Executor.class, "execute", Runnable.class)
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("submit"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                                java.util.concurrent.ExecutorService.class)))))
                .because("an answer shown on the FX thread must be dropped when a newer question was asked")
                .check(ui);
    }

    /**
     * Style classes and pseudo-classes are named in {@link org.waymark.ui.appearance.StyleClass} (decision 0016): no
     * call on a node's style classes in the UI's sources is given a string literal, where a typo would drop a style
     * without a word. Tests may still look nodes up by the written name.
     */
    @Test
    void styleClassesAreNamedConstants() throws java.io.IOException {
        java.util.List<String> literals = new java.util.ArrayList<>();
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java/org/waymark/ui");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(sources)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                literals.addAll(StyleClassLiterals.in(file));
            }
        }
        org.assertj.core.api.Assertions.assertThat(literals)
                .as("string literals given as style classes; use the constants of StyleClass").isEmpty();
    }

    private static final java.util.List<String> NOT_YET_MOVED = java.util.List.of(
            "org.waymark.ui.activities.ActivitiesView",
            "org.waymark.ui.activities.ActivitiesViewModel",
            "org.waymark.ui.activities.ActivityWizardViewModel",
            "org.waymark.ui.activities.SourceImportViewModel",
            "org.waymark.ui.contacts.ContactImportViewModel",
            "org.waymark.ui.contacts.EditorState",
            "org.waymark.ui.content.ContentViewModel",
            "org.waymark.ui.content.PreviewViewModel",
            "org.waymark.ui.segments.SegmentBuilderViewModel",
            "org.waymark.ui.segments.SegmentMembersViewModel",
            "org.waymark.ui.segments.SegmentsViewModel",
            "org.waymark.ui.simulation.SimulationRunViewModel");
}
