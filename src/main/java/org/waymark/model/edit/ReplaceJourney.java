package org.waymark.model.edit;

import org.waymark.model.journey.Journey;

/**
 * Replaces the whole journey by another value in one undoable step, e.g. when unsaved changes are restored
 * from a recovery copy: the journey is then dirty, and undo brings back the journey as it was stored.
 */
public final class ReplaceJourney extends JourneyEdit {

    private final Journey replacement;

    public ReplaceJourney(JourneyDocument document, Journey replacement, String description) {
        super(document, description);
        this.replacement = replacement;
    }

    @Override
    protected Journey apply(Journey journey) {
        return replacement;
    }
}
