package org.waymark.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.ValueOperator;
import org.waymark.model.tile.ValueRule;

/**
 * The splitter's settings: its mode, its branches (at least two; the last takes whoever the others do not),
 * each branch's share or value rule, and the checks on them.
 */
public final class SplitterViewModel {

    /** Contact fields a value rule can test, offered in the field picker (any other name may be typed). */
    public static final List<String> FIELDS = List.of("city", "country", "jobTitle", "account", "businessUnit",
            "consent", "email", "firstName", "lastName");

    public static final int MIN_BRANCHES = 2;

    public SplitterTile withMode(SplitterTile t, SplitMode mode) {
        if (mode == t.mode()) {
            return t;
        }
        List<SplitterBranch> branches = new ArrayList<>();
        int count = t.branches().size();
        for (int i = 0; i < count; i++) {
            SplitterBranch b = t.branches().get(i);
            boolean last = i == count - 1;
            Integer percent = b.percent() != null || last || mode != SplitMode.PERCENTAGE ? b.percent()
                    : Integer.valueOf(100 / count);
            ValueRule rule = b.rule() != null || last || mode != SplitMode.VALUE ? b.rule() : defaultRule();
            branches.add(new SplitterBranch(b.id(), b.name(), percent, rule, b.tiles()));
        }
        return new SplitterTile(t.id(), t.name(), mode, branches);
    }

    public SplitterTile withBranchName(SplitterTile t, int index, String name) {
        SplitterBranch b = t.branches().get(index);
        return replace(t, index, new SplitterBranch(b.id(), name, b.percent(), b.rule(), b.tiles()));
    }

    /** A branch's share: a whole number from 0 to 100 (the sum is checked separately, see {@link #sumProblem}). */
    public Checked<SplitterTile> withPercent(SplitterTile t, int index, String text) {
        return Texts.wholeNumber(text, 0, 100, "a percentage from 0 to 100").map(p -> {
            SplitterBranch b = t.branches().get(index);
            return replace(t, index, new SplitterBranch(b.id(), b.name(), p, b.rule(), b.tiles()));
        });
    }

    /** A branch's value rule: a field name is needed; the value may be empty ("city equals nothing"). */
    public Checked<SplitterTile> withRule(SplitterTile t, int index, String field, ValueOperator operator, String value) {
        String trimmed = Texts.orEmpty(field).trim();
        if (trimmed.isEmpty()) {
            return Checked.invalid("Enter the contact field to test, e.g. city");
        }
        if (!trimmed.matches("[A-Za-z][A-Za-z0-9_.]*")) {
            return Checked.invalid("A field name has letters and digits only, e.g. jobTitle");
        }
        SplitterBranch b = t.branches().get(index);
        ValueRule rule = new ValueRule(trimmed, operator, Texts.orEmpty(value));
        return Checked.ok(replace(t, index, new SplitterBranch(b.id(), b.name(), b.percent(), rule, b.tiles())));
    }

    /** Adds a branch just before the last one, which keeps taking the remainder; it starts with 0 % or a rule. */
    public SplitterTile addBranch(SplitterTile t) {
        Set<String> ids = t.branches().stream().map(SplitterBranch::id).collect(Collectors.toSet());
        Set<String> names = t.branches().stream().map(SplitterBranch::name).collect(Collectors.toSet());
        String id = freshId(ids);
        String name = "Branch " + id.toUpperCase(java.util.Locale.ROOT);
        for (int n = 2; names.contains(name); n++) {
            name = "Branch " + id.toUpperCase(java.util.Locale.ROOT) + " " + n;
        }
        SplitterBranch branch = new SplitterBranch(id, name, t.mode() == SplitMode.PERCENTAGE ? 0 : null,
                t.mode() == SplitMode.VALUE ? defaultRule() : null, List.of());
        List<SplitterBranch> branches = new ArrayList<>(t.branches());
        branches.add(branches.size() - 1, branch);
        return new SplitterTile(t.id(), t.name(), t.mode(), branches);
    }

    /** Removes a branch with its path; a splitter keeps at least two. The new last branch takes the remainder. */
    public Checked<SplitterTile> removeBranch(SplitterTile t, int index) {
        if (t.branches().size() <= MIN_BRANCHES) {
            return Checked.invalid("A splitter needs at least " + MIN_BRANCHES + " branches");
        }
        List<SplitterBranch> branches = new ArrayList<>(t.branches());
        branches.remove(index);
        int last = branches.size() - 1;
        SplitterBranch b = branches.get(last);
        branches.set(last, new SplitterBranch(b.id(), b.name(), null, null, b.tiles()));
        return Checked.ok(new SplitterTile(t.id(), t.name(), t.mode(), branches));
    }

    /** The sum of the shares the branches before the last take. */
    public int percentTotal(SplitterTile t) {
        return 100 - t.remainderPercent();
    }

    /** What the last branch shows instead of a share or rule: "Remainder: 30 %" or "Everyone else". */
    public String lastBranchText(SplitterTile t) {
        return t.mode() == SplitMode.PERCENTAGE ? "Remainder: " + t.remainderPercent() + " %" : "Everyone else";
    }

    /** A problem when the shares add up to more than 100 %. */
    public Optional<String> sumProblem(SplitterTile t) {
        if (t.mode() != SplitMode.PERCENTAGE || t.remainderPercent() >= 0) {
            return Optional.empty();
        }
        return Optional.of("The branches add up to " + percentTotal(t) + " %: lower them by "
                + (-t.remainderPercent()) + " so the total is 100 % or less");
    }

    /** "Equals", "Not equals", "Greater than". */
    public static String operatorLabel(ValueOperator operator) {
        return Texts.sentence(operator);
    }

    private static ValueRule defaultRule() {
        return new ValueRule("city", ValueOperator.EQUALS, "");
    }

    private static String freshId(Set<String> taken) {
        for (char c = 'a'; c <= 'z'; c++) {
            if (!taken.contains(String.valueOf(c))) {
                return String.valueOf(c);
            }
        }
        for (int n = 1; ; n++) {
            if (!taken.contains("branch-" + n)) {
                return "branch-" + n;
            }
        }
    }

    private static SplitterTile replace(SplitterTile t, int index, SplitterBranch branch) {
        List<SplitterBranch> branches = new ArrayList<>(t.branches());
        branches.set(index, branch);
        return new SplitterTile(t.id(), t.name(), t.mode(), branches);
    }
}
