package org.waymark.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.model.tile.TriggerTile;
import org.waymark.model.tile.Wait;
import org.waymark.model.edit.PipelineTree;
import org.waymark.ui.SampleJourneys;

class TriggerViewModelTest {

    private final TriggerViewModel model = new TriggerViewModel(new JourneyRules(), new FakeAssets());
    private final Journey whitePaper = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final Journey summit = SampleJourneys.read(SampleJourneys.SUMMIT);

    @Test
    void rulesMayWatchOnlyWatchableTilesBeforeTheTrigger() {
        assertThat(model.sources(whitePaper, "clicked-download")).extracting(TriggerViewModel.Source::label)
                .containsExactly("Offer the white paper (email)", "Download page (marketing page)");
        assertThat(model.sources(whitePaper, "clicked-reminder")).extracting(TriggerViewModel.Source::tileId)
                .containsExactly("offer", "download-page", "reminder");
        assertThat(model.sources(whitePaper, "clicked-reminder")).extracting(TriggerViewModel.Source::tileId)
                .as("tiles on the other path are not before it").doesNotContain("webinar-invite", "lead");
    }

    @Test
    void conditionsFitTheSourceType() {
        assertThat(model.conditions(whitePaper, "clicked-download", "offer")).containsExactly(TriggerCondition.OPENED,
                TriggerCondition.CLICKED, TriggerCondition.CLICKED_LINK, TriggerCondition.DELIVERED,
                TriggerCondition.BOUNCED, TriggerCondition.ATTACHMENT_VIEWED);
        assertThat(model.conditions(whitePaper, "clicked-download", "download-page"))
                .containsExactly(TriggerCondition.PAGE_VISITED);
        assertThat(model.conditions(summit, "registered", "summit"))
                .containsExactly(TriggerCondition.REGISTERED, TriggerCondition.ATTENDED);
        assertThat(model.conditions(summit, "registered", "registration"))
                .containsExactly(TriggerCondition.FORM_SUBMITTED, TriggerCondition.PAGE_VISITED);
        assertThat(model.conditions(whitePaper, "clicked-download", "lead")).as("after the trigger").isEmpty();
        assertThat(model.conditionAfterSourceChange(whitePaper, "clicked-download", "download-page",
                TriggerCondition.OPENED)).isEqualTo(TriggerCondition.PAGE_VISITED);
        assertThat(model.conditionAfterSourceChange(whitePaper, "clicked-reminder", "reminder",
                TriggerCondition.CLICKED_LINK)).isEqualTo(TriggerCondition.CLICKED_LINK);
    }

    @Test
    void linksComeFromTheSourceEmailInTheCatalog() {
        assertThat(model.links(whitePaper, "clicked-download", "offer"))
                .containsExactly("Download the white paper", "Read the blog");
        assertThat(model.links(whitePaper, "clicked-download", "download-page")).isEmpty();
        assertThat(model.links(whitePaper, "clicked-reminder", "reminder")).containsExactly("Download the white paper");
    }

    @Test
    void aRuleNeedsAWatchableSourceAFittingConditionAndForClickedLinkALink() {
        assertThat(model.rule(whitePaper, "clicked-download", "offer", TriggerCondition.CLICKED_LINK, "Read the blog"))
                .isEqualTo(Checked.ok(new TriggerRule("offer", TriggerCondition.CLICKED_LINK, "Read the blog")));
        assertThat(model.rule(whitePaper, "clicked-download", "offer", TriggerCondition.CLICKED_LINK, null).problem())
                .isEqualTo("Choose the link the contact must click");
        assertThat(model.rule(whitePaper, "clicked-download", "offer", TriggerCondition.OPENED, "ignored").value())
                .isEqualTo(new TriggerRule("offer", TriggerCondition.OPENED, ""));
        assertThat(model.rule(whitePaper, "clicked-download", "download-page", TriggerCondition.OPENED, "").problem())
                .isEqualTo("Choose what to wait for");
        assertThat(model.rule(whitePaper, "clicked-download", "lead", TriggerCondition.OPENED, "").isValid()).isFalse();
        assertThat(model.rule(summit, "attended", "invite", TriggerCondition.CLICKED_LINK, "x").problem())
                .isEqualTo("'Customer summit invitation' has no links: wait for another action");
    }

    @Test
    void aNewRuleWatchesTheNearestWatchableTile() {
        assertThat(model.newRule(whitePaper, "clicked-reminder"))
                .contains(new TriggerRule("reminder", TriggerCondition.OPENED, ""));
        TriggerTile trigger = (TriggerTile) PipelineTree.find(whitePaper, "clicked-download").orElseThrow();
        TriggerTile more = model.withNewRule(trigger, new TriggerRule("download-page", TriggerCondition.PAGE_VISITED, ""));
        assertThat(more.rules()).hasSize(2);
        assertThat(model.withoutRule(more, 0).rules()).containsExactly(more.rules().get(1));
        assertThat(model.withJoin(more, RuleJoin.AND).join()).isEqualTo(RuleJoin.AND);
        Wait day = Wait.forDuration(Duration.ofDays(1));
        assertThat(model.withTimeout(more, day).timeout()).isEqualTo(day);
        assertThat(model.withTimeout(more, day).whenTrue()).isEqualTo(trigger.whenTrue());
        assertThat(model.rulesNote(model.withoutRule(trigger, 0), whitePaper)).contains("A trigger needs at least one rule: add one");
    }

    @Test
    void labelsReadAsPlainWords() {
        assertThat(TriggerViewModel.conditionLabel(TriggerCondition.CLICKED_LINK)).isEqualTo("Clicked a specific link");
        assertThat(model.linkNote(whitePaper, "clicked-download",
                new TriggerRule("offer", TriggerCondition.CLICKED_LINK, "Gone"))).isPresent();
        assertThat(model.unknownSourceLabel(whitePaper, "nope")).isEqualTo("'nope' — no longer in the journey");
        assertThat(List.of(model.unknownSourceLabel(whitePaper, "lead")))
                .containsExactly("Lead for the playbook (create lead) — not before this trigger");
    }
}
