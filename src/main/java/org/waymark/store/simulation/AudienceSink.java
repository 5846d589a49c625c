package org.waymark.store.simulation;

/**
 * Receives the audience a simulation starts from, as {@link AudienceReader} streams it out of the store: business
 * units first, then every contact, then the kind of every segment and its members. Absent ids (a contact without
 * an account, a root business unit) are {@link org.waymark.model.interaction.InteractionBatch#NONE}.
 */
public interface AudienceSink {

    void businessUnit(long id, long parentId);

    void contact(long contactId, long accountId, long businessUnitId, int consentRank, String city, String country,
                 String jobTitle);

    /** A segment, with its kind: DYNAMIC, STATIC or SUBSCRIPTION_LIST. Comes before its members. */
    void segment(String segmentName, String kind);

    /** A member of a dynamic segment, which holds everyone its query selects at the evaluation time. */
    void member(String segmentName, long contactId);

    /** A member of a static segment or subscription list, added at {@code addedAtEpochSecond} (UTC). */
    void memberSince(String segmentName, long contactId, long addedAtEpochSecond);
}
