package org.waymark.store.bench;

import static org.waymark.store.schema.Tables.CONTACT;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.jooq.conf.ParamType;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.Behaviour;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.ConsentComparison;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.GroupMatch;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SubscriptionRule;
import org.waymark.store.Store;
import org.waymark.store.bench.StoreBenchmark.Figure;
import org.waymark.store.segment.SegmentConditions;
import org.waymark.store.segment.SegmentRepository;

/**
 * Dynamic segment counts on a large store: a scratch store filled by {@link SyntheticAudience}, then
 * {@link SegmentRepository#count} of a few representative queries, each the median of {@code rounds} calls after as
 * many warm-up calls. The baseline, measured in the same run, is a bare full scan of the contacts through JDBC
 * ({@value #BASELINE_SQL}, a column without an index).
 */
public final class SegmentBenchmark {

    /**
     * One representative segment: its name for the report, its query, and the query once the user has edited one of
     * its broad rules in the builder (one that has to be read again).
     */
    public record Sample(String name, RuleGroup query, RuleGroup edited) {
    }

    /**
     * What the run measured: the counts ({@code figures}: the baselines, then one per sample), each sample counted as
     * one SQL condition and its first members ({@code others}, no target), and H2's EXPLAIN of each sample as one SQL
     * condition ({@code plans}), in the samples' order.
     */
    public record Outcome(int contacts, long interactions, double loadSeconds, boolean reused, List<Figure> figures,
                          List<Figure> others, List<String> plans) {
    }

    public static final double TARGET_MS = 200;
    /** The builder's preview of members. */
    static final int PREVIEW = 25;
    static final String BASELINE_SQL = "SELECT COUNT(*) FROM contact WHERE first_name = ?";
    private static final String BASELINE = "full scan";

    private final Path workFolder;
    private final Path keep;
    private final int contacts;
    private final long interactions;
    private final int rounds;
    private Instant now;

    /** A run on a scratch store under {@code workFolder}, or on the store kept in {@code keep} when it is not null. */
    public SegmentBenchmark(Path workFolder, Path keep, int contacts, long interactions, int rounds, Instant now) {
        this.workFolder = workFolder;
        this.keep = keep;
        this.contacts = contacts;
        this.interactions = interactions;
        this.rounds = Math.max(1, rounds);
        this.now = now;
    }

