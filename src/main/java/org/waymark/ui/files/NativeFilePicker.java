package org.waymark.ui.files;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file dialogs; each opens in the folder of the last file picked through this picker. */
public final class NativeFilePicker implements FilePicker {

    private File lastFolder;

    @Override
    public Optional<PickedFile> open(Window owner, FileRequest request) {
        FileChooser chooser = chooser(request);
        return picked(chooser, chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<PickedFile> save(Window owner, FileRequest request) {
        FileChooser chooser = chooser(request);
        if (request.suggestedName() != null) {
            chooser.setInitialFileName(request.suggestedName());
        }
        return picked(chooser, chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        List<FileChooser.ExtensionFilter> filters = request.kinds().stream()
                .map(kind -> new FileChooser.ExtensionFilter(kind.description(), kind.patterns())).toList();
        chooser.getExtensionFilters().setAll(filters);
        chooser.setSelectedExtensionFilter(filters.get(request.chosenKind()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<PickedFile> picked(FileChooser chooser, File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        int kind = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        return Optional.of(new PickedFile(file.toPath(), kind));
    }
}
