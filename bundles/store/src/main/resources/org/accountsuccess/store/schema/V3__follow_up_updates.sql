-- The follow-ups users work (host-spi 1.3, FollowUpUpdates): the closed loop writes each change
-- back here, so follow_ups holds the status, snooze end, assignee and note of the product's last
-- change and its version (1 as submitted). A follow-up for a recommended action has no contact.
-- Every statement can run again (H2).

ALTER TABLE follow_ups ALTER COLUMN contact_id DROP NOT NULL;

ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS status VARCHAR(16) DEFAULT 'OPEN' NOT NULL;

ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS snoozed_until DATE;

ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS note VARCHAR(10000);

ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS version BIGINT DEFAULT 1 NOT NULL;

ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS updated_by VARCHAR(255);

ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP(6) WITH TIME ZONE;
