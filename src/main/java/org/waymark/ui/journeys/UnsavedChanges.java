package org.waymark.ui.journeys;

/**
 * Before the open journey is closed (the window closes, another journey opens, one is created or imported, or
 * the open one is deleted) while it has unsaved changes, asks "Save changes to '<name>'?" and does what the
 * answer says.
 */
public final class UnsavedChanges {

    public enum Answer {
        SAVE,
        DONT_SAVE,
        CANCEL
    }

    @FunctionalInterface
    public interface Question {
        Answer ask(String journeyName);
    }

    private final JourneyWorkspace workspace;
    private final Question question;

    public UnsavedChanges(JourneyWorkspace workspace, Question question) {
        this.workspace = workspace;
        this.question = question;
    }

    /**
     * True when the open journey may be closed now: it has no unsaved changes, they were saved, or the user gave
     * them up; false when the user cancelled or saving failed.
     */
    public boolean settle() {
        if (!workspace.hasUnsavedChanges()) {
            return true;
        }
        return switch (question.ask(workspace.sessionProperty().get().journey().name())) {
            case SAVE -> workspace.save();
            case DONT_SAVE -> {
                workspace.discardChanges();
                yield true;
            }
            case CANCEL -> false;
        };
    }
}
