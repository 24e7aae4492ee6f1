-- migrate:up
CREATE TABLE tags (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id  bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          text NOT NULL,
    color         text NOT NULL DEFAULT '#888888',
    CONSTRAINT tags_workspace_id_name_key UNIQUE (workspace_id, name),
    CONSTRAINT tags_color_check CHECK (color ~ '^#[0-9a-f]{6}$')
);

-- workspace_id is repeated here so that row level security can filter without a join.
CREATE TABLE conversation_tags (
    workspace_id     bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    conversation_id  bigint NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    tag_id           bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    tagged_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (conversation_id, tag_id)
);
CREATE INDEX conversation_tags_tag_id_idx ON conversation_tags (tag_id);

-- migrate:down
DROP TABLE conversation_tags;
DROP TABLE tags;
