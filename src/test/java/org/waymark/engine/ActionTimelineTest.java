package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.engine.TestJourneys.T0;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.journey;
import static org.waymark.engine.TestJourneys.lead;
import static org.waymark.engine.TestJourneys.simulate;
import static org.waymark.engine.TestJourneys.union;
import static org.waymark.engine.TestJourneys.workflow;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ActivityKind;
import org.waymark.model.tile.ActivityTile;

/** Activities, leads and workflow runs also go on the timeline, as ACTIVITY interactions. */
class ActionTimelineTest {

    /** Contacts 1 and 2 of account 500 (2 joins the segment an hour late), contact 3 without an account. */
    private final Population population = Population.builder()
            .contact(1, 500, 1, 5, "Paris", "France", "Buyer").member("Target", 1)
            .contact(2, 500, 1, 5, "Paris", "France", "Buyer").memberSince("Target", 2, T0 + 3600)
            .contact(3, InteractionBatch.NONE, 1, 5, "Paris", "France", "Buyer").member("Target", 3).build();

    @Test
    void eachActivityKindLeadAndWorkflowRunIsAnActivityInteractionOfItsContact() {
        Journey journey = journey(union("start", include("s", "Target")),
                new ActivityTile("task", "", ActivityKind.TASK, "Send the brochure", "", ActionTarget.CONTACT),
                new ActivityTile("call", "", ActivityKind.PHONE_CALL, "Call them", "", ActionTarget.CONTACT),
                new ActivityTile("meet", "", ActivityKind.APPOINTMENT, "Demo", "", ActionTarget.CONTACT),
                lead("lead", ActionTarget.CONTACT), workflow("flow", ActionTarget.CONTACT));

        SimulationResult result = simulate(journey, population, TestModels.CERTAIN, 10);

        List<String> expected = new ArrayList<>();
        for (String[] kind : new String[][] {{"task", "activity", "Send the brochure"},
                {"phoneCall", "activity", "Call them"}, {"appointment", "activity", "Demo"},
                {"leadCreated", "lead", "Interested"}, {"workflowLaunched", "workflow", "Follow up"}}) {
            expected.add("1/500 " + kind[0] + " +0m " + kind[1] + " " + kind[2]);
            expected.add("2/500 " + kind[0] + " +60m " + kind[1] + " " + kind[2]);
            expected.add("3/- " + kind[0] + " +0m " + kind[1] + " " + kind[2]);
        }
        assertEquals(expected, lines(result.interactions()));
        assertEquals(9, result.activities().size());
        assertEquals(result.activities().size() + result.leads().size() + result.workflowRuns().size(),
                result.interactions().size(), "one interaction per record, nothing else");
    }

    @Test
    void oncePerAccountTheInteractionNamesTheAccountAndNoContact() {
        Journey journey = journey(union("start", include("s", "Target")),
                new ActivityTile("meet", "", ActivityKind.APPOINTMENT, "", "", ActionTarget.ACCOUNT),
                lead("lead", ActionTarget.ACCOUNT), workflow("flow", ActionTarget.ACCOUNT));

        SimulationResult result = simulate(journey, population, TestModels.CERTAIN, 10);

        String meeting = journey.pipeline().get(1).displayName();
        assertEquals(List.of(
                "-/500 appointment +0m activity " + meeting, "3/- appointment +0m activity " + meeting,
                "-/500 leadCreated +0m lead Interested", "3/- leadCreated +0m lead Interested",
                "-/500 workflowLaunched +0m workflow Follow up", "3/- workflowLaunched +0m workflow Follow up"),
                lines(result.interactions()), "the account's first contact arrives at once; a blank subject "
                        + "names the tile");
        assertEquals(new CreatedActivity(InteractionBatch.NONE, 500, "APPOINTMENT", "", T0, "meet"),
                result.activities().get(0));
    }

    /** "contact/account subtype +minutes assetKind assetName", "-" for an absent id; all rows are ACTIVITY. */
    private static List<String> lines(InteractionBatch rows) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals("ACTIVITY", rows.type(i).name());
            assertEquals(null, rows.detail(i));
            lines.add(id(rows.contactId(i)) + "/" + id(rows.accountId(i)) + " " + rows.subtype(i) + " +"
                    + (rows.occurredAt(i) - T0) / 60 + "m " + rows.assetKind(i) + " " + rows.assetName(i));
        }
        return lines;
    }

    private static String id(long id) {
        return id == InteractionBatch.NONE ? "-" : Long.toString(id);
    }
}
