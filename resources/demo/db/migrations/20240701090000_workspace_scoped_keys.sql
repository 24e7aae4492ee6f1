-- migrate:up
-- Workspace-scoped keys: step 2 of 2 (step 1: 20240611170000_relax_agent_handle_uniqueness).
--
-- Every key of the tenant tables starts with workspace_id, so that the tables can be
-- partitioned (or distributed) by workspace later:
--   1. messages.workspace_id becomes NOT NULL (after backfilling the rows the old
--      ingest worker wrote without it),
--   2. conversations: primary key (id) -> (workspace_id, id),
--   3. messages: primary key (id) -> (workspace_id, id), and the foreign keys to
--      conversations become (workspace_id, conversation_id),
--   4. agents: handles unique per workspace, UNIQUE (workspace_id, handle).
--
-- Takes ACCESS EXCLUSIVE locks on conversations, messages, conversation_tags and
-- agents while the new keys are built: run it in a quiet hour. Give up quickly rather
-- than queue behind a long transaction and block the whole help desk.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

-- 1. Backfill, then enforce.
UPDATE messages m
   SET workspace_id = c.workspace_id
  FROM conversations c
 WHERE c.id = m.conversation_id
   AND m.workspace_id IS NULL;
ALTER TABLE messages ALTER COLUMN workspace_id SET NOT NULL;

-- 2. conversations. The foreign keys that use the old primary key go first.
ALTER TABLE messages DROP CONSTRAINT messages_conversation_id_fkey;
ALTER TABLE conversation_tags DROP CONSTRAINT conversation_tags_conversation_id_fkey;
ALTER TABLE conversations
    DROP CONSTRAINT conversations_pkey,
    ADD CONSTRAINT conversations_pkey PRIMARY KEY (workspace_id, id);

-- 3. messages, and the composite foreign keys to conversations.
ALTER TABLE messages
    DROP CONSTRAINT messages_pkey,
    ADD CONSTRAINT messages_pkey PRIMARY KEY (workspace_id, id);
ALTER TABLE messages
    ADD CONSTRAINT messages_conversation_fkey FOREIGN KEY (workspace_id, conversation_id)
        REFERENCES conversations (workspace_id, id) ON DELETE CASCADE;
ALTER TABLE conversation_tags
    ADD CONSTRAINT conversation_tags_conversation_fkey FOREIGN KEY (workspace_id, conversation_id)
        REFERENCES conversations (workspace_id, id) ON DELETE CASCADE;

-- 4. agents: the per-workspace key replaces the plain index of step 1.
CREATE UNIQUE INDEX agents_workspace_id_handle_key ON agents (workspace_id, handle);
DROP INDEX agents_handle_idx;

-- migrate:down
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

-- 4. agents: back to ONE handle namespace for all workspaces.
--    Deliberately not the plain index that step 1 left: rolling back means going back
--    to app release 2024.06, which resolves an @mention by handle alone and must find
--    exactly one agent. So the rollback restores the global UNIQUE (handle).
--    Once two workspaces share a handle (the Globex import made several do so) this
--    statement fails with a unique violation and the whole rollback is refused. That
--    is intended: it is the question Strata's pre-flight rollback check answers before
--    the up section is allowed to run ("could we still go back?"), not a bug to hide
--    with IF NOT EXISTS or a plain index.
CREATE UNIQUE INDEX agents_handle_idx ON agents (handle);
DROP INDEX agents_workspace_id_handle_key;

-- 3. messages back to (id), foreign keys back to conversations (id).
ALTER TABLE conversation_tags DROP CONSTRAINT conversation_tags_conversation_fkey;
ALTER TABLE messages DROP CONSTRAINT messages_conversation_fkey;
ALTER TABLE messages
    DROP CONSTRAINT messages_pkey,
    ADD CONSTRAINT messages_pkey PRIMARY KEY (id);

-- 2. conversations back to (id).
ALTER TABLE conversations
    DROP CONSTRAINT conversations_pkey,
    ADD CONSTRAINT conversations_pkey PRIMARY KEY (id);
ALTER TABLE conversation_tags
    ADD CONSTRAINT conversation_tags_conversation_id_fkey FOREIGN KEY (conversation_id)
        REFERENCES conversations (id) ON DELETE CASCADE;
ALTER TABLE messages
    ADD CONSTRAINT messages_conversation_id_fkey FOREIGN KEY (conversation_id)
        REFERENCES conversations (id) ON DELETE CASCADE;

-- 1. workspace_id may be NULL again (the backfilled values stay).
ALTER TABLE messages ALTER COLUMN workspace_id DROP NOT NULL;
