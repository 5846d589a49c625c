package org.waymark.model.journey;

import java.util.List;
import java.util.Optional;

/**
 * The general settings of a journey. {@code businessUnit} is the owner's unit (used when the scope is
 * {@link BusinessUnitScope#BUSINESS_UNIT}); {@code recurrence} and {@code suppressionSegment} may be null.
 */
public record JourneySettings(
        String name,
        String description,
        String owner,
        String businessUnit,
        TargetKind target,
        ConsentLevel minimumConsent,
        BusinessUnitScope scope,
        Schedule schedule,
        String contentSettings,
        Recurrence recurrence,
        String suppressionSegment,
        JourneyStatus status,
        List<Milestone> milestones) {

    public JourneySettings {
        milestones = List.copyOf(milestones);
    }

    public Optional<Recurrence> recurring() {
        return Optional.ofNullable(recurrence);
    }

    public JourneySettings withName(String newName) {
        return new JourneySettings(newName, description, owner, businessUnit, target, minimumConsent, scope,
                schedule, contentSettings, recurrence, suppressionSegment, status, milestones);
    }

    public JourneySettings withStatus(JourneyStatus newStatus) {
        return new JourneySettings(name, description, owner, businessUnit, target, minimumConsent, scope,
                schedule, contentSettings, recurrence, suppressionSegment, newStatus, milestones);
    }
}
