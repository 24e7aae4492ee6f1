# German texts added in the session of 2026-11-30 (fourth): the phases strata-cli snapshot
# --timings prints.
DE = {
('strata-cli', 'connecting: %1 ms; the catalog queries: %2 ms; completing the snapshot: %3 ms; in all: %4 ms'):
    'Verbinden: %1 ms; Katalogabfragen: %2 ms; Vervollständigen des Snapshots: %3 ms; insgesamt: %4 ms',
('strata-cli', 'writing: %1 ms'): 'Schreiben: %1 ms',
}
