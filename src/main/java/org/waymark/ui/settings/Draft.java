package org.waymark.ui.settings;

import java.util.List;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.Milestone;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;
import org.waymark.model.journey.TargetKind;

/** A mutable copy of {@link JourneySettings} for changing a value or two; status and milestones stay as they are. */
public final class Draft {

    private String name;
    private String description;
    private String owner;
    private String businessUnit;
    private TargetKind target;
    private ConsentLevel minimumConsent;
    private BusinessUnitScope scope;
    private Schedule schedule;
    private String contentSettings;
    private Recurrence recurrence;
    private String suppressionSegment;
    private final JourneyStatus status;
    private final List<Milestone> milestones;

    Draft(JourneySettings s) {
        name = s.name();
        description = s.description();
        owner = s.owner();
        businessUnit = s.businessUnit();
        target = s.target();
        minimumConsent = s.minimumConsent();
        scope = s.scope();
        schedule = s.schedule();
        contentSettings = s.contentSettings();
        recurrence = s.recurrence();
        suppressionSegment = s.suppressionSegment();
        status = s.status();
        milestones = s.milestones();
    }

    public Draft name(String value) {
        name = value;
        return this;
    }

    public Draft description(String value) {
        description = value;
        return this;
    }

    public Draft owner(String value) {
        owner = value;
        return this;
    }

    public Draft businessUnit(String value) {
        businessUnit = value;
        return this;
    }

    public Draft target(TargetKind value) {
        target = value;
        return this;
    }

    public Draft minimumConsent(ConsentLevel value) {
        minimumConsent = value;
        return this;
    }

    public Draft scope(BusinessUnitScope value) {
        scope = value;
        return this;
    }

    public Draft schedule(Schedule value) {
        schedule = value;
        return this;
    }

    public Draft contentSettings(String value) {
        contentSettings = value;
        return this;
    }

    /** Null makes the journey run once. */
    public Draft recurrence(Recurrence value) {
        recurrence = value;
        return this;
    }

    /** Empty or null for no suppression segment. */
    public Draft suppressionSegment(String value) {
        suppressionSegment = value == null || value.isBlank() ? null : value;
        return this;
    }

    JourneySettings build() {
        return new JourneySettings(name, description, owner, businessUnit, target, minimumConsent, scope, schedule,
                contentSettings, recurrence, suppressionSegment, status, milestones);
    }
}
