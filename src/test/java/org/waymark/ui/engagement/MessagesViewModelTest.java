package org.waymark.ui.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.engagement.MessageSort;
import org.waymark.model.engagement.MessageState;
import org.waymark.store.Store;
import org.waymark.store.engagement.EmailMessages;
import org.waymark.store.engagement.EmailMessagesTestData;

/** The Messages view's logic on the hand-counted messages of {@link EmailMessagesTestData}. */
class MessagesViewModelTest {

    /** 8 Mar 2026 09:00: three days after Cleo opened hers, six after Ana last opened her first. */
    private static final Clock CLOCK = Clock.fixed(EmailMessagesTestData.T0.plusDays(6)
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void listsEveryMessageNewestFirstWithItsStatusText() {
        try (Store store = Store.open(dir.resolve("store"))) {
            EmailMessagesTestData.fill(store);
            MessagesViewModel model = model(store);
            model.reload();
            assertThat(model.rows()).extracting(MessageRow::status).containsExactly(
                    "Opened once, last 3 days ago", "Not yet opened", "Bounced", "Replied, opened twice, last 6 days ago");
            assertThat(model.summaryProperty().get()).isEqualTo("4 messages");
            assertThat(model.moreProperty().get()).isFalse();
        }
    }

    @Test
    void filtersAndSortsThroughTheStore() {
        try (Store store = Store.open(dir.resolve("store"))) {
            EmailMessagesTestData.fill(store);
            MessagesViewModel model = model(store);
            model.searchProperty().set("ana");
            model.applySearch();
            assertThat(model.rows()).hasSize(2).allSatisfy(r -> assertThat(r.message().recipient()).isEqualTo("Ana Berg"));
            model.searchProperty().set("");
            model.applySearch();
            model.stateProperty().set(MessageState.BOUNCED);
            assertThat(model.rows()).extracting(r -> r.message().recipient()).containsExactly("Ben Cole");
            model.stateProperty().set(null);
            model.sentFromProperty().set(LocalDate.of(2026, 3, 4));
            model.sentToProperty().set(LocalDate.of(2026, 3, 1));
            assertThat(model.query().sentTo()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(model.rows()).extracting(r -> r.message().recipient()).containsExactly("Ana Berg");
            model.sentFromProperty().set(null);
            model.sentToProperty().set(null);
            model.sortBy(MessageSort.OPENS);
            assertThat(model.rows().get(0).message().opens()).isEqualTo(2);
            model.sortBy(MessageSort.OPENS);
            assertThat(model.descendingProperty().get()).isFalse();
            assertThat(model.rows().get(0).message().opens()).isZero();
            model.searchProperty().set("nobody");
            model.applySearch();
            assertThat(model.summaryProperty().get()).isEqualTo("No messages match.");
        }
    }

    @Test
    void theOpenedMessageShowsItsKpisBodyAndHistory() {
        try (Store store = Store.open(dir.resolve("store"))) {
            EmailMessagesTestData.fill(store);
            MessagesViewModel model = model(store);
            model.reload();
            model.open(model.rows().get(3));
            MessageDetailViewModel detail = model.detail();
            assertThat(detail.showingProperty().get()).isTrue();
            assertThat(detail.kpisProperty().get()).isEqualTo("2 opens · 0 attachment views · 1 link click · 1 reply");
            assertThat(detail.headingProperty().get()).startsWith("Spring offer to Ana Berg <ana@example.com>, sent "
                    + "2 Mar 2026 09:00 UTC — Replied");
            assertThat(detail.bodyProperty().get()).startsWith("Subject: Hello Ana\n\nHi")
                    .endsWith("Links:\n• Book a demo — https://x.example");
            assertThat(detail.history()).extracting(MessageEventRow::what).containsExactly("Replied", "Opened",
                    "Link clicked: Book a demo", "Opened", "Delivered", "Sent");
            assertThat(detail.history()).extracting(MessageEventRow::device).containsExactly("Mobile", "Mobile",
                    "Mobile", "Mobile", "—", "—");
            detail.close();
            assertThat(detail.showingProperty().get()).isFalse();
            model.open(model.rows().get(0));
            assertThat(detail.bodyProperty().get()).contains("'Autumn offer' is not stored");
            assertThat(detail.history().get(0).what()).isEqualTo("Attachment viewed: price-list.pdf");
        }
    }

    @Test
    void theSummarySaysHowManyAreShownOfHowMany() {
        assertThat(MessagesViewModel.describe(100, 2_130)).isEqualTo("Showing 100 of 2,130 messages");
        assertThat(MessagesViewModel.describe(100, 10_001)).isEqualTo("Showing 100 of 10,000+ messages");
        assertThat(MessagesViewModel.describe(1, 1)).isEqualTo("1 message");
    }

    private static MessagesViewModel model(Store store) {
        return new MessagesViewModel(new EmailMessages(store), CLOCK, Runnable::run, Runnable::run);
    }
}
