package org.waymark.store.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.engagement.EmailMessage;
import org.waymark.model.engagement.MessageDetail;
import org.waymark.model.engagement.MessageEvent;
import org.waymark.model.engagement.MessageQuery;
import org.waymark.model.engagement.MessageSort;
import org.waymark.model.engagement.MessageState;
import org.waymark.store.Store;
import org.waymark.store.simulation.SimulationRuns;

/** The hand-counted messages of {@link EmailMessagesTestData}: summaries, filters, sorts, paging, detail. */
class EmailMessagesTest {

    private static final LocalDateTime T0 = EmailMessagesTestData.T0;

    @TempDir
    Path dir;

    @Test
    void eachSendIsOneMessageWithItsCountsAndStatus() {
        try (Store store = filled()) {
            List<EmailMessage> all = new EmailMessages(store).page(MessageQuery.newestFirst(), 0, 10);
            assertThat(all).extracting(EmailMessage::recipient)
                    .containsExactly("Cleo Diaz", "Ana Berg", "Ben Cole", "Ana Berg");
            EmailMessage first = all.get(3);
            assertThat(first.emailName()).isEqualTo("Spring offer");
            assertThat(first.recipientEmail()).isEqualTo("ana@example.com");
            assertThat(first.deliveredAt()).isEqualTo(T0.plusMinutes(1));
            assertThat(first.opens()).isEqualTo(2);
            assertThat(first.lastOpenedAt()).isEqualTo(T0.plusHours(5));
            assertThat(first.clicks()).isEqualTo(1);
            assertThat(first.replies()).isEqualTo(1);
            assertThat(first.state()).isEqualTo(MessageState.REPLIED);
            assertThat(all.get(1).state()).isEqualTo(MessageState.UNOPENED);
            assertThat(all.get(2).state()).isEqualTo(MessageState.BOUNCED);
            assertThat(all.get(0).attachmentViews()).isEqualTo(1);
            assertThat(all.get(0).state()).isEqualTo(MessageState.OPENED);
        }
    }

