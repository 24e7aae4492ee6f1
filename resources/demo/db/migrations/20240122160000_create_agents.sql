-- migrate:up
-- The people (and bots) who answer conversations. Handles are what customers see
-- ("— anna from Acme support") and what the @mention autocomplete searches.
CREATE TABLE agents (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id  bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id       bigint REFERENCES users (id) ON DELETE SET NULL,
    handle        text NOT NULL,
    display_name  text NOT NULL,
    is_bot        boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT agents_handle_check CHECK (handle ~ '^[a-z0-9_.]{2,32}$'),
    CONSTRAINT agents_bot_has_no_user CHECK (NOT is_bot OR user_id IS NULL)
);
-- Handles are global for now: @mentions are resolved by handle alone.
CREATE UNIQUE INDEX agents_handle_key ON agents (handle);
CREATE INDEX agents_workspace_id_idx ON agents (workspace_id);
COMMENT ON TABLE agents IS 'Support agents and bots of a workspace.';
COMMENT ON COLUMN agents.handle IS 'Short name shown to customers and used for @mentions.';

CREATE TRIGGER agents_set_updated_at
    BEFORE UPDATE ON agents
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- migrate:down
DROP TABLE agents;
