-- Helpline demo data, as of early July 2024: three workspaces that have used Helpline
-- since spring, and Globex, imported from their old help desk in June.
--
-- Deterministic: no random(); every value is arithmetic on generate_series numbers.
-- Runs after every applied migration, i.e. before 20240701090000_workspace_scoped_keys.
-- Two things in here matter for that pending migration:
--   * Globex kept the agent handles of their old help desk, and several of them
--     (support.bot and a few first names) are also used in other workspaces:
--     handles collide ACROSS workspaces (never inside one).
--   * A few messages were stored by the old e-mail ingest worker without workspace_id.

-- Workspaces. Globex came last (the import), so it has the highest id.
INSERT INTO workspaces (slug, name, plan, created_at)
VALUES ('acme-support',  'Acme Corporation', 'business', '2024-01-15 09:00+00'),
       ('initech-desk',  'Initech',          'team',     '2024-02-01 10:00+00'),
       ('umbrella-care', 'Umbrella Health',  'free',     '2024-03-15 14:30+00'),
       ('globex-help',   'Globex',           'team',     '2024-06-12 08:00+00');

-- 48 users, twelve per workspace. Ten first names over four workspaces: the same
-- first name appears in several workspaces (and twice in some), as in real life.
INSERT INTO users (email, full_name, created_at)
SELECT lower(n.first || '.' || n.last || '@' || n.domain),
       n.first || ' ' || n.last,
       timestamptz '2024-01-15 09:00+00' + (i - 1) * interval '3 days 7 hours'
  FROM generate_series(1, 48) AS i
 CROSS JOIN LATERAL (
       SELECT (ARRAY['Anna', 'Ben', 'Carla', 'Dmitri', 'Emma', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas'])[1 + (i - 1) % 10] AS first,
              (ARRAY['Schmidt', 'Okafor', 'Rossi', 'Ivanova', 'Nguyen', 'Haddad', 'Larsen', 'Tanaka',
                     'Garcia', 'Kowalski', 'Mensah', 'Dubois', 'Silva', 'Novak'])[1 + (i - 1) % 14] AS last,
              (ARRAY['acme.example', 'initech.example', 'umbrella.example', 'globex.example'])[1 + (i - 1) % 4] AS domain
       ) AS n
 ORDER BY i;

-- Memberships: user i works in workspace 1 + (i - 1) % 4. The first user of a workspace
-- owns it, the second administers it, every ninth user only watches.
INSERT INTO workspace_members (workspace_id, user_id, role, invited_at)
SELECT w.id, u.id,
       CASE WHEN u.n <= 4 THEN 'owner'
            WHEN u.n <= 8 THEN 'admin'
            WHEN u.n % 9 = 0 THEN 'viewer'
            ELSE 'agent' END::member_role,
       greatest(w.created_at, u.created_at)
  FROM (SELECT id, created_at, row_number() OVER (ORDER BY id) AS n FROM users) AS u
  JOIN (SELECT id, created_at, row_number() OVER (ORDER BY id) AS n FROM workspaces) AS w
    ON w.n = 1 + (u.n - 1) % 4
 ORDER BY u.id;

-- A few consultants also watch a second workspace.
INSERT INTO workspace_members (workspace_id, user_id, role, invited_at)
SELECT w.id, u.id, 'viewer', timestamptz '2024-06-20 12:00+00'
  FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM users) AS u
  JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM workspaces) AS w
    ON w.n = 1 + u.n % 4
 WHERE u.n % 10 = 0
 ORDER BY u.id;

-- Agents of the three original workspaces. Until June handles were unique across
-- all workspaces: the first Anna got "anna", later ones "anna.<last name>".
INSERT INTO agents (workspace_id, user_id, handle, display_name, created_at)
SELECT m.workspace_id, m.user_id,
       CASE WHEN row_number() OVER (PARTITION BY split_part(u.full_name, ' ', 1) ORDER BY u.id) = 1
            THEN lower(split_part(u.full_name, ' ', 1))
            ELSE lower(replace(u.full_name, ' ', '.')) END,
       u.full_name,
       m.invited_at
  FROM workspace_members m
  JOIN users u ON u.id = m.user_id
  JOIN workspaces w ON w.id = m.workspace_id
 WHERE w.slug <> 'globex-help'
   AND m.role <> 'viewer'
 ORDER BY u.id;