    @Test
    void filtersSortsPagesAndCounts() {
        try (Store store = filled()) {
            EmailMessages messages = new EmailMessages(store);
            MessageQuery all = MessageQuery.newestFirst();
            assertThat(messages.page(all.withSearch("ANA"), 0, 10)).hasSize(2);
            assertThat(messages.page(all.withSearch("autumn"), 0, 10)).extracting(EmailMessage::recipient)
                    .containsExactly("Cleo Diaz");
            assertThat(messages.page(all.withSearch("100%"), 0, 10)).isEmpty();
            assertThat(messages.page(all.withState(MessageState.BOUNCED), 0, 10)).extracting(EmailMessage::recipient)
                    .containsExactly("Ben Cole");
            assertThat(messages.page(all.withSent(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)), 0, 10))
                    .hasSize(2);
            assertThat(messages.page(all.sortedBy(MessageSort.OPENS, true), 0, 1)).extracting(EmailMessage::opens)
                    .containsExactly(2L);
            assertThat(messages.page(all.sortedBy(MessageSort.RECIPIENT, false), 1, 2))
                    .extracting(EmailMessage::recipient).containsExactly("Ana Berg", "Ben Cole");
            for (MessageSort sort : MessageSort.values()) {
                assertThat(messages.page(all.sortedBy(sort, false), 0, 10)).as(sort.name()).hasSize(4);
            }
            assertThat(messages.countUpTo(all, 2)).isEqualTo(3);
            assertThat(messages.countUpTo(all, 10)).isEqualTo(4);
        }
    }

    @Test
    void theFirstPageComesWithItsCountOnlyWhenFull() {
        try (Store store = filled()) {
            EmailMessages messages = new EmailMessages(store);
            MessageQuery all = MessageQuery.newestFirst();
            EmailMessages.FirstPage full = messages.firstPage(all, 2, 2);
            assertThat(full.messages()).isEqualTo(messages.page(all, 0, 2));
            assertThat(full.count()).isEqualTo(3);
            EmailMessages.FirstPage searched = messages.firstPage(all.withSearch("ANA"), 10, 100);
            assertThat(searched.messages()).isEqualTo(messages.page(all.withSearch("ANA"), 0, 10));
            assertThat(searched.count()).isEqualTo(2);
        }
    }

    @Test
    void theDetailHasTheHistoryNewestFirstWithDevicesAndTheKpis() {
        try (Store store = filled()) {
            EmailMessages messages = new EmailMessages(store);
            long id = messages.page(MessageQuery.newestFirst(), 0, 10).get(3).id();
            MessageDetail detail = messages.detail(id).orElseThrow();
            assertThat(detail.history()).extracting(MessageEvent::subtype)
                    .containsExactly("replied", "opened", "clicked", "opened", "delivered", "sent");
            assertThat(detail.history()).extracting(MessageEvent::device)
                    .containsExactly("Mobile", "Mobile", "Mobile", "Mobile", "", "");
            assertThat(detail.history().get(2).what()).isEqualTo("Book a demo");
            assertThat(detail.opens()).isEqualTo(2);
            assertThat(detail.clicks()).isEqualTo(1);
            assertThat(detail.replies()).isEqualTo(1);
            assertThat(detail.attachmentViews()).isZero();
            assertThat(detail.preview().title()).isEqualTo("Hello Ana");
            assertThat(detail.links()).extracting(MessageDetail.Link::label).containsExactly("Book a demo");
            assertThat(messages.detail(9_999)).isEmpty();
        }
    }

    @Test
    void deletingTheRunDeletesItsMessages() {
        try (Store store = filled()) {
            store.dsl().execute("INSERT INTO simulation_run (run_id, journey_name, seed, model_name, started_at, "
                    + "period_seconds, contacts, interactions) VALUES ('run-1', 'J', 1, 'm', TIMESTAMP '2026-03-01 00:00:00', 1, 3, 1)");
            assertThat(new SimulationRuns(store).delete("run-1")).isTrue();
            assertThat(new EmailMessages(store).countUpTo(MessageQuery.newestFirst(), 10)).isZero();
        }
    }

    @Test
    void bothFormsOfASearchKeepTheSameMessages() {
        try (Store store = filled()) {
            MessageSearch search = new MessageSearch(store.dsl());
            for (String text : List.of("ana", "ANA", "autumn", "spring", "example", "100%", "zzz", "o", "")) {
                MessageSearch.Match match = search.of(text);
                assertThat(ids(store, match.inOrder())).as(text).isEqualTo(ids(store, match.indexed()));
            }
        }
    }

    @Test
    void aCommonSearchIsPagedInSortOrderWithTheSameResult() {
        try (Store store = filled()) {
            EmailMessagesTestData.copies(store, EmailMessages.COMMON + 50);
            EmailMessages messages = new EmailMessages(store);
            MessageQuery common = MessageQuery.newestFirst().withSearch("copy");
            EmailMessages.FirstPage first = messages.firstPage(common, 100, 500);
            assertThat(first.count()).isEqualTo(501);
            assertThat(first.messages()).hasSize(100)
                    .isSortedAccordingTo(java.util.Comparator.comparing(EmailMessage::sentAt).reversed());
            assertThat(messages.page(common, EmailMessages.COMMON, 100)).hasSize(50);
            assertThat(messages.countUpTo(common, 20_000)).isEqualTo(EmailMessages.COMMON + 50);
        }
    }

    private static List<Long> ids(Store store, org.jooq.Condition where) {
        return store.dsl().select(org.waymark.store.schema.Tables.EMAIL_MESSAGE.ID)
                .from(org.waymark.store.schema.Tables.EMAIL_MESSAGE).where(where)
                .orderBy(org.waymark.store.schema.Tables.EMAIL_MESSAGE.ID)
                .fetch(org.waymark.store.schema.Tables.EMAIL_MESSAGE.ID);
    }

    private Store filled() {
        Store store = Store.open(dir.resolve("store"));
        EmailMessagesTestData.fill(store);
        return store;
    }
}
