package org.waymark.store.bench;

import static org.waymark.store.schema.Tables.INTERACTION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntToLongFunction;
import java.util.stream.Stream;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.timeline.TimelineCursor;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelinePeriod;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.store.Store;
import org.waymark.store.bench.StoreBenchmark.Figure;
import org.waymark.store.timeline.TimelineRepository;

/**
 * The contact timeline on a large store: a scratch store filled by {@link SyntheticTimelines}, then what the timeline
 * pane asks of {@link TimelineRepository} — a first page of {@value #PAGE} items and, when it is full, the count — for
 * typical and heavy contacts, after a filter change, deep in the history and for accounts. Each figure is the median
 * of {@code rounds} calls, each on another contact, after as many warm-up calls on others; the baseline, measured in
 * the same run, is the bare indexed read of a typical contact's newest {@value #PAGE} rows through JDBC (ordered
 * by contact first, so that H2 reads the (contact, time) index backwards rather than sorting).
 */
public final class TimelineBenchmark {

    /** What the run measured. */
    public record Outcome(long interactions, int contacts, int heavyContacts, int heavyItems, double loadSeconds,
                          List<Figure> figures, List<Target> targets) {
    }

    /** A target of the issue: {@code measured} against {@code limit}, both in milliseconds. */
    public record Target(String what, double limit, double measured) {
        public boolean met() {
            return measured <= limit;
        }
    }

    public static final int PAGE = 100;
    public static final int DEEP_PAGES = 50;
    /** The view model's {@code TimelineViewModel.COUNT_CAP} (the store layer cannot see the ui layer). */
    public static final int COUNT_CAP = 10_000;
    public static final double FIRST_PAGE_TARGET_MS = 50;
    public static final double FILTER_CHANGE_TARGET_MS = 30;
    private static final String BASELINE = "bare indexed read";

    private final Path workFolder;
    private final long interactions;
    private final int contacts;
    private final int rounds;
    private final LocalDateTime now;

    public TimelineBenchmark(Path workFolder, long interactions, int contacts, int rounds, LocalDateTime now) {
        this.workFolder = workFolder;
        this.interactions = interactions;
        this.contacts = contacts;
        this.rounds = Math.max(1, rounds);
        this.now = now;
    }

    /** The filter change measured: only opened emails, the last 30 days, and a search text. */
    public static TimelineFilter filterChange() {
        return TimelineFilter.none().withTypes(EnumSet.of(InteractionType.EMAIL))
                .withSubtypes(Set.of(TimelineFilter.subtypeKey(InteractionType.EMAIL, "opened")))
                .withPeriod(TimelinePeriod.LAST_30_DAYS).withSearch(SyntheticTimelines.SEARCH_HIT);
    }

    public Outcome run() throws IOException {
        Path dir = Files.createTempDirectory(workFolder, "waymark-bench-timeline-");
        try (Store store = Store.open(dir)) {
            SyntheticTimelines data = new SyntheticTimelines(interactions, contacts, now);
            double load = data.load(store);
            return measure(store, data, load);
        } finally {
            deleteTree(dir);
        }
    }

