package org.waymark.ui.simulation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.Schedule;

/**
 * What the Simulate dialog asks for: the behaviour model (the default one when {@code modelFile} is null), the seed
 * of every random choice, how many days to simulate, who enters (the store's contacts, or {@code syntheticContacts}
 * made-up ones) and whether the interactions are written to the store (only ever for the store's contacts).
 */
public record SimulationSettings(Path modelFile, long seed, int days, boolean storeContacts, int syntheticContacts,
                                 boolean persist) {

    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_DAYS = 30;
    public static final int DEFAULT_SYNTHETIC_CONTACTS = 10_000;
    private static final long SECONDS_PER_DAY = 86_400;

    public SimulationSettings {
        if (days < 1) {
            throw new IllegalArgumentException("A simulation covers at least one day, not " + days);
        }
        if (!storeContacts && syntheticContacts < 1) {
            throw new IllegalArgumentException("A synthetic population needs contacts, not " + syntheticContacts);
        }
        persist = persist && storeContacts;
    }

    /** The default model, the store's contacts, nothing written, {@code seed} and the journey's own period. */
    public static SimulationSettings defaults(long seed, Journey journey) {
        return new SimulationSettings(null, seed, daysOf(journey), true, DEFAULT_SYNTHETIC_CONTACTS, false);
    }

    /** These settings for another journey: the same choices over that journey's period. */
    public SimulationSettings forJourney(Journey journey) {
        return new SimulationSettings(modelFile, seed, daysOf(journey), storeContacts, syntheticContacts, persist);
    }

    /** The length of the journey's schedule in whole days, rounded up; {@value #DEFAULT_DAYS} without one. */
    public static int daysOf(Journey journey) {
        Schedule schedule = journey.settings().schedule();
        if (schedule == null || !schedule.endsAfterStart()) {
            return DEFAULT_DAYS;
        }
        ZonedDateTime start = schedule.zonedStart();
        long seconds = Duration.between(start, schedule.zonedEnd()).getSeconds();
        long days = (seconds + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY;
        return (int) Math.max(1, Math.min(SimulationSettingsViewModel.MAX_DAYS, days));
    }

    public Duration period() {
        return Duration.ofDays(days);
    }

    /** "Default behaviour model" or the model file's name. */
    public String modelName() {
        return modelFile == null ? "Default behaviour model" : String.valueOf(modelFile.getFileName());
    }

    /** "The store's contacts" or "10,000 synthetic contacts". */
    public String populationText() {
        return storeContacts ? "The store's contacts" : Counts.of(syntheticContacts) + " synthetic contacts";
    }
}
