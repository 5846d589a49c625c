package org.waymark.engine;

import java.time.Instant;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.store.Store;
import org.waymark.store.simulation.AudienceReader;
import org.waymark.store.simulation.AudienceSink;

/**
 * The store's audience as a {@link Population}: every contact, the business-unit tree, every segment with its kind,
 * static segments and subscription lists with the time each member joined, and dynamic segments as their stored
 * queries select at the given time (read by {@link AudienceReader}, fed straight into {@link Population.Builder}).
 */
public final class StorePopulation {

    private final AudienceReader reader;

    public StorePopulation(Store store) {
        this.reader = new AudienceReader(store);
    }

    /** The population as the store holds it, dynamic segments evaluated at {@code asOf}. */
    public Population load(Instant asOf) {
        Population.Builder builder = Population.builder();
        reader.read(asOf, new BuilderSink(builder));
        return builder.build();
    }

    /** The id of the business unit called {@code name}, or {@link InteractionBatch#NONE} if there is none. */
    public long businessUnitId(String name) {
        return name == null ? InteractionBatch.NONE : reader.businessUnitId(name).orElse(InteractionBatch.NONE);
    }

    private record BuilderSink(Population.Builder builder) implements AudienceSink {

        @Override
        public void businessUnit(long id, long parentId) {
            builder.businessUnit(id, parentId);
        }

        @Override
        public void contact(long contactId, long accountId, long businessUnitId, int consentRank, String city,
                            String country, String jobTitle) {
            builder.contact(contactId, accountId, businessUnitId, consentRank, city, country, jobTitle);
        }

        @Override
        public void segment(String segmentName, String kind) {
            builder.segmentKind(segmentName, kind);
        }

        @Override
        public void member(String segmentName, long contactId) {
            builder.member(segmentName, contactId);
        }

        @Override
        public void memberSince(String segmentName, long contactId, long addedAtEpochSecond) {
            builder.memberSince(segmentName, contactId, addedAtEpochSecond);
        }
    }
}
