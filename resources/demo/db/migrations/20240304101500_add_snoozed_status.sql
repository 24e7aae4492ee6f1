-- migrate:up
-- Agents can snooze a conversation until a given time; it reopens by itself then.
-- (The new enum value cannot be used in the same transaction, so no CHECK here.)
ALTER TYPE conversation_status ADD VALUE 'snoozed' AFTER 'pending';
ALTER TABLE conversations ADD COLUMN snoozed_until timestamptz;
COMMENT ON COLUMN conversations.snoozed_until IS 'When a snoozed conversation reopens.';

-- migrate:down
-- Enum values cannot be dropped: rebuild the type without 'snoozed'.
UPDATE conversations SET status = 'pending' WHERE status = 'snoozed';
ALTER TABLE conversations DROP COLUMN snoozed_until;
ALTER TYPE conversation_status RENAME TO conversation_status_old;
CREATE TYPE conversation_status AS ENUM ('open', 'pending', 'closed');
ALTER TABLE conversations
    DROP CONSTRAINT conversations_closed_at_check,
    ALTER COLUMN status DROP DEFAULT,
    ALTER COLUMN status TYPE conversation_status USING status::text::conversation_status,
    ALTER COLUMN status SET DEFAULT 'open',
    ADD CONSTRAINT conversations_closed_at_check CHECK ((status = 'closed') = (closed_at IS NOT NULL));
DROP TYPE conversation_status_old;
