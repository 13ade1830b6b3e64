-- ../V3__follow_up_updates.sql on SQLite, which cannot drop a NOT NULL: follow_ups is copied into
-- a table with the new columns (its rows open, version 1) and renamed. A script runs in one
-- transaction here.

CREATE TABLE follow_ups_v3 (
    response_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    contact_id VARCHAR(255),
    assignee VARCHAR(255),
    kind VARCHAR(32) NOT NULL,
    due_date DATE NOT NULL,
    title VARCHAR(10000) NOT NULL,
    created_at INTEGER NOT NULL,
    status VARCHAR(16) DEFAULT 'OPEN' NOT NULL,
    snoozed_until DATE,
    note VARCHAR(10000),
    version BIGINT DEFAULT 1 NOT NULL,
    updated_by VARCHAR(255),
    updated_at INTEGER
) WITHOUT ROWID;

INSERT INTO follow_ups_v3 (response_id, account_id, contact_id, assignee, kind, due_date, title, created_at)
    SELECT response_id, account_id, contact_id, assignee, kind, due_date, title, created_at FROM follow_ups;

DROP TABLE follow_ups;

ALTER TABLE follow_ups_v3 RENAME TO follow_ups;
