-- Waymark store, version 10: drops four indexes that repeat, column for column, the index H2 already creates for a
-- foreign key (H2 indexes every referencing column unless an index covering it exists when the constraint is made;
-- V1 declares its foreign keys inside CREATE TABLE, so those indexes came first). Each duplicate only cost time on
-- every insert and space in the file; the planner read the same entries through either one. V9's consent index was
-- one of them: contact.consent_rank references consent_level. StoreTest checks that no index repeats another.
DROP INDEX ix_contact_account;
DROP INDEX ix_contact_consent;
DROP INDEX ix_lead_contact;
DROP INDEX ix_segment_member_contact;
