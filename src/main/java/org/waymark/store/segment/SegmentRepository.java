package org.waymark.store.segment;

import static org.waymark.store.schema.Tables.SEGMENT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentQueryFormat;
import org.waymark.model.segment.SegmentQueryFormatException;
import org.waymark.model.segment.SegmentSample;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.store.Store;

/**
 * Segments: dynamic ones (a {@link RuleGroup} stored as {@link SegmentQueryFormat} JSON), static ones and
 * subscription lists (hand-picked members). Names are unique, non-blank, at most 200 characters and kept verbatim.
 * Journeys and dynamic segments refer to segments by name, so a segment they use can be neither renamed nor deleted
 * (a {@link SegmentException} lists who uses it). Every change is one transaction; bad input is a
 * {@link SegmentException} naming the field.
 */
public final class SegmentRepository {

    /** Rules' answers a repository keeps between counts: a few builders' worth, at most 8 MB at 1M contacts. */
    public static final int KEPT_ANSWERS = 64;

    private final DSLContext dsl;
    private final Clock clock;
    private final SegmentQueryFormat format = new SegmentQueryFormat();
    private final SegmentUsage usage = new SegmentUsage();
    private final SegmentMemberQueries members;

    /** Segments in {@code store}; a count reads its rules on one connection per processor, at least two, at most four. */
    public SegmentRepository(Store store, Clock clock) {
        this(store, clock, defaultReaders());
    }

