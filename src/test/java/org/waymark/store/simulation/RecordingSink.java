package org.waymark.store.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Keeps everything an {@link AudienceReader} streams, in order, for tests to look at. */
final class RecordingSink implements AudienceSink {

    record Contact(long id, long accountId, long businessUnitId, int consentRank, String city, String country,
                   String jobTitle) {
    }

    final Map<Long, Long> units = new LinkedHashMap<>();
    final List<Contact> contacts = new ArrayList<>();
    final Map<String, String> kinds = new LinkedHashMap<>();
    final Map<String, TreeSet<Long>> members = new LinkedHashMap<>();
    final Map<String, TreeMap<Long, Long>> since = new LinkedHashMap<>();
    final List<String> order = new ArrayList<>();

    @Override
    public void businessUnit(long id, long parentId) {
        units.put(id, parentId);
        order.add("unit");
    }

    @Override
    public void contact(long contactId, long accountId, long businessUnitId, int consentRank, String city,
                        String country, String jobTitle) {
        contacts.add(new Contact(contactId, accountId, businessUnitId, consentRank, city, country, jobTitle));
        order.add("contact");
    }

    @Override
    public void segment(String segmentName, String kind) {
        kinds.put(segmentName, kind);
        order.add("segment");
    }

    @Override
    public void member(String segmentName, long contactId) {
        members.computeIfAbsent(segmentName, n -> new TreeSet<>()).add(contactId);
        order.add("member");
    }

    @Override
    public void memberSince(String segmentName, long contactId, long addedAtEpochSecond) {
        since.computeIfAbsent(segmentName, n -> new TreeMap<>()).put(contactId, addedAtEpochSecond);
        order.add("member");
    }

    TreeSet<Long> dynamicMembers(String segment) {
        return members.getOrDefault(segment, new TreeSet<>());
    }
}
