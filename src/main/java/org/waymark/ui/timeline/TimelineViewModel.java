package org.waymark.ui.timeline;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.timeline.ContactScope;
import org.waymark.model.timeline.TimelineCursor;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.model.timeline.TimelinePeriod;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.store.timeline.MessagePreviews;
import org.waymark.store.timeline.TimelineRepository;
import org.waymark.store.timeline.TimelineRepository.ContactChoice;
import org.waymark.ui.background.AnswerLine;

/**
 * The timeline of one contact or account: its items newest first under day headings, loaded a page at a time as the
 * list scrolls, never the whole history; the filters (types, subtypes, period, search, contact) and the one item
 * expanded to show its message. Store work runs on {@code background}, results are applied on {@code ui}, through
 * {@link AnswerLine}s: an answer to an older question (another profile, another filter, no profile) is dropped. Opening another profile clears the filters.
 */
public final class TimelineViewModel {

    public static final int PAGE_SIZE = 100;
    /** The count in the heading stops here ("10,000+ interactions"): counting a longer history costs more than a page. */
    public static final int COUNT_CAP = 10_000;

    private final TimelineRepository timeline;
    private final Supplier<Map<String, String>> activityIcons;
    private Map<String, String> icons = Map.of();
    private final MessagePreviews previews;
    private final Clock clock;
    private final TimelineWords words;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    private final ObjectProperty<TimelineProfile> profile = new SimpleObjectProperty<>();
    private final ObjectProperty<TimelineFilter> filter = new SimpleObjectProperty<>(TimelineFilter.none());
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ContactChoice> contacts = FXCollections.observableArrayList();
    private final ObservableList<String> activityEvents = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<ItemDetail> expanded = new SimpleObjectProperty<>();
    private final StringBinding countText;
    private TimelineItem last;
    private LocalDateTime now;
    /** The pages of the timeline shown: a new profile or filter makes the answers to older questions stale. */
    private final AnswerLine pages;
    /** The account's contacts and the activity events of the profile shown, for the filters. */
    private final AnswerLine choices;
    /** The detail of the item expanded. */
    private final AnswerLine details;

    public TimelineViewModel(TimelineRepository timeline, MessagePreviews previews, Clock clock, Executor background,
                             Executor ui) {
        this(timeline, previews, Map::of, clock, background, ui);
    }

    /** {@code activityIcons} gives the icon name of each activity by interaction source ("activity:Orders" → "cart"). */
    public TimelineViewModel(TimelineRepository timeline, MessagePreviews previews,
                             Supplier<Map<String, String>> activityIcons, Clock clock, Executor background, Executor ui) {
        this.activityIcons = activityIcons;
        this.timeline = timeline;
        this.previews = previews;
        this.clock = clock;
        this.words = new TimelineWords(org.waymark.model.timeline.ShownZone.of(clock));
        this.pages = new AnswerLine(background, ui);
        this.choices = new AnswerLine(background, ui);
        this.details = new AnswerLine(background, ui);
        this.countText = Bindings.createStringBinding(this::describeCount, total, loading, problem, filter, rows,
                profile);
    }

    /** Shows {@code opened}'s timeline from its newest item, with every filter cleared. */
    public void open(TimelineProfile opened) {
        profile.set(opened);
        filter.set(TimelineFilter.none());
        search.set("");
        contacts.clear();
        activityEvents.clear();
        reload();
        choices.ask(() -> new Choices(opened.isAccount() ? timeline.contactsOf(opened.id()) : List.of(),
                timeline.subtypesOf(opened, InteractionType.ACTIVITY), Map.copyOf(activityIcons.get())), found -> {
                    icons = found.icons();
                    contacts.setAll(found.people());
                    activityEvents.setAll(found.events());
                }, failed -> { });
    }

    /** Shows no one's timeline (nothing is selected): every answer still awaited is dropped. */
    public void close() {
        profile.set(null);
        pages.drop();
        choices.drop();
        details.drop();
        filter.set(TimelineFilter.none());
        search.set("");
        contacts.clear();
        activityEvents.clear();
        clearShown();
        loading.set(false);
    }

    /** Forgets the items shown, their count and any problem, before a new reading (or none). */
    private void clearShown() {
        rows.clear();
        last = null;
        expanded.set(null);
        total.set(-1);
        hasMore.set(false);
        problem.set("");
    }

    /** What the filters offer for a profile, read with it. */
    private record Choices(List<ContactChoice> people, List<String> events, Map<String, String> icons) {
    }

    /** Shows or hides {@code type}; with no type chosen, every type shows. */
    public void showType(InteractionType type, boolean shown) {
        Set<InteractionType> types = filter.get().types().isEmpty() ? EnumSet.noneOf(InteractionType.class)
                : EnumSet.copyOf(filter.get().types());
        if (shown) {
            types.add(type);
        } else {
            types.remove(type);
        }
        apply(filter.get().withTypes(types));
    }

    /** Keeps only these subtypes (keys of {@link TimelineFilter#subtypeKey}); their types are chosen with them. */
    public void showSubtypes(Set<String> keys) {
        Set<InteractionType> types = filter.get().types().isEmpty() ? EnumSet.noneOf(InteractionType.class)
                : EnumSet.copyOf(filter.get().types());
        keys.forEach(key -> types.add(InteractionType.valueOf(key.substring(0, key.indexOf('/')))));
        apply(filter.get().withTypes(types).withSubtypes(keys));
    }

