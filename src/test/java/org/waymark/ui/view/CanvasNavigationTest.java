package org.waymark.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.tile.SmsTile;
import org.waymark.ui.canvas.Box;
import org.waymark.ui.canvas.PipelineDrawing;
import org.waymark.ui.canvas.PlacedTile;

/** Navigation and the minimap on a plain zoomable pane in a scroll pane, as the canvas builds it. */
@ExtendWith(ApplicationExtension.class)
class CanvasNavigationTest {

    private static final double WIDTH = 2000;
    private static final double HEIGHT = 1500;

    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final SimpleObjectProperty<PipelineDrawing> drawing = new SimpleObjectProperty<>(new PipelineDrawing(
            List.of(new PlacedTile(new SmsTile("t", "Text", ""), "$.pipeline[0]", 1, new Box(24, 50, 248, 84), false)),
            List.of(), List.of(), List.of(), WIDTH, HEIGHT));
    private ScrollPane scrollPane;
    private Pane surface;
    private Minimap minimap;
    private CanvasNavigation navigation;

    @Start
    void start(Stage stage) {
        surface = new Pane();
        surface.setPrefSize(WIDTH, HEIGHT);
        surface.setMinSize(WIDTH, HEIGHT);
        surface.scaleXProperty().bind(zoom);
        surface.scaleYProperty().bind(zoom);
        scrollPane = new ScrollPane(new Group(surface));
        minimap = new Minimap(scrollPane, drawing, zoom);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        Scene scene = new Scene(new StackPane(scrollPane, minimap), 600, 400);
        scene.getStylesheets().add(org.waymark.ui.appearance.Theme.LIGHT.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
        navigation = CanvasNavigation.install(scrollPane, surface, zoom, 0.5, 2);
    }

    @Test
    void ctrlWheelZoomsAroundThePointer(FxRobot robot) {
        robot.interact(() -> scrollPane.setHvalue(0.3));
        robot.interact(() -> scrollPane.setVvalue(0.4));
        Point2D scene = new Point2D(250, 180);
        Point2D before = surface.sceneToLocal(scene);
        robot.interact(() -> Event.fireEvent(surface, wheel(scene, 40, true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoom.get()).isCloseTo(1.1, within(1e-9));
        Point2D after = surface.sceneToLocal(scene);
        assertThat(after.getX()).isCloseTo(before.getX(), within(1.0));
        assertThat(after.getY()).isCloseTo(before.getY(), within(1.0));

        robot.interact(() -> Event.fireEvent(surface, wheel(scene, -4000, true)));
        assertThat(zoom.get()).isEqualTo(0.5);
        double value = scrollPane.getVvalue();
        robot.interact(() -> Event.fireEvent(surface, wheel(scene, 40, false)));
        assertThat(zoom.get()).isEqualTo(0.5);
        assertThat(scrollPane.getVvalue()).isNotEqualTo(value);
    }

    @Test
    void middleButtonDragPansAndKeepsTheClickFromTheTiles(FxRobot robot) {
        int[] clicks = {0};
        surface.setOnMouseClicked(e -> clicks[0]++);
        double x = navigation.offsetX();
        double y = navigation.offsetY();
        robot.interact(() -> {
            Event.fireEvent(surface, mouse(MouseEvent.MOUSE_PRESSED, MouseButton.MIDDLE, 300, 200));
            Event.fireEvent(surface, mouse(MouseEvent.MOUSE_DRAGGED, MouseButton.MIDDLE, 200, 150));
        });
        assertThat(navigation.panningProperty().get()).isTrue();
        assertThat(scrollPane.getCursor()).isEqualTo(Cursor.CLOSED_HAND);
        assertThat(surface.isMouseTransparent()).isTrue();
        robot.interact(() -> {
            Event.fireEvent(scrollPane, mouse(MouseEvent.MOUSE_RELEASED, MouseButton.MIDDLE, 200, 150));
            Event.fireEvent(scrollPane, mouse(MouseEvent.MOUSE_CLICKED, MouseButton.MIDDLE, 200, 150));
        });
        assertThat(navigation.offsetX()).isCloseTo(x + 100, within(1.0));
        assertThat(navigation.offsetY()).isCloseTo(y + 50, within(1.0));
        assertThat(navigation.panningProperty().get()).isFalse();
        assertThat(scrollPane.getCursor()).isNull();
        assertThat(surface.isMouseTransparent()).isFalse();
        assertThat(clicks[0]).isZero();
    }

    @Test
    void spaceTurnsTheLeftButtonIntoAHand(FxRobot robot) {
        robot.moveTo(scrollPane);
        robot.press(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scrollPane.getCursor()).isEqualTo(Cursor.OPEN_HAND);
        double x = navigation.offsetX();
        robot.interact(() -> {
            Event.fireEvent(scrollPane, mouse(MouseEvent.MOUSE_PRESSED, MouseButton.PRIMARY, 300, 200));
            Event.fireEvent(scrollPane, mouse(MouseEvent.MOUSE_DRAGGED, MouseButton.PRIMARY, 240, 200));
            Event.fireEvent(scrollPane, mouse(MouseEvent.MOUSE_RELEASED, MouseButton.PRIMARY, 240, 200));
        });
        assertThat(navigation.offsetX()).isCloseTo(x + 60, within(1.0));
        assertThat(scrollPane.getCursor()).isEqualTo(Cursor.OPEN_HAND);
        robot.release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scrollPane.getCursor()).isNull();
        assertThat(surface.isMouseTransparent()).isFalse();
    }

    @Test
    void theMinimapShowsTheViewportMovesTheCanvasAndHidesWhenAllFits(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minimap.isVisible()).isTrue();
        Box viewport = minimap.viewportBox();
        MinimapGeometry geometry = minimap.geometry();
        assertThat(viewport.x()).isCloseTo(geometry.originX(), within(0.5));
        assertThat(viewport.width()).isCloseTo(scrollPane.getViewportBounds().getWidth() * geometry.scale(), within(0.5));

        double centreX = geometry.originX() + WIDTH / 2 * geometry.scale();
        double centreY = geometry.originY() + HEIGHT / 2 * geometry.scale();
        robot.interact(() -> Event.fireEvent(minimap, mouse(MouseEvent.MOUSE_PRESSED, MouseButton.PRIMARY,
                minimap.localToScene(centreX, centreY).getX(), minimap.localToScene(centreX, centreY).getY())));
        assertThat(scrollPane.getHvalue()).isCloseTo(0.5, within(0.01));
        assertThat(scrollPane.getVvalue()).isCloseTo(0.5, within(0.01));
        robot.interact(minimap::layout);
        Box moved = minimap.viewportBox();
        assertThat(moved.x() + moved.width() / 2).isCloseTo(centreX, within(1.0));

        robot.interact(() -> zoom.set(0.5));
        robot.interact(() -> drawing.set(new PipelineDrawing(List.of(), List.of(), List.of(), List.of(), 500, 300)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minimap.isVisible()).isFalse();
    }

    @Test
    void picturesAreTakenAtTheAskedScaleWhateverTheZoom(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> zoom.set(1.5));
        Path file = dir.resolve("canvas.png");
        double[] used = new double[1];
        robot.interact(() -> {
            try {
                used[0] = new PictureExport(new JourneySvgWriter(t -> "", t -> "")).writePng(surface, 2, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(used[0]).isEqualTo(2);
        assertThat(image.getWidth()).isCloseTo((int) (WIDTH * 2), within(2));
        assertThat(image.getHeight()).isCloseTo((int) (HEIGHT * 2), within(2));
    }

    private static ScrollEvent wheel(Point2D at, double deltaY, boolean control) {
        return new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(), false, control, false, false,
                false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, MouseButton button, double x, double y) {
        boolean primary = button == MouseButton.PRIMARY;
        boolean middle = button == MouseButton.MIDDLE;
        return new MouseEvent(type, x, y, x, y, button, 1, false, false, false, false, primary, middle, false, false,
                false, type == MouseEvent.MOUSE_CLICKED, (PickResult) null);
    }
}
