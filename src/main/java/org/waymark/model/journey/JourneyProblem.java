package org.waymark.model.journey;

/** Something "check for errors" found: where (a JSON path), how serious, and what is wrong. */
public record JourneyProblem(Severity severity, String path, String message) {

    public enum Severity {
        /** The journey cannot go live. */
        ERROR,
        /** Worth fixing; the tile is incomplete but the journey's structure is sound. */
        WARNING
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + path + ": " + message;
    }
}
