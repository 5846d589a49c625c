package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.waymark.engine.behaviour.ContactTraits;
import org.waymark.model.interaction.InteractionBatch;

/** The columnar population: building it, finding contacts, memberships, and the synthetic one. */
class PopulationTest {

    @Test
    void contactsAreFoundByIdAndMembersMayComeBeforeTheirContacts() {
        Population population = Population.builder()
                .member("Early", 900).memberSince("Late", 900, 5000).memberSince("Late", 900, 4000)
                .memberSince("Both", 7, 100).member("Both", 7).member("Early", 12345)
                .contact(900, InteractionBatch.NONE, 3, 2, "Oslo", "Norway", "Buyer")
                .contact(7, 70, 3, 4, "Rome", "Italy", "Analyst").build();

        assertEquals(2, population.size());
        assertEquals(1, population.indexOf(7));
        assertEquals(-1, population.indexOf(8));
        assertEquals(new ContactTraits(900, InteractionBatch.NONE, 2, "Oslo", "Norway", "Buyer"),
                population.traits(0));
        SegmentMembers late = population.segment("Late").orElseThrow();
        assertEquals(4000, late.joinedAt(0), "the earliest time counts");
        assertEquals(SegmentMembers.NEVER, late.joinedAt(1));
        assertEquals(SegmentMembers.ALWAYS, population.segment("Both").orElseThrow().joinedAt(1));
        assertEquals(1, population.memberCount("Early"), "a member with no contact is ignored");
        assertEquals(0, population.memberCount("Unknown"));
    }

    @Test
    void aContactCannotBeAddedTwice() {
        Population.Builder builder = Population.builder().contact(1, 1, 1, 1, "", "", "")
                .contact(1, 1, 1, 1, "", "", "");
        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void theSyntheticPopulationIsTheSameForTheSameSeedAndHasItsSegments() {
        Population one = Population.synthetic(50_000, 11);
        Population again = Population.synthetic(50_000, 11);
        for (int i = 0; i < one.size(); i += 97) {
            assertEquals(one.traits(i), again.traits(i));
            assertEquals(one.businessUnitId(i), again.businessUnitId(i));
        }
        assertEquals(50_000, one.memberCount("All"));
        assertBetween(one.memberCount("Newsletter"), 29_000, 31_000);
        assertBetween(one.memberCount("Suppressed"), 800, 1_200);
        assertTrue(one.segment("Newsletter").orElseThrow().isSubscriptionList());
        long accounts = java.util.stream.IntStream.range(0, one.size()).mapToLong(one::accountId).distinct().count();
        assertBetween(accounts, 4_500, 5_500);
        assertTrue(java.util.stream.IntStream.range(0, 1000).anyMatch(i -> one.consentRank(i) < 3));
        assertTrue(!one.traits(5).equals(Population.synthetic(50_000, 12).traits(5))
                || !one.traits(6).equals(Population.synthetic(50_000, 12).traits(6)));
    }

    private static void assertBetween(long value, long low, long high) {
        assertTrue(value >= low && value <= high, value + " is not in [" + low + ", " + high + "]");
    }
}
