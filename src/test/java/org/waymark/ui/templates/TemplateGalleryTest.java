package org.waymark.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.journey.Journey;
import org.waymark.model.template.TemplateCatalog;
import org.waymark.ui.canvas.TileIcons;

@ExtendWith(ApplicationExtension.class)
class TemplateGalleryTest {

    private Stage owner;
    private TemplateGallery gallery;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("Waymark"), 400, 300));
        stage.show();
        TemplateGalleryViewModel model = new TemplateGalleryViewModel(TemplateCatalog.fromClassPath(),
                Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC")), ZoneId.of("UTC"));
        TileIcons icons = new TileIcons();
        gallery = new TemplateGallery(model, icons::icon);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void typingInTheSearchFieldAndPressingEnterCreatesTheJourney(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Journey>> chosen = open();
        Node focused = focusOwner(robot);
        assertThat(focused.getId()).isEqualTo("template-search");

        robot.targetWindow(galleryWindow(robot));
        robot.write("webinar follow");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#template-list").queryListView();
        assertThat(list.getItems().size()).isEqualTo(1);
        assertThat(robot.lookup("#template-webinar-follow-up").query().getAccessibleText())
                .startsWith("Webinar follow-up, ");
        robot.type(KeyCode.ENTER);

        Journey journey = chosen.get(5, TimeUnit.SECONDS).orElseThrow();
        assertThat(journey.name()).isEqualTo("Webinar follow-up");
        assertThat(journey.pipeline().get(0).id()).isEqualTo("audience");
    }

    @Test
    void arrowsFromTheSearchFieldChooseAndEscapeCancels(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Journey>> chosen = open();
        robot.type(KeyCode.DOWN);
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.TAB);
        assertThat(focusOwner(robot).getId()).isEqualTo("template-journey-name");
        robot.push(KeyCode.ESCAPE);
        assertThat(chosen.get(5, TimeUnit.SECONDS)).isEmpty();

        CompletableFuture<Optional<Journey>> second = open();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        assertThat(second.get(5, TimeUnit.SECONDS).orElseThrow().name()).isEqualTo("Welcome series");
    }

    private CompletableFuture<Optional<Journey>> open() {
        CompletableFuture<Optional<Journey>> chosen = new CompletableFuture<>();
        Platform.runLater(() -> {
            var dialog = gallery.dialog(owner);
            dialog.getDialogPane().getScene().getStylesheets().add(org.waymark.ui.appearance.Theme.LIGHT.stylesheetUrl());
            chosen.complete(dialog.showAndWait());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return chosen;
    }

    private static Node focusOwner(FxRobot robot) {
        return galleryWindow(robot).getScene().getFocusOwner();
    }

    private static Window galleryWindow(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#template-search") != null).findFirst().orElseThrow();
    }
}
