-- The webhook outbox in the product's database: one row per event and endpoint. Portable SQL for
-- H2 2.x and PostgreSQL 15; every statement can run again (IF NOT EXISTS), because H2 commits DDL
-- as it goes. Times are milliseconds since the epoch.
--
-- An event reaches an endpoint once, whichever node put it in the outbox first: the unique key
-- (endpoint, event_id). A delivery is sent once: a node claims it with a conditional update.

CREATE TABLE IF NOT EXISTS webhook_delivery (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    endpoint VARCHAR(200) NOT NULL,
    event_id VARCHAR(500) NOT NULL,
    topic VARCHAR(500) NOT NULL,
    body VARCHAR(1000000) NOT NULL,
    status VARCHAR(10) NOT NULL,
    attempts INT NOT NULL,
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT,
    last_attempt_at BIGINT,
    last_error VARCHAR(1000),
    CONSTRAINT webhook_delivery_once UNIQUE (endpoint, event_id)
);

CREATE INDEX IF NOT EXISTS webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
