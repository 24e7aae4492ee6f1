-- migrate:up
CREATE TABLE conversations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id    bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    subject         text NOT NULL,
    customer_email  email_address NOT NULL,
    status          conversation_status NOT NULL DEFAULT 'open',
    assignee_id     bigint REFERENCES agents (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    closed_at       timestamptz,
    CONSTRAINT conversations_closed_at_check CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX conversations_workspace_id_status_idx ON conversations (workspace_id, status);
CREATE INDEX conversations_assignee_id_idx ON conversations (assignee_id);
COMMENT ON TABLE conversations IS 'One support case: a thread of messages with a customer.';

CREATE TRIGGER conversations_set_updated_at
    BEFORE UPDATE ON conversations
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE messages (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id  bigint NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    author_kind      message_author NOT NULL,
    agent_id         bigint REFERENCES agents (id) ON DELETE SET NULL,
    body             text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT messages_agent_check CHECK ((author_kind = 'agent') = (agent_id IS NOT NULL))
);
CREATE INDEX messages_conversation_id_idx ON messages (conversation_id);
COMMENT ON TABLE messages IS 'Everything said in a conversation, by customers, agents and bots.';

-- migrate:down
DROP TABLE messages;
DROP TABLE conversations;
