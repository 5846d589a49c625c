package org.waymark.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.waymark.ui.files.FilePicker;
import org.waymark.ui.files.FileRequest;
import org.waymark.ui.files.PickedFile;

/**
 * File dialogs for tests, where headless JavaFX has none: each request is recorded, and answered with the next
 * file queued by {@link #answer}, else as if the user had cancelled.
 */
public final class ScriptedFiles implements FilePicker {

    private final Deque<PickedFile> answers = new ArrayDeque<>();
    private final List<FileRequest> asked = new ArrayList<>();

    /** The next dialog picks {@code file}. */
    public ScriptedFiles answer(PickedFile file) {
        answers.add(file);
        return this;
    }

    /** Every request so far, in order. */
    public List<FileRequest> asked() {
        return List.copyOf(asked);
    }

    @Override
    public Optional<PickedFile> open(Window owner, FileRequest request) {
        return next(request);
    }

    @Override
    public Optional<PickedFile> save(Window owner, FileRequest request) {
        return next(request);
    }

    private Optional<PickedFile> next(FileRequest request) {
        asked.add(request);
        return Optional.ofNullable(answers.poll());
    }
}
