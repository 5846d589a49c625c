package org.waymark.model.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every edit of one journey and keeps them for undo and redo. Its revision changes with every
 * execute, undo, redo and merge; the journey is dirty when its state differs from the one last saved.
 * A command may not run another command from inside itself.
 */
public final class UndoManager {

    private record Entry(Command command, long state) {
    }

    private final Deque<Entry> done = new ArrayDeque<>();
    private final Deque<Entry> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private long nextState = 1;
    private long savedState;
    private long revision;
    private boolean running;
    private boolean mergeClosed;

    /** Executes {@code command} and records it; an {@link EditRefusedException} leaves everything as it was. */
    public void execute(Command command) {
        run(command::execute);
        Entry top = done.peek();
        boolean mayMerge = !mergeClosed;
        mergeClosed = false;
        if (mayMerge && top != null && top.command().absorb(command)) {
            done.pop();
            done.push(new Entry(top.command(), nextState++));
        } else {
            done.push(new Entry(command, nextState++));
        }
        undone.clear();
        changed();
    }

    public void undo() {
        Entry entry = done.pop();
        run(entry.command()::undo);
        undone.push(entry);
        changed();
    }

    public void redo() {
        Entry entry = undone.pop();
        run(entry.command()::execute);
        done.push(entry);
        changed();
    }

    /**
     * The next edit starts a new undo step even if it could merge with the last one: the user left the
     * field they were typing in.
     */
    public void closeMerging() {
        mergeClosed = true;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(done.peek()).map(e -> e.command().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(undone.peek()).map(e -> e.command().description());
    }

    /** Changes whenever the edited state changes; listeners run after every change. */
    public long revision() {
        return revision;
    }

    public boolean isDirty() {
        return currentState() != savedState;
    }

    /** The current state is what is saved now. */
    public void markSaved() {
        savedState = currentState();
        changed();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private long currentState() {
        Entry top = done.peek();
        return top == null ? 0 : top.state();
    }

    private void run(Runnable work) {
        if (running) {
            throw new IllegalStateException("A command cannot run another command from inside itself");
        }
        running = true;
        try {
            work.run();
        } finally {
            running = false;
        }
    }

    private void changed() {
        revision++;
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
