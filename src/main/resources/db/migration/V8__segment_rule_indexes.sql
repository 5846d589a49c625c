-- Waymark store, version 8: indexes that answer a segment rule on their own (store.segment.SegmentCounter,
-- decision 0012). Each rule of a segment count is its own query; when every column it reads is in one index, H2
-- answers from the index entries and never fetches the far larger rows.
-- A text rule on the job title ("contains Manager"); names and emails have such indexes since version 1, city and
-- country since version 6.
CREATE INDEX ix_contact_job_title ON contact (job_title);
-- A behaviour rule ("opened Spring newsletter in the last 30 days"): version 6's index plus the contact and the
-- asset, so the window's entries name the contacts without reading the interactions.
DROP INDEX ix_interaction_behaviour;
CREATE INDEX ix_interaction_behaviour ON interaction (type, subtype, run_id, occurred_at, contact_id, asset_name);
