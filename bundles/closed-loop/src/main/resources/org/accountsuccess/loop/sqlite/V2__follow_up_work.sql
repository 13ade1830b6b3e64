-- ../V2__follow_up_work.sql on SQLite: SQLite cannot drop a NOT NULL, so loop_follow_up is copied
-- into a table with the new columns (V1's rows open, version 1) and renamed; its indexes are made
-- again. A script runs in one transaction here.

CREATE TABLE loop_follow_up_v2 (
    response_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    contact_id VARCHAR(255),
    assignee VARCHAR(255),
    kind VARCHAR(32) NOT NULL,
    due_date DATE NOT NULL,
    title VARCHAR(10000) NOT NULL,
    answered_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    state VARCHAR(16) NOT NULL,
    overdue_notified BOOLEAN DEFAULT FALSE NOT NULL,
    closed_on DATE,
    status VARCHAR(16) DEFAULT 'OPEN' NOT NULL,
    snoozed_until DATE,
    note VARCHAR(10000),
    version BIGINT DEFAULT 1 NOT NULL,
    created_by VARCHAR(255)
);

INSERT INTO loop_follow_up_v2 (response_id, account_id, contact_id, assignee, kind, due_date, title, answered_at,
    created_at, state, overdue_notified, closed_on)
    SELECT response_id, account_id, contact_id, assignee, kind, due_date, title, answered_at, created_at, state,
        overdue_notified, closed_on FROM loop_follow_up;

DROP TABLE loop_follow_up;

ALTER TABLE loop_follow_up_v2 RENAME TO loop_follow_up;

CREATE INDEX loop_follow_up_state ON loop_follow_up (state);

CREATE INDEX loop_follow_up_due ON loop_follow_up (due_date);

CREATE INDEX loop_follow_up_account ON loop_follow_up (account_id);

CREATE TABLE loop_follow_up_change (
    response_id VARCHAR(255) NOT NULL,
    version BIGINT NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by VARCHAR(255) NOT NULL,
    what VARCHAR(10000) NOT NULL,
    status VARCHAR(16) NOT NULL,
    snoozed_until DATE,
    assignee VARCHAR(255),
    note VARCHAR(10000),
    written_back BOOLEAN DEFAULT FALSE NOT NULL,
    PRIMARY KEY (response_id, version)
);

CREATE INDEX loop_follow_up_change_written ON loop_follow_up_change (written_back);
