package org.waymark.store.activity;

/**
 * What running one activity did: {@code unified} timeline entries written (of which {@code notMappedToContact} have
 * an account but no contact), {@code unmatched} rows that matched neither a contact nor an account and
 * {@code withoutTime} rows without a timestamp (both left out), {@code removed} stale entries deleted. A hidden
 * activity writes nothing and removes what it had.
 */
public record ActivityRunReport(String activity, boolean hidden, long unified, long notMappedToContact,
        long unmatched, long withoutTime, long removed) {
}
