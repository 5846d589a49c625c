-- Waymark store, version 6: indexes for dynamic segment queries (issue 7), chosen from H2's plans of
-- bench-segments (docs/benchmarks.md, "Segments"). Field rules on the contact's and the account's city and
-- country, and the account's industry, look values up instead of scanning; behaviour rules read only the real
-- (run_id null) interactions of one type and subtype in their time window.
CREATE INDEX ix_contact_city ON contact (city);
CREATE INDEX ix_contact_country ON contact (country);
CREATE INDEX ix_account_city ON account (city);
CREATE INDEX ix_account_country ON account (country);
CREATE INDEX ix_account_industry ON account (industry);
CREATE INDEX ix_interaction_behaviour ON interaction (type, subtype, run_id, occurred_at);
