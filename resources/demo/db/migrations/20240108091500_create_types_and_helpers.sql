-- migrate:up
-- Shared building blocks for the Helpline schema: an e-mail domain, the enum types
-- the first tables need, and the trigger function that keeps updated_at honest.

CREATE DOMAIN email_address AS text
    CONSTRAINT email_address_check CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$');
COMMENT ON DOMAIN email_address IS 'An e-mail address: one @, no spaces, a dot in the domain part.';

CREATE TYPE member_role AS ENUM ('owner', 'admin', 'agent', 'viewer');
CREATE TYPE conversation_status AS ENUM ('open', 'pending', 'closed');
CREATE TYPE message_author AS ENUM ('customer', 'agent', 'bot');

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
COMMENT ON FUNCTION set_updated_at() IS 'BEFORE UPDATE trigger: stamps updated_at.';

-- migrate:down
DROP FUNCTION set_updated_at();
DROP TYPE message_author;
DROP TYPE conversation_status;
DROP TYPE member_role;
DROP DOMAIN email_address;
