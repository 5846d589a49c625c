package org.waymark.app;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/** A small window that says what Waymark is doing while it opens the store. */
final class SplashWindow {

    private final Stage stage;
    private final Label message;

    private SplashWindow(Stage stage, Label message) {
        this.stage = stage;
        this.message = message;
    }

    static SplashWindow show(String text) {
        Label message = new Label(text);
        message.setAccessibleText(text);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(28, 28);
        progress.setAccessibleText("Working");
        HBox box = new HBox(14, progress, message);
        box.setPadding(new Insets(22));
        box.setStyle("-fx-background-color: #ffffff; -fx-font-size: 14px; -fx-alignment: center-left;");
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle("Waymark");
        stage.setScene(new Scene(box, 520, 80));
        stage.show();
        return new SplashWindow(stage, message);
    }

    void say(String text) {
        message.setText(text);
        message.setAccessibleText(text);
    }

    void close() {
        stage.close();
    }
}
