-- migrate:up
-- Row level security needs the tenant on every row without a join. Step 1: add the
-- column (nullable, so the old e-mail ingest worker keeps working) and backfill it.
-- NOT NULL follows once every writer sets it.
ALTER TABLE messages ADD COLUMN workspace_id bigint REFERENCES workspaces (id) ON DELETE CASCADE;
UPDATE messages m
   SET workspace_id = c.workspace_id
  FROM conversations c
 WHERE c.id = m.conversation_id
   AND m.workspace_id IS NULL;
COMMENT ON COLUMN messages.workspace_id IS 'Copy of conversations.workspace_id; nullable until every writer sets it.';

-- migrate:down
ALTER TABLE messages DROP COLUMN workspace_id;
