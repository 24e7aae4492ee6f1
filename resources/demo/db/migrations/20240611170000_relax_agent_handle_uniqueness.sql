-- migrate:up
-- Relax agent handle uniqueness for the workspace import: step 1 of 2.
--
-- Globex moved to Helpline from their old help desk. Their agents keep the handles
-- their customers know, and several of those (anna, ben, support.bot, ...) are taken
-- in other workspaces. The global key goes now so that the import can run; step 2
-- (20240701090000_workspace_scoped_keys) adds the per-workspace key together with app
-- release 2024.07, which resolves @mentions inside the current workspace.
DROP INDEX agents_handle_key;
CREATE INDEX agents_handle_idx ON agents (handle);
COMMENT ON COLUMN agents.handle IS 'Short name shown to customers and used for @mentions; unique within a workspace.';

-- migrate:down
-- Only possible while no two workspaces share a handle.
DROP INDEX agents_handle_idx;
CREATE UNIQUE INDEX agents_handle_key ON agents (handle);
COMMENT ON COLUMN agents.handle IS 'Short name shown to customers and used for @mentions.';
