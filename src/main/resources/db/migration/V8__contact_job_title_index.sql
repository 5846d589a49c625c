-- Waymark store, version 8: segment rules on the job title ("contains Manager") read this index instead of every
-- contact row. Each rule of a segment count is its own query (store.segment.SegmentCounter, decision 0012); a text
-- rule alone on an indexed column is answered from the index entries (the column and the contact id), which are far
-- smaller than the rows. Names and emails already have such indexes; city and country have them since version 6.
CREATE INDEX ix_contact_job_title ON contact (job_title);
