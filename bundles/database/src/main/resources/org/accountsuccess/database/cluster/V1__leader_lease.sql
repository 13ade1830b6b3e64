-- The leader lease (LeaderLease): one row per lease name. Portable SQL for H2 2.x and PostgreSQL.
-- expires_at is in milliseconds since the epoch, on the database's clock.
CREATE TABLE IF NOT EXISTS leader_lease (
    name VARCHAR(100) NOT NULL PRIMARY KEY,
    holder VARCHAR(255) NOT NULL,
    expires_at BIGINT NOT NULL
);
