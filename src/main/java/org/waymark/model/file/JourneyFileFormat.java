package org.waymark.model.file;

/** Facts about the journey file format shared by its reader and writer. */
public final class JourneyFileFormat {

    /** The {@code formatVersion} this Waymark writes; it reads every version up to it. */
    public static final int VERSION = 1;

    /** The file name ending of journey files. */
    public static final String EXTENSION = ".waymark.json";

    private JourneyFileFormat() {
    }
}
