package org.waymark.model.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyProblem.Severity;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.tile.SchedulerTile;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.TileType;
import org.waymark.model.tile.TriggerTile;
import org.waymark.model.tile.Wait;

class TemplateCatalogTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final TemplateCatalog catalog = TemplateCatalog.fromClassPath();
    private final JourneyRules rules = new JourneyRules();

    @Test
    void loadsEveryTemplateOfTheIndexAfterTheBlankOne() {
        List<JourneyTemplate> all = catalog.templates();
        assertThat(all.get(0).isBlank()).isTrue();
        assertThat(all).extracting(JourneyTemplate::id).doesNotHaveDuplicates().contains("welcome-series",
                "newsletter-with-reminder", "event-invitation", "re-engagement", "lead-nurture",
                "account-based-outreach", "webinar-follow-up", "ab-test");
        assertThat(all.size()).isGreaterThanOrEqualTo(7);
        assertThat(all).allSatisfy(t -> {
            assertThat(t.name()).isNotBlank();
            assertThat(t.description()).isNotBlank();
            assertThat(t.tileCount()).isPositive();
        });
    }

    @Test
    void everyTemplateFollowsTheJourneyRules() {
        for (JourneyTemplate template : catalog.templates()) {
            if (template.isBlank()) {
                continue;
            }
            List<JourneyProblem> problems = rules.check(template.journey());
            assertThat(problems).as(template.id()).noneMatch(p -> p.severity() == Severity.ERROR);
            assertThat(template.journey().settings().status()).isEqualTo(JourneyStatus.DRAFT);
            assertThat(template.journey().settings().milestones()).isEmpty();
        }
    }

    @Test
    void templatesUseTheTilesTheirStoryNeeds() {
        assertThat(types("event-invitation")).contains(TileType.EVENT, TileType.TRIGGER);
        assertThat(events("event-invitation")).contains("registered", "attended");
        assertThat(types("lead-nurture")).contains(TileType.CREATE_LEAD);
        Journey abm = catalog.find("account-based-outreach").orElseThrow().journey();
        assertThat(abm.settings().target()).hasToString("ACCOUNTS");
        assertThat(types("account-based-outreach")).contains(TileType.ACTIVITY, TileType.CREATE_LEAD);
        assertThat(types("ab-test")).contains(TileType.SPLITTER);
        assertThat(types("welcome-series").get(0)).isEqualTo(TileType.FORM_SUBMITTED);
    }

    @Test
    void listsCategoriesInIndexOrderWithoutTheBlankEntry() {
        assertThat(catalog.categories()).startsWith("Onboarding", "Nurture", "Events", "Retention", "Account-based")
                .doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    void searchesNamesDescriptionsAndCategoriesByEveryWord() {
        assertThat(ids(catalog.search(null, ""))).hasSize(catalog.templates().size());
        assertThat(ids(catalog.search("Events", ""))).containsExactly("blank", "event-invitation", "webinar-follow-up");
        assertThat(ids(catalog.search(null, "WEBINAR"))).contains("webinar-follow-up", "lead-nurture")
                .doesNotContain("blank", "welcome-series");
        assertThat(ids(catalog.search(null, "recording missed"))).containsExactly("webinar-follow-up");
        assertThat(ids(catalog.search("Retention", "webinar"))).isEmpty();
        assertThat(ids(catalog.search(null, "scratch"))).containsExactly("blank");
        assertThat(ids(catalog.search(null, "account-based"))).containsExactly("account-based-outreach");
    }

    @Test
    void createsADraftWithTheNameAndTheScheduleMovedToTheStart() {
        JourneyTemplate template = catalog.find("event-invitation").orElseThrow();
        Journey original = template.journey();
        LocalDateTime start = LocalDateTime.of(2026, 6, 3, 14, 0);

        Journey created = catalog.create(template, "Summer summit", start, CHICAGO);

        assertThat(created.name()).isEqualTo("Summer summit");
        assertThat(created.settings().status()).isEqualTo(JourneyStatus.DRAFT);
        assertThat(created.settings().milestones()).isEmpty();
        assertThat(created.settings().schedule().start()).isEqualTo(start);
        assertThat(created.settings().schedule().zone()).isEqualTo(CHICAGO);
        assertThat(java.time.Duration.between(start, created.settings().schedule().end()))
                .isEqualTo(java.time.Duration.between(original.settings().schedule().start(),
                        original.settings().schedule().end()));
        // template: starts 11 Jan 2027 09:00, registration closes 1 Mar 12:00, reminder waits until 14 Mar 09:00
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDateTime.of(2027, 1, 11, 0, 0), start.toLocalDate().atStartOfDay());
        TriggerTile registered = (TriggerTile) PipelineTree.find(created, "registered").orElseThrow();
        assertThat(registered.timeout()).isEqualTo(Wait.until(LocalDateTime.of(2027, 3, 1, 12, 0).plusDays(days)));
        SchedulerTile dayBefore = (SchedulerTile) PipelineTree.find(created, "day-before").orElseThrow();
        assertThat(dayBefore.delay()).isEqualTo(Wait.until(LocalDateTime.of(2026, 8, 4, 9, 0)));
        TriggerTile attended = (TriggerTile) PipelineTree.find(created, "attended").orElseThrow();
        assertThat(attended.timeout()).isEqualTo(((TriggerTile) PipelineTree.find(original, "attended").orElseThrow()).timeout());
        assertThat(PipelineWalker.count(created.pipeline())).isEqualTo(template.tileCount());
        assertThat(rules.hasErrors(rules.check(created))).isFalse();
        assertThat(template.journey()).isEqualTo(original);
    }

    @Test
    void keepsDatedWaitsInsideTheNewSchedule() {
        Journey journey = catalog.find("webinar-follow-up").orElseThrow().journey();
        LocalDateTime start = LocalDateTime.of(2027, 1, 31, 23, 0);
        Journey created = catalog.create(catalog.find("webinar-follow-up").orElseThrow(), "Late", start, CHICAGO);
        SchedulerTile after = (SchedulerTile) PipelineTree.find(created, "after-webinar").orElseThrow();
        Wait.Until until = (Wait.Until) after.delay();
        assertThat(until.moment()).isAfterOrEqualTo(start).isBeforeOrEqualTo(created.settings().schedule().end());
        assertThat(journey.settings().schedule().start()).isEqualTo(LocalDateTime.of(2027, 2, 1, 9, 0));
    }

    @Test
    void theBlankEntryMakesAJourneyWithOneEmptySegmentGroup() {
        JourneyTemplate blank = catalog.blankTemplate();
        Journey created = catalog.create(blank, "  Fresh  ", LocalDateTime.of(2026, 5, 4, 9, 0), CHICAGO);
        assertThat(created.name()).isEqualTo("Fresh");
        assertThat(created.pipeline()).singleElement().isInstanceOfSatisfying(SegmentGroupTile.class,
                g -> assertThat(g.segments()).isEmpty());
        assertThat(created.settings().schedule().end()).isEqualTo(LocalDateTime.of(2026, 8, 2, 9, 0));
        assertThatThrownBy(() -> catalog.create(blank, " ", LocalDateTime.of(2026, 5, 4, 9, 0), CHICAGO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheBrokenEntryOfAnIndex() {
        Map<String, String> files = Map.of("templates.json",
                "{\"templates\":[{\"id\":\"x\",\"name\":\"X\",\"category\":\"C\",\"file\":\"x.waymark.json\"}]}");
        assertThatThrownBy(() -> TemplateCatalog.load(name -> stream(files.get(name))))
                .isInstanceOf(TemplateCatalogException.class).hasMessageContaining("$.templates[0].description");
        Map<String, String> missing = Map.of("templates.json",
                "{\"templates\":[{\"id\":\"x\",\"name\":\"X\",\"category\":\"C\",\"description\":\"D\",\"file\":\"x.waymark.json\"}]}");
        assertThatThrownBy(() -> TemplateCatalog.load(name -> stream(missing.get(name))))
                .isInstanceOf(TemplateCatalogException.class).hasMessageContaining("x.waymark.json is missing");
    }

    private List<TileType> types(String id) {
        return catalog.find(id).orElseThrow().tileTypes();
    }

    private List<String> events(String id) {
        return PipelineWalker.places(catalog.find(id).orElseThrow().journey().pipeline()).stream()
                .filter(p -> p.tile() instanceof TriggerTile)
                .flatMap(p -> ((TriggerTile) p.tile()).rules().stream())
                .map(r -> r.condition().name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static List<String> ids(List<JourneyTemplate> templates) {
        return templates.stream().map(JourneyTemplate::id).toList();
    }

    private static ByteArrayInputStream stream(String text) {
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
