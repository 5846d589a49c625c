package org.waymark.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.timeline.ContactScope;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelinePeriod;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.store.Store;
import org.waymark.store.timeline.MessagePreviews;
import org.waymark.store.timeline.TimelineRepository;
import org.waymark.store.timeline.TimelineTestData;

class TimelineViewModelTest {

    private static final LocalDateTime NOW = TimelineTestData.NOW;
    private static final TimelineProfile ANA = TimelineProfile.contact(1, "Ana Silva");
    private static final TimelineProfile HARBOR = TimelineProfile.account(1, "Harbor Foods");

    @TempDir
    Path dir;
    private Store store;
    private TimelineViewModel model;
    /** Background work waits here until {@link #runQueued} so tests can interleave questions and answers. */
    private final List<Runnable> queued = new ArrayList<>();
    private boolean holding;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("store"));
        TimelineTestData.fill(store);
        Executor background = work -> {
            if (holding) {
                queued.add(work);
            } else {
                work.run();
            }
        };
        model = new TimelineViewModel(new TimelineRepository(store), new MessagePreviews(store),
                Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC), background, Runnable::run);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> lines() {
        return model.rows().stream().map(r -> r instanceof TimelineRow.DayHeader h ? "# " + h.label()
                : ((TimelineRow.Entry) r).headline() + " | " + ((TimelineRow.Entry) r).relative()).toList();
    }

    @Test
    void itemsAreGroupedUnderDayHeadingsNewestFirstWithRelativeTimes() {
        model.open(ANA);
        assertThat(lines()).startsWith("# Today", "Email link clicked | 4 hours ago", "Email opened | 5 hours ago",
                "# Yesterday", "Order placed | yesterday", "# Saturday 2 May 2026", "Form submitted | 2 days ago",
                "Web page visited | 2 days ago");
        assertThat(lines()).contains("Text message delivered | on 25 Mar 2026", "Push notification opened | on 30 Mar 2025");
        assertThat(model.countTextBinding().get()).isEqualTo("10 interactions");
        TimelineRow.Entry order = (TimelineRow.Entry) model.rows().get(4);
        assertThat(order.spoken()).isEqualTo("Order placed: Online orders, yesterday (3 May 2026, 12:00 UTC). "
                + "Order SO-1042 · 129.90 EUR");
    }

    @Test
    void filtersNarrowTheListAndClearAllBringsEverythingBack() {
        model.open(ANA);
        model.showType(InteractionType.EMAIL, true);
        assertThat(model.countTextBinding().get()).isEqualTo("5 interactions match the filters");
        model.showSubtypes(Set.of(TimelineFilter.subtypeKey(InteractionType.EMAIL, "opened")));
        assertThat(lines()).containsExactly("# Today", "Email opened | 5 hours ago", "# Saturday 25 April 2026",
                "Email opened | 9 days ago");
        model.showPeriod(TimelinePeriod.LAST_7_DAYS);
        assertThat(model.countTextBinding().get()).isEqualTo("1 interaction matches the filters");
        model.searchProperty().set("nothing like this");
        model.applySearch();
        assertThat(model.rows()).isEmpty();
        assertThat(model.countTextBinding().get()).isEqualTo("No interaction matches these filters.");

        model.clearAll();
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.filterProperty().get()).isEqualTo(TimelineFilter.none());
        assertThat(model.countTextBinding().get()).isEqualTo("10 interactions");
    }

    @Test
    void openingAnotherProfileResetsTheFilters() {
        model.open(ANA);
        model.showType(InteractionType.SMS, true);
        model.searchProperty().set("reminder");
        model.applySearch();
        model.open(HARBOR);
        assertThat(model.filterProperty().get()).isEqualTo(TimelineFilter.none());
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.countTextBinding().get()).isEqualTo("12 interactions");
        assertThat(model.contacts()).hasSize(2);
        assertThat(model.activityEvents()).containsExactly("Call logged", "Order placed");
        model.showContacts(ContactScope.notMapped());
        assertThat(model.rows()).filteredOn(TimelineRow.Entry.class::isInstance)
                .singleElement().extracting(r -> ((TimelineRow.Entry) r).who()).isEqualTo("Account only");
    }

    @Test
    void aHistoryLongerThanTheCountCapIsCountedAsTheCapPlus() {
        TimelineTestData.addOpenings(store, 1, TimelineViewModel.COUNT_CAP);
        model.open(ANA);
        assertThat(entries()).isEqualTo(TimelineViewModel.PAGE_SIZE);
        assertThat(model.countTextBinding().get()).isEqualTo("10,000+ interactions");
    }

    @Test
    void pagesLoadAsTheListScrollsAndAStaleAnswerIsDropped() {
        TimelineTestData.addOpenings(store, 1, 250);
        model.open(ANA);
        assertThat(entries()).isEqualTo(TimelineViewModel.PAGE_SIZE);
        assertThat(model.hasMoreProperty().get()).isTrue();
        model.loadMore();
        model.loadMore();
        assertThat(entries()).isEqualTo(260);
        assertThat(model.hasMoreProperty().get()).isFalse();
        assertThat(model.countTextBinding().get()).isEqualTo("260 interactions");

        holding = true;
        model.showType(InteractionType.SMS, true);
        model.showType(InteractionType.SMS, false);
        queued.forEach(Runnable::run);
        assertThat(model.filterProperty().get().types()).isEmpty();
        assertThat(entries()).isEqualTo(TimelineViewModel.PAGE_SIZE);
    }

    @Test
    void expandingAnEmailShowsTheMessageAndWhatTheContactDidWithIt() {
        model.open(ANA);
        TimelineRow.Entry clicked = (TimelineRow.Entry) model.rows().get(1);
        model.toggle(clicked);
        ItemDetail detail = model.expandedProperty().get();
        assertThat(detail.loading()).isFalse();
        assertThat(detail.message().orElseThrow().title()).isEqualTo("Ana, spring is here");
        assertThat(detail.engagement().orElseThrow().opens()).isEqualTo(2);
        model.toggle(clicked);
        assertThat(model.expandedProperty().get()).isNull();
    }

    @Test
    void filtersChosenBeforeAnyProfileAskNothing() {
        model.showType(InteractionType.EMAIL, true);
        model.clearAll();
        assertThat(model.rows()).isEmpty();
        assertThat(model.countTextBinding().get()).isEqualTo("Open a contact to see its timeline.");
    }

    @Test
    void activitiesShowTheIconTheirDefinitionNames() {
        TimelineViewModel withIcons = new TimelineViewModel(new TimelineRepository(store), new MessagePreviews(store),
                () -> java.util.Map.of("test", "cart"), Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                Runnable::run, Runnable::run);
        withIcons.open(ANA);
        TimelineRow.Entry first = (TimelineRow.Entry) withIcons.rows().get(1);
        assertThat(withIcons.iconOf(first.item())).isEqualTo("cart");
        assertThat(model.iconOf(first.item())).isEmpty();
    }

    private long entries() {
        return model.rows().stream().filter(TimelineRow.Entry.class::isInstance).count();
    }
}
