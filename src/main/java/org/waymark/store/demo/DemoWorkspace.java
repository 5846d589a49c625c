package org.waymark.store.demo;

import static org.waymark.store.schema.Tables.CONTACT;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.StoreException;
import org.waymark.store.schema.DefaultSchema;

/**
 * The demo workspace a new store is filled with: a fictional company's contacts and accounts, segments,
 * content, the sample journeys and a year of interactions. Generated, never shipped as a database: the
 * same seed and clock give the same rows, and it is written in one transaction.
 */
public final class DemoWorkspace {

    public static final long DEFAULT_SEED = 20_261_122L;
    public static final int DEFAULT_ACCOUNTS = 240;
    public static final int DEFAULT_CONTACTS = 2_400;

    /** Sample journeys shipped in {@code assets/journeys/}, loaded into the demo. */
    public static final List<String> SAMPLE_JOURNEYS = List.of("new-york-white-paper", "welcome-series",
            "customer-summit");

    /** What was generated. */
    public record Summary(int accounts, int contacts, int journeys, int interactions) {
    }

    private final long seed;
    private final Clock clock;
    private final int accounts;
    private final int contacts;

    public DemoWorkspace(long seed, Clock clock) {
        this(seed, clock, DEFAULT_ACCOUNTS, DEFAULT_CONTACTS);
    }

    public DemoWorkspace(long seed, Clock clock, int accounts, int contacts) {
        this.seed = seed;
        this.clock = clock;
        this.accounts = accounts;
        this.contacts = contacts;
    }

    /**
     * A store without contacts is new: the app fills it on first start (journeys imported from the command
     * line before that do not count, so the demo is still there for them to work on).
     */
    public static boolean isEmpty(Store store) {
        return store.dsl().fetchCount(CONTACT) == 0;
    }

    public Summary generate(Store store) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
        Summary summary = store.dsl().transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            Random random = new Random(seed);
            List<DemoContact> people = new DemoAudience(random, now, accounts, contacts).generate(ctx);
            new DemoSegments(random, now).generate(ctx, people);
            DemoContent.Set content = new DemoContent(now).generate(ctx);
            int journeys = sampleJourneys(ctx);
            int interactions = new DemoHistory(random, now, content).generate(ctx, people);
            return new Summary(accounts, people.size(), journeys, interactions);
        });
        restartIdentities(store.dsl());
        return summary;
    }

    private int sampleJourneys(DSLContext ctx) {
        JourneyRepository journeys = new JourneyRepository(ctx, clock);
        JourneyFileReader reader = new JourneyFileReader();
        for (String name : SAMPLE_JOURNEYS) {
            String resource = "/assets/journeys/" + name + ".waymark.json";
            try (InputStream in = DemoWorkspace.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new StoreException("The sample journey " + resource + " is missing from this build");
                }
                journeys.insert(reader.read(in));
            } catch (IOException | JourneyFileException e) {
                throw new StoreException("The sample journey " + resource + " cannot be read: " + e.getMessage(), e);
            }
        }
        return SAMPLE_JOURNEYS.size();
    }

    /** Rows were written with explicit ids; move each identity past them so later inserts do not collide. */
    private static void restartIdentities(DSLContext dsl) {
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (table.getIdentity() == null) {
                continue;
            }
            TableField<?, ?> id = table.getIdentity().getField();
            Number max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Number.class);
            long next = max == null ? 1 : max.longValue() + 1;
            dsl.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN " + id.getName() + " RESTART WITH " + next);
        }
    }
}
