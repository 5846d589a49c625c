-- Waymark store, version 12: keys that activity runs (and imports) match on, kept by the store itself. A run matched
-- a source row to its contact with lower(email) = lower(trim(column)), which no index served: every row of the source
-- read every contact. email_key and name_key are the email and the account name as they are matched (trimmed, lower
-- case), computed by H2 on every write, and indexed, so a run looks each row's contact up in the index.
-- jOOQ's free parser does not read computed columns: the code generator skips this file's statements, and the code
-- names the keys through store.MatchKeys.
/* [jooq ignore start] */
ALTER TABLE contact ADD COLUMN email_key VARCHAR(320) GENERATED ALWAYS AS (LOWER(TRIM(email)));
CREATE INDEX ix_contact_email_key ON contact (email_key);

ALTER TABLE account ADD COLUMN name_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(TRIM(name)));
CREATE INDEX ix_account_name_key ON account (name_key);
/* [jooq ignore stop] */
