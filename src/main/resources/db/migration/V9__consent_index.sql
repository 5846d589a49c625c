-- Waymark store, version 9: an index on the contact's consent rank (issue 7). A consent rule ("consent at least
-- Marketing") read the whole contact table to list its contacts; through this index a segment count reads only the
-- rank and the id of each contact (decision 0012, docs/benchmarks.md "Segments").
CREATE INDEX ix_contact_consent ON contact (consent_rank);
