-- migrate:up
-- Tenant isolation in the database, not only in the application: every request sets
-- app.workspace_id (SET LOCAL app.workspace_id = '7') and sees only that workspace.
-- Table owners and superusers bypass these policies; the application role does not.
CREATE FUNCTION current_workspace_id() RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT nullif(current_setting('app.workspace_id', true), '')::bigint
$$;
COMMENT ON FUNCTION current_workspace_id() IS 'The workspace of the current request (app.workspace_id), or NULL.';

ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
CREATE POLICY workspaces_isolation ON workspaces
    USING (id = nullif(current_setting('app.workspace_id', true), '')::bigint);

ALTER TABLE workspace_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY workspace_members_isolation ON workspace_members
    USING (workspace_id = current_workspace_id())
    WITH CHECK (workspace_id = current_workspace_id());

ALTER TABLE agents ENABLE ROW LEVEL SECURITY;
CREATE POLICY agents_isolation ON agents
    USING (workspace_id = current_workspace_id())
    WITH CHECK (workspace_id = current_workspace_id());

ALTER TABLE conversations ENABLE ROW LEVEL SECURITY;
CREATE POLICY conversations_isolation ON conversations
    USING (workspace_id = current_workspace_id())
    WITH CHECK (workspace_id = current_workspace_id());

-- Rows the old ingest worker wrote without workspace_id are invisible to everyone
-- but the owner: one more reason to make the column NOT NULL.
ALTER TABLE messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY messages_isolation ON messages
    USING (workspace_id = current_workspace_id())
    WITH CHECK (workspace_id = current_workspace_id());

ALTER TABLE tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY tags_isolation ON tags
    USING (workspace_id = current_workspace_id())
    WITH CHECK (workspace_id = current_workspace_id());

ALTER TABLE conversation_tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY conversation_tags_isolation ON conversation_tags
    USING (workspace_id = current_workspace_id())
    WITH CHECK (workspace_id = current_workspace_id());

-- migrate:down
DROP POLICY conversation_tags_isolation ON conversation_tags;
ALTER TABLE conversation_tags DISABLE ROW LEVEL SECURITY;
DROP POLICY tags_isolation ON tags;
ALTER TABLE tags DISABLE ROW LEVEL SECURITY;
DROP POLICY messages_isolation ON messages;
ALTER TABLE messages DISABLE ROW LEVEL SECURITY;
DROP POLICY conversations_isolation ON conversations;
ALTER TABLE conversations DISABLE ROW LEVEL SECURITY;
DROP POLICY agents_isolation ON agents;
ALTER TABLE agents DISABLE ROW LEVEL SECURITY;
DROP POLICY workspace_members_isolation ON workspace_members;
ALTER TABLE workspace_members DISABLE ROW LEVEL SECURITY;
DROP POLICY workspaces_isolation ON workspaces;
ALTER TABLE workspaces DISABLE ROW LEVEL SECURITY;
DROP FUNCTION current_workspace_id();
