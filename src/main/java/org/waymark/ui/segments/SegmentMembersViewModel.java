package org.waymark.ui.segments;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.waymark.ui.background.AnswerLine;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSummary;

/**
 * A static segment's or subscription list's members, added and removed by hand: the members (searchable), and the
 * contacts a search finds that are not members yet, to add one by one or all at once.
 */
public final class SegmentMembersViewModel {

    public static final int SHOWN = 200;

    private final SegmentWorkspace workspace;
    /** The members shown: another segment or search makes the answer for the last one stale. */
    private final AnswerLine memberReads;
    /** The contacts a search finds, likewise. */
    private final AnswerLine candidateReads;
    /** Adding and removing members: each is done, and each says how many it changed. */
    private final AnswerLine changes;
    private final ObjectProperty<SegmentSummary> segment = new SimpleObjectProperty<>();
    private final StringProperty memberSearch = new SimpleStringProperty("");
    private final StringProperty candidateSearch = new SimpleStringProperty("");
    private final ObservableList<ContactSummary> members = FXCollections.observableArrayList();
    private final ObservableList<ContactSummary> candidates = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public SegmentMembersViewModel(SegmentWorkspace workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.memberReads = new AnswerLine(background, ui);
        this.candidateReads = new AnswerLine(background, ui);
        this.changes = new AnswerLine(background, ui);
        memberSearch.addListener(o -> readMembers());
        candidateSearch.addListener(o -> readCandidates());
    }

    /** Shows a static segment or subscription list. */
    public void open(SegmentSummary shown) {
        if (shown.kind() == SegmentKind.DYNAMIC) {
            throw new IllegalArgumentException(shown.name() + " is a dynamic segment: its query picks its members");
        }
        segment.set(shown);
        message.set("");
        memberSearch.set("");
        candidateSearch.set("");
        readMembers();
        readCandidates();
    }

    private void readMembers() {
        SegmentSummary shown = segment.get();
        if (shown == null) {
            memberReads.drop();
            return;
        }
        String search = memberSearch.get();
        memberReads.ask(() -> new Members(workspace.memberCount(shown.id()), workspace.members(shown.id(), search,
                SHOWN)), read -> {
            members.setAll(read.found());
            summary.set(describe(read.total(), read.found().size(), search));
        }, e -> summary.set("Cannot read the members: " + e.getMessage()));
    }

    private record Members(long total, List<ContactSummary> found) {
    }

    private static String describe(long total, int shown, String search) {
        String members = String.format(Locale.ENGLISH, "%,d %s", total, total == 1 ? "member" : "members");
        if (!search.isBlank()) {
            return members + String.format(Locale.ENGLISH, "; %,d%s match \"%s\"", shown, shown == SHOWN ? "+" : "",
                    search);
        }
        return shown < total ? members + String.format(Locale.ENGLISH, "; the first %,d shown", shown) : members;
    }

    private void readCandidates() {
        SegmentSummary shown = segment.get();
        String search = candidateSearch.get();
        if (shown == null || search.isBlank()) {
            candidateReads.drop();
            candidates.clear();
            return;
        }
        candidateReads.ask(() -> workspace.candidates(shown.id(), search, SHOWN), candidates::setAll,
                e -> message.set("Cannot search the contacts: " + e.getMessage()));
    }

    public void add(List<ContactSummary> chosen) {
        change(chosen, true);
    }

    public void remove(List<ContactSummary> chosen) {
        change(chosen, false);
    }

    private void change(List<ContactSummary> chosen, boolean adding) {
        SegmentSummary shown = segment.get();
        if (shown == null || chosen.isEmpty()) {
            message.set(adding ? "Choose contacts to add first." : "Choose members to remove first.");
            return;
        }
        List<Long> ids = chosen.stream().map(ContactSummary::id).toList();
        changes.run(done -> adding ? workspace.addMembers(shown.id(), ids) : workspace.removeMembers(shown.id(), ids),
                changed -> done(changed, adding ? "Added" : "Removed"), this::failed);
    }

    /** Adds every contact the current search finds, not just those shown. */
    public void addAllMatching() {
        SegmentSummary shown = segment.get();
        String search = candidateSearch.get();
        if (shown == null || search.isBlank()) {
            message.set("Type a search first: every contact it finds is added.");
            return;
        }
        changes.run(done -> workspace.addAllMatching(shown.id(), search), added -> done(added, "Added"),
                this::failed);
    }

    private void done(int changed, String verb) {
        message.set(String.format(Locale.ENGLISH, "%s %,d %s.", verb, changed, changed == 1 ? "contact" : "contacts"));
        readMembers();
        readCandidates();
    }

    private void failed(Exception e) {
        message.set("Cannot change the members: " + e.getMessage());
    }

    public ObjectProperty<SegmentSummary> segment() {
        return segment;
    }

    public StringProperty memberSearch() {
        return memberSearch;
    }

    public StringProperty candidateSearch() {
        return candidateSearch;
    }

    public ObservableList<ContactSummary> members() {
        return members;
    }

    public ObservableList<ContactSummary> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty summary() {
        return summary;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }
}
