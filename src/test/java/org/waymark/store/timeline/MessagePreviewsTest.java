package org.waymark.store.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.store.timeline.TimelineTestData.NOW;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.timeline.EmailEngagement;
import org.waymark.model.timeline.MessagePreview;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.store.Store;

class MessagePreviewsTest {

    @TempDir
    Path dir;
    private Store store;
    private List<TimelineItem> ana;
    private MessagePreviews previews;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("store"));
        TimelineTestData.fill(store);
        ana = new TimelineRepository(store).page(TimelineProfile.contact(1, "Ana"), TimelineFilter.none(), null, 100, NOW);
        previews = new MessagePreviews(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TimelineItem first(String type) {
        return ana.stream().filter(i -> i.type().name().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void anEmailShowsAsTheContactReadIt() {
        MessagePreview email = previews.of(first("EMAIL")).orElseThrow();
        assertThat(email.title()).isEqualTo("Ana, spring is here");
        assertThat(email.preheader()).isEqualTo("Ten days only");
        assertThat(email.body()).isEqualTo("Hello Ana,\n\nOur spring offer & more.\n\n"
                + "See the offer (https://harbor.example/spring)");
    }

    @Test
    void textsAndPushNotificationsShowTheirTextAndUnknownPlaceholdersStay() {
        assertThat(previews.of(first("SMS")).orElseThrow().body()).isEqualTo("Hi Ana, see you {{when}}");
        MessagePreview push = previews.of(first("PUSH")).orElseThrow();
        assertThat(push.title()).isEqualTo("New!");
        assertThat(push.body()).isEqualTo("Open the app, Ana");
        assertThat(previews.of(first("WEB"))).isEmpty();
        assertThat(previews.of(first("ACTIVITY"))).isEmpty();
    }

    @Test
    void aFollowedEmailCountsWhatTheContactDidWithIt() {
        EmailEngagement engagement = previews.engagement(1, 1);
        assertThat(engagement.opens()).isEqualTo(2);
        assertThat(engagement.clicks()).isEqualTo(1);
        assertThat(engagement.attachmentViews()).isZero();
        assertThat(engagement.replies()).isZero();
        assertThat(engagement.history()).extracting(TimelineItem::subtype)
                .containsExactly("clicked", "opened", "opened", "delivered", "sent");
    }
}
