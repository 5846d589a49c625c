package org.waymark.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.tile.SmsTile;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.ValueOperator;
import org.waymark.model.tile.ValueRule;

class SplitterViewModelTest {

    private final SplitterViewModel model = new SplitterViewModel();
    private final SplitterTile ab = new SplitterTile("ab", "A/B", SplitMode.PERCENTAGE, List.of(
            new SplitterBranch("a", "Text", 50, null, List.of(new SmsTile("sms", "", "Welcome text"))),
            new SplitterBranch("b", "Push", null, null, List.of())));

    @Test
    void sharesAreWholePercentagesAndTheLastBranchTakesTheRemainder() {
        SplitterTile seventy = model.withPercent(ab, 0, " 70 ").value();
        assertThat(seventy.branches().get(0).percent()).isEqualTo(70);
        assertThat(seventy.branches().get(0).tiles()).hasSize(1);
        assertThat(model.lastBranchText(seventy)).isEqualTo("Remainder: 30 %");
        assertThat(model.sumProblem(seventy)).isEmpty();
        assertThat(model.withPercent(ab, 0, "").problem()).isEqualTo("Enter a percentage from 0 to 100");
        assertThat(model.withPercent(ab, 0, "12.5").problem()).isEqualTo("'12.5' is not a whole number");
        assertThat(model.withPercent(ab, 0, "101").problem()).isEqualTo("Enter a number from 0 to 100");
    }

    @Test
    void sharesOverAHundredAreFlaggedWithTheNumbers() {
        SplitterTile three = model.withPercent(model.addBranch(ab), 1, "60").value();
        assertThat(three.branches()).extracting(SplitterBranch::percent).containsExactly(50, 60, null);
        assertThat(model.percentTotal(three)).isEqualTo(110);
        assertThat(model.lastBranchText(three)).isEqualTo("Remainder: -10 %");
        assertThat(model.sumProblem(three))
                .contains("The branches add up to 110 %: lower them by 10 so the total is 100 % or less");
    }

    @Test
    void branchesAreAddedBeforeTheLastAndAtLeastTwoStay() {
        SplitterTile three = model.addBranch(ab);
        assertThat(three.branches()).extracting(SplitterBranch::id).containsExactly("a", "c", "b");
        assertThat(three.branches().get(1).name()).isEqualTo("Branch C");
        assertThat(three.branches().get(1).percent()).isZero();
        SplitterTile withoutLast = model.removeBranch(three, 2).value();
        assertThat(withoutLast.branches()).extracting(SplitterBranch::id).containsExactly("a", "c");
        assertThat(withoutLast.branches().get(1).percent()).as("the new last takes the remainder").isNull();
        assertThat(model.removeBranch(ab, 0).problem()).isEqualTo("A splitter needs at least 2 branches");
    }

    @Test
    void valueRulesNeedAFieldAndSwitchingModesFillsWhatIsMissing() {
        SplitterTile byValue = model.withMode(ab, SplitMode.VALUE);
        assertThat(byValue.mode()).isEqualTo(SplitMode.VALUE);
        assertThat(byValue.branches().get(0).rule()).isEqualTo(new ValueRule("city", ValueOperator.EQUALS, ""));
        assertThat(byValue.branches().get(1).rule()).isNull();
        assertThat(model.lastBranchText(byValue)).isEqualTo("Everyone else");
        SplitterTile boston = model.withRule(byValue, 0, " city ", ValueOperator.EQUALS, "Boston").value();
        assertThat(boston.branches().get(0).rule()).isEqualTo(new ValueRule("city", ValueOperator.EQUALS, "Boston"));
        assertThat(model.withRule(byValue, 0, " ", ValueOperator.EQUALS, "x").problem())
                .isEqualTo("Enter the contact field to test, e.g. city");
        assertThat(model.withRule(byValue, 0, "job title", ValueOperator.EQUALS, "x").isValid()).isFalse();
        SplitterTile back = model.withMode(boston, SplitMode.PERCENTAGE);
        assertThat(back.branches().get(0).percent()).as("kept from before").isEqualTo(50);
        assertThat(model.withMode(new SplitterTile("s", "", SplitMode.VALUE, List.of(
                new SplitterBranch("a", "A", null, null, List.of()), new SplitterBranch("b", "B", null, null, List.of()),
                new SplitterBranch("c", "C", null, null, List.of()))), SplitMode.PERCENTAGE).branches())
                .extracting(SplitterBranch::percent).containsExactly(33, 33, null);
        assertThat(model.withBranchName(ab, 1, "Mobile").branches().get(1).name()).isEqualTo("Mobile");
    }
}