    private Outcome measure(Store store, SyntheticTimelines data, double load) {
        TimelineRepository timeline = new TimelineRepository(store);
        int heavy = data.heavyContacts();
        long[] typical = pick(new SplittableRandom(7), 2 * rounds, heavy + 1, contacts);
        long[] accounts = pick(new SplittableRandom(11), 2 * rounds, heavy + 1, data.accounts());
        long[] rows = pick(new SplittableRandom(13), 2 * rounds, 1, interactions);
        IntToLongFunction heavyContact = i -> i % heavy + 1;
        TimelineFilter none = TimelineFilter.none();
        TimelineFilter changed = filterChange();
        TimelineCursor[] deep = deepCursors(store, heavy);

        double pk = median(i -> bare(store, "SELECT * FROM interaction WHERE id = ?", rows[i]));
        double base = median(i -> bare(store, "SELECT * FROM interaction WHERE contact_id = ? "
                + "ORDER BY contact_id DESC, occurred_at DESC LIMIT " + PAGE, typical[i]));
        double bareHeavy = median(i -> bare(store, "SELECT * FROM interaction WHERE contact_id = ? "
                + "ORDER BY contact_id DESC, occurred_at DESC LIMIT " + PAGE, heavyContact.applyAsLong(i)));
        double first = median(i -> view(timeline, contact(typical[i]), none));
        double heavyPage = median(i -> timeline.page(contact(heavyContact.applyAsLong(i)), none, null, PAGE, now)
                .size());
        double heavyCount = median(i -> timeline.count(contact(heavyContact.applyAsLong(i)), none, now));
        double heavyCapped = median(i -> timeline.countUpTo(contact(heavyContact.applyAsLong(i)), none, COUNT_CAP,
                now));
        double heavyFirst = median(i -> view(timeline, contact(heavyContact.applyAsLong(i)), none));
        double deepPage = median(i -> timeline.page(contact(heavyContact.applyAsLong(i)), none, deep[i % heavy],
                PAGE, now).size());
        double filterTypical = median(i -> view(timeline, contact(typical[i]), changed));
        double filterHeavy = median(i -> view(timeline, contact(heavyContact.applyAsLong(i)), changed));
        double account = median(i -> view(timeline, account(accounts[i]), none));
        double heavyAccount = median(i -> view(timeline, account(data.accountOf(heavyContact.applyAsLong(i))), none));

        String heavyName = String.format(java.util.Locale.ROOT, "heavy contact (%,d items)", data.heavyItems());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Bare indexed read, typical contact (baseline)", base, "ms", 1, "itself"));
        figures.add(new Figure("Primary-key lookup of one interaction", pk, "ms", pk / base, BASELINE));
        figures.add(new Figure("Bare indexed read, " + heavyName, bareHeavy, "ms", bareHeavy / base, BASELINE));
        figures.add(new Figure("First page + count, typical contact", first, "ms", first / base, BASELINE));
        figures.add(new Figure("First page, " + heavyName, heavyPage, "ms", heavyPage / base, BASELINE));
        figures.add(new Figure("Count (exact), " + heavyName, heavyCount, "ms", heavyCount / base, BASELINE));
        figures.add(new Figure("Count up to 10,000, heavy contact", heavyCapped, "ms", heavyCapped / base, BASELINE));
        figures.add(new Figure("First page + count, heavy contact", heavyFirst, "ms", heavyFirst / base, BASELINE));
        figures.add(new Figure("Page " + (DEEP_PAGES + 1) + " (keyset), heavy contact", deepPage, "ms",
                deepPage / heavyPage, "first page, heavy"));
        figures.add(new Figure("Filter change, typical contact", filterTypical, "ms", filterTypical / base, BASELINE));
        figures.add(new Figure("Filter change, heavy contact", filterHeavy, "ms", filterHeavy / base, BASELINE));
        figures.add(new Figure("Account: first page + count, typical", account, "ms", account / base, BASELINE));
        figures.add(new Figure("Account: first page + count, heavy", heavyAccount, "ms", heavyAccount / base,
                BASELINE));
        List<Target> targets = List.of(
                new Target("First page, typical contact", FIRST_PAGE_TARGET_MS, first),
                new Target("First page, heavy contact", FIRST_PAGE_TARGET_MS, heavyFirst),
                new Target("Filter change, typical contact", FILTER_CHANGE_TARGET_MS, filterTypical),
                new Target("Filter change, heavy contact", FILTER_CHANGE_TARGET_MS, filterHeavy));
        return new Outcome(interactions, contacts, heavy, data.heavyItems(), load, figures, targets);
    }

    /** What the view model asks when a timeline opens or its filter changes: a first page, then the count if full. */
    private long view(TimelineRepository timeline, TimelineProfile profile, TimelineFilter filter) {
        int size = timeline.page(profile, filter, null, PAGE, now).size();
        return size < PAGE ? size : timeline.countUpTo(profile, filter, COUNT_CAP, now);
    }

    private static TimelineProfile contact(long id) {
        return TimelineProfile.contact(id, "");
    }

    private static TimelineProfile account(long id) {
        return TimelineProfile.account(id, "");
    }

    /** Where each heavy contact's page {@value #DEEP_PAGES} ends: the cursor the pane holds after 50 pages. */
    private static TimelineCursor[] deepCursors(Store store, int heavy) {
        TimelineCursor[] cursors = new TimelineCursor[heavy];
        for (int c = 0; c < heavy; c++) {
            var r = store.dsl().select(INTERACTION.OCCURRED_AT, INTERACTION.ID).from(INTERACTION)
                    .where(INTERACTION.CONTACT_ID.eq(c + 1L))
                    .orderBy(INTERACTION.OCCURRED_AT.desc(), INTERACTION.ID.desc())
                    .offset(DEEP_PAGES * PAGE - 1).limit(1).fetchOne();
            cursors[c] = r == null ? null : new TimelineCursor(r.value1(), r.value2());
        }
        return cursors;
    }

    /** Reads every column of the rows {@code sql} selects for the one parameter; returns how many. */
    private static long bare(Store store, String sql, long parameter) {
        return store.dsl().connectionResult(connection -> {
            long n = 0;
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, parameter);
                try (ResultSet rs = query.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= columns; k++) {
                            n += rs.getObject(k) == null ? 0 : 1;
                        }
                    }
                }
            }
            return n;
        });
    }

    /** Median milliseconds of {@code rounds} calls (arguments rounds..2·rounds-1), after warm-up calls on 0..rounds-1. */
    private double median(IntToLongFunction call) {
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            sink += call.applyAsLong(i);
        }
        long[] samples = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            sink += call.applyAsLong(rounds + i);
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        return sink < 0 ? -1 : samples[rounds / 2] / 1e6;
    }

    /** {@code n} ids drawn from {@code from..to} (inclusive), repeats allowed. */
    private static long[] pick(SplittableRandom random, int n, long from, long to) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = to <= from ? from : random.nextLong(from, to + 1);
        }
        return ids;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
