package org.waymark.ui.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.segment.GroupMatch;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentRule;

/**
 * A group of the segment builder: how it joins its rows (all, any, none) and its rows, conditions and nested groups.
 * Groups nest at most {@link #MAX_DEPTH} deep. An empty group is allowed while editing and says nothing.
 */
public final class RuleGroupRow implements BuilderNode {

    public static final int MAX_DEPTH = 4;

    private final ConditionWording wording;
    private final Runnable changed;
    private final int depth;
    private final ObjectProperty<GroupMatch> match = new SimpleObjectProperty<>(GroupMatch.ALL);
    private final ObservableList<BuilderNode> rows = FXCollections.observableArrayList();

    RuleGroupRow(ConditionWording wording, Runnable changed, int depth) {
        this.wording = wording;
        this.changed = changed;
        this.depth = depth;
        match.addListener(o -> changed.run());
        rows.addListener((javafx.collections.ListChangeListener<BuilderNode>) c -> changed.run());
    }

    public ObjectProperty<GroupMatch> match() {
        return match;
    }

    public ObservableList<BuilderNode> rows() {
        return rows;
    }

    /** 0 for the segment's outermost group. */
    public int depth() {
        return depth;
    }

    public boolean canAddGroup() {
        return depth + 1 < MAX_DEPTH;
    }

    /** Adds a condition at the end, about the first subject (first name), and returns it for the view to focus. */
    public ConditionRow addCondition() {
        ConditionRow row = new ConditionRow(wording, ConditionSubject.all().get(0), changed);
        rows.add(row);
        return row;
    }

    /** Adds a nested group holding one new condition; refused past {@link #MAX_DEPTH}. */
    public RuleGroupRow addGroup() {
        if (!canAddGroup()) {
            throw new IllegalStateException("groups nest at most " + MAX_DEPTH + " deep");
        }
        RuleGroupRow group = new RuleGroupRow(wording, changed, depth + 1);
        group.match.set(match.get() == GroupMatch.ALL ? GroupMatch.ANY : GroupMatch.ALL);
        group.addCondition();
        rows.add(group);
        return group;
    }

    public void remove(BuilderNode row) {
        rows.remove(row);
    }

    /** Replaces the rows with ones saying {@code group}'s rules. */
    void show(RuleGroup group) {
        List<BuilderNode> shown = new ArrayList<>();
        for (SegmentRule rule : group.rules()) {
            if (rule instanceof RuleGroup nested) {
                RuleGroupRow row = new RuleGroupRow(wording, changed, depth + 1);
                row.show(nested);
                shown.add(row);
            } else {
                ConditionRow row = new ConditionRow(wording, ConditionSubject.all().get(0), changed);
                row.show(rule);
                shown.add(row);
            }
        }
        match.set(group.match());
        rows.setAll(shown);
    }

    /** The group of this group's complete rows, incomplete ones left out; never empty-handed for the root. */
    public RuleGroup group() {
        List<SegmentRule> rules = new ArrayList<>();
        for (BuilderNode row : rows) {
            row.rule().ifPresent(rules::add);
        }
        return new RuleGroup(match.get(), rules);
    }

    @Override
    public Optional<SegmentRule> rule() {
        RuleGroup group = group();
        return group.isEmpty() ? Optional.empty() : Optional.of(group);
    }

    @Override
    public void collectProblems(String place, List<String> problems) {
        for (int i = 0; i < rows.size(); i++) {
            BuilderNode row = rows.get(i);
            String where = (row instanceof RuleGroupRow ? "group " : "condition ") + (i + 1);
            row.collectProblems(place.isEmpty() ? capitalise(where) : place + ", " + where, problems);
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String describe() {
        return match.get().label() + " " + rows.size() + (rows.size() == 1 ? " row" : " rows");
    }
}
