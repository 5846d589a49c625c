-- Waymark store, version 4: one row per email message sent to one contact (decision 0010).
-- The store had no message id: a message is one 'sent' interaction of an email to a contact, and every later email
-- interaction of that contact with that email (same source and run) belongs to the latest send at or before it.
-- email_message is the message's summary, kept by whatever writes email interactions (the demo history, the
-- simulation recorder) so that the emails list is an indexed read; interaction.message_id links the history.
-- recipient and recipient_email are the contact's name and address when the message was written (its To line).

CREATE TABLE email_message (
    id                BIGINT       PRIMARY KEY,
    contact_id        BIGINT,
    account_id        BIGINT,
    recipient         VARCHAR(201) NOT NULL,
    recipient_email   VARCHAR(320),
    email_id          BIGINT,
    email_name        VARCHAR(300) NOT NULL,
    sent_at           TIMESTAMP    NOT NULL,
    delivered_at      TIMESTAMP,
    bounced           BOOLEAN      NOT NULL DEFAULT FALSE,
    opens             INT          NOT NULL DEFAULT 0,
    last_opened_at    TIMESTAMP,
    attachment_views  INT          NOT NULL DEFAULT 0,
    clicks            INT          NOT NULL DEFAULT 0,
    replies           INT          NOT NULL DEFAULT 0,
    status            VARCHAR(12)  NOT NULL,
    source            VARCHAR(100) NOT NULL,
    run_id            VARCHAR(64),
    CONSTRAINT ck_email_message_status CHECK (status IN ('BOUNCED', 'SENT', 'UNOPENED', 'OPENED', 'REPLIED'))
);

ALTER TABLE interaction ADD COLUMN message_id BIGINT;

-- Backfill for stores written before version 4: each send becomes a message with the id of its 'sent' row.
INSERT INTO email_message (id, contact_id, account_id, recipient, recipient_email, email_id, email_name, sent_at,
                           status, source, run_id)
SELECT i.id, i.contact_id, i.account_id, COALESCE(TRIM(c.first_name || ' ' || c.last_name), ''), c.email,
       i.asset_id, COALESCE(i.asset_name, e.name, ''), i.occurred_at, 'SENT', i.source, i.run_id
FROM interaction i
LEFT JOIN contact c ON c.id = i.contact_id
LEFT JOIN marketing_email e ON e.id = i.asset_id
WHERE i.type = 'EMAIL' AND i.subtype = 'sent' AND i.contact_id IS NOT NULL;

UPDATE interaction i SET message_id = (
    SELECT s.id FROM interaction s
    WHERE s.contact_id = i.contact_id AND s.type = 'EMAIL' AND s.subtype = 'sent'
      AND s.asset_id IS NOT DISTINCT FROM i.asset_id AND s.asset_name IS NOT DISTINCT FROM i.asset_name
      AND s.source = i.source AND s.run_id IS NOT DISTINCT FROM i.run_id
      AND (s.occurred_at < i.occurred_at OR (s.occurred_at = i.occurred_at AND s.id <= i.id))
    ORDER BY s.occurred_at DESC, s.id DESC
    FETCH FIRST 1 ROW ONLY)
WHERE i.type = 'EMAIL' AND i.contact_id IS NOT NULL;

CREATE INDEX ix_interaction_message ON interaction (message_id, occurred_at);

UPDATE email_message m SET
    delivered_at = (SELECT MIN(occurred_at) FROM interaction WHERE message_id = m.id AND subtype = 'delivered'),
    bounced = EXISTS (SELECT 1 FROM interaction WHERE message_id = m.id AND subtype = 'bounced'),
    opens = (SELECT COUNT(*) FROM interaction WHERE message_id = m.id AND subtype = 'opened'),
    last_opened_at = (SELECT MAX(occurred_at) FROM interaction WHERE message_id = m.id AND subtype = 'opened'),
    attachment_views = (SELECT COUNT(*) FROM interaction WHERE message_id = m.id AND subtype = 'attachmentViewed'),
    clicks = (SELECT COUNT(*) FROM interaction WHERE message_id = m.id AND subtype = 'clicked'),
    replies = (SELECT COUNT(*) FROM interaction WHERE message_id = m.id AND subtype = 'replied');

UPDATE email_message SET status = CASE
    WHEN bounced AND delivered_at IS NULL THEN 'BOUNCED'
    WHEN replies > 0 THEN 'REPLIED'
    WHEN opens > 0 THEN 'OPENED'
    WHEN delivered_at IS NOT NULL THEN 'UNOPENED'
    ELSE 'SENT' END;

-- One index per sortable column (H2 reads it forwards or backwards and stops after a page); status leads with the
-- filter column; run serves deleting a run.
CREATE INDEX ix_email_message_sent ON email_message (sent_at);
CREATE INDEX ix_email_message_recipient ON email_message (recipient);
CREATE INDEX ix_email_message_email ON email_message (email_name);
CREATE INDEX ix_email_message_delivered ON email_message (delivered_at);
CREATE INDEX ix_email_message_opens ON email_message (opens);
CREATE INDEX ix_email_message_last_opened ON email_message (last_opened_at);
CREATE INDEX ix_email_message_views ON email_message (attachment_views);
CREATE INDEX ix_email_message_clicks ON email_message (clicks);
CREATE INDEX ix_email_message_replies ON email_message (replies);
CREATE INDEX ix_email_message_status ON email_message (status, sent_at);
CREATE INDEX ix_email_message_run ON email_message (run_id);
