-- migrate:up
-- "Time to first response" is the number every support lead asks for.
ALTER TABLE conversations ADD COLUMN first_response_at timestamptz;
COMMENT ON COLUMN conversations.first_response_at IS 'When an agent first answered; maintained by track_first_response().';

-- Backfill from the messages we already have.
UPDATE conversations c
   SET first_response_at = f.first_at
  FROM (SELECT conversation_id, min(created_at) AS first_at
          FROM messages
         WHERE author_kind = 'agent'
         GROUP BY conversation_id) f
 WHERE f.conversation_id = c.id;

-- One UPDATE per INSERT statement, not per row: the ingest worker inserts in batches.
CREATE FUNCTION track_first_response() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE conversations c
       SET first_response_at = f.first_at
      FROM (SELECT conversation_id, min(created_at) AS first_at
              FROM new_messages
             WHERE author_kind = 'agent'
             GROUP BY conversation_id) f
     WHERE c.id = f.conversation_id
       AND (c.first_response_at IS NULL OR c.first_response_at > f.first_at);
    RETURN NULL;
END;
$$;

CREATE TRIGGER messages_track_first_response
    AFTER INSERT ON messages
    REFERENCING NEW TABLE AS new_messages
    FOR EACH STATEMENT EXECUTE FUNCTION track_first_response();

-- migrate:down
DROP TRIGGER messages_track_first_response ON messages;
DROP FUNCTION track_first_response();
ALTER TABLE conversations DROP COLUMN first_response_at;
