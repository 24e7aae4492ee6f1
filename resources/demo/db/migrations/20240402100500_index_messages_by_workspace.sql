-- migrate:up transaction:false
-- messages is the big table: build the index without blocking writes.
CREATE INDEX CONCURRENTLY messages_workspace_id_created_at_idx
    ON messages (workspace_id, created_at DESC);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS messages_workspace_id_created_at_idx;
