-- migrate:up
CREATE TABLE workspace_members (
    workspace_id  bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          member_role NOT NULL DEFAULT 'agent',
    invited_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX workspace_members_user_id_idx ON workspace_members (user_id);
COMMENT ON TABLE workspace_members IS 'Who may work in which workspace, and as what.';

-- migrate:down
DROP TABLE workspace_members;
