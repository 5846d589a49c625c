package org.waymark.ui.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.engagement.TemplateResult;
import org.waymark.model.engagement.WeeklyEngagement;
import org.waymark.store.Store;
import org.waymark.store.engagement.TemplateResults;
import org.waymark.store.timeline.TimelineTestData;

class TemplateResultsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void listsTheTemplatesSearchesThemAndChartsTheSelectedOnePerWeek() {
        try (Store store = Store.open(dir.resolve("store"))) {
            TimelineTestData.fill(store);
            store.dsl().execute("INSERT INTO marketing_email (id, name, subject) VALUES (2, 'Autumn offer', 'Leaves')");
            TemplateResultsViewModel model = new TemplateResultsViewModel(new TemplateResults(store),
                    java.time.Clock.fixed(TimelineTestData.NOW.toInstant(java.time.ZoneOffset.UTC),
                            java.time.ZoneOffset.UTC), Runnable::run, Runnable::run);
            model.refresh();
            assertThat(model.rows()).extracting(TemplateResult::name).containsExactly("Autumn offer", "Spring offer");
            model.searchProperty().set("SPRING IS");
            assertThat(model.rows()).extracting(TemplateResult::name).containsExactly("Spring offer");

            model.selectedProperty().set(model.rows().get(0));
            // openings on Sat 25 Apr, Sun 3 May and twice on Mon 4 May (with the click): three weeks from Monday 20 Apr
            assertThat(model.weeks()).containsExactly(new WeeklyEngagement(LocalDate.of(2026, 4, 20), 1, 0),
                    new WeeklyEngagement(LocalDate.of(2026, 4, 27), 1, 0),
                    new WeeklyEngagement(LocalDate.of(2026, 5, 4), 2, 1));
            assertThat(model.summaryProperty().get()).isEqualTo("'Spring offer': 4 opens and 1 click over 3 weeks; "
                    + "most opens (2) in the week of 2026-05-04.");
            // Ana was sent it and opened it twice; Ben and Cleo only show openings
            assertThat(model.recipients()).extracting(r -> r.recipient().contactName() + ": " + r.status())
                    .containsExactly("Ana Silva: Opened twice, last 5 hours ago",
                            "Ben Okafor: Opened once, last 5 hours ago", "Cleo Park: Opened once, last yesterday");
            assertThat(model.recipients().get(0).recipient().clicks()).isEqualTo(1);

            model.searchProperty().set("");
            model.selectedProperty().set(model.rows().get(0));
            assertThat(model.weeks()).isEmpty();
            assertThat(model.recipients()).isEmpty();
            assertThat(model.summaryProperty().get()).isEqualTo("'Autumn offer' has no opens or clicks yet.");
        }
    }
}
