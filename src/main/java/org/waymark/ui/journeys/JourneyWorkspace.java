package org.waymark.ui.journeys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileFormat;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.store.JourneyRepository;
import org.waymark.store.StoreException;
import org.waymark.ui.edit.EditSession;

/**
 * The journey the window has open, with its {@link EditSession}, and what the user can do with stored journeys:
 * create, open, save, save as, delete, import from and export to journey files. Keeps a recovery copy while
 * the open journey has unsaved changes, and offers it back when a journey opens with one. Failures go to the
 * {@link ProblemReporter}; what happened to {@link #messageProperty() the status message}. Asking whether to
 * save first is the caller's part ({@link UnsavedChanges}).
 */
public final class JourneyWorkspace {

    private final JourneyRepository journeys;
    private final JourneyListViewModel list;
    private final BlankJourney blank;
    private final JourneyFileReader reader;
    private final JourneyFileWriter writer;
    private final ProblemReporter problems;
    private final RecoveryAutosave autosave;
    private final RecoveryOffer recovery;
    private final ObjectProperty<OpenJourney> opened = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<EditSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public JourneyWorkspace(JourneyRepository journeys, JourneyListViewModel list, BlankJourney blank,
                            JourneyFileReader reader, JourneyFileWriter writer, ProblemReporter problems,
                            RecoveryAutosave autosave, RecoveryOffer recovery) {
        this.journeys = journeys;
        this.list = list;
        this.blank = blank;
        this.reader = reader;
        this.writer = writer;
        this.problems = problems;
        this.autosave = autosave;
        this.recovery = recovery;
    }

    /** Stores a blank journey, then selects and opens it. */
    public void createNew() {
        createFrom(blank.create());
    }

    /** Stores a new journey (from a template, say), then selects and opens it. */
    public void createFrom(Journey journey) {
        store("Cannot create a journey", () -> {
            long id = journeys.insert(journey);
            showStored(id, journey);
            message.set("Created '" + journey.name() + "'");
        });
    }

    /**
     * Opens the journey with this id (nothing to do when it is open already); false, and nothing changes, when
     * it is not in the store any more.
     */
    public boolean open(long id) {
        if (openedId().equals(OptionalLong.of(id))) {
            return true;
        }
        try {
            Optional<Journey> found = journeys.find(id);
            found.ifPresent(journey -> {
                show(id, journey);
                message.set("Opened '" + journey.name() + "'");
            });
            return found.isPresent();
        } catch (StoreException e) {
            problems.report("Cannot open the journey", e.getMessage());
            return false;
        }
    }

    /** Opens and selects the journey that was open last time, if it is still in the store. */
    public void reopen(long id) {
        if (open(id)) {
            list.select(id);
        }
    }

    public void openSelected() {
        list.selectedId().ifPresent(id -> {
            if (!open(id)) {
                problems.report("Cannot open the journey", "It is no longer in the store.");
                list.refresh();
            }
        });
    }

    /** Writes the open journey, as edited, back to the store; true when it is saved. */
    public boolean save() {
        OpenJourney open = opened.get();
        EditSession edits = session.get();
        if (open == null || edits == null) {
            return false;
        }
        Journey journey = edits.journey();
        return store("Cannot save '" + journey.name() + "'", () -> {
            journeys.update(open.id(), journey);
            edits.markSaved();
            opened.set(new OpenJourney(open.id(), journey));
            list.refresh();
            message.set("Saved '" + journey.name() + "'");
        });
    }

    /** Stores the open journey, as edited, as a new journey named {@code name} and opens that one. */
    public boolean saveAs(String name) {
        EditSession edits = session.get();
        if (edits == null) {
            return false;
        }
        Journey copy = edits.journey().withSettings(edits.journey().settings().withName(name));
        return store("Cannot save '" + name + "'", () -> {
            long id = journeys.insert(copy);
            autosave.discard();
            showStored(id, copy);
            message.set("Saved as '" + name + "'");
        });
    }

