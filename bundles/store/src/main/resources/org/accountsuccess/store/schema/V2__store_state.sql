-- The store's own state, one row. data_version is raised in the transaction of every committed
-- import, so every node over the same database reads the same number (HostChanges); an import
-- locks the row (SELECT ... FOR UPDATE) for its whole length, so two nodes never interleave imports.
CREATE TABLE IF NOT EXISTS store_state (
    id SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    data_version BIGINT NOT NULL
);
INSERT INTO store_state (id, data_version) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM store_state);
