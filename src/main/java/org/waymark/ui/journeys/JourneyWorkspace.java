package org.waymark.ui.journeys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileFormat;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.store.JourneyRepository;
import org.waymark.store.StoreException;

/**
 * The journey the window has open, and what the user can do with stored journeys: create, open, save,
 * delete, import from and export to journey files. Failures go to the {@link ProblemReporter}; what went
 * well to {@link #messageProperty() the status message}.
 */
public final class JourneyWorkspace {

    public static final String APP_NAME = "Waymark";

    private final JourneyRepository journeys;
    private final JourneyListViewModel list;
    private final BlankJourney blank;
    private final JourneyFileReader reader;
    private final JourneyFileWriter writer;
    private final ProblemReporter problems;
    private final ObjectProperty<OpenJourney> opened = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringBinding title;

    public JourneyWorkspace(JourneyRepository journeys, JourneyListViewModel list, BlankJourney blank,
                            JourneyFileReader reader, JourneyFileWriter writer, ProblemReporter problems) {
        this.journeys = journeys;
        this.list = list;
        this.blank = blank;
        this.reader = reader;
        this.writer = writer;
        this.problems = problems;
        this.title = Bindings.createStringBinding(
                () -> opened.get() == null ? APP_NAME : APP_NAME + " — " + opened.get().journey().name(), opened);
    }

    /** Stores a blank journey, then selects and opens it. */
    public void createNew() {
        store("Cannot create a journey", () -> {
            Journey journey = blank.create();
            long id = journeys.insert(journey);
            showStored(id, journey);
            message.set("Created '" + journey.name() + "'");
        });
    }

    /** Opens the journey with this id; false, and nothing changes, when it is not in the store any more. */
    public boolean open(long id) {
        try {
            Optional<Journey> found = journeys.find(id);
            found.ifPresent(journey -> {
                opened.set(new OpenJourney(id, journey));
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

    /** Writes the open journey back to the store. */
    public void save() {
        OpenJourney open = opened.get();
        if (open == null) {
            return;
        }
        store("Cannot save '" + open.journey().name() + "'", () -> {
            journeys.update(open.id(), open.journey());
            list.refresh();
            message.set("Saved '" + open.journey().name() + "'");
        });
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
            if (opened.get() != null && opened.get().id() == id.getAsLong()) {
                opened.set(null);
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

    /** Writes the open journey to a journey file. */
    public void exportTo(Path file) {
        OpenJourney open = opened.get();
        if (open == null) {
            return;
        }
        try {
            writer.write(open.journey(), file);
            message.set("Exported '" + open.journey().name() + "' to " + file.getFileName());
        } catch (IOException e) {
            problems.report("Cannot export to " + file.getFileName(), describe(e));
        }
    }

    /** A file name for exporting the open journey: its name in lower case with dashes, e.g. "welcome-series". */
    public String suggestedFileName() {
        String name = opened.get() == null ? "journey" : opened.get().journey().name();
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "journey" : slug) + JourneyFileFormat.EXTENSION;
    }

    public OptionalLong openedId() {
        return opened.get() == null ? OptionalLong.empty() : OptionalLong.of(opened.get().id());
    }

    public ReadOnlyObjectProperty<OpenJourney> openedProperty() {
        return opened;
    }

    /** "Waymark — New York white paper nurture", or "Waymark" when no journey is open. */
    public StringBinding titleBinding() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    private void showStored(long id, Journey journey) {
        list.refresh();
        list.select(id);
        opened.set(new OpenJourney(id, journey));
    }

    /** Runs store work; a failure, whether the store explained it or not, becomes a dialog, not a lost stack trace. */
    private void store(String heading, Runnable work) {
        try {
            work.run();
        } catch (StoreException e) {
            problems.report(heading, e.getMessage());
        } catch (RuntimeException e) {
            problems.report(heading, "The store failed: " + e.getMessage());
        }
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
