package org.waymark.store.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.IntToLongFunction;
import org.waymark.model.engagement.MessageQuery;
import org.waymark.model.engagement.MessageSort;
import org.waymark.model.engagement.MessageState;
import org.waymark.store.Store;
import org.waymark.store.bench.StoreBenchmark.Figure;
import org.waymark.store.engagement.EmailMessages;

/**
 * The emails list on a large store: a scratch store filled by {@link SyntheticEmails}, then what the Messages view
 * asks of {@link EmailMessages} — a first page of {@value #PAGE} messages and, when it is full, the count up to
 * {@value #COUNT_CAP} — newest first, sorted by every column, filtered by status, sending day and search, deep in
 * the list, and one message's detail. Each figure is the median of {@code rounds} calls after as many warm-up calls;
 * the baseline, measured in the same run, is the bare JDBC read of the newest {@value #PAGE} summary rows through
 * the sent-time index.
 */
public final class EmailsBenchmark {

    /** What the run measured. */
    public record Outcome(long interactions, long messages, int contacts, double loadSeconds, boolean reused,
                          List<Figure> figures, List<TimelineBenchmark.Target> targets) {
    }

    public static final int PAGE = 100;
    /** The view model's {@code MessagesViewModel.COUNT_CAP} (the store layer cannot see the ui layer). */
    public static final int COUNT_CAP = 10_000;
    public static final double FIRST_PAGE_TARGET_MS = 300;
    private static final String BASELINE = "bare indexed read";

    private final Path workFolder;
    private final Path keep;
    private final long interactions;
    private final int contacts;
    private final int rounds;
    private LocalDateTime now;

    /** A run on a scratch store under {@code workFolder}, or on the store kept in {@code keep} when it is not null. */
    public EmailsBenchmark(Path workFolder, Path keep, long interactions, int contacts, int rounds, LocalDateTime now) {
        this.workFolder = workFolder;
        this.keep = keep;
        this.interactions = interactions;
        this.contacts = contacts;
        this.rounds = Math.max(1, rounds);
        this.now = now;
    }

    /** Loads (unless a kept store holds the data already, whose own clock is then used) and measures. */
    public Outcome run() throws IOException {
        String description = "emails: " + interactions + " interactions, " + contacts + " contacts";
        try (BenchStore bench = BenchStore.open(workFolder, keep, "waymark-bench-emails-", description)) {
            if (bench.isLoaded()) {
                now = LocalDateTime.ofEpochSecond((long) bench.recorded("now"), 0, ZoneOffset.UTC);
                return measure(bench.store(), (long) bench.recorded("messages"), bench.recorded("seconds"), true);
            }
            SyntheticEmails data = new SyntheticEmails(interactions, contacts, now);
            double load = data.load(bench.store());
            Properties figures = new Properties();
            figures.setProperty("now", Long.toString(now.toEpochSecond(ZoneOffset.UTC)));
            figures.setProperty("messages", Long.toString(data.messages()));
            figures.setProperty("seconds", Double.toString(load));
            bench.markLoaded(figures);
            return measure(bench.store(), data.messages(), load, false);
        }
    }

    private Outcome measure(Store store, long messageCount, double load, boolean reused) {
        EmailMessages messages = new EmailMessages(store);
        MessageQuery newest = MessageQuery.newestFirst();
        long[] ids = pick(new SplittableRandom(13), 2 * rounds, messageCount);
        double base = median(i -> bare(store, "SELECT * FROM email_message ORDER BY sent_at DESC LIMIT " + PAGE));
        double pk = median(i -> bare(store, "SELECT * FROM email_message WHERE id = " + ids[i]));
        double first = median(i -> view(messages, newest));
        List<Figure> figures = new ArrayList<>();
        List<TimelineBenchmark.Target> targets = new ArrayList<>();
        figures.add(new Figure("Bare indexed read, newest 100 (baseline)", base, "ms", 1, "itself"));
        figures.add(new Figure("Primary-key lookup of one message", pk, "ms", pk / base, BASELINE));
        figures.add(new Figure("First page + count, newest first", first, "ms", first / base, BASELINE));
        targets.add(new TimelineBenchmark.Target("First page + count, newest first", FIRST_PAGE_TARGET_MS, first));
        for (MessageSort sort : MessageSort.values()) {
            for (boolean descending : new boolean[] {true, false}) {
                MessageQuery q = newest.sortedBy(sort, descending);
                double ms = median(i -> view(messages, q));
                String what = "First page + count, by " + sort.heading().toLowerCase(Locale.ROOT)
                        + (descending ? " ↓" : " ↑");
                figures.add(new Figure(what, ms, "ms", ms / base, BASELINE));
                targets.add(new TimelineBenchmark.Target(what, FIRST_PAGE_TARGET_MS, ms));
            }
        }
        for (MessageState state : List.of(MessageState.REPLIED, MessageState.UNOPENED)) {
            double ms = median(i -> view(messages, newest.withState(state)));
            String what = "Status filter: " + state.label();
            figures.add(new Figure(what, ms, "ms", ms / base, BASELINE));
            targets.add(new TimelineBenchmark.Target(what, FIRST_PAGE_TARGET_MS, ms));
        }
        MessageQuery lastMonth = newest.withSent(now.toLocalDate().minusDays(30), now.toLocalDate());
        double month = median(i -> view(messages, lastMonth));
        figures.add(new Figure("Sent in the last 30 days", month, "ms", month / base, BASELINE));
        targets.add(new TimelineBenchmark.Target("Sent in the last 30 days", FIRST_PAGE_TARGET_MS, month));
        double search = median(i -> view(messages, newest.withSearch(SyntheticEmails.SEARCH_HIT)));
        figures.add(new Figure("Search '" + SyntheticEmails.SEARCH_HIT + "' (a quarter match)", search, "ms",
                search / base, BASELINE));
        targets.add(new TimelineBenchmark.Target("Search, common text", FIRST_PAGE_TARGET_MS, search));
        MessageQuery rare = newest.withSearch("contact" + (contacts / 2) + "@");
        double rareSearch = median(i -> view(messages, rare));
        figures.add(new Figure("Search one recipient's address", rareSearch, "ms", rareSearch / base,
                BASELINE));
        double deep = median(i -> messages.page(newest, 50 * PAGE, PAGE).size());
        figures.add(new Figure("Page 51 (offset 5,000), newest first", deep, "ms", deep / base, BASELINE));
        double detail = median(i -> messages.detail(ids[i]).map(d -> d.history().size()).orElse(0));
        figures.add(new Figure("Open one message (preview + history)", detail, "ms", detail / base, BASELINE));
        return new Outcome(interactions, messageCount, contacts, load, reused, figures, targets);
    }

    /** What the view model asks when the list opens or its query changes: a first page, then the count if full. */
    private static long view(EmailMessages messages, MessageQuery query) {
        return messages.firstPage(query, PAGE, COUNT_CAP).count();
    }

    /** Reads every column of the rows {@code sql} selects; returns how many values were not null. */
    private static long bare(Store store, String sql) {
        return store.dsl().connectionResult(connection -> {
            long n = 0;
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int k = 1; k <= columns; k++) {
                        n += rs.getObject(k) == null ? 0 : 1;
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

    private static long[] pick(SplittableRandom random, int n, long to) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = to <= 1 ? 1 : random.nextLong(1, to + 1);
        }
        return ids;
    }

}