    /** Gives up the open journey's unsaved changes: its recovery copy goes. The session stays as it is. */
    public void discardChanges() {
        autosave.discard();
    }

    /** Deletes the selected journey, closing it when it is the open one. The caller confirms first. */
    public void deleteSelected() {
        OptionalLong id = list.selectedId();
        if (id.isEmpty()) {
            return;
        }
        String name = list.selectedProperty().get().name();
        store("Cannot delete '" + name + "'", () -> {
            journeys.delete(id.getAsLong());
            autosave.forget(id.getAsLong());
            if (opened.get() != null && opened.get().id() == id.getAsLong()) {
                close();
            }
            list.refresh();
            message.set("Deleted '" + name + "'");
        });
    }

    /** Reads a journey file into a new stored journey, then selects and opens it. */
    public void importFrom(Path file) {
        String heading = "Cannot import " + file.getFileName();
        Journey journey;
        try {
            journey = reader.read(file);
        } catch (JourneyFileException e) {
            problems.report(heading, e.getMessage());
            return;
        } catch (IOException e) {
            problems.report(heading, "The file cannot be read: " + describe(e));
            return;
        }
        store(heading, () -> {
            long id = journeys.insert(journey);
            showStored(id, journey);
            message.set("Imported '" + journey.name() + "' from " + file.getFileName());
        });
    }

    /** Writes the open journey, with its unsaved changes, to a journey file. */
    public void exportTo(Path file) {
        EditSession edits = session.get();
        if (edits == null) {
            return;
        }
        try {
            writer.write(edits.journey(), file);
            message.set("Exported '" + edits.journey().name() + "' to " + file.getFileName());
        } catch (IOException e) {
            problems.report("Cannot export to " + file.getFileName(), describe(e));
        }
    }

    /** A file name for exporting the open journey: its name in lower case with dashes, e.g. "welcome-series". */
    public String suggestedFileName() {
        String name = session.get() == null ? "journey" : session.get().journey().name();
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "journey" : slug) + JourneyFileFormat.EXTENSION;
    }

    /** True while the open journey has changes that are not saved. */
    public boolean hasUnsavedChanges() {
        return session.get() != null && session.get().dirtyProperty().get();
    }

    /** Shows a message in the status line. */
    public void announce(String text) {
        message.set(text);
    }

    public OptionalLong openedId() {
        return opened.get() == null ? OptionalLong.empty() : OptionalLong.of(opened.get().id());
    }

    /** The open journey's id and the journey as it was last opened or saved. */
    public ReadOnlyObjectProperty<OpenJourney> openedProperty() {
        return opened;
    }

    /** The open journey's edit session; null while no journey is open. */
    public ReadOnlyObjectProperty<EditSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void showStored(long id, Journey journey) {
        list.refresh();
        list.select(id);
        show(id, journey);
    }

    private void show(long id, Journey journey) {
        autosave.stop();
        EditSession next = new EditSession(journey);
        opened.set(new OpenJourney(id, journey));
        session.set(next);
        if (recovery.offer(id, next)) {
            message.set("Restored the unsaved changes of '" + journey.name() + "'");
        }
        autosave.watch(id, next);
    }

    private void close() {
        autosave.stop();
        session.set(null);
        opened.set(null);
    }

    /** Runs store work; a failure, whether the store explained it or not, becomes a dialog, not a lost stack trace. */
    private boolean store(String heading, Runnable work) {
        try {
            work.run();
            return true;
        } catch (StoreException e) {
            problems.report(heading, e.getMessage());
        } catch (RuntimeException e) {
            problems.report(heading, "The store failed: " + e.getMessage());
        }
        return false;
    }

    private static String describe(IOException e) {
        String detail = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "there is no file " + detail;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "access to " + detail + " is denied";
        }
        return detail == null ? e.getClass().getSimpleName() : detail;
    }
}
