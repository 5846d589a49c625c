package org.waymark.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.waymark.model.journey.Journey;
import org.waymark.model.template.JourneyTemplate;
import org.waymark.model.template.TemplateCatalog;

class TemplateGalleryViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TemplateCatalog CATALOG = TemplateCatalog.fromClassPath();

    private final TemplateGalleryViewModel model = new TemplateGalleryViewModel(CATALOG,
            Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC")), BERLIN);

    @Test
    void startsWithAllTemplatesTheBlankOneChosen() {
        assertThat(model.categories().get(0)).isEqualTo("All");
        assertThat(model.categories()).contains("Onboarding", "Nurture", "Events", "Retention", "Account-based");
        assertThat(model.shown()).hasSize(CATALOG.templates().size());
        assertThat(model.selectedProperty().get().isBlank()).isTrue();
        assertThat(model.nameProperty().get()).isEqualTo("New journey");
        assertThat(model.canCreate().get()).isTrue();
        assertThat(model.resultTextProperty().get()).isEqualTo(CATALOG.templates().size() + " templates");
    }

    @Test
    void filtersByCategoryAndSearchWordsAndChoosesTheFirstRealMatch() {
        model.categoryProperty().set("Events");
        assertThat(ids()).containsExactly("blank", "event-invitation", "webinar-follow-up");
        assertThat(model.selectedProperty().get().isBlank()).isTrue();

        model.queryProperty().set("recording");
        assertThat(ids()).containsExactly("webinar-follow-up");
        assertThat(model.selectedProperty().get().id()).isEqualTo("webinar-follow-up");
        assertThat(model.nameProperty().get()).isEqualTo("Webinar follow-up");

        model.categoryProperty().set("All");
        model.queryProperty().set("lead");
        assertThat(ids()).doesNotContain("blank").contains("lead-nurture", "account-based-outreach");
        assertThat(model.selectedProperty().get()).isEqualTo(model.shown().get(0));

        model.queryProperty().set("nothing like this");
        assertThat(model.shown()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.canCreate().get()).isFalse();
        assertThat(model.resultTextProperty().get()).isEqualTo("No template matches “nothing like this”");
    }

    @Test
    void keepsTheChoiceWhileItIsStillShown() {
        model.selectedProperty().set(CATALOG.find("lead-nurture").orElseThrow());
        model.categoryProperty().set("Nurture");
        assertThat(model.selectedProperty().get().id()).isEqualTo("lead-nurture");
        model.categoryProperty().set("Events");
        assertThat(model.selectedProperty().get().isBlank()).isTrue();
    }

    @Test
    void movesTheChoiceWithinTheShownTemplates() {
        model.moveSelection(1);
        assertThat(model.selectedProperty().get()).isEqualTo(model.shown().get(1));
        model.moveSelection(-5);
        assertThat(model.selectedProperty().get()).isEqualTo(model.shown().get(0));
        model.moveSelection(100);
        assertThat(model.selectedProperty().get()).isEqualTo(model.shown().get(model.shown().size() - 1));
    }

    @Test
    void theNameFollowsTheTemplateUntilTheUserTypesOne() {
        model.selectedProperty().set(CATALOG.find("ab-test").orElseThrow());
        assertThat(model.nameProperty().get()).isEqualTo("A/B test");
        model.nameProperty().set("Subject line test");
        model.selectedProperty().set(CATALOG.find("lead-nurture").orElseThrow());
        assertThat(model.nameProperty().get()).isEqualTo("Subject line test");
        model.nameProperty().set("");
        assertThat(model.canCreate().get()).isFalse();
        model.selectedProperty().set(CATALOG.find("welcome-series").orElseThrow());
        assertThat(model.nameProperty().get()).isEqualTo("Welcome series");
    }

    @Test
    void createsTheJourneyAtTheNextFullHourInTheUsersZone() {
        model.selectedProperty().set(CATALOG.find("newsletter-with-reminder").orElseThrow());
        model.nameProperty().set("March newsletter");
        Journey journey = model.create();
        assertThat(journey.name()).isEqualTo("March newsletter");
        assertThat(journey.settings().schedule().start()).isEqualTo(LocalDateTime.of(2026, 5, 4, 11, 0));
        assertThat(journey.settings().schedule().zone()).isEqualTo(BERLIN);
    }

    @Test
    void resetGoesBackToTheOpeningState() {
        model.categoryProperty().set("Events");
        model.queryProperty().set("webinar");
        model.nameProperty().set("Mine");
        model.reset();
        assertThat(model.shown()).hasSize(CATALOG.templates().size());
        assertThat(model.selectedProperty().get().isBlank()).isTrue();
        assertThat(model.nameProperty().get()).isEqualTo("New journey");
    }

    @Test
    void describesACardForScreenReaders() {
        JourneyTemplate template = CATALOG.find("newsletter-with-reminder").orElseThrow();
        assertThat(model.accessibleText(template)).startsWith("Newsletter with reminder, 7 tiles. Send the newsletter")
                .endsWith("Uses: segment group, segment, email, trigger, scheduler.");
    }

    private java.util.List<String> ids() {
        return model.shown().stream().map(JourneyTemplate::id).toList();
    }
}
