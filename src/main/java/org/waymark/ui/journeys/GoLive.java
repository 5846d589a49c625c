package org.waymark.ui.journeys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.waymark.model.edit.ChangeSettings;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.Milestone;
import org.waymark.model.journey.MilestoneKind;
import org.waymark.ui.edit.EditSession;

/**
 * File ▸ Go live…: runs "check for errors" one last time (with the store's assets, so a draft or missing email
 * stops it) and refuses, listing the errors, while there are any; otherwise marks the open journey Live with a
 * "went live" milestone, as one undoable edit, and saves it.
 */
public final class GoLive {

    /** How many errors the refusal lists before "and n more". */
    static final int LISTED = 8;

    private final JourneyWorkspace workspace;
    private final JourneyRules rules;
    private final ProblemReporter problems;
    private final Clock clock;

    public GoLive(JourneyWorkspace workspace, JourneyRules rules, ProblemReporter problems, Clock clock) {
        this.workspace = workspace;
        this.rules = rules;
        this.problems = problems;
        this.clock = clock;
    }

    /** True when the journey went live (and was saved). */
    public boolean goLive() {
        EditSession session = workspace.sessionProperty().get();
        if (session == null) {
            return false;
        }
        Journey journey = session.journey();
        if (journey.settings().status() == JourneyStatus.LIVE) {
            workspace.announce("'" + journey.name() + "' is already live");
            return false;
        }
        List<JourneyProblem> errors = rules.check(journey).stream()
                .filter(p -> p.severity() == JourneyProblem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            problems.report("Cannot go live with '" + journey.name() + "'", describe(errors));
            return false;
        }
        JourneySettings s = journey.settings();
        List<Milestone> milestones = new ArrayList<>(s.milestones());
        milestones.add(new Milestone(clock.instant(), MilestoneKind.WENT_LIVE, "Went live"));
        JourneySettings live = new JourneySettings(s.name(), s.description(), s.owner(), s.businessUnit(), s.target(),
                s.minimumConsent(), s.scope(), s.schedule(), s.contentSettings(), s.recurrence(),
                s.suppressionSegment(), JourneyStatus.LIVE, milestones);
        session.execute(new ChangeSettings(session.document(), live, "status"));
        if (!workspace.save()) {
            return false;
        }
        workspace.announce("'" + journey.name() + "' is live");
        return true;
    }

    static String describe(List<JourneyProblem> errors) {
        StringBuilder text = new StringBuilder("Fix " + (errors.size() == 1 ? "this error" : "these "
                + errors.size() + " errors") + " first (Check for errors shows them on the tiles):");
        errors.stream().limit(LISTED).forEach(e -> text.append("\n• ").append(e.path()).append(": ")
                .append(e.message()));
        if (errors.size() > LISTED) {
            text.append("\n… and ").append(errors.size() - LISTED).append(" more");
        }
        return text.toString();
    }
}
