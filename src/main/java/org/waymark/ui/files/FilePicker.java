package org.waymark.ui.files;

import java.util.Optional;
import javafx.stage.Window;

/**
 * Where the window asks the user for a file: the platform's open and save dialogs in the app
 * ({@link NativeFilePicker}), a scripted answer in tests, where headless JavaFX has no file dialog. Every view that
 * needs a file asks through the one picker the window was given, so that it also remembers one last folder.
 */
public interface FilePicker {

    /** A file to read; empty when the user cancelled. */
    Optional<PickedFile> open(Window owner, FileRequest request);

    /** A file to write; empty when the user cancelled. */
    Optional<PickedFile> save(Window owner, FileRequest request);
}
