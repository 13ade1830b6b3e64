-- Follow-ups users work (since 1.1 of the follow-up api): each follow-up's status (open, snoozed
-- until a day, done), note, creator and version, and one row per change with who made it and
-- whether the host took it (FollowUpUpdates). Rows of V1 become open follow-ups of version 1.
-- A follow-up for a recommended action has no contact. Every statement can run again (H2).
--
-- Concurrency rests on the version: a change updates the row only at the version it saw, and the
-- change's key (follow-up, version) lets one of two nodes write a version.

ALTER TABLE loop_follow_up ADD COLUMN IF NOT EXISTS status VARCHAR(16) DEFAULT 'OPEN' NOT NULL;

ALTER TABLE loop_follow_up ADD COLUMN IF NOT EXISTS snoozed_until DATE;

ALTER TABLE loop_follow_up ADD COLUMN IF NOT EXISTS note VARCHAR(10000);

ALTER TABLE loop_follow_up ADD COLUMN IF NOT EXISTS version BIGINT DEFAULT 1 NOT NULL;

ALTER TABLE loop_follow_up ADD COLUMN IF NOT EXISTS created_by VARCHAR(255);

ALTER TABLE loop_follow_up ALTER COLUMN contact_id DROP NOT NULL;

CREATE INDEX IF NOT EXISTS loop_follow_up_account ON loop_follow_up (account_id);

CREATE TABLE IF NOT EXISTS loop_follow_up_change (
    response_id VARCHAR(255) NOT NULL,
    version BIGINT NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(255) NOT NULL,
    what VARCHAR(10000) NOT NULL,
    status VARCHAR(16) NOT NULL,
    snoozed_until DATE,
    assignee VARCHAR(255),
    note VARCHAR(10000),
    written_back BOOLEAN DEFAULT FALSE NOT NULL,
    PRIMARY KEY (response_id, version)
);

CREATE INDEX IF NOT EXISTS loop_follow_up_change_written ON loop_follow_up_change (written_back);
