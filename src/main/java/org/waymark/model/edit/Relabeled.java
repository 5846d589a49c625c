package org.waymark.model.edit;

/** Runs a command under another name for the Edit menu, e.g. the deletion a Cut does: "Cut 'Reminder'". */
public final class Relabeled implements Command {

    private final Command command;
    private final String description;

    public Relabeled(Command command, String description) {
        this.command = command;
        this.description = description;
    }

    @Override
    public void execute() {
        command.execute();
    }

    @Override
    public void undo() {
        command.undo();
    }

    @Override
    public String description() {
        return description;
    }
}