    /** Shows or hides the interactions simulations saved. */
    public void showSimulated(boolean shown) {
        apply(filter.get().withSimulated(shown));
    }

    public void showPeriod(TimelinePeriod period) {
        apply(filter.get().withPeriod(period));
    }

    public void showRange(LocalDate from, LocalDate to) {
        apply(filter.get().withCustomRange(from, to));
    }

    public void showContacts(ContactScope scope) {
        apply(filter.get().withScope(scope));
    }

    /** Applies the text typed in the search box. */
    public void applySearch() {
        if (!search.get().strip().equals(filter.get().search())) {
            apply(filter.get().withSearch(search.get()));
        }
    }

    /** Clears every filter and the search. */
    public void clearAll() {
        search.set("");
        apply(TimelineFilter.none());
    }

    /** Loads the next page, when there is one and none is loading. */
    public void loadMore() {
        if (profile.get() == null || loading.get() || !hasMore.get()) {
            return;
        }
        TimelineProfile who = profile.get();
        TimelineFilter what = filter.get();
        TimelineItem after = last;
        LocalDateTime at = now;
        loading.set(true);
        pages.askMore(() -> timeline.page(who, what, TimelineCursor.after(after), PAGE_SIZE, at),
                page -> append(page, after), this::fail);
    }

    /** Expands {@code entry} (collapsing any other), or collapses it when it is the one expanded. */
    public void toggle(TimelineRow.Entry entry) {
        TimelineItem item = entry.item();
        if (expanded.get() != null && expanded.get().itemId() == item.id()) {
            expanded.set(null);
            return;
        }
        expanded.set(ItemDetail.loading(item.id()));
        details.ask(() -> new ItemDetail(item.id(), false, previews.of(item),
                        "email".equals(item.assetKind()) && item.hasContact() && item.assetId() != 0
                                ? Optional.of(previews.engagement(item.contactId(), item.assetId())) : Optional.empty()),
                expanded::set, failed -> expanded.set(new ItemDetail(item.id(), false, Optional.empty(), Optional.empty())));
    }

    private void apply(TimelineFilter changed) {
        filter.set(changed);
        reload();
    }

    private void reload() {
        pages.drop();
        details.drop();
        TimelineProfile who = profile.get();
        if (who == null) {
            return; // no profile yet: the filter waits for one
        }
        TimelineFilter what = filter.get();
        now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDateTime at = now;
        clearShown();
        loading.set(true);
        pages.ask(() -> {
            List<TimelineItem> page = timeline.page(who, what, null, PAGE_SIZE, at);
            int count = page.size() < PAGE_SIZE ? page.size() : timeline.countUpTo(who, what, COUNT_CAP, at);
            return new FirstPage(page, count);
        }, first -> {
            total.set(first.count());
            append(first.items(), null);
        }, this::fail);
    }

    private record FirstPage(List<TimelineItem> items, int count) {
    }

    private void append(List<TimelineItem> page, TimelineItem after) {
        rows.addAll(words.rows(page, after, profile.get(), now));
        if (!page.isEmpty()) {
            last = page.get(page.size() - 1);
        }
        hasMore.set(page.size() == PAGE_SIZE);
        loading.set(false);
    }

    private void fail(Exception e) {
        loading.set(false);
        problem.set("Cannot read the timeline: " + e.getMessage());
    }

    private String describeCount() {
        if (!problem.get().isEmpty()) {
            return problem.get();
        }
        if (profile.get() == null) {
            return "Open a contact to see its timeline.";
        }
        if (total.get() < 0) {
            return "Loading…";
        }
        boolean filtered = filter.get().isActive();
        if (total.get() == 0) {
            return filtered ? "No interaction matches these filters." : "No interactions yet.";
        }
        String count = total.get() > COUNT_CAP ? numbers.format(COUNT_CAP) + "+ interactions"
                : numbers.format(total.get()) + (total.get() == 1 ? " interaction" : " interactions");
        return !filtered ? count : count + (total.get() == 1 ? " matches the filters" : " match the filters");
    }

    /** How this timeline puts its items into words, in the user's time zone. */
    public TimelineWords words() {
        return words;
    }

    /** The icon an activity's definition names for {@code item} ("cart"), or "" for the type's own icon. */
    public String iconOf(TimelineItem item) {
        return icons.getOrDefault(item.source(), "");
    }

    public ReadOnlyObjectProperty<TimelineProfile> profileProperty() {
        return profile;
    }

    public ReadOnlyObjectProperty<TimelineFilter> filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<TimelineRow> rows() {
        return readOnlyRows;
    }

    /** The account's contacts, for its contact filter; empty on a contact's timeline. */
    public ObservableList<ContactChoice> contacts() {
        return contacts;
    }

    /** The activity events stored on this timeline, for the subtype filter. */
    public ObservableList<String> activityEvents() {
        return activityEvents;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public ReadOnlyObjectProperty<ItemDetail> expandedProperty() {
        return expanded;
    }

    /** "1,234 interactions", "12 interactions match the filters", "No interactions yet.", "Loading…". */
    public StringBinding countTextBinding() {
        return countText;
    }
}
