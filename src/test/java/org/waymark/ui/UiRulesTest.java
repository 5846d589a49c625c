package org.waymark.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.waymark.ui.background.AnswerLine;
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
     * Text wraps through {@link org.waymark.ui.window.WrappedText}, which keeps it as tall as its lines: a wrapping
     * label a box may squeeze back to one line is cut short at 200 % (issue 15, finding 7).
     */
    @Test
    void textWrapsOnlyThroughTheOneHelper() {
        noClasses().that().resideInAPackage("org.waymark.ui..")
                .and().doNotHaveFullyQualifiedName(org.waymark.ui.window.WrappedText.class.getName())
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("setWrapText"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                                javafx.scene.control.Labeled.class)))))
                .because("a wrapping label must stay as tall as its lines, or a squeezed box cuts it short")
                .check(ui);
    }

    /**
     * Background work goes through {@link AnswerLine} (decision 0014): no class of the UI hands work to another thread
     * itself, whichever way it is written (an executor, a thread started, a CompletableFuture's async step, a timer,
     * a JavaFX Task or Service), so that every answer is dropped when a newer question was asked and every failure,
     * progress and Cancel is reported the same way. MainWindow makes the executors the view models are given.
     * Platform.runLater stays allowed: on the FX thread it defers focus and closing to after the current event.
     */
    @Test
    void backgroundWorkGoesThroughTheOneHelper() {
        noClasses().that().resideInAPackage("org.waymark.ui..")
                .and(DescribedPredicate.describe("not the helper", (JavaClass c) -> !inHelper(c)))
                .and().doNotHaveFullyQualifiedName("org.waymark.ui.MainWindow")
                .should().callMethodWhere(handsWorkToAnotherThread())
                .orShould().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
                .because("an answer shown on the FX thread must be dropped when a newer question was asked")
                .check(ui);
    }

    private static DescribedPredicate<JavaMethodCall> handsWorkToAnotherThread() {
        return DescribedPredicate.describe("hands work to another thread (Executor.execute, ExecutorService.submit, "
                + "invokeAll or invokeAny, ScheduledExecutorService.schedule…, CompletableFuture.…Async, Thread.start, "
                + "Timer.schedule…)", call -> {
                    JavaClass owner = call.getTargetOwner();
                    String name = call.getName();
                    return owner.isAssignableTo(Executor.class) && name.equals("execute")
                            || owner.isAssignableTo(ExecutorService.class)
                            && Set.of("submit", "invokeAll", "invokeAny").contains(name)
                            || owner.isAssignableTo(ScheduledExecutorService.class) && name.startsWith("schedule")
                            || owner.isAssignableTo(CompletableFuture.class) && name.endsWith("Async")
                            || owner.isAssignableTo(Thread.class) && name.equals("start")
                            || owner.isAssignableTo(Timer.class) && name.startsWith("schedule");
                });
    }

    @Test
    void theHelperRuleKnowsEveryWayOfHandingWorkToAnotherThread() {
        JavaClass fixture = new ClassFileImporter().importClass(HandsWorkOver.class);
        assertThat(fixture.getMethodCallsFromSelf().stream().filter(handsWorkToAnotherThread())
                .map(call -> call.getTargetOwner().getSimpleName() + "." + call.getName()))
                .containsExactlyInAnyOrder("Executor.execute", "ExecutorService.execute", "ExecutorService.submit",
                        "ExecutorService.invokeAll", "ScheduledExecutorService.schedule",
                        "CompletableFuture.supplyAsync", "CompletableFuture.runAsync",
                        "CompletableFuture.thenApplyAsync", "Thread.start", "Timer.schedule");
    }

    /** Each way, written as a UI class might; read by ArchUnit, never run. */
    @SuppressWarnings("unused")
    private static final class HandsWorkOver {
        void handOver(Executor executor, ExecutorService service, ScheduledExecutorService scheduler, Timer timer)
                throws InterruptedException {
            executor.execute(() -> { });
            service.execute(() -> { });
            service.submit(() -> 1);
            service.invokeAll(List.of());
            scheduler.schedule(() -> { }, 1, TimeUnit.SECONDS);
            CompletableFuture.supplyAsync(() -> 1).thenApplyAsync(n -> n + 1);
            CompletableFuture.runAsync(() -> { });
            new Thread(() -> { }).start();
            timer.schedule(new TimerTask() {
                @Override
                public void run() {
                }
            }, 1);
            service.shutdown(); // not handing work over
        }
    }

    /** The helper and the classes nested in it (the question its jobs report progress to). */
    private static boolean inHelper(JavaClass c) {
        String helper = AnswerLine.class.getName();
        return c.getName().equals(helper) || c.getName().startsWith(helper + "$");
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
}
