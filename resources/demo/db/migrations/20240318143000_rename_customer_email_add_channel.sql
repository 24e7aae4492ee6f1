-- migrate:up
-- Conversations now also come from the chat widget and the API, where the person
-- asking is not always a "customer" with an e-mail we reply to: call it the requester.
ALTER TABLE conversations RENAME COLUMN customer_email TO requester_email;
ALTER TABLE conversations
    ADD COLUMN channel text NOT NULL DEFAULT 'email',
    ADD CONSTRAINT conversations_channel_check CHECK (channel IN ('email', 'chat', 'api'));
COMMENT ON COLUMN conversations.channel IS 'Where the conversation started.';

-- migrate:down
ALTER TABLE conversations DROP COLUMN channel;
ALTER TABLE conversations RENAME COLUMN requester_email TO customer_email;
