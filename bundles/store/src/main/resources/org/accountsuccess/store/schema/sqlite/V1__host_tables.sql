-- The host data of the standalone store on SQLite (the embedded default): the tables, columns
-- and indexes of ../V1__host_tables.sql in SQLite's types. Every statement can run again.
--
-- SQLite has no timestamp or exact decimal type: timestamps are integers, microseconds since
-- 1970-01-01 UTC (Dialect), amounts and rates decimal text (exact; the import checks their
-- ranges, so they have no CHECK here). WITHOUT ROWID keeps each table in its
-- primary key's B-tree instead of a table plus a key index (a smaller file, one lookup).
--
-- No foreign keys, as on the other databases: the import checks every reference first.

CREATE TABLE IF NOT EXISTS users (
    user_id VARCHAR(255) NOT NULL PRIMARY KEY,
    name VARCHAR(255),
    roles VARCHAR(255)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS exchange_rates (
    currency VARCHAR(3) NOT NULL PRIMARY KEY,
    rate_to_base TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS accounts (
    account_id VARCHAR(255) NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    owner VARCHAR(255),
    segment VARCHAR(255),
    tier SMALLINT DEFAULT 3 NOT NULL CHECK (tier BETWEEN 1 AND 3),
    industry VARCHAR(255),
    country VARCHAR(255),
    parent_account_id VARCHAR(255),
    currency VARCHAR(3)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS contacts (
    contact_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    name VARCHAR(255),
    email VARCHAR(255),
    title VARCHAR(255),
    role VARCHAR(1) NOT NULL CHECK (role IN ('A', 'B', 'C')),
    active BOOLEAN DEFAULT TRUE NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS contacts_account ON contacts (account_id);

CREATE TABLE IF NOT EXISTS invitations (
    invitation_id VARCHAR(255) NOT NULL PRIMARY KEY,
    survey_id VARCHAR(255) NOT NULL,
    contact_id VARCHAR(255) NOT NULL,
    sent_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS invitations_contact_sent ON invitations (contact_id, sent_at);
CREATE INDEX IF NOT EXISTS invitations_sent ON invitations (sent_at);

-- drivers: the tags in their file form, semicolon separated (+name, -name or name).
CREATE TABLE IF NOT EXISTS responses (
    response_id VARCHAR(255) NOT NULL PRIMARY KEY,
    contact_id VARCHAR(255) NOT NULL,
    answered_at INTEGER NOT NULL,
    score SMALLINT NOT NULL CHECK (score BETWEEN 0 AND 10),
    survey_id VARCHAR(255),
    comment VARCHAR(10000),
    drivers VARCHAR(10000)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS responses_contact_answered ON responses (contact_id, answered_at);
CREATE INDEX IF NOT EXISTS responses_answered ON responses (answered_at);

CREATE TABLE IF NOT EXISTS employee_responses (
    response_id VARCHAR(255) NOT NULL PRIMARY KEY,
    employee_ref VARCHAR(255) NOT NULL,
    department VARCHAR(255) NOT NULL,
    answered_at INTEGER NOT NULL,
    score SMALLINT NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment VARCHAR(10000)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS employee_responses_answered ON employee_responses (answered_at);

CREATE TABLE IF NOT EXISTS contracts (
    contract_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    mrr TEXT NOT NULL,
    currency VARCHAR(3),
    auto_renew BOOLEAN DEFAULT FALSE NOT NULL,
    renewal_of VARCHAR(255),
    product VARCHAR(255),
    CHECK (end_date IS NULL OR end_date >= start_date)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS contracts_account_start ON contracts (account_id, start_date);
CREATE INDEX IF NOT EXISTS contracts_renewal_of ON contracts (renewal_of);

-- period: the first day of the month.
CREATE TABLE IF NOT EXISTS revenue (
    account_id VARCHAR(255) NOT NULL,
    period DATE NOT NULL,
    revenue TEXT NOT NULL,
    margin TEXT,
    PRIMARY KEY (account_id, period)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS revenue_period ON revenue (period);

CREATE TABLE IF NOT EXISTS activities (
    activity_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    contact_id VARCHAR(255),
    type VARCHAR(32) NOT NULL,
    occurred_at INTEGER NOT NULL,
    direction VARCHAR(16),
    subject VARCHAR(10000),
    status VARCHAR(16),
    severity VARCHAR(16)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS activities_account_occurred ON activities (account_id, occurred_at);
CREATE INDEX IF NOT EXISTS activities_occurred ON activities (occurred_at);

-- Not part of a data set: written by the closed loop, kept across imports (even REPLACE), so a
-- follow-up submitted again after a re-import creates nothing.
CREATE TABLE IF NOT EXISTS follow_ups (
    response_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    contact_id VARCHAR(255) NOT NULL,
    assignee VARCHAR(255),
    kind VARCHAR(32) NOT NULL,
    due_date DATE NOT NULL,
    title VARCHAR(10000) NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
