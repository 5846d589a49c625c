package org.waymark.store.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.engagement.TemplateResult;
import org.waymark.store.Store;
import org.waymark.store.timeline.TimelineTestData;

class TemplateResultsTest {

    @TempDir
    Path dir;

    @Test
    void eachContactCountsOncePerEmailAndUnsentEmailsShowZeros() {
        try (Store store = Store.open(dir.resolve("store"))) {
            TimelineTestData.fill(store);
            store.dsl().execute("INSERT INTO marketing_email (id, name, subject) VALUES (2, 'Autumn offer', 'Autumn')");
            List<TemplateResult> results = new TemplateResults(store).all();
            assertThat(results).extracting(TemplateResult::name).containsExactly("Autumn offer", "Spring offer");
            TemplateResult spring = results.get(1);
            // Ana: sent, delivered, opened twice, clicked; Ben and Cleo: opened only
            assertThat(spring.sent()).isEqualTo(1);
            assertThat(spring.delivered()).isEqualTo(1);
            assertThat(spring.opened()).isEqualTo(3);
            assertThat(spring.clicked()).isEqualTo(1);
            assertThat(spring.replied()).isZero();
            assertThat(spring.openRate()).isEqualTo(1.0);
            assertThat(results.get(0).sent()).isZero();
            assertThat(results).noneMatch(TemplateResult::recommended);
        }
    }
}
