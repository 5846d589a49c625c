package org.waymark.store.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.engagement.TemplateResult;
import org.waymark.store.Store;

class TemplateResultsTest {

    @TempDir
    Path dir;

    @Test
    void eachMessageCountsOnceAndAnEmailSentTwiceToOneContactCountsTwoSends() {
        try (Store store = Store.open(dir.resolve("store"))) {
            EmailMessagesTestData.fill(store);
            store.dsl().execute("INSERT INTO marketing_email (id, name, subject) VALUES (2, 'Winter offer', 'Winter')");
            List<TemplateResult> results = new TemplateResults(store).all();
            assertThat(results).extracting(TemplateResult::name).containsExactly("Spring offer", "Winter offer");
            TemplateResult spring = results.get(0);
            // Ana: sent twice (the first delivered, opened twice, clicked, replied; the second delivered only);
            // Ben: sent once, bounced. The Autumn offer is not a stored email, so it has no row.
            assertThat(spring.sent()).isEqualTo(3);
            assertThat(spring.delivered()).isEqualTo(2);
            assertThat(spring.opened()).isEqualTo(1);
            assertThat(spring.clicked()).isEqualTo(1);
            assertThat(spring.replied()).isEqualTo(1);
            assertThat(spring.openRate()).isEqualTo(0.5);
            assertThat(spring.replyRate()).isEqualTo(0.5);
            assertThat(results.get(1).sent()).isZero();
            assertThat(results).noneMatch(TemplateResult::recommended);
        }
    }
}