    /** The segments measured: field equality with consent, contains, nested groups with lists, behaviour. */
    public static List<Sample> samples() {
        FieldRule boston = new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "Boston");
        return List.of(
                new Sample("City is Boston, consent at least Marketing",
                        RuleGroup.all(boston, new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING)),
                        RuleGroup.all(boston, new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.TRANSACTIONAL))),
                new Sample("Job title contains \"Manager\"", RuleGroup.all(
                        new FieldRule(ContactField.JOB_TITLE, FieldOperator.CONTAINS, "Manager")), RuleGroup.all(
                        new FieldRule(ContactField.JOB_TITLE, FieldOperator.CONTAINS, "Engineer"))),
                new Sample("Newsletter, France or Paris accounts, none low consent",
                        nested(SyntheticAudience.NEWSLETTER), nested(SyntheticAudience.EVENTS)),
                new Sample("Account industry Retail, not on Events", retailNotOn(SyntheticAudience.EVENTS),
                        retailNotOn(SyntheticAudience.NEWSLETTER)),
                new Sample("Opened \"Spring newsletter\" in the last 30 days", RuleGroup.all(
                        new BehaviourRule(Behaviour.EMAIL_OPENED, "Spring newsletter", 30)), RuleGroup.all(
                        new BehaviourRule(Behaviour.EMAIL_OPENED, "Spring newsletter", 60))),
                new Sample("Boston, clicked any email in the last 7 days", RuleGroup.all(boston,
                        new BehaviourRule(Behaviour.EMAIL_CLICKED, null, 7)), RuleGroup.all(boston,
                        new BehaviourRule(Behaviour.EMAIL_CLICKED, null, 14))),
                new Sample("Did not open any email in the last 90 days", RuleGroup.all(
                        new BehaviourRule(Behaviour.EMAIL_OPENED, null, 90, false)), RuleGroup.all(
                        new BehaviourRule(Behaviour.EMAIL_OPENED, null, 60, false))));
    }

    private static RuleGroup nested(String list) {
        return RuleGroup.all(new SubscriptionRule(list, true),
                RuleGroup.any(new FieldRule(ContactField.COUNTRY, FieldOperator.EQUALS, "France"),
                        new FieldRule(ContactField.ACCOUNT_CITY, FieldOperator.EQUALS, "Paris")),
                new RuleGroup(GroupMatch.NONE, List.of(
                        new ConsentRule(ConsentComparison.AT_MOST, ConsentLevel.TRANSACTIONAL))));
    }

    private static RuleGroup retailNotOn(String list) {
        return RuleGroup.all(new FieldRule(ContactField.ACCOUNT_INDUSTRY, FieldOperator.EQUALS, "Retail"),
                new SubscriptionRule(list, false));
    }

    /** Loads (unless a kept store holds the data already, whose own clock is then used) and measures. */
    public Outcome run() throws IOException {
        String description = "segments: " + contacts + " contacts, " + interactions + " interactions";
        try (BenchStore bench = BenchStore.open(workFolder, keep, "waymark-bench-segments-", description)) {
            if (bench.isLoaded()) {
                now = Instant.ofEpochSecond((long) bench.recorded("now"));
                return measure(bench.store(), bench.recorded("seconds"), true);
            }
            double load = new SyntheticAudience(contacts, interactions, now.atOffset(ZoneOffset.UTC)
                    .toLocalDateTime()).load(bench.store());
            Properties figures = new Properties();
            figures.setProperty("now", Long.toString(now.getEpochSecond()));
            figures.setProperty("seconds", Double.toString(load));
            bench.markLoaded(figures);
            return measure(bench.store(), load, false);
        }
    }

    private Outcome measure(Store store, double load, boolean reused) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        SegmentRepository segments = new SegmentRepository(store, clock, SegmentRepository.defaultReaders(), 0);
        SegmentRepository oneReader = new SegmentRepository(store, clock, 1, 0);
        double base = median(() -> bare(store, BASELINE_SQL, "Nobody"));
        double plain = median(() -> bare(store, "SELECT COUNT(*) FROM contact", null));
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Full scan of contacts (baseline)", base, "ms", 1, "itself"));
        figures.add(new Figure("SELECT COUNT(*) FROM contact", plain, "ms", plain / base, BASELINE));
        List<Figure> others = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        for (Sample sample : samples()) {
            double ms = median(() -> segments.count(sample.query(), now));
            figures.add(new Figure(sample.name(), ms, "ms", ms / base, BASELINE));
            double alone = median(() -> oneReader.count(sample.query(), now));
            others.add(new Figure("One rule at a time: " + sample.name(), alone, "ms", alone / base, BASELINE));
            double sql = median(() -> sqlCount(store, sample.query()));
            others.add(new Figure("One SQL condition: " + sample.name(), sql, "ms", sql / base, BASELINE));
            double preview = median(() -> segments.preview(sample.query(), now, PREVIEW).size());
            others.add(new Figure("First " + PREVIEW + " members by SQL: " + sample.name(), preview, "ms",
                    preview / base, BASELINE));
            double both = median(() -> segments.sample(sample.query(), now, PREVIEW).first().size());
            others.add(new Figure("Count and first " + PREVIEW + " (builder): " + sample.name(), both, "ms",
                    both / base, BASELINE));
            double edited = medianOfTimed(() -> afterEditing(store, clock, sample));
            others.add(new Figure("After editing one rule (answers kept): " + sample.name(), edited, "ms",
                    edited / base, BASELINE));
            plans.add(plan(store, sample.query()));
        }
        return new Outcome(contacts, interactions, load, reused, figures, others, plans);
    }

    /** The count as one SQL condition on the contacts, as the store counted before decision 0012. */
    private long sqlCount(Store store, RuleGroup query) {
        return store.dsl().fetchCount(CONTACT, new SegmentConditions(store.dsl(), now).of(query));
    }

    /** H2's EXPLAIN ANALYZE of the count of {@code query}: the indexes it chose and the rows it read. */
    private String plan(Store store, RuleGroup query) {
        var count = store.dsl().selectCount().from(CONTACT).where(new SegmentConditions(store.dsl(), now).of(query));
        return store.dsl().resultQuery("EXPLAIN ANALYZE " + count.getSQL(ParamType.INDEXED),
                count.getBindValues().toArray()).fetchOne(0, String.class);
    }

    /** The count {@code sql} gives for its one text parameter (none when null). */
    private static long bare(Store store, String sql, String parameter) {
        return store.dsl().connectionResult(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    query.setString(1, parameter);
                }
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Nanoseconds the builder's count takes after the user edited one rule: a repository that keeps answers counts
     * the sample (not timed), then the edited query, which reads only the edited rule.
     */
    private long afterEditing(Store store, Clock clock, Sample sample) {
        SegmentRepository builder = new SegmentRepository(store, clock, 1);
        builder.count(sample.query(), now);
        long start = System.nanoTime();
        builder.count(sample.edited(), now);
        return System.nanoTime() - start;
    }

    /** Median milliseconds of {@code rounds} calls that time themselves (in nanoseconds), after as many warm-ups. */
    private double medianOfTimed(LongSupplier nanos) {
        for (int i = 0; i < rounds; i++) {
            nanos.getAsLong();
        }
        long[] samples = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            samples[i] = nanos.getAsLong();
        }
        Arrays.sort(samples);
        return samples[rounds / 2] / 1e6;
    }

    /** Median milliseconds of {@code rounds} calls, after as many warm-up calls. */
    private double median(LongSupplier call) {
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            sink += call.getAsLong();
        }
        long[] samples = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            sink += call.getAsLong();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        return sink < 0 ? -1 : samples[rounds / 2] / 1e6;
    }

}
