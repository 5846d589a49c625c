package org.waymark.model.edit;

import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;

/** Changes the journey's settings; typing in one field is one undo step. */
public final class ChangeSettings extends JourneyEdit {

    private final JourneySettings settings;
    private final String field;

    public ChangeSettings(JourneyDocument document, JourneySettings settings, String field) {
        super(document, "Change " + field);
        this.settings = settings;
        this.field = field;
    }

    @Override
    protected Journey apply(Journey journey) {
        return journey.withSettings(settings);
    }

    @Override
    protected String mergeKey() {
        return "settings:" + field;
    }
}
