-- migrate:up
-- Who changed agents and memberships, and how. The application sets app.user_id
-- (SET LOCAL app.user_id = '42') at the start of each request's transaction.
CREATE TABLE audit_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id   bigint,          -- no foreign key: the log outlives deleted workspaces
    actor_user_id  bigint,
    table_name     text NOT NULL,
    action         text NOT NULL,
    old_row        jsonb,
    new_row        jsonb,
    happened_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT audit_log_action_check CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX audit_log_workspace_id_happened_at_idx ON audit_log (workspace_id, happened_at);
COMMENT ON TABLE audit_log IS 'Append-only change log written by audit_row_change().';

CREATE FUNCTION audit_row_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    old_json jsonb;
    new_json jsonb;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        old_json := to_jsonb(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        new_json := to_jsonb(NEW);
    END IF;
    -- A touch that only moved updated_at is not worth a log line.
    IF TG_OP = 'UPDATE' AND (old_json - 'updated_at') = (new_json - 'updated_at') THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_log (workspace_id, actor_user_id, table_name, action, old_row, new_row)
    VALUES ((coalesce(new_json, old_json) ->> 'workspace_id')::bigint,
            nullif(current_setting('app.user_id', true), '')::bigint,
            TG_TABLE_NAME, TG_OP, old_json, new_json);
    RETURN NULL;
END;
$$;
COMMENT ON FUNCTION audit_row_change() IS 'AFTER ROW trigger: appends the change to audit_log.';

CREATE TRIGGER agents_audit
    AFTER INSERT OR UPDATE OR DELETE ON agents
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER workspace_members_audit
    AFTER INSERT OR UPDATE OR DELETE ON workspace_members
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- migrate:down
DROP TRIGGER workspace_members_audit ON workspace_members;
DROP TRIGGER agents_audit ON agents;
DROP FUNCTION audit_row_change();
DROP TABLE audit_log;
