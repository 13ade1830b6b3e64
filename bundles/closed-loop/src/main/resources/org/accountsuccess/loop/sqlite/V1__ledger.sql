-- The closed loop's ledger on SQLite (the embedded default): the tables of ../V1__ledger.sql in
-- SQLite's types (timestamps as integer microseconds since 1970 UTC, see Dialect; the event sequence an
-- AUTOINCREMENT key). Every statement can run again.

CREATE TABLE IF NOT EXISTS loop_follow_up (
    response_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    contact_id VARCHAR(255) NOT NULL,
    assignee VARCHAR(255),
    kind VARCHAR(32) NOT NULL,
    due_date DATE NOT NULL,
    title VARCHAR(10000) NOT NULL,
    answered_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    state VARCHAR(16) NOT NULL,
    overdue_notified BOOLEAN DEFAULT FALSE NOT NULL,
    closed_on DATE
);

CREATE INDEX IF NOT EXISTS loop_follow_up_state ON loop_follow_up (state);

CREATE INDEX IF NOT EXISTS loop_follow_up_due ON loop_follow_up (due_date);

CREATE TABLE IF NOT EXISTS loop_account_band (
    account_id VARCHAR(255) NOT NULL PRIMARY KEY,
    band VARCHAR(16) NOT NULL,
    changes INTEGER NOT NULL,
    seen_on DATE NOT NULL
);

-- The events the loop records with its facts, until they are posted to Event Admin.
CREATE TABLE IF NOT EXISTS loop_event (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id VARCHAR(500) NOT NULL UNIQUE,
    topic VARCHAR(500) NOT NULL,
    created_at INTEGER NOT NULL,
    posted_at INTEGER
);

CREATE INDEX IF NOT EXISTS loop_event_posted ON loop_event (posted_at);

CREATE TABLE IF NOT EXISTS loop_event_property (
    event_id VARCHAR(500) NOT NULL,
    name VARCHAR(255) NOT NULL,
    kind CHAR(1) NOT NULL,
    val VARCHAR(10000) NOT NULL,
    PRIMARY KEY (event_id, name)
);
