package org.waymark.store.segment;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.waymark.model.segment.SegmentRule;

/**
 * Runs the reads of a segment's rules on up to {@code readers} connections at once: the rules of a count are
 * independent index reads. On two cores this helped a count of several broad rules in some runs and not in others
 * (docs/benchmarks.md, "Parallel rule reads"); one reader is the plain sequential count. The calling thread reads too; the others come from {@code executor}. Each reader holds one
 * connection of {@code dsl}'s pool and takes the next rule until none is left. A failed read fails the whole run with
 * its own exception, once every reader has stopped.
 */
final class RuleReads {

    private final DSLContext dsl;
    private final Executor executor;
    private final int readers;

    RuleReads(DSLContext dsl, Executor executor, int readers) {
        this.dsl = dsl;
        this.executor = executor;
        this.readers = Math.max(1, readers);
    }

    /** Each rule's contacts, read by {@code read} on some reader's connection. */
    Map<SegmentRule, ContactSet> run(List<SegmentRule> rules, Function<Connection, Function<SegmentRule, ContactSet>> read) {
        Map<SegmentRule, ContactSet> results = new ConcurrentHashMap<>();
        if (rules.isEmpty()) {
            return results;
        }
        ConcurrentLinkedQueue<SegmentRule> left = new ConcurrentLinkedQueue<>(rules);
        Runnable reader = () -> dsl.connection(connection -> {
            Function<SegmentRule, ContactSet> on = read.apply(connection);
            for (SegmentRule rule = left.poll(); rule != null; rule = left.poll()) {
                results.put(rule, on.apply(rule));
            }
        });
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(readers, rules.size()); i++) {
            helpers.add(CompletableFuture.runAsync(reader, executor));
        }
        RuntimeException failure = null;
        try {
            reader.run();
        } catch (RuntimeException e) {
            left.clear();
            failure = e;
        }
        for (CompletableFuture<Void> helper : helpers) {
            try {
                helper.join();
            } catch (CompletionException e) {
                left.clear();
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }
}
