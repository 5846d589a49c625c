package org.waymark.model.audience;

/** One row of the account list: its name, where it is, its business unit and how many contacts it has. */
public record AccountSummary(long id, String name, String industry, String city, String country, String businessUnit,
                             int contacts) {
}
