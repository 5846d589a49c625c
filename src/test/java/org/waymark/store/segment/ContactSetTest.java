package org.waymark.store.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** And, or and not on bitmaps and complements, checked contact by contact against plain set logic over ids 1–10. */
class ContactSetTest {

    private static final long EVERYONE = 10;

    private static ContactSet of(int... ids) {
        BitSet bits = new BitSet();
        for (int id : ids) {
            bits.set(id);
        }
        return ContactSet.of(bits);
    }

    private static long[] members(ContactSet set) {
        return LongStream.rangeClosed(1, EVERYONE).filter(set::contains).toArray();
    }

    @Test
    void everyMixOfPlainAndComplementFollowsSetLogic() {
        ContactSet a = of(1, 2, 3, 4);
        ContactSet b = of(3, 4, 5, 6);
        for (ContactSet left : new ContactSet[] {a, a.not()}) {
            for (ContactSet right : new ContactSet[] {b, b.not()}) {
                ContactSet and = left.and(right);
                ContactSet or = left.or(right);
                for (long id = 1; id <= EVERYONE; id++) {
                    assertThat(and.contains(id)).isEqualTo(left.contains(id) && right.contains(id));
                    assertThat(or.contains(id)).isEqualTo(left.contains(id) || right.contains(id));
                }
                assertThat(and.size(EVERYONE)).isEqualTo(members(and).length);
                assertThat(or.size(EVERYONE)).isEqualTo(members(or).length);
            }
        }
    }

    @Test
    void nobodyAndEveryoneAreTheIdentities() {
        ContactSet a = of(2, 7);
        assertThat(members(ContactSet.everyone().and(a))).containsExactly(2, 7);
        assertThat(members(ContactSet.nobody().or(a))).containsExactly(2, 7);
        assertThat(ContactSet.everyone().size(EVERYONE)).isEqualTo(EVERYONE);
        assertThat(ContactSet.nobody().size(EVERYONE)).isZero();
        assertThat(a.not().not().size(EVERYONE)).isEqualTo(2);
        assertThat(a.not().size(EVERYONE)).isEqualTo(8);
    }

    @Test
    void operationsLeaveTheirOperandsAlone() {
        ContactSet a = of(1, 2);
        ContactSet b = of(2, 3);
        a.and(b);
        a.or(b.not());
        assertThat(members(a)).containsExactly(1, 2);
        assertThat(members(b)).containsExactly(2, 3);
    }
}
