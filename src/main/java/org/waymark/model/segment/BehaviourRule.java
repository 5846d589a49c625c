package org.waymark.model.segment;

/**
 * A condition on what the contact did: "Opened email Welcome in the last 30 days". No asset means any asset of the
 * behaviour's kind; {@code withinDays} counts back from the moment the segment is evaluated. {@code happened} false
 * turns it round ("did not open …"). Only real interactions count, never simulated ones.
 */
public record BehaviourRule(Behaviour behaviour, String assetName, int withinDays, boolean happened)
        implements SegmentRule {

    public static final int MAX_DAYS = 3650;

    public BehaviourRule {
        if (behaviour == null) {
            throw new IllegalArgumentException("a behaviour condition needs a behaviour");
        }
        if (withinDays < 1 || withinDays > MAX_DAYS) {
            throw new IllegalArgumentException("the number of days must be between 1 and " + MAX_DAYS);
        }
        if (assetName != null && assetName.isBlank()) {
            assetName = null;
        }
    }

    public BehaviourRule(Behaviour behaviour, String assetName, int withinDays) {
        this(behaviour, assetName, withinDays, true);
    }

    @Override
    public String describe() {
        String what = behaviour.label() + (assetName == null ? " (any)" : " \"" + assetName + "\"");
        String days = withinDays == 1 ? "in the last day" : "in the last " + withinDays + " days";
        return (happened ? "" : "Not: ") + what + " " + days;
    }
}
