package org.waymark.ui.journeys;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.waymark.model.edit.ReplaceJourney;
import org.waymark.model.file.JourneyFileException;
import org.waymark.ui.edit.EditSession;

/**
 * When a journey opens with a recovery copy beside the store (Waymark stopped before its changes were saved),
 * asks whether to restore them. Restore applies the copy as one undoable edit, so the journey is then dirty and
 * Undo goes back to the stored journey; Discard deletes the copy.
 */
public final class RecoveryOffer {

    /** Asks "Restore unsaved changes from 4 May 2026, 10:20?"; true to restore. */
    @FunctionalInterface
    public interface Question {
        boolean restore(String journeyName, String savedAt);
    }

    static final String DESCRIPTION = "Restore unsaved changes";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final RecoveryCopies copies;
    private final Question question;
    private final ProblemReporter problems;
    private final ZoneId zone;

    public RecoveryOffer(RecoveryCopies copies, Question question, ProblemReporter problems, ZoneId zone) {
        this.copies = copies;
        this.question = question;
        this.problems = problems;
        this.zone = zone;
    }

    /** Offers the copy of journey {@code id}, if there is one; true when it was restored. */
    public boolean offer(long id, EditSession session) {
        Optional<RecoveryCopy> copy;
        try {
            copy = copies.find(id);
        } catch (IOException | JourneyFileException e) {
            problems.report("Cannot restore the unsaved changes of '" + session.journey().name() + "'",
                    "The recovery copy " + copies.path(id) + " cannot be read: " + e.getMessage());
            copies.delete(id);
            return false;
        }
        if (copy.isEmpty()) {
            return false;
        }
        if (!question.restore(session.journey().name(), TIME.format(copy.get().savedAt().atZone(zone)))) {
            copies.delete(id);
            return false;
        }
        return session.execute(new ReplaceJourney(session.document(), copy.get().journey(), DESCRIPTION)).isEmpty();
    }
}
