package org.waymark.store.simulation;

import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record7;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.segment.SegmentQueryFormat;
import org.waymark.model.segment.SegmentQueryFormatException;
import org.waymark.store.Store;
import org.waymark.store.segment.SegmentConditions;
import org.waymark.store.segment.SegmentException;

/**
 * Reads the audience a simulation starts from, in one transaction so it is a consistent snapshot: business units,
 * every contact (one streaming query), every segment with its kind, the members of static segments and subscription
 * lists, and the members of dynamic segments, found by evaluating their stored queries
 * ({@link SegmentQueryFormat} read, {@link SegmentConditions} evaluated, the same as the segment builder). All in
 * id order, so the same store gives the same sequence.
 */
public final class AudienceReader {

    private static final int FETCH_SIZE = 10_000;
    private static final String DYNAMIC = "DYNAMIC";

    private final DSLContext dsl;

    public AudienceReader(Store store) {
        this.dsl = store.dsl();
    }

    /** Streams the audience into {@code sink}; dynamic segments hold whom their query selects at {@code asOf}. */
    public void read(Instant asOf, AudienceSink sink) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            businessUnits(ctx, sink);
            contacts(ctx, sink);
            segments(ctx, asOf, sink);
        });
    }

    /** The id of the business unit called {@code name}, if there is one. */
    public Optional<Long> businessUnitId(String name) {
        return dsl.select(BUSINESS_UNIT.ID).from(BUSINESS_UNIT).where(BUSINESS_UNIT.NAME.eq(name)).fetchOptional(BUSINESS_UNIT.ID);
    }

    private static void businessUnits(DSLContext ctx, AudienceSink sink) {
        for (Record2<Long, Long> unit : ctx.select(BUSINESS_UNIT.ID, BUSINESS_UNIT.PARENT_ID).from(BUSINESS_UNIT)
                .orderBy(BUSINESS_UNIT.ID).fetch()) {
            sink.businessUnit(unit.value1(), orNone(unit.value2()));
        }
    }

    private static void contacts(DSLContext ctx, AudienceSink sink) {
        try (Cursor<Record7<Long, Long, Long, Integer, String, String, String>> rows = ctx
                .select(CONTACT.ID, CONTACT.ACCOUNT_ID, CONTACT.BUSINESS_UNIT_ID, CONTACT.CONSENT_RANK, CONTACT.CITY,
                        CONTACT.COUNTRY, CONTACT.JOB_TITLE)
                .from(CONTACT).orderBy(CONTACT.ID).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record7<Long, Long, Long, Integer, String, String, String> c : rows) {
                sink.contact(c.value1(), orNone(c.value2()), c.value3(), c.value4(), c.value5(), c.value6(), c.value7());
            }
        }
    }

    private static void segments(DSLContext ctx, Instant asOf, AudienceSink sink) {
        var segments = ctx.select(SEGMENT.ID, SEGMENT.NAME, SEGMENT.KIND, SEGMENT.QUERY_JSON).from(SEGMENT)
                .orderBy(SEGMENT.ID).fetch();
        segments.forEach(s -> sink.segment(s.value2(), s.value3()));
        try (var members = ctx.select(SEGMENT.NAME, SEGMENT_MEMBER.CONTACT_ID, SEGMENT_MEMBER.ADDED_AT)
                .from(SEGMENT_MEMBER).join(SEGMENT).on(SEGMENT.ID.eq(SEGMENT_MEMBER.SEGMENT_ID))
                .where(SEGMENT.KIND.ne(DYNAMIC))
                .orderBy(SEGMENT.ID, SEGMENT_MEMBER.CONTACT_ID).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (var m : members) {
                sink.memberSince(m.value1(), m.value2(), epochSecond(m.value3()));
            }
        }
        SegmentConditions conditions = new SegmentConditions(ctx, asOf);
        SegmentQueryFormat format = new SegmentQueryFormat();
        for (var s : segments) {
            if (!DYNAMIC.equals(s.value3())) {
                continue;
            }
            String name = s.value2();
            try (var members = ctx.select(CONTACT.ID).from(CONTACT).where(condition(conditions, format, name, s.value4()))
                    .orderBy(CONTACT.ID).fetchSize(FETCH_SIZE).fetchLazy()) {
                for (var m : members) {
                    sink.member(name, m.value1());
                }
            }
        }
    }

    /** The condition selecting the dynamic segment's members; a query that cannot be evaluated names the segment. */
    private static Condition condition(SegmentConditions conditions, SegmentQueryFormat format, String name,
                                       String queryJson) {
        if (queryJson == null || queryJson.isBlank()) {
            throw new SegmentQueryException("Dynamic segment \"" + name + "\": has no stored query");
        }
        try {
            return conditions.of(format.read(queryJson));
        } catch (SegmentQueryFormatException | SegmentException e) {
            throw new SegmentQueryException("Dynamic segment \"" + name + "\": " + e.getMessage(), e);
        }
    }

    private static long orNone(Long id) {
        return id == null ? InteractionBatch.NONE : id;
    }

    private static long epochSecond(LocalDateTime at) {
        return at.toEpochSecond(ZoneOffset.UTC);
    }
}
