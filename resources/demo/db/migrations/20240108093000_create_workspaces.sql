-- migrate:up
-- A workspace is one customer company of the help desk: the tenant.
CREATE TABLE workspaces (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL,
    name        text NOT NULL,
    plan        text NOT NULL DEFAULT 'free',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT workspaces_slug_key UNIQUE (slug),
    CONSTRAINT workspaces_slug_check CHECK (slug ~ '^[a-z0-9-]{3,40}$'),
    CONSTRAINT workspaces_plan_check CHECK (plan IN ('free', 'team', 'business'))
);
COMMENT ON TABLE workspaces IS 'Tenants: one row per customer company.';
COMMENT ON COLUMN workspaces.slug IS 'URL name: https://<slug>.helpline.example';

CREATE TRIGGER workspaces_set_updated_at
    BEFORE UPDATE ON workspaces
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- migrate:down
DROP TABLE workspaces;
