package org.waymark.model.segment;

/**
 * One part of a dynamic segment's query: a group of rules joined by all/any/none, or a single condition on a
 * contact's fields, consent, subscriptions or behaviour. Rules are immutable; the store turns them into bound SQL and
 * the builder in the window edits copies.
 */
public sealed interface SegmentRule permits RuleGroup, FieldRule, ConsentRule, SubscriptionRule, BehaviourRule {

    /** The rule in words, for lists, accessible names and the command line ("City is New York"). */
    String describe();
}
