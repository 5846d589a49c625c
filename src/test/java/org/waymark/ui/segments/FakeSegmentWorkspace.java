package org.waymark.ui.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.content.AssetKind;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSummary;

/** An in-memory store for the Segments tab's view models: it remembers what was asked and saved. */
final class FakeSegmentWorkspace implements SegmentWorkspace, ConditionChoices {

    final List<RuleGroup> counted = new ArrayList<>();
    final Map<Long, SegmentSummary> segments = new LinkedHashMap<>();
    final Map<Long, List<ContactSummary>> members = new LinkedHashMap<>();
    final List<ContactSummary> contacts = new ArrayList<>();
    long nextId = 1;
    long countAnswer = 42;

    FakeSegmentWorkspace() {
        for (int i = 1; i <= 5; i++) {
            contacts.add(new ContactSummary(i, "Ann" + i, "Lee", "ann" + i + "@example.com", "", 0, "Boston", "Main",
                    ConsentLevel.MARKETING));
        }
    }

    @Override
    public List<SegmentSummary> segments() {
        return List.copyOf(segments.values());
    }

    @Override
    public long count(RuleGroup query) {
        counted.add(query);
        return countAnswer;
    }

    @Override
    public List<ContactSummary> preview(RuleGroup query, int limit) {
        return contacts.subList(0, Math.min(limit, contacts.size()));
    }

    @Override
    public SegmentSummary saveDynamic(long id, String name, String description, RuleGroup query) {
        boolean taken = segments.values().stream().anyMatch(s -> s.name().equals(name) && s.id() != id);
        if (taken) {
            throw new IllegalArgumentException("Name: a segment called \"" + name + "\" already exists");
        }
        SegmentSummary saved = new SegmentSummary(id == 0 ? nextId++ : id, name, SegmentKind.DYNAMIC, description,
                query);
        segments.put(saved.id(), saved);
        return saved;
    }

    @Override
    public SegmentSummary create(SegmentKind kind, String name, String description) {
        SegmentSummary made = new SegmentSummary(nextId++, name, kind, description, null);
        segments.put(made.id(), made);
        members.put(made.id(), new ArrayList<>());
        return made;
    }

    @Override
    public void rename(long id, String name) {
        SegmentSummary old = segments.get(id);
        segments.put(id, new SegmentSummary(id, name, old.kind(), old.description(), old.query()));
    }

    @Override
    public void delete(long id) {
        segments.remove(id);
    }

    @Override
    public long memberCount(long segmentId) {
        return members.getOrDefault(segmentId, List.of()).size();
    }

    @Override
    public List<ContactSummary> members(long segmentId, String search, int limit) {
        return members.getOrDefault(segmentId, List.of()).stream().filter(c -> matches(c, search)).limit(limit)
                .toList();
    }

    @Override
    public List<ContactSummary> candidates(long segmentId, String search, int limit) {
        List<ContactSummary> in = members.getOrDefault(segmentId, List.of());
        return contacts.stream().filter(c -> !in.contains(c) && matches(c, search)).limit(limit).toList();
    }

    @Override
    public int addMembers(long segmentId, List<Long> contactIds) {
        List<ContactSummary> in = members.computeIfAbsent(segmentId, k -> new ArrayList<>());
        int added = 0;
        for (ContactSummary c : contacts) {
            if (contactIds.contains(c.id()) && !in.contains(c)) {
                in.add(c);
                added++;
            }
        }
        return added;
    }

    @Override
    public int addAllMatching(long segmentId, String search) {
        return addMembers(segmentId, candidates(segmentId, search, Integer.MAX_VALUE).stream()
                .map(ContactSummary::id).toList());
    }

    @Override
    public int removeMembers(long segmentId, List<Long> contactIds) {
        List<ContactSummary> in = members.getOrDefault(segmentId, new ArrayList<>());
        int before = in.size();
        in.removeIf(c -> contactIds.contains(c.id()));
        return before - in.size();
    }

    private static boolean matches(ContactSummary c, String search) {
        return search == null || search.isBlank() || (c.fullName() + " " + c.email()).contains(search);
    }

    @Override
    public List<String> subscriptionLists() {
        return List.of("Newsletter", "Event invitations");
    }

    @Override
    public List<String> assets(AssetKind kind) {
        return kind == AssetKind.EMAIL ? List.of("Welcome", "Spring offer") : List.of("Contact us");
    }
}
