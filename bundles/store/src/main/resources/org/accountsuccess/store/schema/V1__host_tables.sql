-- The host data of the standalone store: one table per file of data-format.md, plus the
-- follow-up tasks the closed loop creates. Portable SQL for H2 2.x and PostgreSQL 15.
-- Every statement can run again (IF NOT EXISTS), because H2 commits DDL as it goes.
--
-- Text ids are VARCHAR(255), free text VARCHAR(10000), money DECIMAL(24,6), rates DECIMAL(24,12),
-- timestamps TIMESTAMP WITH TIME ZONE (stored in UTC).
--
-- No foreign keys: the import is the only writer of these tables and checks every reference
-- (against the data set and, in a merge, the stored rows) before it writes anything. On H2 each
-- foreign key adds an index of its own next to the ones below; in one comparison, importing a
-- million activities took 114 s with them and 67 s without.

CREATE TABLE IF NOT EXISTS users (
    user_id VARCHAR(255) NOT NULL PRIMARY KEY,
    name VARCHAR(255),
    roles VARCHAR(255)
);

CREATE TABLE IF NOT EXISTS exchange_rates (
    currency VARCHAR(3) NOT NULL PRIMARY KEY,
    rate_to_base DECIMAL(24, 12) NOT NULL CHECK (rate_to_base > 0)
);

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
);

CREATE TABLE IF NOT EXISTS contacts (
    contact_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    name VARCHAR(255),
    email VARCHAR(255),
    title VARCHAR(255),
    role VARCHAR(1) NOT NULL CHECK (role IN ('A', 'B', 'C')),
    active BOOLEAN DEFAULT TRUE NOT NULL
);
CREATE INDEX IF NOT EXISTS contacts_account ON contacts (account_id);

CREATE TABLE IF NOT EXISTS invitations (
    invitation_id VARCHAR(255) NOT NULL PRIMARY KEY,
    survey_id VARCHAR(255) NOT NULL,
    contact_id VARCHAR(255) NOT NULL,
    sent_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS invitations_contact_sent ON invitations (contact_id, sent_at);
CREATE INDEX IF NOT EXISTS invitations_sent ON invitations (sent_at);

-- drivers: the tags in their file form, semicolon separated (+name, -name or name).
CREATE TABLE IF NOT EXISTS responses (
    response_id VARCHAR(255) NOT NULL PRIMARY KEY,
    contact_id VARCHAR(255) NOT NULL,
    answered_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    score SMALLINT NOT NULL CHECK (score BETWEEN 0 AND 10),
    survey_id VARCHAR(255),
    comment VARCHAR(10000),
    drivers VARCHAR(10000)
);
CREATE INDEX IF NOT EXISTS responses_contact_answered ON responses (contact_id, answered_at);
CREATE INDEX IF NOT EXISTS responses_answered ON responses (answered_at);

CREATE TABLE IF NOT EXISTS employee_responses (
    response_id VARCHAR(255) NOT NULL PRIMARY KEY,
    employee_ref VARCHAR(255) NOT NULL,
    department VARCHAR(255) NOT NULL,
    answered_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    score SMALLINT NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment VARCHAR(10000)
);
CREATE INDEX IF NOT EXISTS employee_responses_answered ON employee_responses (answered_at);

CREATE TABLE IF NOT EXISTS contracts (
    contract_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    mrr DECIMAL(24, 6) NOT NULL CHECK (mrr >= 0),
    currency VARCHAR(3),
    auto_renew BOOLEAN DEFAULT FALSE NOT NULL,
    renewal_of VARCHAR(255),
    product VARCHAR(255),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX IF NOT EXISTS contracts_account_start ON contracts (account_id, start_date);
CREATE INDEX IF NOT EXISTS contracts_renewal_of ON contracts (renewal_of);

-- period: the first day of the month.
CREATE TABLE IF NOT EXISTS revenue (
    account_id VARCHAR(255) NOT NULL,
    period DATE NOT NULL,
    revenue DECIMAL(24, 6) NOT NULL,
    margin DECIMAL(24, 6),
    PRIMARY KEY (account_id, period)
);
CREATE INDEX IF NOT EXISTS revenue_period ON revenue (period);

CREATE TABLE IF NOT EXISTS activities (
    activity_id VARCHAR(255) NOT NULL PRIMARY KEY,
    account_id VARCHAR(255) NOT NULL,
    contact_id VARCHAR(255),
    type VARCHAR(32) NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    direction VARCHAR(16),
    subject VARCHAR(10000),
    status VARCHAR(16),
    severity VARCHAR(16)
);
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
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
