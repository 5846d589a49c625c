package org.waymark.ui.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The audit's two rules on a hand-made scene graph, so a clean audit of the app means something. */
@ExtendWith(ApplicationExtension.class)
class AccessibilityAuditRulesTest {

    @Test
    void reportsUnnamedAndUnreachableNodesAndAcceptsNamedOnes(FxRobot robot) {
        TextField unnamed = new TextField();
        unnamed.setId("unnamed");
        TextField labelled = new TextField();
        Label label = new Label("Name");
        label.setLabelFor(labelled);
        TextField described = new TextField();
        described.setAccessibleText("Subject");
        Button iconOnly = new Button();
        iconOnly.setId("icon-only");
        Button notByTab = new Button("Later");
        notByTab.setId("not-by-tab");
        notByTab.setFocusTraversable(false);
        Button disabled = new Button();
        disabled.setDisable(true);
        Button hidden = new Button();
        hidden.setVisible(false);
        VBox root = new VBox(unnamed, label, labelled, described, iconOnly, notByTab, disabled, hidden);

        AccessibilityAudit audit = new AccessibilityAudit();
        robot.interact(() -> audit.audit("sample", root));

        assertThat(audit.offences()).extracting(Object::toString).containsExactlyInAnyOrder(
                "named: [sample] VBox > TextField#unnamed.text-input.text-field",
                "named: [sample] VBox > Button#icon-only.button",
                "reachable: [sample] VBox > Button#not-by-tab.button");
    }
}
