package org.waymark.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.waymark.model.journey.Journey;

/** The journey being edited: its current value and who wants to know when it changes. */
public final class JourneyDocument {

    private Journey journey;
    private final List<Consumer<Journey>> listeners = new ArrayList<>();

    public JourneyDocument(Journey journey) {
        this.journey = journey;
    }

    public Journey journey() {
        return journey;
    }

    /** Sets the journey; only commands call this, so that every change can be undone. */
    void replace(Journey next) {
        if (next.equals(journey)) {
            journey = next;
            return;
        }
        journey = next;
        List.copyOf(listeners).forEach(l -> l.accept(next));
    }

    public void addListener(Consumer<Journey> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Journey> listener) {
        listeners.remove(listener);
    }
}
