package org.waymark.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waymark.engine.behaviour.ContactTraits;
import org.waymark.model.interaction.InteractionBatch;

/**
 * The contacts a simulation may move through a journey, held column by column (index 0..size-1), with the
 * segments and subscription lists they belong to and the business-unit tree. Contact ids need not be dense.
 * Immutable once built.
 */
public final class Population {

    private final long[] contactIds;
    private final long[] accountIds;
    private final long[] businessUnitIds;
    private final byte[] consentRanks;
    private final String[] cities;
    private final String[] countries;
    private final String[] jobTitles;
    private final int size;
    private final Map<String, SegmentMembers> segments;
    private final Map<Long, Long> unitParents;
    private final LongIndex index;

    Population(long[] contactIds, long[] accountIds, long[] businessUnitIds, byte[] consentRanks, String[] cities,
               String[] countries, String[] jobTitles, int size, Map<String, SegmentMembers> segments,
               Map<Long, Long> unitParents) {
        this(contactIds, accountIds, businessUnitIds, consentRanks, cities, countries, jobTitles, size, segments,
                unitParents, new LongIndex(contactIds, size));
    }

    private Population(long[] contactIds, long[] accountIds, long[] businessUnitIds, byte[] consentRanks,
                       String[] cities, String[] countries, String[] jobTitles, int size,
                       Map<String, SegmentMembers> segments, Map<Long, Long> unitParents, LongIndex index) {
        this.contactIds = contactIds;
        this.accountIds = accountIds;
        this.businessUnitIds = businessUnitIds;
        this.consentRanks = consentRanks;
        this.cities = cities;
        this.countries = countries;
        this.jobTitles = jobTitles;
        this.size = size;
        this.segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        this.unitParents = Collections.unmodifiableMap(new LinkedHashMap<>(unitParents));
        this.index = index;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code contacts} made-up contacts, the same for the same seed: accounts of about ten, four business units
     * (a root with two children, one of which has a child), consent ranks mostly 3 to 5, a dozen cities, and the
     * segments "All" (dynamic, everyone), "Newsletter" (subscription list, about 60 %) and "Suppressed" (static,
     * about 2 %).
     */
    public static Population synthetic(int contacts, long seed) {
        return new SyntheticPopulation(seed).build(contacts);
    }

    public int size() {
        return size;
    }

    public long contactId(int i) {
        return contactIds[i];
    }

    /** The contact's account, or {@link InteractionBatch#NONE}. */
    public long accountId(int i) {
        return accountIds[i];
    }

    public long businessUnitId(int i) {
        return businessUnitIds[i];
    }

    public int consentRank(int i) {
        return consentRanks[i];
    }

    public String city(int i) {
        return cities[i];
    }

    public String country(int i) {
        return countries[i];
    }

    public String jobTitle(int i) {
        return jobTitles[i];
    }

    public ContactTraits traits(int i) {
        return new ContactTraits(contactIds[i], accountIds[i], consentRanks[i], cities[i], countries[i],
                jobTitles[i]);
    }

    /** The index of the contact with this id, or -1. */
    public int indexOf(long contactId) {
        return index.find(contactId);
    }

    public Set<String> segmentNames() {
        return segments.keySet();
    }

    /** How many contacts belong to the segment (from the start or later); 0 for an unknown segment. */
    public int memberCount(String segmentName) {
        SegmentMembers members = segments.get(segmentName);
        return members == null ? 0 : members.size();
    }

    Optional<SegmentMembers> segment(String segmentName) {
        return Optional.ofNullable(segmentName == null ? null : segments.get(segmentName));
    }

    /** The parent of each known business unit ({@link InteractionBatch#NONE} for a root). */
    Map<Long, Long> businessUnits() {
        return unitParents;
    }

    /** Collects contacts, memberships and business units; members may be added before their contacts. */
    public static final class Builder {

        private long[] ids = new long[1024];
        private long[] accounts = new long[1024];
        private long[] units = new long[1024];
        private byte[] consent = new byte[1024];
        private String[] cities = new String[1024];
        private String[] countries = new String[1024];
        private String[] jobs = new String[1024];
        private int size;
        private final Map<String, MemberLog> logs = new LinkedHashMap<>();
        private final Map<String, String> kinds = new LinkedHashMap<>();
        private final Map<Long, Long> unitParents = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder contact(long contactId, long accountId, long businessUnitId, int consentRank, String city,
                               String country, String jobTitle) {
            if (consentRank < 0 || consentRank > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("Consent rank " + consentRank + " of contact " + contactId);
            }
            if (size == ids.length) {
                grow();
            }
            ids[size] = contactId;
            accounts[size] = accountId;
            units[size] = businessUnitId;
            consent[size] = (byte) consentRank;
            cities[size] = city;
            countries[size] = country;
            jobs[size] = jobTitle;
            size++;
            return this;
        }

        /** A member from before the run starts (a dynamic segment's evaluated member, or an old list member). */
        public Builder member(String segmentName, long contactId) {
            log(segmentName).add(contactId, SegmentMembers.ALWAYS);
            return this;
        }

        /** A member who joined at {@code epochSecond}; before the run starts it counts as from the start. */
        public Builder memberSince(String segmentName, long contactId, long epochSecond) {
            log(segmentName).add(contactId, epochSecond);
            return this;
        }

        public Builder segmentKind(String segmentName, String kind) {
            kinds.put(segmentName, kind);
            log(segmentName);
            return this;
        }

        public Builder businessUnit(long id, long parentId) {
            unitParents.put(id, parentId);
            return this;
        }

        /** The population; members whose contact was never added are ignored. */
        public Population build() {
            long[] contactIds = Arrays.copyOf(ids, size);
            LongIndex index = new LongIndex(contactIds, size);
            long[] joined = new long[size];
            Map<String, SegmentMembers> segments = new LinkedHashMap<>();
            for (Map.Entry<String, MemberLog> entry : logs.entrySet()) {
                Arrays.fill(joined, SegmentMembers.NEVER);
                MemberLog log = entry.getValue();
                for (int k = 0; k < log.size; k++) {
                    int i = index.find(log.ids[k]);
                    if (i >= 0) {
                        joined[i] = Math.min(joined[i], log.since[k]);
                    }
                }
                String kind = kinds.getOrDefault(entry.getKey(), "STATIC");
                segments.put(entry.getKey(), SegmentMembers.of(kind, joined, size));
            }
            return new Population(contactIds, Arrays.copyOf(accounts, size), Arrays.copyOf(units, size),
                    Arrays.copyOf(consent, size), Arrays.copyOf(cities, size), Arrays.copyOf(countries, size),
                    Arrays.copyOf(jobs, size), size, segments, unitParents, index);
        }

        private MemberLog log(String segmentName) {
            return logs.computeIfAbsent(segmentName, name -> new MemberLog());
        }

        private void grow() {
            int bigger = ids.length * 2;
            ids = Arrays.copyOf(ids, bigger);
            accounts = Arrays.copyOf(accounts, bigger);
            units = Arrays.copyOf(units, bigger);
            consent = Arrays.copyOf(consent, bigger);
            cities = Arrays.copyOf(cities, bigger);
            countries = Arrays.copyOf(countries, bigger);
            jobs = Arrays.copyOf(jobs, bigger);
        }
    }

    /** The memberships of one segment as added, in order. */
    private static final class MemberLog {
        private long[] ids = new long[16];
        private long[] since = new long[16];
        private int size;

        void add(long id, long at) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                since = Arrays.copyOf(since, size * 2);
            }
            ids[size] = id;
            since[size++] = at;
        }
    }
}
