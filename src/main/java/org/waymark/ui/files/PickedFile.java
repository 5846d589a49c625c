package org.waymark.ui.files;

import java.nio.file.Path;

/** The file the user picked and the index of the kind of file their dialog had chosen then. */
public record PickedFile(Path path, int kind) {
}
