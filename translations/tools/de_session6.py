# German texts added in the session of 2026-11-30 (third): expressions printed by Strata
# (node tree reader, strata-cli snapshot --server-deparse and its timings line), and
# generated columns that call a function the diff plan drops and creates again.
DE = {
('strata-cli', 'Let the server print every CHECK constraint and index expression (slower on many tables: it opens each table) instead of Strata.'):
    'Jeden CHECK-Constraint und jeden Indexausdruck vom Server ausgeben lassen statt von Strata (langsamer bei vielen Tabellen: er öffnet jede Tabelle).',
('strata-cli', 'expressions printed by Strata: %1, by the server: %2'):
    'von Strata ausgegebene Ausdrücke: %1, vom Server: %2',
('strata-cli', " (a sample differed from the server's text: all were printed by the server)"):
    ' (eine Stichprobe wich vom Text des Servers ab: alle wurden vom Server ausgegeben)',
('strata::catalog::nodes', 'The expression is empty.'): 'Der Ausdruck ist leer.',
('strata::catalog::nodes', 'Unexpected text after the expression.'): 'Unerwarteter Text nach dem Ausdruck.',
('strata::catalog::nodes', 'The expression is nested too deeply.'): 'Der Ausdruck ist zu tief verschachtelt.',
('strata::catalog::nodes', 'Unexpected “%1” in the expression.'): 'Unerwartetes „%1“ im Ausdruck.',
('strata::catalog::nodes', 'An expression node has no type.'): 'Ein Knoten des Ausdrucks hat keinen Typ.',
('strata::catalog::nodes', 'The expression ends inside a node.'): 'Der Ausdruck endet innerhalb eines Knotens.',
('strata::catalog::nodes', 'Expected a field name, found “%1”.'): 'Feldname erwartet, „%1“ gefunden.',
('strata::catalog::nodes', 'The expression ends inside a constant.'): 'Der Ausdruck endet innerhalb einer Konstante.',
('strata::catalog::nodes', 'A constant holds “%1”, which is not a byte.'): 'Eine Konstante enthält „%1“, das kein Byte ist.',
('strata::catalog::nodes', 'The expression ends inside a list.'): 'Der Ausdruck endet innerhalb einer Liste.',
('Planner', 'Column %1 keeps its values but is no longer generated. First, because it calls a function that is dropped and made again.'):
    'Spalte %1 behält ihre Werte, wird aber nicht mehr berechnet. Zuerst, weil sie eine Funktion aufruft, die gelöscht und neu angelegt wird.',
('Planner', 'Generated column %1 calls a function that is dropped and made again, which PostgreSQL refuses while %1 exists: it is dropped first and added again afterwards.'):
    'Die berechnete Spalte %1 ruft eine Funktion auf, die gelöscht und neu angelegt wird; das lehnt PostgreSQL ab, solange %1 existiert: Sie wird zuerst gelöscht und danach wieder hinzugefügt.',
('Planner', 'Generated column %1 does not exist in the target; it goes first because it calls a function that is dropped and made again.'):
    'Die berechnete Spalte %1 gibt es im Ziel nicht; sie wird zuerst gelöscht, weil sie eine Funktion aufruft, die gelöscht und neu angelegt wird.',
('Planner', '%1 uses a type that is made anew: it is dropped and created again with the new type.'):
    '%1 verwendet einen Typ, der neu angelegt wird: Sie wird gelöscht und mit dem neuen Typ wieder angelegt.',
('Planner', '%1 again, with the new type.'): '%1 wieder, mit dem neuen Typ.',
('Planner', 'It uses a type that is made anew: it is dropped and created again with the new type.'):
    'Sie verwendet einen Typ, der neu angelegt wird: Sie wird gelöscht und mit dem neuen Typ wieder angelegt.',
}
