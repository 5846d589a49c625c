package org.waymark.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildOrderTest {

    /** Counts the list operations, so a one-element move is seen to cost a couple of them, not one per element. */
    private static final class CountingList extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
        int operations;

        CountingList(List<String> start) {
            super(start);
        }

        @Override
        public void add(int index, String element) {
            operations++;
            super.add(index, element);
        }

        @Override
        public String remove(int index) {
            operations++;
            return super.remove(index);
        }
    }

    @Test
    void movingOneElementFarCostsTwoOperationsEitherWay() {
        List<String> before = List.of("a", "b", "c", "d", "e", "f", "g");
        List<String> after = List.of("a", "c", "d", "e", "f", "b", "g");
        CountingList list = new CountingList(before);
        ChildOrder.arrange(list, after);
        assertThat(list).isEqualTo(after);
        assertThat(list.operations).isEqualTo(2);
        ChildOrder.arrange(list, before);
        assertThat(list).isEqualTo(before);
        assertThat(list.operations).isEqualTo(4);
    }

    @Test
    void dropsInsertsAndReordersAnything() {
        CountingList list = new CountingList(List.of("a", "b", "c", "d"));
        ChildOrder.arrange(list, List.of("d", "x", "b", "y"));
        assertThat(list).containsExactly("d", "x", "b", "y");
        ChildOrder.arrange(list, List.of());
        assertThat(list).isEmpty();
    }
}