-- Globex's agents, as their old help desk named them: first names only (made unique
-- inside Globex). Several of these are taken in other workspaces.
INSERT INTO agents (workspace_id, user_id, handle, display_name, created_at)
SELECT m.workspace_id, m.user_id,
       CASE WHEN row_number() OVER (PARTITION BY split_part(u.full_name, ' ', 1) ORDER BY u.id) = 1
            THEN lower(split_part(u.full_name, ' ', 1))
            ELSE lower(replace(u.full_name, ' ', '.')) END,
       u.full_name,
       timestamptz '2024-06-14 07:30+00'
  FROM workspace_members m
  JOIN users u ON u.id = m.user_id
  JOIN workspaces w ON w.id = m.workspace_id
 WHERE w.slug = 'globex-help'
   AND m.role <> 'viewer'
 ORDER BY u.id;

-- One autoresponder per workspace; Acme and Globex both call theirs support.bot.
INSERT INTO agents (workspace_id, handle, display_name, is_bot, created_at)
SELECT w.id, b.handle, b.display_name, true, b.created_at
  FROM (VALUES ('acme-support',  'support.bot', 'Acme Assistant',       timestamptz '2024-01-20 09:00+00'),
               ('initech-desk',  'initech.bot', 'Initech Helper',       timestamptz '2024-02-05 09:00+00'),
               ('umbrella-care', 'care.bot',    'Umbrella Care Bot',    timestamptz '2024-03-20 09:00+00'),
               ('globex-help',   'support.bot', 'Globex Support Robot', timestamptz '2024-06-14 07:30+00'))
       AS b (slug, handle, display_name, created_at)
  JOIN workspaces w ON w.slug = b.slug
 ORDER BY w.id;

-- Six tags per workspace.
INSERT INTO tags (workspace_id, name, color)
SELECT w.id, t.name, t.color
  FROM workspaces w
 CROSS JOIN (VALUES (1, 'billing', '#2f80ed'), (2, 'bug', '#eb5757'), (3, 'feature-request', '#9b51e0'),
                    (4, 'urgent', '#f2994a'), (5, 'onboarding', '#27ae60'), (6, 'refund', '#828282'))
       AS t (n, name, color)
 ORDER BY w.id, t.n;

-- Conversations: 150 per original workspace, 120 imported ones for Globex.
-- g numbers them across workspaces, n inside a workspace; status, channel and
-- assignee follow from g.
INSERT INTO conversations (workspace_id, subject, requester_email, status, assignee_id,
                           channel, created_at, closed_at, snoozed_until)
SELECT c.workspace_id,
       (ARRAY['Cannot log in after password reset', 'Invoice shows the wrong VAT number',
              'Export to CSV times out', 'How do I add a second admin?', 'Refund for duplicate charge',
              'Webhook deliveries are delayed', 'Feature request: dark mode', 'SSO setup with Okta',
              'Attachments over 10 MB fail', 'Change the billing e-mail', 'Mobile app crashes on start',
              'Question about the API rate limit'])[1 + c.g % 12] || ' (#' || c.n || ')',
       format('customer%s@%s', 1 + (c.g * 37) % 211,
              (ARRAY['mail.example', 'shop.example', 'bakery.example', 'clinic.example', 'garage.example'])[1 + c.g % 5]),
       c.status::conversation_status,
       CASE WHEN c.g % 10 = 9 THEN NULL
            ELSE (SELECT a.id
                    FROM agents a
                   WHERE a.workspace_id = c.workspace_id AND NOT a.is_bot
                   ORDER BY a.id
                  OFFSET (c.g * 7 + c.g / 10) % (SELECT count(*) FROM agents a2
                                 WHERE a2.workspace_id = c.workspace_id AND NOT a2.is_bot)
                   LIMIT 1) END,
       CASE WHEN c.g % 7 = 0 THEN 'api' WHEN c.g % 3 = 0 THEN 'chat' ELSE 'email' END,
       c.created_at,
       CASE WHEN c.status = 'closed' THEN c.created_at + (3 + c.g % 4) * interval '47 minutes' END,
       CASE WHEN c.status = 'snoozed' THEN timestamptz '2024-07-08 08:00+00' + (c.g % 5) * interval '1 day' END
  FROM (SELECT w.id AS workspace_id,
               s.n,
               (w.n - 1) * 150 + s.n AS g,
               CASE WHEN ((w.n - 1) * 150 + s.n) % 10 < 4 THEN 'closed'
                    WHEN ((w.n - 1) * 150 + s.n) % 10 < 6 THEN 'pending'
                    WHEN ((w.n - 1) * 150 + s.n) % 10 = 6 THEN 'snoozed'
                    ELSE 'open' END AS status,
               w.start + s.n * interval '7 hours 13 minutes' AS created_at
          FROM (SELECT id, row_number() OVER (ORDER BY id) AS n,
                       CASE slug WHEN 'globex-help' THEN timestamptz '2024-03-01 06:00+00'
                                 ELSE timestamptz '2024-05-01 06:00+00' END AS start,
                       CASE slug WHEN 'globex-help' THEN 120 ELSE 150 END AS conversations
                  FROM workspaces) AS w
         CROSS JOIN LATERAL generate_series(1, w.conversations) AS s (n)) AS c
 ORDER BY c.g;

