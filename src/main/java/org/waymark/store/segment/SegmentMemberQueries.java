package org.waymark.store.segment;

import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSample;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.store.segment.SegmentCounter.Members;

/** Who is in a segment: dynamic queries evaluated, hand-picked members read, added and removed. */
final class SegmentMemberQueries {

    private static final int ID_CHUNK = 1000;

    private final DSLContext dsl;
    private final Clock clock;
    private final RuleReads reads;
    private final RuleAnswers answers;
    private final FirstMembers firstMembers;

    /**
     * Member queries on {@code dsl}, whose rules a count reads on up to {@code readers} connections at once, keeping up
     * to {@code keptAnswers} rules' answers for the next counts.
     */
    SegmentMemberQueries(DSLContext dsl, Clock clock, Executor executor, int readers, int keptAnswers) {
        this(dsl, clock, new RuleReads(dsl, executor, readers), new RuleAnswers(keptAnswers), new FirstMembers());
    }

    SegmentMemberQueries(DSLContext dsl, Clock clock, RuleReads reads, RuleAnswers answers, FirstMembers firstMembers) {
        this.dsl = dsl;
        this.clock = clock;
        this.reads = reads;
        this.answers = answers;
        this.firstMembers = firstMembers;
    }

    /** How many contacts {@code query} selects, counted rule by rule in memory ({@link SegmentCounter}). */
    int count(RuleGroup query, Instant asOf) {
        return members(query, asOf).map(members -> (int) members.count()).orElseGet(() -> sqlCount(query, asOf));
    }

    /** The count as one SQL query: the store's own answer, which {@link SegmentCounter} must always agree with. */
    static int sqlCount(DSLContext dsl, SegmentConditions conditions, RuleGroup query) {
        return dsl.fetchCount(CONTACT, conditions.of(query));
    }

    /**
     * The count and the first {@code limit} members by name, from one reading of the rules: the members are picked
     * from the counted set ({@link FirstMembers}), or by the SQL condition when the set cannot serve.
     */
    SegmentSample sample(RuleGroup query, Instant asOf, int limit) {
        Optional<Members> members = members(query, asOf);
        if (members.isEmpty()) {
            return new SegmentSample(sqlCount(query, asOf), preview(query, asOf, limit));
        }
        List<ContactSummary> first = firstMembers.of(dsl, members.get(), limit)
                .orElseGet(() -> preview(query, asOf, limit));
        return new SegmentSample(members.get().count(), first);
    }

    /** The contacts {@code query} selects as a set; empty when their ids do not fit one (ids beyond {@code int}). */
    private Optional<Members> members(RuleGroup query, Instant asOf) {
        return new SegmentCounter(dsl, new SegmentConditions(dsl, asOf), reads, answers).members(query);
    }

    private int sqlCount(RuleGroup query, Instant asOf) {
        return dsl.transactionResult(tx -> sqlCount(tx.dsl(), new SegmentConditions(tx.dsl(), asOf), query));
    }

    List<ContactSummary> preview(RuleGroup query, Instant asOf, int limit) {
        return dsl.transactionResult(tx -> ContactRows.fetch(tx.dsl(), new SegmentConditions(tx.dsl(), asOf).of(query),
                limit));
    }

    int memberCount(SegmentSummary segment) {
        return dsl.transactionResult(tx -> tx.dsl().fetchCount(CONTACT, membership(tx.dsl(), segment)));
    }

    List<ContactSummary> members(SegmentSummary segment, String search, int limit) {
        return dsl.transactionResult(tx -> ContactRows.fetch(tx.dsl(),
                membership(tx.dsl(), segment).and(ContactRows.search(search)), limit));
    }

    /** Contacts matching {@code search} who are not members of the hand-picked segment yet, by name. */
    List<ContactSummary> candidates(SegmentSummary segment, String search, int limit) {
        return dsl.transactionResult(tx -> ContactRows.fetch(tx.dsl(), DSL.not(membership(tx.dsl(), segment))
                .and(ContactRows.search(search)), limit));
    }

    int add(DSLContext ctx, SegmentSummary segment, Collection<Long> contactIds) {
        int added = 0;
        for (List<Long> chunk : chunks(contactIds)) {
            added += addWhere(ctx, segment, CONTACT.ID.in(chunk));
        }
        return added;
    }

    int addMatching(DSLContext ctx, SegmentSummary segment, String search) {
        return addWhere(ctx, segment, ContactRows.search(search));
    }

    int remove(DSLContext ctx, SegmentSummary segment, Collection<Long> contactIds) {
        int removed = 0;
        for (List<Long> chunk : chunks(contactIds)) {
            removed += ctx.deleteFrom(SEGMENT_MEMBER).where(SEGMENT_MEMBER.SEGMENT_ID.eq(segment.id()))
                    .and(SEGMENT_MEMBER.CONTACT_ID.in(chunk)).execute();
        }
        return removed;
    }

    /** Inserts the contacts meeting {@code where} who are not members yet; unknown contacts simply do not match. */
    private int addWhere(DSLContext ctx, SegmentSummary segment, Condition where) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return ctx.insertInto(SEGMENT_MEMBER, SEGMENT_MEMBER.SEGMENT_ID, SEGMENT_MEMBER.CONTACT_ID, SEGMENT_MEMBER.ADDED_AT)
                .select(DSL.select(DSL.val(segment.id()), CONTACT.ID, DSL.val(now)).from(CONTACT).where(where)
                        .and(CONTACT.ID.notIn(DSL.select(SEGMENT_MEMBER.CONTACT_ID).from(SEGMENT_MEMBER)
                                .where(SEGMENT_MEMBER.SEGMENT_ID.eq(segment.id())))))
                .execute();
    }

    /** The condition on {@code CONTACT} selecting the segment's members now. */
    private Condition membership(DSLContext ctx, SegmentSummary segment) {
        if (segment.kind() == SegmentKind.DYNAMIC) {
            return new SegmentConditions(ctx, clock.instant()).of(segment.query());
        }
        return CONTACT.ID.in(DSL.select(SEGMENT_MEMBER.CONTACT_ID).from(SEGMENT_MEMBER)
                .where(SEGMENT_MEMBER.SEGMENT_ID.eq(segment.id())));
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += ID_CHUNK) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + ID_CHUNK)));
        }
        return chunks;
    }
}
