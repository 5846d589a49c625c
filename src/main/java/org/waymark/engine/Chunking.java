package org.waymark.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.model.interaction.InteractionBatch;

/**
 * Cuts a population into chunks of about {@link #SIZE} contacts, the unit of parallel work. The cut depends on
 * the population only, never on the number of threads, so merged outputs are the same whatever runs them. When
 * accounts matter, the contacts of one account are kept together and a chunk never splits an account.
 */
final class Chunking {

    static final int SIZE = 8192;

    private Chunking() {
    }

    static List<int[]> chunks(Population population, boolean byAccount, int size) {
        int n = population.size();
        int[] order = byAccount && !accountsContiguous(population) ? byAccount(population) : identity(n);
        List<int[]> chunks = new ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = Math.min(n, start + size);
            while (byAccount && end < n && population.accountId(order[end]) == population.accountId(order[end - 1])) {
                end++;
            }
            chunks.add(Arrays.copyOfRange(order, start, end));
            start = end;
        }
        return chunks;
    }

    private static boolean accountsContiguous(Population population) {
        Set<Long> finished = new HashSet<>();
        for (int i = 1; i < population.size(); i++) {
            long previous = population.accountId(i - 1);
            long account = population.accountId(i);
            if (account != previous && (!finished.add(previous) || finished.contains(account))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Indices grouped by account, each account where its first contact is, then by index; a contact without an
     * account stays where it is.
     */
    private static int[] byAccount(Population population) {
        int n = population.size();
        Map<Long, Integer> firstOfAccount = new HashMap<>();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long account = population.accountId(i);
            Integer first = account == InteractionBatch.NONE ? null : firstOfAccount.putIfAbsent(account, i);
            int group = first == null ? i : first;
            keys[i] = ((long) group << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