    /** How many rules a count reads at once by default: one per processor, at least two, at most four. */
    public static int defaultReaders() {
        return Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Segments in {@code store} whose counts read up to {@code readers} rules at once, on threads of the repository's
     * own that end after a minute without work.
     */
    public SegmentRepository(Store store, Clock clock, int readers) {
        this(store, clock, readers, KEPT_ANSWERS);
    }

    /**
     * Segments in {@code store} whose counts read up to {@code readers} rules at once and keep up to {@code keptAnswers}
     * rules' answers for the next counts while the store's audience is unchanged (none when 0).
     */
    public SegmentRepository(Store store, Clock clock, int readers, int keptAnswers) {
        this.dsl = store.dsl();
        this.clock = clock;
        this.members = new SegmentMemberQueries(dsl, clock, Executors.newCachedThreadPool(SegmentRepository::reader),
                readers, keptAnswers);
    }

    private static Thread reader(Runnable task) {
        Thread thread = new Thread(task, "waymark-segment-reader");
        thread.setDaemon(true);
        return thread;
    }

    /** Every segment, by name. */
    public List<SegmentSummary> list() {
        return dsl.selectFrom(SEGMENT).orderBy(SEGMENT.NAME, SEGMENT.ID).fetch(this::summary);
    }

    public Optional<SegmentSummary> find(long id) {
        return dsl.selectFrom(SEGMENT).where(SEGMENT.ID.eq(id)).fetchOptional(this::summary);
    }

    public Optional<SegmentSummary> findByName(String name) {
        return dsl.selectFrom(SEGMENT).where(SEGMENT.NAME.eq(name)).fetchOptional(this::summary);
    }

    /** Saves a dynamic segment; its subscription lists must exist. Returns its id. */
    public long createDynamic(String name, String description, RuleGroup query) {
        return create(name, description, SegmentKind.DYNAMIC, query);
    }

    public long createStatic(String name, String description) {
        return create(name, description, SegmentKind.STATIC, null);
    }

    public long createSubscriptionList(String name, String description) {
        return create(name, description, SegmentKind.SUBSCRIPTION_LIST, null);
    }

    /** Replaces a dynamic segment's name, description and query. */
    public void updateDynamic(long id, String name, String description, RuleGroup query) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            String json = checked(ctx, query);
            SegmentSummary segment = existing(ctx, id);
            if (segment.kind() != SegmentKind.DYNAMIC) {
                throw new SegmentException("Segment \"" + segment.name() + "\" is a "
                        + segment.kind().label().toLowerCase(java.util.Locale.ROOT) + ", not a dynamic segment");
            }
            String newName = renameChecked(ctx, segment, name);
            ctx.update(SEGMENT).set(SEGMENT.NAME, newName).set(SEGMENT.DESCRIPTION, SegmentNames.description(description))
                    .set(SEGMENT.QUERY_JSON, json).where(SEGMENT.ID.eq(id)).execute();
        });
    }

    /** Gives the segment a new name; refused while journeys or other segments use the old one. */
    public void rename(long id, String name) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            String newName = renameChecked(ctx, existing(ctx, id), name);
            ctx.update(SEGMENT).set(SEGMENT.NAME, newName).where(SEGMENT.ID.eq(id)).execute();
        });
    }

    /** Replaces the description (blank clears it). */
    public void describe(long id, String description) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            existing(ctx, id);
            ctx.update(SEGMENT).set(SEGMENT.DESCRIPTION, SegmentNames.description(description))
                    .where(SEGMENT.ID.eq(id)).execute();
        });
    }

    /** Deletes the segment and its members; refused while journeys or other segments use it. */
    public void delete(long id) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            SegmentSummary segment = existing(ctx, id);
            refuseIfUsed(ctx, segment.name(), "deleted");
            ctx.deleteFrom(SEGMENT).where(SEGMENT.ID.eq(id)).execute();
        });
    }

    /** Who refers to the segment by name ("journey \"Welcome\"", "segment \"NY subscribers\""); empty if nobody. */
    public List<String> usersOf(long id) {
        return dsl.transactionResult(tx -> usage.usersOf(tx.dsl(), existing(tx.dsl(), id).name()));
    }

    /** How many contacts {@code query} selects at {@code asOf}. */
    public int count(RuleGroup query, Instant asOf) {
        return members.count(query, asOf);
    }

    /** How many contacts {@code query} selects and the first {@code limit} of them by name, from one reading. */
    public SegmentSample sample(RuleGroup query, Instant asOf, int limit) {
        return members.sample(query, asOf, limit);
    }

    /** The first {@code limit} contacts {@code query} selects at {@code asOf}, by name, through its SQL condition. */
    public List<ContactSummary> preview(RuleGroup query, Instant asOf, int limit) {
        return members.preview(query, asOf, limit);
    }

    /** How many members the segment has now (a dynamic segment's query evaluated at the clock's time). */
    public int memberCount(long segmentId) {
        return members.memberCount(existing(dsl, segmentId));
    }

    /** The segment's members whose name, email or account contains {@code search} (blank: all), by name. */
    public List<ContactSummary> members(long segmentId, String search, int limit) {
        return members.members(existing(dsl, segmentId), search, limit);
    }

    /** Contacts whose name, email or account contains {@code search} and who are not members yet, by name. */
    public List<ContactSummary> candidates(long segmentId, String search, int limit) {
        return members.candidates(handPicked(dsl, segmentId), search, limit);
    }

    /** Adds contacts to a static segment or subscription list; existing members and unknown ids are skipped. */
    public int addMembers(long segmentId, Collection<Long> contactIds) {
        return dsl.transactionResult(tx -> members.add(tx.dsl(), handPicked(tx.dsl(), segmentId), contactIds));
    }

    /** Adds every contact whose name, email or account contains {@code search}; returns how many were new. */
    public int addMatching(long segmentId, String search) {
        if (search == null || search.isBlank()) {
            throw new SegmentException("Search text: must not be blank when adding the contacts it finds");
        }
        return dsl.transactionResult(tx -> members.addMatching(tx.dsl(), handPicked(tx.dsl(), segmentId), search));
    }

    /** Takes contacts out of a static segment or subscription list; returns how many were members. */
    public int removeMembers(long segmentId, Collection<Long> contactIds) {
        return dsl.transactionResult(tx -> members.remove(tx.dsl(), handPicked(tx.dsl(), segmentId), contactIds));
    }

    private long create(String name, String description, SegmentKind kind, RuleGroup query) {
        String checkedName = SegmentNames.name(name);
        String checkedDescription = SegmentNames.description(description);
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            refuseTaken(ctx, checkedName);
            String queryJson = kind == SegmentKind.DYNAMIC ? checked(ctx, query) : null;
            return ctx.insertInto(SEGMENT, SEGMENT.NAME, SEGMENT.KIND, SEGMENT.DESCRIPTION, SEGMENT.QUERY_JSON,
                            SEGMENT.CREATED_AT)
                    .values(checkedName, kind.name(), checkedDescription, queryJson, now())
                    .returning(SEGMENT.ID).fetchOne().getId();
        });
    }

    /** The query as stored JSON, after checking that its subscription lists exist. */
    private String checked(DSLContext ctx, RuleGroup query) {
        if (query == null) {
            throw new SegmentException("Segment query: a dynamic segment needs a query");
        }
        new SegmentConditions(ctx, clock.instant()).of(query);
        return format.write(query);
    }

    private String renameChecked(DSLContext ctx, SegmentSummary segment, String name) {
        String checked = SegmentNames.name(name);
        if (!checked.equals(segment.name())) {
            refuseTaken(ctx, checked);
            refuseIfUsed(ctx, segment.name(), "renamed");
        }
        return checked;
    }

    private static void refuseTaken(DSLContext ctx, String name) {
        if (ctx.fetchExists(SEGMENT, SEGMENT.NAME.eq(name))) {
            throw new SegmentException("Segment name: there is already a segment called \"" + name + "\"");
        }
    }

    private void refuseIfUsed(DSLContext ctx, String name, String what) {
        List<String> users = usage.usersOf(ctx, name);
        if (!users.isEmpty()) {
            throw new SegmentException("Segment \"" + name + "\" cannot be " + what + ": it is used by "
                    + String.join(", ", users) + "; take it out of them first");
        }
    }

    private SegmentSummary handPicked(DSLContext ctx, long id) {
        SegmentSummary segment = existing(ctx, id);
        if (segment.kind() == SegmentKind.DYNAMIC) {
            throw new SegmentException("Segment \"" + segment.name()
                    + "\" is dynamic: its members come from its query, not from adding or removing contacts");
        }
        return segment;
    }

    private SegmentSummary existing(DSLContext ctx, long id) {
        return ctx.selectFrom(SEGMENT).where(SEGMENT.ID.eq(id)).fetchOptional(this::summary)
                .orElseThrow(() -> new SegmentException("Segment " + id + " no longer exists in the store"));
    }

    private SegmentSummary summary(Record row) {
        SegmentKind kind = SegmentKind.valueOf(row.get(SEGMENT.KIND));
        String name = row.get(SEGMENT.NAME);
        RuleGroup query = null;
        if (kind == SegmentKind.DYNAMIC) {
            try {
                query = format.read(row.get(SEGMENT.QUERY_JSON));
            } catch (SegmentQueryFormatException e) {
                throw new SegmentException("Segment \"" + name + "\": its stored query cannot be read: " + e.getMessage());
            }
        }
        return new SegmentSummary(row.get(SEGMENT.ID), name, kind, row.get(SEGMENT.DESCRIPTION), query);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
