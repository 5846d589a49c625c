package org.waymark.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.Wait;
import org.waymark.ui.properties.WaitViewModel.Form;
import org.waymark.ui.properties.WaitViewModel.Unit;

/** Choosing in a closed list by typing, and a wait typed with its unit ("7d"). */
class TypeAheadAndShorthandTest {

    private static final List<TriggerCondition> EMAIL = List.of(TriggerCondition.OPENED, TriggerCondition.CLICKED,
            TriggerCondition.CLICKED_LINK, TriggerCondition.DELIVERED, TriggerCondition.BOUNCED,
            TriggerCondition.ATTACHMENT_VIEWED);
    private static final Function<TriggerCondition, String> LABEL = TriggerViewModel::conditionLabel;

    private final WaitViewModel waits = new WaitViewModel();

    @Test
    void aLetterChoosesTheFirstEntryStartingWithItElseTheFirstWithAWordStartingWithIt() {
        assertThat(TypeAhead.find(EMAIL, LABEL, "c")).hasValue(TriggerCondition.CLICKED);
        assertThat(TypeAhead.find(EMAIL, LABEL, "s")).hasValue(TriggerCondition.CLICKED_LINK);
        assertThat(TypeAhead.find(EMAIL, LABEL, "L")).hasValue(TriggerCondition.CLICKED);
        assertThat(TypeAhead.find(EMAIL, LABEL, "x")).isEmpty();
        assertThat(TypeAhead.find(List.of("Email 'White paper offer'"), Function.identity(), "white")).isPresent();
    }

    @Test
    void lettersTypedQuicklyAddUpAndAPauseOrAMissStartsOver() {
        TypeAhead ahead = new TypeAhead();
        assertThat(ahead.typed("c", 0, EMAIL, LABEL)).hasValue(TriggerCondition.CLICKED);
        assertThat(ahead.typed("l", 100, EMAIL, LABEL)).hasValue(TriggerCondition.CLICKED);
        assertThat(ahead.typed("i", 200, EMAIL, LABEL)).hasValue(TriggerCondition.CLICKED);
        assertThat(ahead.typed("b", 300, EMAIL, LABEL)).as("'clib' matches nothing: 'b' alone")
                .hasValue(TriggerCondition.BOUNCED);
        assertThat(ahead.typed("o", 400, EMAIL, LABEL)).as("'bo'").hasValue(TriggerCondition.BOUNCED);
        assertThat(ahead.typed("o", 400 + TypeAhead.PAUSE_MILLIS + 1, EMAIL, LABEL)).as("after a pause, 'o'")
                .hasValue(TriggerCondition.OPENED);
    }

    @Test
    void aWaitMayBeTypedWithItsUnit() {
        assertThat(waits.parse(after("7d", Unit.MINUTES)).value()).isEqualTo(Wait.forDuration(Duration.ofDays(7)));
        assertThat(waits.parse(after("12 h", Unit.DAYS)).value()).isEqualTo(Wait.forDuration(Duration.ofHours(12)));
        assertThat(waits.parse(after("30min", Unit.DAYS)).value()).isEqualTo(Wait.forDuration(Duration.ofMinutes(30)));
        assertThat(waits.parse(after("2 weeks", Unit.HOURS)).value()).isEqualTo(Wait.forDuration(Duration.ofDays(14)));
        assertThat(waits.parse(after("3", Unit.HOURS)).value()).isEqualTo(Wait.forDuration(Duration.ofHours(3)));
        assertThat(waits.parse(after("7x", Unit.DAYS)).problem()).isEqualTo("'7x' is not a whole number of days");
        assertThat(waits.parse(after("0d", Unit.HOURS)).problem()).isEqualTo("The wait must be positive: enter 1 or more days");
    }

    private static Form after(String amount, Unit unit) {
        return new Form(false, amount, unit, "", "");
    }

}
