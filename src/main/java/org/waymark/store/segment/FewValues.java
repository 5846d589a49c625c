package org.waymark.store.segment;

import static org.waymark.store.schema.Tables.CONTACT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;

/**
 * A text rule with a pattern ("contains Manager", "ends with shire") on a contact column that holds few distinct
 * values — job titles, cities, countries, each with an index — rewritten as "is one of the values that match": H2
 * lists the column's distinct values from its index by skipping from one to the next, the pattern is tested on those
 * few values, and the contacts are then read through the index for just the matching ones, where the pattern alone
 * tests every contact's entry. The values are tested with the same {@link SegmentConditions} test, so the meaning is
 * the rule's. Not used when the column turns out to hold many values (then every entry is tested anyway).
 */
final class FewValues {

    static final int MAX_VALUES = 1_000;
    private static final Map<ContactField, Field<String>> COLUMNS = Map.of(ContactField.JOB_TITLE, CONTACT.JOB_TITLE,
            ContactField.CITY, CONTACT.CITY, ContactField.COUNTRY, CONTACT.COUNTRY);

    private FewValues() {
    }

    /** The rule's positive form as "the column is one of these values", when that is the cheaper way. */
    static Optional<Condition> of(DSLContext on, FieldRule rule) {
        FieldOperator operator = SegmentConditions.positiveOperator(rule);
        Field<String> column = COLUMNS.get(rule.field());
        if (column == null || (operator != FieldOperator.CONTAINS && operator != FieldOperator.ENDS_WITH)) {
            return Optional.empty();
        }
        Field<String> value = DSL.field(DSL.name("v"), String.class);
        var distinct = on.selectDistinct(column.as("v")).from(CONTACT).asTable("few_values");
        List<String> values = on.select(value).from(distinct)
                .where(SegmentConditions.test(value, operator, rule.value()))
                .limit(MAX_VALUES + 1).fetch(value);
        return values.size() > MAX_VALUES ? Optional.empty()
                : Optional.of(values.isEmpty() ? DSL.falseCondition() : column.in(values));
    }
}
