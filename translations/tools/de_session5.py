# German texts added in the session of 2026-11-30 (second): generated columns that block
# a retype, and the collation-only column change.
DE = {
('Planner', 'Column %1 keeps its values but is no longer generated. First, because it reads a column that changes type or is dropped.'):
    'Spalte %1 behält ihre Werte, wird aber nicht mehr berechnet. Zuerst, weil sie eine Spalte liest, deren Typ sich ändert oder die gelöscht wird.',
('Planner', 'Generated column %1 reads a column that changes type or is dropped, which PostgreSQL refuses while %1 exists: it is dropped first and added again afterwards.'):
    'Die berechnete Spalte %1 liest eine Spalte, deren Typ sich ändert oder die gelöscht wird; das lehnt PostgreSQL ab, solange %1 existiert: Sie wird zuerst gelöscht und danach wieder hinzugefügt.',
('Planner', 'Generated column %1 does not exist in the target; it goes first because it reads a column that changes type or is dropped.'):
    'Die berechnete Spalte %1 gibt es im Ziel nicht; sie wird zuerst gelöscht, weil sie eine Spalte liest, deren Typ sich ändert oder die gelöscht wird.',
('Planner', "Adds %1 again with the target's generation expression; every row is computed."):
    'Fügt %1 wieder mit dem Berechnungsausdruck des Ziels hinzu; jede Zeile wird berechnet.',
('Planner', 'Column %1 changes its collation from %2 to %3; its indexes are rebuilt.'):
    'Spalte %1 wechselt die Sortierfolge von %2 zu %3; ihre Indexe werden neu aufgebaut.',
('Planner', 'the default'): 'der Standardsortierfolge',
('Planner', "The domain's base type or collation changes, which ALTER DOMAIN cannot do: the old domain is renamed and a new one created."):
    'Basistyp oder Sortierfolge der Domäne ändern sich, was ALTER DOMAIN nicht kann: Die alte Domäne wird umbenannt und eine neue angelegt.',
('Planner', 'The type as in the target.'): 'Der Typ wie im Ziel.',
('Planner', 'Converts the column to the new domain; a value that does not fit its type or constraints makes this step fail.'):
    'Wandelt die Spalte in die neue Domäne um; ein Wert, der nicht zu ihrem Typ oder ihren Constraints passt, lässt diesen Schritt fehlschlagen.',
('Planner', 'The renamed old type is no longer used.'): 'Der umbenannte alte Typ wird nicht mehr verwendet.',
('Planner', 'Table %1 changes the type of a column of its partition key, which needs the table dropped and created again: its rows are lost.'):
    'Tabelle %1 ändert den Typ einer Spalte ihres Partitionsschlüssels; dafür muss die Tabelle gelöscht und neu angelegt werden: Ihre Zeilen gehen verloren.',
('Planner', 'The default of %1 calls a function that is dropped and made again; the default is set again afterwards.'):
    'Der Standardwert von %1 ruft eine Funktion auf, die gelöscht und neu angelegt wird; er wird danach wieder gesetzt.',
('Planner', 'The default of %1 again, now calling the new function.'):
    'Wieder der Standardwert von %1, jetzt mit der neuen Funktion.',
('Planner', '%1 does not exist in the target; it goes before the new %2 is created, and what calls it is made again afterwards.'):
    '%1 gibt es im Ziel nicht; sie wird gelöscht, bevor die neue %2 angelegt wird, und was sie aufruft, wird danach neu angelegt.',
('Planner', 'Attributes change type while table columns use the type, which ALTER TYPE cannot do: the old type is renamed and a new one created.'):
    'Attribute ändern ihren Typ, während Tabellenspalten den Typ verwenden; das kann ALTER TYPE nicht: Der alte Typ wird umbenannt und ein neuer angelegt.',
('Planner', 'Converts the column to the new type attribute by attribute; a value that does not fit makes this step fail.'):
    'Wandelt die Spalte Attribut für Attribut in den neuen Typ um; ein Wert, der nicht passt, lässt diesen Schritt fehlschlagen.',
('Planner', 'Column %1 is new; it is generated from columns this plan adds or changes first.'):
    'Spalte %1 ist neu; sie wird aus Spalten berechnet, die dieser Plan zuerst hinzufügt oder ändert.',
('Planner', 'Column %1.%2 is added after the columns it reads; its position in the table differs from the target.'):
    'Spalte %1.%2 wird nach den Spalten hinzugefügt, die sie liest; ihre Position in der Tabelle weicht vom Ziel ab.',
('LintRules', 'CREATE INDEX CONCURRENTLY on partitioned table %1 will fail: PostgreSQL cannot build an index on a partitioned table concurrently.'):
    'CREATE INDEX CONCURRENTLY auf der partitionierten Tabelle %1 wird fehlschlagen: PostgreSQL kann einen Index auf einer partitionierten Tabelle nicht nebenläufig aufbauen.',
('LintRules', "Create the index on each partition with CONCURRENTLY, then CREATE INDEX ... ON ONLY %1 and ALTER INDEX ... ATTACH PARTITION each partition's index; the parent index becomes valid once every partition's index is attached."):
    'Den Index auf jeder Partition mit CONCURRENTLY anlegen, dann CREATE INDEX ... ON ONLY %1 und mit ALTER INDEX ... ATTACH PARTITION den Index jeder Partition anhängen; der Index der Elterntabelle wird gültig, sobald alle Partitionsindexe angehängt sind.',
('LintRules', 'A DO block runs code that Strata does not analyse: its locks, rewrites and errors are not in this report.'):
    'Ein DO-Block führt Code aus, den Strata nicht analysiert: Seine Sperren, Neuschreibungen und Fehler fehlen in diesem Bericht.',
('LintRules', 'Prefer plain statements in migrations, or check the statements the block runs on their own.'):
    'In Migrationen besser einfache Anweisungen verwenden oder die Anweisungen des Blocks einzeln prüfen.',
('strata-cli', 'Tables with the same columns in another order count as the same.'):
    'Tabellen mit denselben Spalten in anderer Reihenfolge gelten als gleich.',
('strata::DiffView', 'Ignore column order'): 'Spaltenreihenfolge ignorieren',
('strata::DiffView', 'Tables with the same columns in another order count as the same (ALTER TABLE cannot reorder columns).'):
    'Tabellen mit denselben Spalten in anderer Reihenfolge gelten als gleich (ALTER TABLE kann Spalten nicht umordnen).',
}
