-- migrate:up
-- The inbox list. security_invoker: the view applies the caller's row level security.
CREATE VIEW conversation_overview WITH (security_invoker = true) AS
SELECT c.id,
       c.workspace_id,
       c.subject,
       c.status,
       c.channel,
       c.requester_email,
       a.handle AS assignee_handle,
       s.message_count,
       s.last_message_at,
       c.first_response_at - c.created_at AS time_to_first_response,
       c.created_at
  FROM conversations c
  LEFT JOIN agents a ON a.id = c.assignee_id
  LEFT JOIN LATERAL (SELECT count(*) AS message_count,
                            max(m.created_at) AS last_message_at
                       FROM messages m
                      WHERE m.conversation_id = c.id) s ON true;
COMMENT ON VIEW conversation_overview IS 'One row per conversation, as the inbox shows it.';

-- The dashboard's daily numbers; refreshed every few minutes by the scheduler.
CREATE MATERIALIZED VIEW workspace_daily_stats AS
SELECT c.workspace_id,
       (c.created_at AT TIME ZONE 'UTC')::date AS day,
       count(*) AS opened,
       count(*) FILTER (WHERE c.status = 'closed') AS closed,
       count(*) FILTER (WHERE c.channel = 'chat') AS via_chat,
       avg(c.first_response_at - c.created_at) AS avg_first_response
  FROM conversations c
 GROUP BY c.workspace_id, (c.created_at AT TIME ZONE 'UTC')::date;
-- REFRESH ... CONCURRENTLY needs a unique index.
CREATE UNIQUE INDEX workspace_daily_stats_key ON workspace_daily_stats (workspace_id, day);

CREATE FUNCTION refresh_workspace_stats() RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    REFRESH MATERIALIZED VIEW CONCURRENTLY workspace_daily_stats;
END;
$$;

-- Open conversations per agent, for the assignment round-robin.
CREATE FUNCTION agent_workload(p_workspace_id bigint)
    RETURNS TABLE (agent_id bigint, handle text, open_conversations bigint)
    LANGUAGE sql STABLE
AS $$
    SELECT a.id, a.handle, count(c.id)
      FROM agents a
      LEFT JOIN conversations c
             ON c.assignee_id = a.id AND c.status IN ('open', 'pending')
     WHERE a.workspace_id = p_workspace_id
       AND NOT a.is_bot
     GROUP BY a.id, a.handle
     ORDER BY count(c.id), a.handle
$$;

-- migrate:down
DROP FUNCTION agent_workload(bigint);
DROP FUNCTION refresh_workspace_stats();
DROP MATERIALIZED VIEW workspace_daily_stats;
DROP VIEW conversation_overview;
