package org.waymark.engine.behaviour;

/** What the behaviour model knows about a contact when it decides how the contact responds. */
public record ContactTraits(long contactId, long accountId, int consentRank, String city, String country, String jobTitle) {
}
