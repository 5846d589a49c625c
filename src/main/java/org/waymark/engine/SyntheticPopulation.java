package org.waymark.engine;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.engine.behaviour.DeterministicRandom;
import org.waymark.model.interaction.InteractionBatch;

/** Makes the made-up population of {@link Population#synthetic}: the same contacts for the same seed. */
final class SyntheticPopulation {

    private static final List<String[]> PLACES = List.of(
            new String[] {"New York", "United States"}, new String[] {"Boston", "United States"},
            new String[] {"Chicago", "United States"}, new String[] {"Seattle", "United States"},
            new String[] {"Toronto", "Canada"}, new String[] {"London", "United Kingdom"},
            new String[] {"Manchester", "United Kingdom"}, new String[] {"Paris", "France"},
            new String[] {"Berlin", "Germany"}, new String[] {"Munich", "Germany"},
            new String[] {"Madrid", "Spain"}, new String[] {"Sydney", "Australia"});
    private static final List<String> JOBS = List.of("Marketing manager", "Sales director", "IT manager", "Buyer",
            "Engineer", "Chief executive", "Analyst", "Office manager");
    /** Cumulative shares of consent ranks 0..5. */
    private static final double[] CONSENT = {0.04, 0.08, 0.16, 0.36, 0.72, 1.0};
    /** Business units: 1 is the root, 2 and 3 its children, 4 a child of 2; cumulative shares of accounts. */
    private static final long[] UNITS = {1, 2, 3, 4};
    private static final double[] UNIT_SHARES = {0.4, 0.65, 0.9, 1.0};
    private static final int ACCOUNT_KEY = -2;
    private static final int CONTACT_KEY = -1;

    private final DeterministicRandom random;

    SyntheticPopulation(long seed) {
        this.random = new DeterministicRandom(seed);
    }

    Population build(int contacts) {
        if (contacts < 0) {
            throw new IllegalArgumentException("A population cannot have " + contacts + " contacts");
        }
        long[] ids = new long[contacts];
        long[] accounts = new long[contacts];
        long[] units = new long[contacts];
        byte[] consent = new byte[contacts];
        String[] cities = new String[contacts];
        String[] countries = new String[contacts];
        String[] jobs = new String[contacts];
        BitSet all = new BitSet(contacts);
        BitSet newsletter = new BitSet(contacts);
        BitSet suppressed = new BitSet(contacts);
        long account = 0;
        int left = 0;
        String[] place = PLACES.get(0);
        long unit = UNITS[0];
        for (int i = 0; i < contacts; i++) {
            if (left == 0) {
                account++;
                left = 5 + (int) (random.uniform(account, ACCOUNT_KEY, 1) * 11);
                place = PLACES.get((int) (random.uniform(account, ACCOUNT_KEY, 2) * PLACES.size()));
                unit = UNITS[pick(UNIT_SHARES, random.uniform(account, ACCOUNT_KEY, 3))];
            }
            left--;
            ids[i] = i + 1L;
            accounts[i] = 1_000_000_000L + account;
            units[i] = unit;
            consent[i] = (byte) pick(CONSENT, random.uniform(i, CONTACT_KEY, 1));
            boolean movedAway = random.uniform(i, CONTACT_KEY, 2) < 0.1;
            String[] here = movedAway ? PLACES.get((int) (random.uniform(i, CONTACT_KEY, 3) * PLACES.size())) : place;
            cities[i] = here[0];
            countries[i] = here[1];
            jobs[i] = JOBS.get((int) (random.uniform(i, CONTACT_KEY, 4) * JOBS.size()));
            all.set(i);
            if (random.uniform(i, CONTACT_KEY, 5) < 0.6) {
                newsletter.set(i);
            }
            if (random.uniform(i, CONTACT_KEY, 6) < 0.02) {
                suppressed.set(i);
            }
        }
        Map<String, SegmentMembers> segments = new LinkedHashMap<>();
        segments.put("All", fromStart("DYNAMIC", all));
        segments.put("Newsletter", fromStart("SUBSCRIPTION_LIST", newsletter));
        segments.put("Suppressed", fromStart("STATIC", suppressed));
        Map<Long, Long> unitParents = new LinkedHashMap<>();
        unitParents.put(1L, InteractionBatch.NONE);
        unitParents.put(2L, 1L);
        unitParents.put(3L, 1L);
        unitParents.put(4L, 2L);
        return new Population(ids, accounts, units, consent, cities, countries, jobs, contacts, segments,
                unitParents);
    }

    private static SegmentMembers fromStart(String kind, BitSet members) {
        return new SegmentMembers(kind, members, new BitSet(), new int[0], new long[0]);
    }

    private static int pick(double[] cumulative, double u) {
        for (int k = 0; k < cumulative.length - 1; k++) {
            if (u < cumulative[k]) {
                return k;
            }
        }
        return cumulative.length - 1;
    }
}
