# German texts added in the session of 2026-11-30 (sixth): the catalog queries as COPY rows.
DE = {
('Introspector', 'The server\'s answer to the catalog query “%1” could not be read.'):
    'Die Antwort des Servers auf die Katalogabfrage „%1“ konnte nicht gelesen werden.',
}