-- Messages: 2 to 5 per conversation, alternating customer and agent; unassigned
-- conversations got the autoresponder's reply instead.
INSERT INTO messages (conversation_id, workspace_id, author_kind, agent_id, body, created_at)
SELECT c.id,
       c.workspace_id,
       CASE WHEN k % 2 = 1 THEN 'customer'
            WHEN c.assignee_id IS NULL THEN 'bot'
            ELSE 'agent' END::message_author,
       CASE WHEN k % 2 = 0 THEN c.assignee_id END,
       CASE WHEN k % 2 = 1
            THEN (ARRAY['Hi, this started yesterday and blocks our whole team.',
                        'Any news on this? We still see it.',
                        'Thanks, that worked!',
                        'Attached is a screenshot of the error.'])[1 + (c.id + k) % 4]
            WHEN c.assignee_id IS NULL
            THEN 'Thanks for reaching out! An agent will get back to you shortly.'
            ELSE (ARRAY['Thanks for the report, I am looking into it now.',
                        'Could you tell me which browser and version you use?',
                        'We deployed a fix; please try again.',
                        'I have forwarded this to our billing team.'])[1 + (c.id + k) % 4] END,
       c.created_at + k * interval '47 minutes' + (k - 1) * ((c.id * 13) % 240) * interval '1 minute'
  FROM conversations c
 CROSS JOIN LATERAL generate_series(1, 2 + (c.id % 4)::int) AS k
 ORDER BY c.id, k;

-- Late follow-ups stored by the old e-mail ingest worker (v1), which does not know
-- messages.workspace_id yet: these rows have it NULL.
INSERT INTO messages (conversation_id, author_kind, body, created_at)
SELECT c.id, 'customer', 'Replying by e-mail: the problem is back since this morning.',
       timestamptz '2024-07-01 05:00+00' + c.id * interval '1 minute'
  FROM conversations c
 WHERE c.channel = 'email' AND c.status = 'open' AND c.id % 11 = 0
 ORDER BY c.id
 LIMIT 7;

-- One or two tags per conversation.
INSERT INTO conversation_tags (workspace_id, conversation_id, tag_id, tagged_at)
SELECT c.workspace_id, c.id, t.id, c.created_at + interval '5 minutes'
  FROM conversations c
  JOIN (SELECT id, workspace_id, row_number() OVER (PARTITION BY workspace_id ORDER BY id) AS n FROM tags) AS t
    ON t.workspace_id = c.workspace_id
   AND (t.n = 1 + c.id % 6 OR (c.id % 4 = 0 AND t.n = 1 + (c.id + 3) % 6))
 ORDER BY c.id, t.id;

-- Some later changes, made by the workspace owners, so that audit_log has more than inserts.
SELECT set_config('app.user_id', (SELECT min(id) FROM users)::text, false);
UPDATE agents SET display_name = display_name || ' (on leave)'
 WHERE id IN (SELECT id FROM agents WHERE NOT is_bot ORDER BY id OFFSET 3 LIMIT 2);
UPDATE workspace_members SET role = 'admin'
 WHERE (workspace_id, user_id) IN (SELECT workspace_id, user_id FROM workspace_members
                                    WHERE role = 'agent' ORDER BY user_id LIMIT 1);
DELETE FROM workspace_members
 WHERE (workspace_id, user_id) IN (SELECT workspace_id, user_id FROM workspace_members
                                    WHERE role = 'viewer' ORDER BY user_id DESC LIMIT 1);
SELECT set_config('app.user_id', '', false);

REFRESH MATERIALIZED VIEW workspace_daily_stats;
ANALYZE;
