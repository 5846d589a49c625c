-- Waymark store, version 7: the Messages search finds its contacts first, then their messages through this index
-- (store.engagement.MessageSearch; decision 0010).

CREATE INDEX ix_email_message_contact ON email_message (contact_id);
