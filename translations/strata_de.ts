<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlembicFolder</name>
    <message>
        <source>“%1”, line %2: the value of %3 is not a string, a tuple of strings or None.</source>
        <translation>„%1“, Zeile %2: Der Wert von %3 ist weder eine Zeichenkette noch ein Tupel von Zeichenketten noch None.</translation>
    </message>
    <message>
        <source>“%1”, line %2: revision must be one non-empty string.</source>
        <translation>„%1“, Zeile %2: revision muss eine einzelne, nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>“%1” assigns no revision identifier; it is not an Alembic revision.</source>
        <translation>„%1“ weist keine Revisionskennung zu; es ist keine Alembic-Revision.</translation>
    </message>
    <message>
        <source>“%1” assigns no down_revision; it is read as a base revision.</source>
        <translation>„%1“ weist keine down_revision zu; die Datei wird als Basisrevision gelesen.</translation>
    </message>
    <message>
        <source>Revision %1 of “%2” is also defined by “%3”.</source>
        <translation>Die Revision %1 aus „%2“ wird auch von „%3“ definiert.</translation>
    </message>
    <message>
        <source>“%1” refers to revision %2, which no file defines.</source>
        <translation>„%1“ verweist auf die Revision %2, die keine Datei definiert.</translation>
    </message>
    <message>
        <source>Revision %1 (“%2”) is its own ancestor.</source>
        <translation>Die Revision %1 („%2“) ist ihr eigener Vorfahr.</translation>
    </message>
    <message>
        <source>“%1”, line %2: %3 is computed in Python (%4); Strata shows the expression as written.</source>
        <translation>„%1“, Zeile %2: %3 wird in Python berechnet (%4); Strata zeigt den Ausdruck so, wie er geschrieben ist.</translation>
    </message>
</context>
<context>
    <name>AppliedReplay</name>
    <message>
        <source>Cannot make a temporary folder for the replay: %1</source>
        <translation>Für das Abspielen kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot link %1 for the replay.</source>
        <translation>%1 kann für das Abspielen nicht verknüpft werden.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>in a transaction</source>
        <translation>in einer Transaktion</translation>
    </message>
    <message>
        <source>outside a transaction (%1)</source>
        <translation>außerhalb einer Transaktion (%1)</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>BLOCKING</source>
        <translation>BLOCKIEREND</translation>
    </message>
    <message>
        <source>Replay: not attempted (static checks only).</source>
        <translation>Wiedergabe: nicht versucht (nur statische Prüfungen).</translation>
    </message>
    <message numerus="yes">
        <source>Replay: all %n migration(s) ran on %1.</source>
        <translation>
            <numerusform>Wiedergabe: %n Migration lief auf %1.</numerusform>
            <numerusform>Wiedergabe: Alle %n Migrationen liefen auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay: stopped. %1</source>
        <translation>Wiedergabe: abgebrochen. %1</translation>
    </message>
    <message>
        <source># Migration chain audit: %1</source>
        <translation># Prüfung der Migrationskette: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 folder, %n migration(s). %2 blocking, %3 warning(s), %4 info.</source>
        <translation>
            <numerusform>%1-Ordner, %n Migration. %2 blockierend, %3 Warnung(en), %4 Info.</numerusform>
            <numerusform>%1-Ordner, %n Migrationen. %2 blockierend, %3 Warnung(en), %4 Info.</numerusform>
        </translation>
    </message>
    <message>
        <source>## Migrations</source>
        <translation>## Migrationen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>## Findings</source>
        <translation>## Befunde</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message numerus="yes">
        <source>Folder: %1 (%2, %n migration(s))</source>
        <translation>
            <numerusform>Ordner: %1 (%2, %n Migration)</numerusform>
            <numerusform>Ordner: %1 (%2, %n Migrationen)</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TX</source>
        <translation>TX</translation>
    </message>
    <message>
        <source>WHAT IT DOES</source>
        <translation>WIRKUNG</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warning(s), %3 info</source>
        <translation>%1 blockierend, %2 Warnung(en), %3 Info</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Runbook audit: %1</source>
        <translation>Prüfbericht des Runbooks: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Runbook sha256</source>
        <translation>sha256 des Runbooks</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>System identifier</source>
        <translation>Systemkennung</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>(no backups)</source>
        <translation>(keine Sicherungen)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 steps: %2 done, %3 failed, %4 skipped, %5 pending, %6 in doubt%7</source>
        <translation>%1 Schritte: %2 erledigt, %3 fehlgeschlagen, %4 übersprungen, %5 ausstehend, %6 ungewiss%7</translation>
    </message>
    <message>
        <source> (stopped by the operator)</source>
        <translation> (vom Bediener angehalten)</translation>
    </message>
    <message>
        <source>Tables touched</source>
        <translation>Betroffene Tabellen</translation>
    </message>
    <message>
        <source>None of the steps writes to an existing table.</source>
        <translation>Keiner der Schritte schreibt in eine vorhandene Tabelle.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Rows before (backup)</source>
        <translation>Zeilen vorher (Sicherung)</translation>
    </message>
    <message>
        <source>not backed up</source>
        <translation>nicht gesichert</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step %1 (line %2)</source>
        <translation>Schritt %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Can lose data:</source>
        <translation>Kann Daten verlieren:</translation>
    </message>
    <message>
        <source>Confirmed by typing “%1”.</source>
        <translation>Bestätigt durch Eingabe von „%1“.</translation>
    </message>
    <message>
        <source>statement %1: %2 (%3)</source>
        <translation>Anweisung %1: %2 (%3)</translation>
    </message>
    <message>
        <source>done in %1 after %2 attempt(s); transaction %3.</source>
        <translation>erledigt in %1 nach %2 Versuch(en); Transaktion %3.</translation>
    </message>
    <message>
        <source>none (autocommit)</source>
        <translation>keine (Autocommit)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>lock not granted in time, rolled back, tried again: %1</source>
        <translation>Sperre nicht rechtzeitig erhalten, zurückgerollt, erneut versucht: %1</translation>
    </message>
    <message>
        <source>skipped by the operator. %1</source>
        <translation>vom Bediener übersprungen. %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No table was backed up.</source>
        <translation>Es wurde keine Tabelle gesichert.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Every backup was read back before the step that needed it ran: the file&apos;s sha256 matched the manifest, and the rows in the file matched the rows counted in the same snapshot.</source>
        <translation>Jede Sicherung wurde zurückgelesen, bevor der Schritt lief, der sie brauchte: Die sha256 der Datei stimmte mit dem Manifest überein, und die Zeilen in der Datei stimmten mit den im selben Snapshot gezählten Zeilen überein.</translation>
    </message>
    <message>
        <source>Before each COMMIT the transaction id was written to the journal and flushed to disk; after an interruption txid_status decided whether the step had committed.</source>
        <translation>Vor jedem COMMIT wurde die Transaktions-ID ins Journal geschrieben und dauerhaft auf die Festplatte gebracht; nach einer Unterbrechung entschied txid_status, ob der Schritt festgeschrieben war.</translation>
    </message>
    <message>
        <source>Rollback path</source>
        <translation>Weg zurück (Rollback)</translation>
    </message>
    <message>
        <source>Run the migration&apos;s down section as its own runbook (with its own pre-flight, backups and journal):</source>
        <translation>Den Down-Abschnitt der Migration als eigenes Runbook ausführen (mit eigener Vorabprüfung, eigenen Sicherungen und eigenem Journal):</translation>
    </message>
    <message>
        <source>No automatic way back: nothing was backed up and the source has no down section.</source>
        <translation>Kein automatischer Weg zurück: Es wurde nichts gesichert, und die Quelle hat keinen Down-Abschnitt.</translation>
    </message>
    <message>
        <source>Put the rows of %1 back from its verified backup (one transaction, checked against the manifest; the table must have the backed-up columns again, so undo column changes first):</source>
        <translation>Die Zeilen von %1 aus ihrer geprüften Sicherung zurückspielen (eine Transaktion, gegen das Manifest geprüft; die Tabelle muss wieder die gesicherten Spalten haben, machen Sie also zuerst Spaltenänderungen rückgängig):</translation>
    </message>
    <message>
        <source>The guided rollback: the inverse script from the diff engine (the schema now → the snapshot before the run), then the rows of the tables the run changed from their verified backups; with its own pre-flight, backups and journal:</source>
        <translation>Die geführte Rücknahme: das Umkehrskript der Diff-Engine (das Schema jetzt → der Schnappschuss vor dem Lauf), danach die Zeilen der vom Lauf geänderten Tabellen aus ihren geprüften Sicherungen; mit eigener Vorabprüfung, eigenen Sicherungen und eigenem Journal:</translation>
    </message>
    <message>
        <source>Its pre-flight found nothing to report.</source>
        <translation>Ihre Vorabprüfung hat nichts zu melden.</translation>
    </message>
    <message>
        <source>Its pre-flight:</source>
        <translation>Ihre Vorabprüfung:</translation>
    </message>
    <message>
        <source>It has no steps: the database is as before the run.</source>
        <translation>Sie hat keine Schritte: Die Datenbank ist wie vor dem Lauf.</translation>
    </message>
    <message>
        <source>Rollback step %1 (%2, lock: %3)</source>
        <translation>Rücknahmeschritt %1 (%2, Sperre: %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Keys before and after</source>
        <translation>Schlüssel vorher und nachher</translation>
    </message>
    <message>
        <source>The journal has no schema snapshot from before the run.</source>
        <translation>Das Journal hat keinen Schemaschnappschuss von vor dem Lauf.</translation>
    </message>
    <message>
        <source>The schema snapshot %1 cannot be read: %2</source>
        <translation>Der Schemaschnappschuss %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The run has not ended: there is no snapshot after it yet.</source>
        <translation>Der Lauf ist nicht zu Ende: Es gibt noch keinen Schnappschuss danach.</translation>
    </message>
    <message>
        <source>Primary keys, unique constraints and unique indexes, from the schema snapshot before the first step (%1) and after the run (%2).</source>
        <translation>Primärschlüssel, Eindeutigkeits-Constraints und eindeutige Indizes aus dem Schemaschnappschuss vor dem ersten Schritt (%1) und nach dem Lauf (%2).</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(no table)</source>
        <translation>(keine Tabelle)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Step %1: %2 (%3).</source>
        <translation>Schritt %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Blocking finding overridden by the operator: %1</source>
        <translation>Blockierender Befund vom Bediener übergangen: %1</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Blockierend: %1</translation>
    </message>
    <message>
        <source>Migration ledger</source>
        <translation>Migrations-Ledger</translation>
    </message>
    <message>
        <source>backup skipped by the operator</source>
        <translation>Sicherung vom Bediener übersprungen</translation>
    </message>
    <message>
        <source>backed up %1 (%2): %3, %4 rows, %5 bytes, sha256 %6, verified.</source>
        <translation>%1 (%2) gesichert: %3, %4 Zeilen, %5 Bytes, sha256 %6, geprüft.</translation>
    </message>
    <message>
        <source>Backup skipped by the operator:</source>
        <translation>Sicherung vom Bediener übersprungen:</translation>
    </message>
    <message>
        <source>%1 (step %2, confirmed by typing its name): it was NOT backed up and cannot be restored from this run.</source>
        <translation>%1 (Schritt %2, durch Eingabe des Namens bestätigt): wurde NICHT gesichert und kann aus diesem Lauf nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht dauerhaft auf die Festplatte geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the backup manifest %1: %2</source>
        <translation>Das Sicherungsmanifest %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Strata backup manifest.</source>
        <translation>%1 ist kein Sicherungsmanifest von Strata.</translation>
    </message>
    <message>
        <source>The backup manifest %1 has an invalid entry.</source>
        <translation>Das Sicherungsmanifest %1 hat einen ungültigen Eintrag.</translation>
    </message>
</context>
<context>
    <name>BackupSteps</name>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>about %1 on disk</source>
        <translation>etwa %1 auf dem Datenträger</translation>
    </message>
    <message>
        <source>row count unknown (never analyzed)</source>
        <translation>Zeilenzahl unbekannt (nie analysiert)</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>etwa %1 Zeilen</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>Cannot read the backup file %1: %2</source>
        <translation>Die Sicherungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup of %1 is damaged: its checksum does not match the manifest.</source>
        <translation>Die Sicherung von %1 ist beschädigt: Ihre Prüfsumme passt nicht zum Manifest.</translation>
    </message>
    <message>
        <source>expected sha256 %1, found %2</source>
        <translation>erwartet sha256 %1, gefunden %2</translation>
    </message>
    <message>
        <source>The backup of %1 does not hold the table&apos;s data.</source>
        <translation>Die Sicherung von %1 enthält nicht die Daten der Tabelle.</translation>
    </message>
    <message>
        <source>Unknown backup method “%1”.</source>
        <translation>Unbekannte Sicherungsmethode „%1“.</translation>
    </message>
    <message>
        <source>The backup of %1 has %2 rows; the table had %3.</source>
        <translation>Die Sicherung von %1 hat %2 Zeilen; die Tabelle hatte %3.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Choose a folder that can be written. Nothing runs without a backup.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner. Ohne Sicherung läuft nichts.</translation>
    </message>
    <message>
        <source>Cannot write to the backup folder %1.</source>
        <translation>In den Sicherungsordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot start pg_dump: %1</source>
        <translation>pg_dump kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>pg_dump could not back up %1.</source>
        <translation>pg_dump konnte %1 nicht sichern.</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1: %2</source>
        <translation>Die Sicherungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Is the backup folder&apos;s disk full? Free space or choose another backup folder; nothing ran.</source>
        <translation>Ist der Datenträger des Sicherungsordners voll? Geben Sie Platz frei oder wählen Sie einen anderen Sicherungsordner; nichts wurde ausgeführt.</translation>
    </message>
</context>
<context>
    <name>CatalogProbe</name>
    <message>
        <source>pid %1 (%2, %3) holds %4 on %5: %6</source>
        <translation>PID %1 (%2, %3) hält %4 auf %5: %6</translation>
    </message>
    <message>
        <source>no application name</source>
        <translation>kein Anwendungsname</translation>
    </message>
</context>
<context>
    <name>ChainAudit</name>
    <message>
        <source>The %1 %2 is created in %3 and again in %4, where IF NOT EXISTS hides the duplicate: the second definition is silently skipped.</source>
        <translation>%1 %2 wird in %3 angelegt und in %4 noch einmal; dort verbirgt IF NOT EXISTS das Duplikat: Die zweite Definition wird stillschweigend übersprungen.</translation>
    </message>
    <message>
        <source>The %1 %2 is created in %3 and again in %4 without being dropped in between.</source>
        <translation>%1 %2 wird in %3 angelegt und in %4 noch einmal, ohne dazwischen gelöscht zu werden.</translation>
    </message>
    <message>
        <source>%1 drops the %2 %3 IF EXISTS, but no earlier file creates it: the drop does nothing.</source>
        <translation>%1 löscht %2 %3 mit IF EXISTS, aber keine frühere Datei legt das Objekt an: Das Löschen bewirkt nichts.</translation>
    </message>
    <message>
        <source>%1 drops the %2 %3, which no earlier file creates.</source>
        <translation>%1 löscht %2 %3, doch keine frühere Datei legt das Objekt an.</translation>
    </message>
    <message numerus="yes">
        <source>The primary or unique keys of %1 change in %n file(s): %2.</source>
        <translation>
            <numerusform>Die Primär- oder Unique-Schlüssel von %1 ändern sich in %n Datei: %2.</numerusform>
            <numerusform>Die Primär- oder Unique-Schlüssel von %1 ändern sich in %n Dateien: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>does not parse: %1</source>
        <translation>lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>creates table %1</source>
        <translation>legt Tabelle %1 an</translation>
    </message>
    <message>
        <source>creates index %1</source>
        <translation>legt Index %1 an</translation>
    </message>
    <message>
        <source>adds column %1</source>
        <translation>fügt Spalte %1 hinzu</translation>
    </message>
    <message>
        <source>drops column %1</source>
        <translation>löscht Spalte %1</translation>
    </message>
    <message>
        <source>adds constraint %1</source>
        <translation>fügt Constraint %1 hinzu</translation>
    </message>
    <message>
        <source>drops constraint %1</source>
        <translation>löscht Constraint %1</translation>
    </message>
    <message>
        <source>changes the type of %1</source>
        <translation>ändert den Typ von %1</translation>
    </message>
    <message>
        <source>alters table %1</source>
        <translation>ändert Tabelle %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>drops %1</source>
        <translation>löscht %1</translation>
    </message>
    <message>
        <source>creates view %1</source>
        <translation>legt Sicht %1 an</translation>
    </message>
    <message>
        <source>creates a function</source>
        <translation>legt eine Funktion an</translation>
    </message>
    <message>
        <source>creates a type</source>
        <translation>legt einen Typ an</translation>
    </message>
    <message>
        <source>creates an extension</source>
        <translation>legt eine Erweiterung an</translation>
    </message>
    <message>
        <source>inserts into %1</source>
        <translation>fügt in %1 ein</translation>
    </message>
    <message>
        <source>updates rows</source>
        <translation>ändert Zeilen</translation>
    </message>
    <message>
        <source>deletes rows</source>
        <translation>löscht Zeilen</translation>
    </message>
    <message>
        <source>changes privileges</source>
        <translation>ändert Rechte</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>ran</source>
        <translation>gelaufen</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>not replayed</source>
        <translation>nicht wiedergegeben</translation>
    </message>
    <message>
        <source>Reading the migration folder…</source>
        <translation>Lese den Migrationsordner …</translation>
    </message>
    <message>
        <source>Starting a private PostgreSQL server…</source>
        <translation>Ein privater PostgreSQL-Server wird gestartet …</translation>
    </message>
    <message>
        <source>The replay could not run: %1</source>
        <translation>Die Wiedergabe konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The replay stops at %1, line %2: %3</source>
        <translation>Die Wiedergabe bricht bei %1, Zeile %2, ab: %3</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>A: %1 (%2)</source>
        <translation>A: %1 (%2)</translation>
    </message>
    <message>
        <source>B: %1 (%2)</source>
        <translation>B: %1 (%2)</translation>
    </message>
    <message>
        <source>The schemas are the same.</source>
        <translation>Die Schemas sind gleich.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Owners are ignored: a replayed migration folder&apos;s objects belong to the scratch server&apos;s superuser.</source>
        <translation>Eigentümer werden ignoriert: Die Objekte eines abgespielten Migrationsordners gehören dem Superuser des Hilfsservers.</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <source>The sides come from different PostgreSQL versions (%1 and %2); some definitions may print differently.</source>
        <translation>Die Seiten stammen aus verschiedenen PostgreSQL-Versionen (%1 und %2); manche Definitionen werden womöglich anders ausgegeben.</translation>
    </message>
    <message>
        <source>Left out the migration ledger %1: a replayed folder has none.</source>
        <translation>Die Ledger-Tabelle %1 wurde ausgelassen: Ein abgespielter Ordner hat keine.</translation>
    </message>
</context>
<context>
    <name>ConfirmTables</name>
    <message>
        <source>--skip-backup %1: no step still to run backs up a table of that name.</source>
        <translation>--skip-backup %1: Kein noch auszuführender Schritt sichert eine Tabelle dieses Namens.</translation>
    </message>
    <message>
        <source>%1 %2 could mean any of %3; name the one you mean with its schema.</source>
        <translation>%1 %2 kann %3 bedeuten; geben Sie die gemeinte Tabelle mit ihrem Schema an.</translation>
    </message>
    <message>
        <source>For example: %1 %2</source>
        <translation>Zum Beispiel: %1 %2</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>the default server</source>
        <translation>den Standardserver</translation>
    </message>
    <message>
        <source>The server asks for a password for user “%1”.</source>
        <translation>Der Server verlangt ein Passwort für den Benutzer „%1“.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Enter the password, store it in the system keychain, or add it to ~/.pgpass.</source>
        <translation>Geben Sie das Passwort ein, speichern Sie es im Schlüsselbund des Systems oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Check the user name and password; the password may have changed.</source>
        <translation>Prüfen Sie Benutzername und Passwort; vielleicht wurde das Passwort geändert.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist on %2.</source>
        <translation>Die Datenbank „%1“ gibt es auf %2 nicht.</translation>
    </message>
    <message>
        <source>Check the database name, or connect to “postgres” to see which databases exist.</source>
        <translation>Prüfen Sie den Datenbanknamen oder verbinden Sie sich mit „postgres“, um die vorhandenen Datenbanken zu sehen.</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved.</source>
        <translation>Der Hostname „%1“ konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the spelling of the host, or your DNS and VPN.</source>
        <translation>Prüfen Sie die Schreibweise des Hosts oder Ihr DNS und VPN.</translation>
    </message>
    <message>
        <source>No PostgreSQL server is listening at %1.</source>
        <translation>Unter %1 lauscht kein PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Check that the server runs and that host and port are right.</source>
        <translation>Prüfen Sie, ob der Server läuft und Host und Port stimmen.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection, or the server is overloaded.</source>
        <translation>Vielleicht verwirft eine Firewall die Verbindung, oder der Server ist überlastet.</translation>
    </message>
    <message>
        <source>The secure (SSL) connection could not be set up.</source>
        <translation>Die sichere (SSL-)Verbindung konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>Check sslmode and the certificate files.</source>
        <translation>Prüfen Sie sslmode und die Zertifikatsdateien.</translation>
    </message>
    <message>
        <source>The connection settings are not valid.</source>
        <translation>Die Verbindungseinstellungen sind ungültig.</translation>
    </message>
    <message>
        <source>Could not connect to the server.</source>
        <translation>Keine Verbindung zum Server möglich.</translation>
    </message>
    <message>
        <source>Out of memory while connecting.</source>
        <translation>Beim Verbinden ist der Speicher ausgegangen.</translation>
    </message>
    <message>
        <source>The server does not accept UTF-8 as client encoding.</source>
        <translation>Der Server akzeptiert UTF-8 nicht als Client-Kodierung.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <source>The server may have restarted or the network dropped. Reconnect to continue; nothing was changed by Strata after the loss.</source>
        <translation>Vielleicht wurde der Server neu gestartet oder das Netz unterbrochen. Verbinden Sie sich neu, um fortzufahren; Strata hat nach dem Abbruch nichts geändert.</translation>
    </message>
    <message>
        <source>This is a read-only review session. Changes run only through a runbook, after confirmation.</source>
        <translation>Dies ist eine schreibgeschützte Prüfsitzung. Änderungen laufen nur über ein Runbook, nach Bestätigung.</translation>
    </message>
    <message>
        <source>The statement was canceled.</source>
        <translation>Die Anweisung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The statement ran longer than the session&apos;s statement_timeout allows.</source>
        <translation>Die Anweisung lief länger, als statement_timeout der Sitzung erlaubt.</translation>
    </message>
    <message>
        <source>Another session holds a conflicting lock. Check pg_stat_activity, then try again.</source>
        <translation>Eine andere Sitzung hält eine kollidierende Sperre. Prüfen Sie pg_stat_activity und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The connection string is empty.</source>
        <translation>Die Verbindungszeichenkette ist leer.</translation>
    </message>
    <message>
        <source>This is not a valid PostgreSQL connection string.</source>
        <translation>Das ist keine gültige PostgreSQL-Verbindungszeichenkette.</translation>
    </message>
    <message>
        <source>Use a URI such as postgresql://user@host:5432/dbname or key=value pairs such as host=localhost dbname=app.</source>
        <translation>Verwenden Sie eine URI wie postgresql://user@host:5432/dbname oder Schlüssel=Wert-Paare wie host=localhost dbname=app.</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <source>Created, then dropped</source>
        <translation>Angelegt, dann gelöscht</translation>
    </message>
    <message>
        <source>Column added, then dropped</source>
        <translation>Spalte hinzugefügt, dann gelöscht</translation>
    </message>
    <message>
        <source>Written several times</source>
        <translation>Mehrfach geschrieben</translation>
    </message>
    <message>
        <source>Rows inserted, then removed</source>
        <translation>Zeilen eingefügt, dann entfernt</translation>
    </message>
    <message>
        <source>Does not parse</source>
        <translation>Nicht parsebar</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Nicht analysiert</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>Materialisierte Sicht</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The %1 migrations in “%2” hold no SQL to analyse.</source>
        <translation>Die %1-Migrationen in „%2“ enthalten kein SQL, das sich analysieren ließe.</translation>
    </message>
    <message>
        <source>TRUNCATE</source>
        <translation>TRUNCATE</translation>
    </message>
    <message>
        <source>DELETE without WHERE</source>
        <translation>DELETE ohne WHERE</translation>
    </message>
    <message>
        <source>DROP TABLE</source>
        <translation>DROP TABLE</translation>
    </message>
    <message>
        <source>The DO block at %1 is not analysed: objects it creates or drops are missing from this report.</source>
        <translation>Der DO-Block in %1 wird nicht analysiert: Objekte, die er anlegt oder löscht, fehlen in diesem Bericht.</translation>
    </message>
    <message>
        <source>%1 does not parse, so it is left out of this report: %2</source>
        <translation>%1 lässt sich nicht parsen und fehlt daher in diesem Bericht: %2</translation>
    </message>
    <message>
        <source>Column %1 is added in %2 and dropped in %3.</source>
        <translation>Die Spalte %1 wird in %2 hinzugefügt und in %3 gelöscht.</translation>
    </message>
    <message>
        <source>The %1 %2 is created in %3 and dropped in %4.</source>
        <translation>%1 %2 wird in %3 angelegt und in %4 gelöscht.</translation>
    </message>
    <message>
        <source>The %1 %2 is written %3 times: first in %4, last in %5.</source>
        <translation>%1 %2 wird %3-mal geschrieben: zuerst in %4, zuletzt in %5.</translation>
    </message>
    <message numerus="yes">
        <source>Rows inserted into %1 by %n statement(s), the first in %2, are removed by %3 in %4.</source>
        <translation>
            <numerusform>Die von %n Anweisung in %1 eingefügten Zeilen (in %2) werden in %4 durch %3 wieder entfernt.</numerusform>
            <numerusform>Die von %n Anweisungen in %1 eingefügten Zeilen (die erste in %2) werden in %4 durch %3 wieder entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyIo</name>
    <message>
        <source>Cannot write the backup file: %1</source>
        <translation>Die Sicherungsdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The binary COPY data is damaged: %1</source>
        <translation>Die binären COPY-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>no PGCOPY signature</source>
        <translation>keine PGCOPY-Signatur</translation>
    </message>
    <message>
        <source>short header</source>
        <translation>Kopf zu kurz</translation>
    </message>
    <message>
        <source>short header extension</source>
        <translation>Kopferweiterung zu kurz</translation>
    </message>
    <message>
        <source>missing trailer after %1 rows</source>
        <translation>Abschlussmarke fehlt nach %1 Zeilen</translation>
    </message>
    <message>
        <source>negative field count</source>
        <translation>negative Feldanzahl</translation>
    </message>
    <message>
        <source>truncated row %1</source>
        <translation>abgeschnittene Zeile %1</translation>
    </message>
    <message>
        <source>data after the trailer</source>
        <translation>Daten nach der Abschlussmarke</translation>
    </message>
    <message>
        <source>Is the backup folder&apos;s disk full? Free space or choose another backup folder; nothing ran.</source>
        <translation>Ist der Datenträger des Sicherungsordners voll? Geben Sie Platz frei oder wählen Sie einen anderen Sicherungsordner; nichts wurde ausgeführt.</translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <source>Rollback to %1 is possible with today&apos;s data: index %2 still enforces it (0 collisions). After the forward step, rows that differ only in (%3) can be inserted, and from then on restoring the old key fails. Run this check again before rolling back.</source>
        <translation>Ein Rollback auf %1 ist mit den heutigen Daten möglich: Der Index %2 erzwingt diesen Schlüssel noch (0 Kollisionen). Nach dem Vorwärtsschritt können Zeilen eingefügt werden, die sich nur in (%3) unterscheiden, und ab dann schlägt das Wiederherstellen des alten Schlüssels fehl. Führen Sie diese Prüfung vor dem Rollback erneut aus.</translation>
    </message>
    <message>
        <source>No duplicates possible: the existing unique index %1 already covers a subset of the new key. No scan needed.</source>
        <translation>Keine Duplikate möglich: Der vorhandene eindeutige Index %1 deckt bereits eine Teilmenge des neuen Schlüssels ab. Kein Scan nötig.</translation>
    </message>
    <message>
        <source>ALTER COLUMN TYPE will fail: at least one value of %1 cannot be converted (%2).</source>
        <translation>ALTER COLUMN TYPE wird fehlschlagen: Mindestens ein Wert von %1 lässt sich nicht umwandeln (%2).</translation>
    </message>
    <message>
        <source>Fix or convert the offending values first, or give a USING expression that handles them.</source>
        <translation>Korrigieren oder wandeln Sie die betroffenen Werte zuerst um, oder geben Sie einen USING-Ausdruck an, der sie behandelt.</translation>
    </message>
    <message>
        <source>The data check “%1” could not run: %2</source>
        <translation>Die Datenprüfung „%1“ konnte nicht laufen: %2</translation>
    </message>
    <message>
        <source>Raise the check timeout, or run the check on a replica.</source>
        <translation>Erhöhen Sie das Zeitlimit der Prüfung oder führen Sie die Prüfung auf einem Replikat aus.</translation>
    </message>
    <message>
        <source>%1 values per colliding group</source>
        <translation>Werte von %1 je kollidierender Gruppe</translation>
    </message>
    <message>
        <source>%1 will fail: %2 groups of duplicate values (%3 rows) on the new key.</source>
        <translation>%1 wird fehlschlagen: %2 Gruppen doppelter Werte (%3 Zeilen) im neuen Schlüssel.</translation>
    </message>
    <message>
        <source>No duplicates on the new key %1.</source>
        <translation>Keine Duplikate im neuen Schlüssel %1.</translation>
    </message>
    <message>
        <source>De-duplicate first (merge or rename the rows listed below), or include a distinguishing column in the key. Until then the index build fails%1.</source>
        <translation>Entfernen Sie zuerst die Duplikate (führen Sie die unten aufgeführten Zeilen zusammen oder benennen Sie sie um) oder nehmen Sie eine unterscheidende Spalte in den Schlüssel auf. Bis dahin schlägt der Indexaufbau fehl%1.</translation>
    </message>
    <message>
        <source>; rows with a NULL in any key column never collide</source>
        <translation>; Zeilen mit NULL in einer Schlüsselspalte kollidieren nie</translation>
    </message>
    <message>
        <source>Rollback is NOT possible with today&apos;s data: restoring %1 would find %2 colliding groups (%3 rows) that differ only in (%4).</source>
        <translation>Ein Rollback ist mit den heutigen Daten NICHT möglich: Das Wiederherstellen von %1 fände %2 kollidierende Gruppen (%3 Zeilen), die sich nur in (%4) unterscheiden.</translation>
    </message>
    <message>
        <source>Rollback to %1 is possible with today&apos;s data (0 collisions). Run this check again before rolling back: new rows may collide.</source>
        <translation>Ein Rollback auf %1 ist mit den heutigen Daten möglich (0 Kollisionen). Führen Sie diese Prüfung vor dem Rollback erneut aus: Neue Zeilen können kollidieren.</translation>
    </message>
    <message>
        <source>Decide before the forward step: the down migration needs a de-duplication step (rename or merge the rows below), or the old key must stay scoped differently.</source>
        <translation>Entscheiden Sie vor dem Vorwärtsschritt: Die Down-Migration braucht einen Schritt zur Duplikatbereinigung (die Zeilen unten umbenennen oder zusammenführen), oder der alte Schlüssel muss einen anderen Geltungsbereich behalten.</translation>
    </message>
    <message>
        <source>%1 will fail: %2 rows have NULL in %3.</source>
        <translation>%1 wird fehlschlagen: %2 Zeilen haben NULL in %3.</translation>
    </message>
    <message>
        <source>No NULLs in %1.</source>
        <translation>Keine NULL-Werte in %1.</translation>
    </message>
    <message>
        <source>Backfill the NULL rows (in batches) before adding the constraint, or delete them if they are garbage.</source>
        <translation>Füllen Sie die Zeilen mit NULL (stapelweise) nach, bevor Sie den Constraint hinzufügen, oder löschen Sie sie, wenn sie unbrauchbar sind.</translation>
    </message>
    <message>
        <source>NULLs per column</source>
        <translation>NULL-Werte je Spalte</translation>
    </message>
    <message>
        <source>%1 rows of %2 have no matching row in %3: the constraint is added NOT VALID, but VALIDATE CONSTRAINT will fail until they are fixed.</source>
        <translation>%1 Zeilen von %2 haben keine passende Zeile in %3: Der Constraint wird mit NOT VALID hinzugefügt, aber VALIDATE CONSTRAINT schlägt fehl, bis sie korrigiert sind.</translation>
    </message>
    <message>
        <source>%4 will fail: %1 rows of %2 have no matching row in %3.</source>
        <translation>%4 wird fehlschlagen: %1 Zeilen von %2 haben keine passende Zeile in %3.</translation>
    </message>
    <message>
        <source>Every row of %1 has its parent in %2.</source>
        <translation>Jede Zeile von %1 hat ihre Elternzeile in %2.</translation>
    </message>
    <message>
        <source>Insert the missing parents, set the orphans&apos; key to NULL, or delete them; add the constraint NOT VALID to protect new rows meanwhile.</source>
        <translation>Fügen Sie die fehlenden Elternzeilen ein, setzen Sie den Schlüssel der verwaisten Zeilen auf NULL oder löschen Sie diese; fügen Sie den Constraint so lange mit NOT VALID hinzu, um neue Zeilen zu schützen.</translation>
    </message>
    <message>
        <source>missing parent key</source>
        <translation>fehlender Elternschlüssel</translation>
    </message>
    <message>
        <source>%1 rows violate %2: it is added NOT VALID, but VALIDATE CONSTRAINT will fail.</source>
        <translation>%1 Zeilen verletzen %2: Er wird mit NOT VALID hinzugefügt, aber VALIDATE CONSTRAINT wird fehlschlagen.</translation>
    </message>
    <message>
        <source>%1 rows violate %2: adding it will fail.</source>
        <translation>%1 Zeilen verletzen %2: Das Hinzufügen wird fehlschlagen.</translation>
    </message>
    <message>
        <source>No row violates %1.</source>
        <translation>Keine Zeile verletzt %1.</translation>
    </message>
    <message>
        <source>Fix the rows below first; add the CHECK NOT VALID meanwhile so new rows are checked.</source>
        <translation>Korrigieren Sie zuerst die Zeilen unten; fügen Sie den CHECK so lange mit NOT VALID hinzu, damit neue Zeilen geprüft werden.</translation>
    </message>
    <message>
        <source>ALTER COLUMN TYPE will fail: %1 values of %2 cannot be converted to %3.</source>
        <translation>ALTER COLUMN TYPE wird fehlschlagen: %1 Werte von %2 lassen sich nicht in %3 umwandeln.</translation>
    </message>
    <message>
        <source>Every value of %1 converts to %2 (the cast was tried on all rows).</source>
        <translation>Jeder Wert von %1 lässt sich in %2 umwandeln (die Umwandlung wurde an allen Zeilen versucht).</translation>
    </message>
    <message>
        <source>Every value of %1 converts to %2.</source>
        <translation>Jeder Wert von %1 lässt sich in %2 umwandeln.</translation>
    </message>
    <message>
        <source>%1 will fail: %2 has rows, and they would get NULL in a NOT NULL column.</source>
        <translation>%1 wird fehlschlagen: %2 hat Zeilen, und diese bekämen NULL in einer NOT-NULL-Spalte.</translation>
    </message>
    <message>
        <source>%1 is empty: adding a NOT NULL column without default works.</source>
        <translation>%1 ist leer: Eine NOT-NULL-Spalte ohne Standardwert lässt sich hinzufügen.</translation>
    </message>
    <message>
        <source>Add the column with a DEFAULT, or nullable; backfill; then add NOT NULL.</source>
        <translation>Fügen Sie die Spalte mit einem DEFAULT oder ohne NOT NULL hinzu; füllen Sie sie nach; setzen Sie dann NOT NULL.</translation>
    </message>
    <message>
        <source>Rollback is NOT possible with today&apos;s data: restoring %1 would find %2 colliding groups (%3 rows).</source>
        <translation>Ein Rollback ist mit den heutigen Daten NICHT möglich: Das Wiederherstellen von %1 fände %2 kollidierende Gruppen (%3 Zeilen).</translation>
    </message>
    <message>
        <source>%1 will fail: %2 rows still have NULL in %3 after the backfill UPDATE at line %4 (%5 are NULL now).</source>
        <translation>%1 wird fehlschlagen: %2 Zeilen haben nach dem nachfüllenden UPDATE in Zeile %4 noch NULL in %3 (jetzt sind %5 NULL).</translation>
    </message>
    <message>
        <source>No NULLs left in %1 after the backfill UPDATE at line %2: it fills all %3 rows that are NULL now.</source>
        <translation>Nach dem nachfüllenden UPDATE in Zeile %2 bleiben keine NULL-Werte in %1: Es füllt alle %3 Zeilen, die jetzt NULL sind.</translation>
    </message>
    <message>
        <source>The backfill UPDATE does not reach these rows (no matching row, or it sets NULL): fix them or widen the UPDATE before the constraint is added.</source>
        <translation>Das nachfüllende UPDATE erreicht diese Zeilen nicht (keine passende Zeile, oder es setzt NULL): Korrigieren Sie sie oder erweitern Sie das UPDATE, bevor der Constraint hinzugefügt wird.</translation>
    </message>
</context>
<context>
    <name>DbmateFormat</name>
    <message>
        <source>“%1” is not a dbmate migration name (expected &lt;version&gt;_&lt;name&gt;.sql).</source>
        <translation>„%1“ ist kein dbmate-Migrationsname (erwartet: &lt;version&gt;_&lt;name&gt;.sql).</translation>
    </message>
    <message>
        <source>“%1” has more than one “-- migrate:up” section.</source>
        <translation>„%1“ hat mehr als einen Abschnitt „-- migrate:up“.</translation>
    </message>
    <message>
        <source>“%1”: unknown dbmate option “%2”.</source>
        <translation>„%1“: unbekannte dbmate-Option „%2“.</translation>
    </message>
    <message>
        <source>“%1” has no “-- migrate:up” section.</source>
        <translation>„%1“ hat keinen Abschnitt „-- migrate:up“.</translation>
    </message>
    <message>
        <source>The migration folder “%1” does not exist.</source>
        <translation>Den Migrationsordner „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>Starting a private PostgreSQL server…</source>
        <translation>Ein privater PostgreSQL-Server wird gestartet …</translation>
    </message>
    <message>
        <source>Strata demo</source>
        <translation>Strata-Demo</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Could not read “%1”.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” exists and is not a file.</source>
        <translation>„%1“ existiert und ist keine Datei.</translation>
    </message>
    <message>
        <source>“%1” already exists with other content; it was left untouched.</source>
        <translation>„%1“ existiert bereits mit anderem Inhalt; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the demo project.</source>
        <translation>Wählen Sie einen leeren Ordner für das Demoprojekt.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No folder was given for the demo project.</source>
        <translation>Für das Demoprojekt wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>“%1” exists and is not a folder.</source>
        <translation>„%1“ existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>The demo project is missing from this build.</source>
        <translation>Das Demoprojekt fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The demo database needs a name.</source>
        <translation>Die Demodatenbank braucht einen Namen.</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Lege die Demodatenbank an …</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>Wende %1 an …</translation>
    </message>
    <message>
        <source>Loading the seed data…</source>
        <translation>Lade die Startdaten …</translation>
    </message>
    <message>
        <source>The demo database is ready.</source>
        <translation>Die Demodatenbank ist bereit.</translation>
    </message>
</context>
<context>
    <name>DiffSource</name>
    <message>
        <source>An empty source was given; expected a connection string, a snapshot file or a migration folder.</source>
        <translation>Die angegebene Quelle ist leer; erwartet wird eine Verbindungszeichenkette, eine Schnappschussdatei oder ein Migrationsordner.</translation>
    </message>
    <message>
        <source>The snapshot file “%1” does not exist.</source>
        <translation>Die Schnappschussdatei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Give an existing migration folder or snapshot file, or a connection string.</source>
        <translation>Geben Sie einen vorhandenen Migrationsordner, eine vorhandene Schnappschussdatei oder eine Verbindungszeichenkette an.</translation>
    </message>
    <message>
        <source>“%1” is neither a connection string, a snapshot file nor a migration folder.</source>
        <translation>„%1“ ist weder eine Verbindungszeichenkette noch eine Schnappschussdatei noch ein Migrationsordner.</translation>
    </message>
    <message>
        <source>Use a postgresql:// URI or key=value string, a *.json snapshot, or a folder of migrations.</source>
        <translation>Verwenden Sie eine postgresql://-URI oder eine Schlüssel=Wert-Zeichenkette, einen *.json-Schnappschuss oder einen Ordner mit Migrationen.</translation>
    </message>
    <message>
        <source>Snapshot file “%1”: %2</source>
        <translation>Schnappschussdatei „%1“: %2</translation>
    </message>
    <message>
        <source>Reading the schema of %1…</source>
        <translation>Lese das Schema von %1 …</translation>
    </message>
</context>
<context>
    <name>DjangoFolder</name>
    <message>
        <source>“%1” is not a numbered Django migration (expected NNNN_name.py).</source>
        <translation>„%1“ ist keine nummerierte Django-Migration (erwartet: NNNN_name.py).</translation>
    </message>
    <message>
        <source>“%1” defines no Migration class; Django would refuse to load it.</source>
        <translation>„%1“ definiert keine Klasse Migration; Django würde die Datei nicht laden.</translation>
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <source>The runbook needs PostgreSQL 10 or newer (txid_status); the server runs %1.</source>
        <translation>Das Runbook braucht PostgreSQL 10 oder neuer (txid_status); auf dem Server läuft %1.</translation>
    </message>
    <message>
        <source>This journal belongs to the database “%1” on another server; it cannot be resumed here.</source>
        <translation>Dieses Journal gehört zur Datenbank „%1“ auf einem anderen Server; es kann hier nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>journal: %1 (system %2); connected: %3 (system %4)</source>
        <translation>Journal: %1 (System %2); verbunden: %3 (System %4)</translation>
    </message>
    <message>
        <source>The journal&apos;s runbook does not match its checksum.</source>
        <translation>Das Runbook im Journal passt nicht zu seiner Prüfsumme.</translation>
    </message>
    <message>
        <source>This journal belongs to a different runbook (sha256 %1, the given one is %2).</source>
        <translation>Dieses Journal gehört zu einem anderen Runbook (sha256 %1, das angegebene hat %2).</translation>
    </message>
    <message>
        <source>pid %1 (%2): %3</source>
        <translation>PID %1 (%2): %3</translation>
    </message>
    <message>
        <source>A session of the earlier run is still working on this database.</source>
        <translation>Eine Sitzung des früheren Laufs arbeitet noch auf dieser Datenbank.</translation>
    </message>
    <message>
        <source>Wait for it to finish and resume again, or resume with --terminate-stale to end it.</source>
        <translation>Warten Sie, bis sie fertig ist, und setzen Sie dann erneut fort, oder setzen Sie mit --terminate-stale fort, um sie zu beenden.</translation>
    </message>
    <message>
        <source>Step %1 was interrupted before COMMIT was sent: it did not commit and will run again.</source>
        <translation>Schritt %1 wurde unterbrochen, bevor COMMIT gesendet war: Er wurde nicht festgeschrieben und läuft erneut.</translation>
    </message>
    <message>
        <source>The server no longer knows whether step %1 (transaction %2) committed.</source>
        <translation>Der Server weiß nicht mehr, ob Schritt %1 (Transaktion %2) festgeschrieben wurde.</translation>
    </message>
    <message>
        <source>Check the step&apos;s effect by hand, then resume with --mark-done %1 or --rerun %1.</source>
        <translation>Prüfen Sie die Wirkung des Schritts von Hand und setzen Sie dann mit --mark-done %1 oder --rerun %1 fort.</translation>
    </message>
    <message>
        <source>Step %1 committed (transaction %2) before the interruption: it is done and will not run again.</source>
        <translation>Schritt %1 wurde vor der Unterbrechung festgeschrieben (Transaktion %2): Er ist erledigt und läuft nicht erneut.</translation>
    </message>
    <message>
        <source>Step %1 did not commit (transaction %2 aborted): it will run again.</source>
        <translation>Schritt %1 wurde nicht festgeschrieben (Transaktion %2 abgebrochen): Er läuft erneut.</translation>
    </message>
    <message>
        <source>Step %1&apos;s transaction %2 is still in progress on the server.</source>
        <translation>Die Transaktion %2 von Schritt %1 läuft auf dem Server noch.</translation>
    </message>
    <message>
        <source>Resume again once it has ended.</source>
        <translation>Setzen Sie erneut fort, sobald sie beendet ist.</translation>
    </message>
    <message>
        <source>Step %1 had finished: %2 is in place.</source>
        <translation>Schritt %1 war abgeschlossen: %2 ist vorhanden.</translation>
    </message>
    <message>
        <source>Step %1 was interrupted and left the INVALID index %2; drop it before running the step again.</source>
        <translation>Schritt %1 wurde unterbrochen und hat den INVALID-Index %2 hinterlassen; löschen Sie ihn, bevor der Schritt erneut läuft.</translation>
    </message>
    <message>
        <source>Step %1 had not taken effect: it will run again.</source>
        <translation>Schritt %1 hatte keine Wirkung: Er läuft erneut.</translation>
    </message>
    <message>
        <source>Step %1 may have run; running it again is harmless.</source>
        <translation>Schritt %1 ist vielleicht gelaufen; ihn erneut auszuführen, schadet nicht.</translation>
    </message>
    <message>
        <source>Step %1 ran outside a transaction and was interrupted; Strata cannot tell whether it took effect.</source>
        <translation>Schritt %1 lief außerhalb einer Transaktion und wurde unterbrochen; Strata kann nicht feststellen, ob er Wirkung hatte.</translation>
    </message>
    <message>
        <source>Check its effect by hand, then resume with --mark-done %1 or --rerun %1.</source>
        <translation>Prüfen Sie seine Wirkung von Hand und setzen Sie dann mit --mark-done %1 oder --rerun %1 fort.</translation>
    </message>
    <message>
        <source>Step %1 is not in doubt.</source>
        <translation>Schritt %1 ist nicht ungewiss.</translation>
    </message>
    <message>
        <source>The operator marked step %1 as done.</source>
        <translation>Der Bediener hat Schritt %1 als erledigt markiert.</translation>
    </message>
    <message>
        <source>The operator chose to run step %1 again.</source>
        <translation>Der Bediener hat entschieden, Schritt %1 erneut auszuführen.</translation>
    </message>
    <message>
        <source>Step %1 did not run: the backup of %2 failed. %3</source>
        <translation>Schritt %1 lief nicht: Die Sicherung von %2 ist fehlgeschlagen. %3</translation>
    </message>
    <message>
        <source>Every step of the runbook is done.</source>
        <translation>Jeder Schritt des Runbooks ist erledigt.</translation>
    </message>
    <message>
        <source>Step %1 is in doubt; resume the runbook to resolve it first.</source>
        <translation>Schritt %1 ist ungewiss; setzen Sie zuerst das Runbook fort, um das zu klären.</translation>
    </message>
    <message>
        <source>Step %1 left the INVALID index %2; drop it before running the step again.</source>
        <translation>Schritt %1 hat den INVALID-Index %2 hinterlassen; löschen Sie ihn, bevor der Schritt erneut läuft.</translation>
    </message>
    <message>
        <source>Step %1 can lose data (%2) and needs the table name “%3” typed to confirm.</source>
        <translation>Schritt %1 kann Daten verlieren (%2); zur Bestätigung muss der Tabellenname „%3“ eingegeben werden.</translation>
    </message>
    <message>
        <source>Reconnecting failed: %1 Resume the runbook once the server is back.</source>
        <translation>Die erneute Verbindung ist fehlgeschlagen: %1 Setzen Sie das Runbook fort, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Step %1 is in doubt and cannot be skipped before it is resolved.</source>
        <translation>Schritt %1 ist ungewiss und kann nicht übersprungen werden, bevor das geklärt ist.</translation>
    </message>
    <message>
        <source>There is no INVALID index to drop.</source>
        <translation>Es gibt keinen INVALID-Index zu löschen.</translation>
    </message>
    <message>
        <source>The index %1 is valid; Strata drops only INVALID indexes.</source>
        <translation>Der Index %1 ist gültig; Strata löscht nur INVALID-Indexe.</translation>
    </message>
    <message>
        <source>Dropped the INVALID index %1.</source>
        <translation>Der INVALID-Index %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Step %1 did not run: %2</source>
        <translation>Schritt %1 lief nicht: %2</translation>
    </message>
    <message>
        <source>Nothing ran: the schema snapshot before the run could not be written. %1</source>
        <translation>Nichts wurde ausgeführt: Der Schemaschnappschuss vor dem Lauf konnte nicht geschrieben werden. %1</translation>
    </message>
    <message>
        <source>The schema snapshot after the run could not be written: %1</source>
        <translation>Der Schemaschnappschuss nach dem Lauf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Schema snapshot after the run: %1</source>
        <translation>Schemaschnappschuss nach dem Lauf: %1</translation>
    </message>
    <message>
        <source>Nothing ran: %1</source>
        <translation>Es lief nichts: %1</translation>
    </message>
    <message>
        <source>Run it anyway only if you know the ledger is wrong (strata-cli run --override-applied; in the Runbook tab, type the confirmation).</source>
        <translation>Führen Sie die Migration nur dann trotzdem aus, wenn Sie sicher wissen, dass das Ledger falsch ist (strata-cli run --override-applied; im Reiter Runbook die Bestätigung eingeben).</translation>
    </message>
    <message>
        <source>The journal %1 names a backup of %2 that its backup folder does not hold (edited by hand, or the backup was removed); it is not resumed.</source>
        <translation>Das Journal %1 nennt eine Sicherung von %2, die sein Sicherungsordner nicht enthält (von Hand bearbeitet, oder die Sicherung wurde entfernt); es wird nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>Step %1 had backed up %2 before the interruption: it is done and will not run again.</source>
        <translation>Schritt %1 hatte %2 vor der Unterbrechung gesichert: Er ist erledigt und wird nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Step %1 (backup of %2) was interrupted before the backup was recorded: it will run again.</source>
        <translation>Schritt %1 (Sicherung von %2) wurde unterbrochen, bevor die Sicherung erfasst wurde: Er wird erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Skipping step %1 leaves %2 without a backup; type the table name “%3” to confirm.</source>
        <translation>Wenn Sie Schritt %1 überspringen, bleibt %2 ohne Sicherung; geben Sie zur Bestätigung den Tabellennamen „%3“ ein.</translation>
    </message>
    <message>
        <source>The journal %1 says the backup of %2 was skipped at a step that does not back it up (edited by hand?); it is not resumed.</source>
        <translation>Laut Journal %1 wurde die Sicherung von %2 bei einem Schritt übersprungen, der sie nicht sichert (von Hand bearbeitet?); es wird nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 was backed up at step %2 already.</source>
        <translation>%1 wurde bereits in Schritt %2 gesichert.</translation>
    </message>
    <message>
        <source>%1 does not exist: nothing to back up.</source>
        <translation>%1 existiert nicht: nichts zu sichern.</translation>
    </message>
    <message>
        <source>Step %1: the backup of %2 failed. %3</source>
        <translation>Schritt %1: Die Sicherung von %2 ist fehlgeschlagen. %3</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk: %2</source>
        <translation>Der Ordner %1 kann nicht auf den Datenträger synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The disk is full or the file is over a size limit.</source>
        <translation>Der Datenträger ist voll oder die Datei überschreitet eine Größenbeschränkung.</translation>
    </message>
    <message>
        <source>The disk is full or the file is over a size limit; %1 was left as it was.</source>
        <translation>Der Datenträger ist voll oder die Datei überschreitet eine Größenbeschränkung; %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation>Es wurde kein Dateiname zum Schreiben angegeben.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is a FIFO that nobody reads from</source>
        <translation>es ist ein FIFO, aus dem niemand liest</translation>
    </message>
    <message>
        <source>it is a symbolic link to a file that does not exist</source>
        <translation>es ist ein symbolischer Link auf eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is %2; Strata reads only regular files.</source>
        <translation>%1 kann nicht gelesen werden: Es ist %2; Strata liest nur reguläre Dateien.</translation>
    </message>
    <message>
        <source>%1 holds more than %2, the most Strata reads from such an input.</source>
        <translation>%1 enthält mehr als %2, das Maximum, das Strata aus einer solchen Eingabe liest.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 Strata reads from such a file.</source>
        <translation>%1 ist %2 groß, mehr als die %3, die Strata aus einer solchen Datei liest.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private: %2</source>
        <translation>Der Ordner %1 kann nicht auf privat gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: a file of that name is in the way.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Eine gleichnamige Datei ist im Weg.</translation>
    </message>
</context>
<context>
    <name>FingerprintCopy</name>
    <message>
        <source>The COPY stream has %1 columns; the fingerprint pass reads one.</source>
        <translation>Der COPY-Datenstrom hat %1 Spalten; der Fingerabdruck-Durchgang liest eine.</translation>
    </message>
    <message>
        <source>The COPY stream has a value of %1 bytes; a fingerprint has 8.</source>
        <translation>Der COPY-Datenstrom enthält einen Wert mit %1 Bytes; ein Fingerabdruck hat 8.</translation>
    </message>
    <message>
        <source>The COPY stream does not start with the binary COPY signature.</source>
        <translation>Der COPY-Datenstrom beginnt nicht mit der Signatur des binären COPY-Formats.</translation>
    </message>
    <message>
        <source>The COPY stream has a header extension, which this reader does not expect.</source>
        <translation>Der COPY-Datenstrom hat eine Kopferweiterung, die dieser Leser nicht erwartet.</translation>
    </message>
    <message>
        <source>The server sent data after the end of the COPY stream.</source>
        <translation>Der Server hat nach dem Ende des COPY-Datenstroms weitere Daten gesendet.</translation>
    </message>
    <message>
        <source>Could not read the fingerprints the server sent.</source>
        <translation>Die vom Server gesendeten Fingerabdrücke konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The COPY stream ended before its end marker.</source>
        <translation>Der COPY-Datenstrom endete vor seiner Endmarke.</translation>
    </message>
</context>
<context>
    <name>FleetPreflight</name>
    <message>
        <source>Checked %1 of %2 targets</source>
        <translation>%1 von %2 Zielen geprüft</translation>
    </message>
</context>
<context>
    <name>FleetStatus</name>
    <message>
        <source>The fleet has no targets.</source>
        <translation>Die Flotte hat keine Ziele.</translation>
    </message>
    <message>
        <source>%1 migrations cannot be replayed, so the drift against each target&apos;s version cannot be checked.</source>
        <translation>%1-Migrationen lassen sich nicht abspielen; die Abweichung gegenüber der Version jedes Ziels kann daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Give a reference (--reference) or leave the drift check out.</source>
        <translation>Geben Sie eine Referenz an (--reference) oder lassen Sie die Abweichungsprüfung weg.</translation>
    </message>
    <message>
        <source>Loading the reference %1…</source>
        <translation>Lade die Referenz %1 …</translation>
    </message>
    <message>
        <source>The reference could not be loaded: %1</source>
        <translation>Die Referenz konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the reference %1</source>
        <translation>die Referenz %1</translation>
    </message>
    <message>
        <source>Read %1 of %2 targets</source>
        <translation>%1 von %2 Zielen gelesen</translation>
    </message>
    <message>
        <source>No migration ledger found, and no folder was given.</source>
        <translation>Keine Ledger-Tabelle gefunden, und es wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>nothing applied</source>
        <translation>nichts angewendet</translation>
    </message>
    <message>
        <source>not checked: an applied migration&apos;s file is gone</source>
        <translation>nicht geprüft: die Datei einer angewendeten Migration fehlt</translation>
    </message>
    <message>
        <source>The folder could not be replayed up to %1: %2</source>
        <translation>Der Ordner konnte nicht bis %1 abgespielt werden: %2</translation>
    </message>
    <message>
        <source>an empty database (nothing applied)</source>
        <translation>eine leere Datenbank (nichts angewendet)</translation>
    </message>
    <message>
        <source>the folder replayed up to %1</source>
        <translation>der bis %1 abgespielte Ordner</translation>
    </message>
    <message>
        <source>Compared %1 of %2 targets</source>
        <translation>%1 von %2 Zielen verglichen</translation>
    </message>
    <message>
        <source>Replaying the folder up to %1…</source>
        <translation>Spiele den Ordner bis %1 ab …</translation>
    </message>
</context>
<context>
    <name>FlywayFolder</name>
    <message>
        <source>“%1” is not a Flyway migration name (expected V&lt;version&gt;__&lt;description&gt;.sql, U…, B… or R__&lt;description&gt;.sql); Flyway ignores it.</source>
        <translation>„%1“ ist kein Flyway-Migrationsname (erwartet: V&lt;version&gt;__&lt;description&gt;.sql, U…, B… oder R__&lt;description&gt;.sql); Flyway ignoriert die Datei.</translation>
    </message>
    <message>
        <source>The repeatable migration “%1” is also defined by “%2”.</source>
        <translation>Die wiederholbare Migration „%1“ wird auch von „%2“ definiert.</translation>
    </message>
</context>
<context>
    <name>FolderFormat</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text (first bad byte on line %2).</source>
        <translation>„%1“ ist kein gültiger UTF-8-Text (erstes ungültiges Byte in Zeile %2).</translation>
    </message>
    <message>
        <source>The migration folder “%1” does not exist.</source>
        <translation>Den Migrationsordner „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The migration folder “%1” cannot be read.</source>
        <translation>Der Migrationsordner „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is also used by “%3”.</source>
        <translation>Die Version %1 von „%2“ wird auch von „%3“ verwendet.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Known formats: %1.</source>
        <translation>Bekannte Formate: %1.</translation>
    </message>
    <message>
        <source>Unknown migration folder format “%1”.</source>
        <translation>Unbekanntes Format des Migrationsordners: „%1“.</translation>
    </message>
    <message>
        <source>“%1” does not look like a migration folder: no file is named like a migration.</source>
        <translation>„%1“ sieht nicht wie ein Migrationsordner aus: Keine Datei ist wie eine Migration benannt.</translation>
    </message>
    <message>
        <source>Give the folder that holds the migrations, not one file.</source>
        <translation>Geben Sie den Ordner an, der die Migrationen enthält, nicht eine einzelne Datei.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link to “%2”, which does not exist; it is skipped.</source>
        <translation>„%1“ ist ein symbolischer Link auf das nicht vorhandene „%2“; er wird übersprungen.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a FIFO, socket or device); it is not read and is skipped.</source>
        <translation>„%1“ ist keine reguläre Datei (ein FIFO, ein Socket oder ein Gerät); der Eintrag wird nicht gelesen und übersprungen.</translation>
    </message>
</context>
<context>
    <name>FolderReplay</name>
    <message>
        <source>Migration %1 failed at line %2: %3</source>
        <translation>Die Migration %1 ist in Zeile %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Migration %1 cannot be split into statements.</source>
        <translation>Die Migration %1 lässt sich nicht in Anweisungen zerlegen.</translation>
    </message>
    <message>
        <source>Replaying %1 (%2 of %3)…</source>
        <translation>Spiele %1 ab (%2 von %3) …</translation>
    </message>
    <message>
        <source>Reading the replayed schema…</source>
        <translation>Lese das abgespielte Schema …</translation>
    </message>
    <message>
        <source>Starting a private PostgreSQL server…</source>
        <translation>Ein privater PostgreSQL-Server wird gestartet …</translation>
    </message>
    <message>
        <source>No migration before it mentions “%1”: it comes from outside this folder (another location or the init scripts of the project, or the platform it runs on). Replay those folders with it (--with-folder DIR), or replay on a server that has it (--replay-on URI).</source>
        <translation>Keine frühere Migration erwähnt „%1“: Es stammt von außerhalb dieses Ordners (aus einem anderen Speicherort oder den Init-Skripten des Projekts oder von der Plattform, auf der das Projekt läuft). Geben Sie diese Ordner bei der Wiedergabe mit an (--with-folder DIR) oder führen Sie die Wiedergabe auf einem Server aus, auf dem es vorhanden ist (--replay-on URI).</translation>
    </message>
    <message>
        <source>Creating the %1 ledger table failed: %2</source>
        <translation>Das Anlegen der %1-Ledger-Tabelle ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The folder grants to or makes owner roles that %1 lacks; they were created first, NOLOGIN: %2.</source>
        <translation>Der Ordner vergibt Rechte an Rollen oder macht Rollen zu Eigentümern, die es auf %1 nicht gibt; sie wurden vorab angelegt, mit NOLOGIN: %2.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
</context>
<context>
    <name>GolangMigrateFolder</name>
    <message>
        <source>“%1” is not a golang-migrate file name (expected &lt;number&gt;_&lt;title&gt;.up.sql or .down.sql).</source>
        <translation>„%1“ ist kein golang-migrate-Dateiname (erwartet: &lt;number&gt;_&lt;title&gt;.up.sql oder .down.sql).</translation>
    </message>
    <message>
        <source>“%1” has no matching .up.sql file.</source>
        <translation>Zu „%1“ gibt es keine passende .up.sql-Datei.</translation>
    </message>
    <message>
        <source>The version of “%1” does not fit in 64 bits.</source>
        <translation>Die Version von „%1“ passt nicht in 64 Bit.</translation>
    </message>
</context>
<context>
    <name>GolangMigrateLedger</name>
    <message>
        <source>golang-migrate keeps one row in %1, but it has %2; the highest version counts.</source>
        <translation>golang-migrate führt eine Zeile in %1, es sind aber %2; die höchste Version zählt.</translation>
    </message>
</context>
<context>
    <name>GuidedRollback</name>
    <message>
        <source>blocking</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Step %1 of the run is in doubt; resume the run to resolve it before rolling back.</source>
        <translation>Schritt %1 des Laufs ist ungeklärt; setzen Sie den Lauf fort, um ihn zu klären, bevor Sie zurücknehmen.</translation>
    </message>
    <message>
        <source>The journal %1 has no schema snapshot from before the run, so the way back cannot be planned.</source>
        <translation>Das Journal %1 hat keinen Schemaschnappschuss von vor dem Lauf, daher kann der Rückweg nicht geplant werden.</translation>
    </message>
    <message>
        <source>Runs started by this version of Strata record one; roll this run back with its down section or a diff script.</source>
        <translation>Läufe, die diese Strata-Version startet, zeichnen einen auf; nehmen Sie diesen Lauf mit seinem Down-Abschnitt oder einem Diff-Skript zurück.</translation>
    </message>
    <message>
        <source>The schema snapshot from before the run cannot be read: %1</source>
        <translation>Der Schemaschnappschuss von vor dem Lauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The schema changed after the run ended (%1); the way back is planned from the schema as it is now.</source>
        <translation>Das Schema hat sich nach dem Ende des Laufs geändert (%1); der Rückweg wird vom jetzigen Schema aus geplant.</translation>
    </message>
    <message>
        <source>Guided rollback of %1</source>
        <translation>Geführte Rücknahme von %1</translation>
    </message>
    <message>
        <source>The inverse script cannot be split into steps: %1</source>
        <translation>Das Umkehrskript lässt sich nicht in Schritte teilen: %1</translation>
    </message>
    <message>
        <source>rollback of %1</source>
        <translation>Rücknahme von %1</translation>
    </message>
    <message>
        <source>The pre-flight of the inverse script failed: %1</source>
        <translation>Die Vorabprüfung des Umkehrskripts ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The run changed rows of %1 but has no backup of it; those rows cannot be put back.</source>
        <translation>Der Lauf hat Zeilen von %1 geändert, hat davon aber keine Sicherung; diese Zeilen lassen sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>The backup of %1 is missing from %2.</source>
        <translation>Die Sicherung von %1 fehlt in %2.</translation>
    </message>
    <message>
        <source>The backup of %1 does not match its manifest: %2</source>
        <translation>Die Sicherung von %1 passt nicht zu ihrem Manifest: %2</translation>
    </message>
    <message>
        <source>The backup of %1 has other columns (%2) than the table had before the run (%3); its rows cannot be put back.</source>
        <translation>Die Sicherung von %1 hat andere Spalten (%2) als die Tabelle vor dem Lauf (%3); ihre Zeilen lassen sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>%1 is not in the schema snapshot from before the run; its rows cannot be put back.</source>
        <translation>%1 ist nicht im Schemaschnappschuss von vor dem Lauf; ihre Zeilen lassen sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>%1 has the same rows as its backup; it is not restored.</source>
        <translation>%1 hat dieselben Zeilen wie ihre Sicherung; sie wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 gets the rows of its backup (%2 rows, %3): rows written to it since then are lost.</source>
        <translation>%1 erhält die Zeilen ihrer Sicherung (%2 Zeilen, %3): Seitdem geschriebene Zeilen gehen verloren.</translation>
    </message>
    <message>
        <source>Nothing to roll back: the schema is as before the run and no table needs its rows back.</source>
        <translation>Nichts zurückzunehmen: Das Schema ist wie vor dem Lauf und keine Tabelle braucht ihre Zeilen zurück.</translation>
    </message>
    <message>
        <source>The inverse script could not be verified on a scratch copy: %1</source>
        <translation>Das umgekehrte Skript konnte nicht auf einer Hilfskopie geprüft werden: %1</translation>
    </message>
    <message>
        <source>The inverse script fails on a scratch copy of the schema at step %1 (%2): %3</source>
        <translation>Das umgekehrte Skript scheitert auf einer Hilfskopie des Schemas bei Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>On a scratch copy the inverse script leaves differences from the schema before the run: %1</source>
        <translation>Auf einer Hilfskopie hinterlässt das umgekehrte Skript Unterschiede zum Schema vor dem Lauf: %1</translation>
    </message>
    <message>
        <source>The inverse script was verified on a scratch copy of the schema: it runs and reaches the schema before the run.</source>
        <translation>Das umgekehrte Skript wurde auf einer Hilfskopie des Schemas geprüft: Es läuft und erreicht das Schema vor dem Lauf.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ghost</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>dirty</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>außer der Reihe</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>golang-migrate marked version %1 dirty: it failed half-way and needs a manual fix and “force”.</source>
        <translation>golang-migrate hat die Version %1 als „dirty“ markiert: Sie ist mittendrin fehlgeschlagen und braucht eine Korrektur von Hand und „force“.</translation>
    </message>
    <message>
        <source>The ledger&apos;s current version %1 has no file in the folder.</source>
        <translation>Zur aktuellen Version %1 der Ledger-Tabelle gibt es keine Datei im Ordner.</translation>
    </message>
    <message>
        <source>current head</source>
        <translation>aktueller Stand (head)</translation>
    </message>
    <message>
        <source>The database is at revision %1, which no file in the folder defines.</source>
        <translation>Die Datenbank steht auf der Revision %1, die keine Datei im Ordner definiert.</translation>
    </message>
    <message>
        <source>Covered by the baseline at version %1.</source>
        <translation>Von der Baseline in Version %1 abgedeckt.</translation>
    </message>
    <message>
        <source>A earlier run was rolled back; it will run again.</source>
        <translation>Ein früherer Lauf wurde zurückgerollt; die Migration läuft erneut.</translation>
    </message>
    <message>
        <source>The tool recorded this migration as failed or unfinished.</source>
        <translation>Das Werkzeug hat diese Migration als fehlgeschlagen oder unvollendet vermerkt.</translation>
    </message>
    <message>
        <source>The tool recorded this migration as failed: %1</source>
        <translation>Das Werkzeug hat diese Migration als fehlgeschlagen vermerkt: %1</translation>
    </message>
    <message>
        <source>Applied, but its script %1 is missing.</source>
        <translation>Angewendet, aber ihr Skript %1 fehlt.</translation>
    </message>
    <message>
        <source>The repeatable script changed since it last ran; it will run again.</source>
        <translation>Das wiederholbare Skript hat sich seit dem letzten Lauf geändert; es läuft erneut.</translation>
    </message>
    <message>
        <source>The file changed after it was applied (checksum %1 in the ledger, %2 on disk).</source>
        <translation>Die Datei wurde nach dem Anwenden geändert (Prüfsumme %1 in der Ledger-Tabelle, %2 auf der Festplatte).</translation>
    </message>
    <message>
        <source>The tool recorded this migration as failed, and its file is gone.</source>
        <translation>Das Werkzeug hat diese Migration als fehlgeschlagen vermerkt, und ihre Datei ist verschwunden.</translation>
    </message>
    <message>
        <source>In the ledger, but no file in the folder (deleted, renamed or squashed).</source>
        <translation>In der Ledger-Tabelle, aber ohne Datei im Ordner (gelöscht, umbenannt oder zusammengefasst).</translation>
    </message>
    <message>
        <source>Applied after %1, a later version.</source>
        <translation>Nach %1, einer späteren Version, angewendet.</translation>
    </message>
    <message>
        <source>Not applied, although the later %1 is.</source>
        <translation>Nicht angewendet, obwohl die spätere Version %1 angewendet ist.</translation>
    </message>
</context>
<context>
    <name>HistoryLoader</name>
    <message>
        <source>Looking for migration ledgers…</source>
        <translation>Suche nach Ledger-Tabellen …</translation>
    </message>
    <message>
        <source>Reading the migration folder…</source>
        <translation>Lese den Migrationsordner …</translation>
    </message>
    <message>
        <source>Strata does not recognise the migration format of “%1”.</source>
        <translation>Strata erkennt das Migrationsformat von „%1“ nicht.</translation>
    </message>
    <message>
        <source>Choose the format by hand (%1).</source>
        <translation>Wählen Sie das Format von Hand (%1).</translation>
    </message>
    <message>
        <source>Joining ledger and files…</source>
        <translation>Führe Ledger-Tabelle und Dateien zusammen …</translation>
    </message>
    <message>
        <source>This database has no migration ledger Strata knows, and no folder was given.</source>
        <translation>Diese Datenbank hat keine Ledger-Tabelle, die Strata kennt, und es wurde kein Ordner angegeben.</translation>
    </message>
</context>
<context>
    <name>Introspector</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>Schema snapshots need PostgreSQL 14 or newer; this server runs %1.</source>
        <translation>Schemaschnappschüsse brauchen PostgreSQL 14 oder neuer; auf diesem Server läuft %1.</translation>
    </message>
    <message>
        <source>Snapshot complete.</source>
        <translation>Schnappschuss fertig.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the catalog query “%1” could not be read.</source>
        <translation>Die Antwort des Servers auf die Katalogabfrage „%1“ konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot open the journal&apos;s folder %1: %2</source>
        <translation>Der Ordner %1 des Journals kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot flush the journal&apos;s folder to disk: %1</source>
        <translation>Der Ordner des Journals kann nicht dauerhaft auf die Festplatte geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The journal %1 already exists. Resume it, or choose a new journal file.</source>
        <translation>Das Journal %1 gibt es bereits. Setzen Sie es fort oder wählen Sie eine neue Journaldatei.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal %1.</source>
        <translation>Der Ordner für das Journal %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot repair the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht repariert werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2: %3</source>
        <translation>Das Journal %1 ist in Zeile %2 beschädigt: %3</translation>
    </message>
    <message>
        <source>%1 is not a Strata runbook journal.</source>
        <translation>%1 ist kein Runbook-Journal von Strata.</translation>
    </message>
    <message>
        <source>Line %1 of the journal %2 belongs to a different runbook.</source>
        <translation>Zeile %1 des Journals %2 gehört zu einem anderen Runbook.</translation>
    </message>
    <message>
        <source>The journal %1 is empty.</source>
        <translation>Das Journal %1 ist leer.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1 for writing: %2</source>
        <translation>Das Journal %1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing more runs until the journal can be written.</source>
        <translation>Es läuft nichts weiter, bis das Journal geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Cannot flush the journal %1 to disk: %2</source>
        <translation>Das Journal %1 kann nicht dauerhaft auf die Festplatte geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 does not exist.</source>
        <translation>Das Journal %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Another Strata process is running the journal %1.</source>
        <translation>Ein anderer Strata-Prozess führt das Journal %1 aus.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or stop it, before resuming.</source>
        <translation>Warten Sie, bis er fertig ist, oder beenden Sie ihn, bevor Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Cannot lock the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Cannot use %1 as the journal: %2</source>
        <translation>%1 kann nicht als Journal verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; Strata does not replace it with a journal. Choose a new journal file.</source>
        <translation>%1 existiert und ist keine reguläre Datei; Strata ersetzt den Eintrag nicht durch ein Journal. Wählen Sie eine neue Journaldatei.</translation>
    </message>
    <message>
        <source>%1 is not a Strata runbook journal; it was left as it is.</source>
        <translation>%1 ist kein Runbook-Journal von Strata; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 is not a regular, empty file; Strata does not write a journal into it.</source>
        <translation>%1 ist keine reguläre, leere Datei; Strata schreibt kein Journal hinein.</translation>
    </message>
</context>
<context>
    <name>LedgerReader</name>
    <message>
        <source>Could not look for migration ledgers: %1</source>
        <translation>Die Suche nach Ledger-Tabellen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not read the ledger %1.%2: %3</source>
        <translation>Die Ledger-Tabelle %1.%2 konnte nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>LedgerStep</name>
    <message>
        <source>Strata does not write Alembic&apos;s ledger: after the run, record it with “alembic stamp %1”.</source>
        <translation>Strata schreibt das Ledger von Alembic nicht: Tragen Sie die Migration nach dem Lauf mit „alembic stamp %1“ ein.</translation>
    </message>
    <message>
        <source>Strata does not write sqitch&apos;s registry: after the run, record it with “sqitch deploy --log-only --to %1”.</source>
        <translation>Strata schreibt die Registry von sqitch nicht: Tragen Sie die Änderung nach dem Lauf mit „sqitch deploy --log-only --to %1“ ein.</translation>
    </message>
    <message>
        <source>Strata does not write Django&apos;s ledger: after the run, record it with “python manage.py migrate %1 %2 --fake”.</source>
        <translation>Strata schreibt das Ledger von Django nicht: Tragen Sie die Migration nach dem Lauf mit „python manage.py migrate %1 %2 --fake“ ein.</translation>
    </message>
    <message>
        <source>Strata does not write %1&apos;s ledger: after the run, mark %2 as applied with %1 itself (without running it again).</source>
        <translation>Strata schreibt das Ledger von %1 nicht: Markieren Sie %2 nach dem Lauf mit %1 selbst als angewendet (ohne die Migration erneut auszuführen).</translation>
    </message>
    <message>
        <source>Remove %1 from %2 as %3 does</source>
        <translation>%1 aus %2 entfernen, wie %3 es tut</translation>
    </message>
    <message>
        <source>Record %1 in %2 as %3 does</source>
        <translation>%1 in %2 eintragen, wie %3 es tut</translation>
    </message>
    <message>
        <source>The ledger write of %1 is not valid: %2</source>
        <translation>Der Ledger-Eintrag für %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Strata does not write the ledger of “%1”</source>
        <translation>Strata schreibt das Ledger von „%1“ nicht</translation>
    </message>
    <message>
        <source>it names no ledger table or no version</source>
        <translation>er nennt keine Ledger-Tabelle oder keine Version</translation>
    </message>
    <message>
        <source>a value holds a NUL character</source>
        <translation>ein Wert enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>golang-migrate versions are whole numbers</source>
        <translation>Versionen von golang-migrate sind ganze Zahlen</translation>
    </message>
    <message>
        <source>a Flyway checksum is a 32-bit whole number</source>
        <translation>eine Flyway-Prüfsumme ist eine ganze 32-Bit-Zahl</translation>
    </message>
    <message>
        <source>sqlx versions are whole numbers</source>
        <translation>Versionen von sqlx sind ganze Zahlen</translation>
    </message>
    <message>
        <source>an sqlx checksum is a SHA-384 in hex</source>
        <translation>eine sqlx-Prüfsumme ist ein SHA-384-Hash in Hexadezimalform</translation>
    </message>
    <message>
        <source>a Prisma ledger row needs its id</source>
        <translation>eine Prisma-Ledger-Zeile braucht ihre id</translation>
    </message>
    <message>
        <source>the run&apos;s time</source>
        <translation>die Zeit des Laufs</translation>
    </message>
    <message>
        <source>There is no %1 ledger in this database, so Strata cannot record %2: create the ledger the way %1 does (run %1 once) and build the runbook again, or record %2 with %1 after the run.</source>
        <translation>In dieser Datenbank gibt es kein %1-Ledger, daher kann Strata %2 nicht eintragen: Legen Sie das Ledger so an, wie %1 es tut (führen Sie %1 einmal aus), und erstellen Sie das Runbook neu, oder tragen Sie %2 nach dem Lauf mit %1 ein.</translation>
    </message>
    <message>
        <source>%1 is already applied per %2 (%3): running it again would apply it twice.</source>
        <translation>%1 ist laut %2 (%3) bereits angewendet: Eine erneute Ausführung würde sie doppelt anwenden.</translation>
    </message>
    <message>
        <source>%1 is not applied per %2 (%3): its down section has nothing to undo.</source>
        <translation>%1 ist laut %2 (%3) nicht angewendet: Der Down-Abschnitt hat nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Strata records only forward runs of %1 migrations: after this run, remove %2 with %1 itself.</source>
        <translation>Strata trägt nur Vorwärtsläufe von %1-Migrationen ein: Entfernen Sie %2 nach diesem Lauf mit %1 selbst.</translation>
    </message>
</context>
<context>
    <name>LedgerSurgery</name>
    <message>
        <source>The %1 “%2” contains a NUL character, which PostgreSQL text cannot hold.</source>
        <translation>%1 „%2“ enthält ein NUL-Zeichen, das ein PostgreSQL-Text nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>No ledger surgery is known for “%1”.</source>
        <translation>Für „%1“ ist kein Eingriff in die Ledger-Tabelle bekannt.</translation>
    </message>
    <message>
        <source>Supported: %1.</source>
        <translation>Unterstützt: %1.</translation>
    </message>
    <message>
        <source>No squashed versions were given: there is nothing to remove from the ledger.</source>
        <translation>Es wurden keine zusammengefassten Versionen angegeben: In der Ledger-Tabelle ist nichts zu entfernen.</translation>
    </message>
    <message>
        <source>The baseline has no version to record in the ledger.</source>
        <translation>Die Baseline hat keine Version, die in der Ledger-Tabelle eingetragen werden könnte.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>golang-migrate versions are whole numbers; “%1” is not one.</source>
        <translation>Versionen von golang-migrate sind ganze Zahlen; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Flyway records the baseline&apos;s script name; none was given.</source>
        <translation>Flyway vermerkt den Skriptnamen der Baseline; es wurde keiner angegeben.</translation>
    </message>
    <message>
        <source>Ledger surgery stopped: %1 does not record every squashed migration as applied.</source>
        <translation>Eingriff in die Ledger-Tabelle abgebrochen: %1 vermerkt nicht jede zusammengefasste Migration als angewendet.</translation>
    </message>
    <message>
        <source>Ledger surgery stopped: %1 is dirty; fix the failed migration first.</source>
        <translation>Eingriff in die Ledger-Tabelle abgebrochen: %1 ist unvollständig (dirty); beheben Sie zuerst die fehlgeschlagene Migration.</translation>
    </message>
    <message>
        <source>Ledger surgery stopped: %1 is not at the last squashed version %2 or later.</source>
        <translation>Eingriff in die Ledger-Tabelle abgebrochen: %1 steht nicht auf der letzten zusammengefassten Version %2 oder später.</translation>
    </message>
    <message>
        <source>No folder format for “%1”.</source>
        <translation>Kein Ordnerformat für „%1“.</translation>
    </message>
    <message>
        <source>The chain “%1” has no %2 migrations.</source>
        <translation>Die Kette „%1“ enthält keine %2-Migrationen.</translation>
    </message>
    <message>
        <source>The baseline “%1” does not exist.</source>
        <translation>Die Baseline „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The baseline “%1” has no %2 version of its own.</source>
        <translation>Die Baseline „%1“ hat keine eigene %2-Version.</translation>
    </message>
    <message>
        <source>Name the file like a %1 migration or give the baseline version.</source>
        <translation>Benennen Sie die Datei wie eine %1-Migration oder geben Sie die Version der Baseline an.</translation>
    </message>
    <message>
        <source>The baseline “%1” has %2 new versions (%3); give the one to record.</source>
        <translation>Die Baseline „%1“ hat %2 neue Versionen (%3); geben Sie die einzutragende an.</translation>
    </message>
    <message>
        <source>The baseline “%1” cannot be read.</source>
        <translation>Die Baseline „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LintRules</name>
    <message>
        <source>Start the migration with SET lock_timeout = &apos;2s&apos;; (and retry on timeout), so a long-running transaction cannot turn the wait into an outage.</source>
        <translation>Beginnen Sie die Migration mit SET lock_timeout = &apos;2s&apos;; (und wiederholen Sie sie nach einer Zeitüberschreitung), damit eine lang laufende Transaktion das Warten nicht in einen Ausfall verwandelt.</translation>
    </message>
    <message>
        <source>Set statement_timeout for the migration (SET statement_timeout = &apos;15min&apos;;) so a slower-than-expected step is stopped instead of blocking for hours.</source>
        <translation>Setzen Sie statement_timeout für die Migration (SET statement_timeout = &apos;15min&apos;;), damit ein unerwartet langsamer Schritt abgebrochen wird, statt stundenlang zu blockieren.</translation>
    </message>
    <message>
        <source>CREATE INDEX %1 without CONCURRENTLY takes a SHARE lock on %2: writes are blocked for the whole build.</source>
        <translation>CREATE INDEX %1 ohne CONCURRENTLY nimmt eine SHARE-Sperre auf %2: Schreibzugriffe sind während des gesamten Aufbaus blockiert.</translation>
    </message>
    <message>
        <source>Use CREATE INDEX CONCURRENTLY (outside a transaction block). It takes SHARE UPDATE EXCLUSIVE, so reads and writes continue; if it fails, drop the INVALID index and retry.</source>
        <translation>Verwenden Sie CREATE INDEX CONCURRENTLY (außerhalb eines Transaktionsblocks). Es nimmt SHARE UPDATE EXCLUSIVE, Lese- und Schreibzugriffe laufen also weiter; schlägt es fehl, löschen Sie den INVALID-Index und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>DROP INDEX %1 without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table.</source>
        <translation>DROP INDEX %1 ohne CONCURRENTLY nimmt eine ACCESS-EXCLUSIVE-Sperre auf die Tabelle.</translation>
    </message>
    <message>
        <source>Use DROP INDEX CONCURRENTLY (outside a transaction block).</source>
        <translation>Verwenden Sie DROP INDEX CONCURRENTLY (außerhalb eines Transaktionsblocks).</translation>
    </message>
    <message>
        <source>Add the constraint with NOT VALID (brief lock, new rows are checked), then run ALTER TABLE %1 VALIDATE CONSTRAINT %2; in a separate step: validation takes only SHARE UPDATE EXCLUSIVE.</source>
        <translation>Fügen Sie den Constraint mit NOT VALID hinzu (kurze Sperre, neue Zeilen werden geprüft) und führen Sie dann ALTER TABLE %1 VALIDATE CONSTRAINT %2; in einem eigenen Schritt aus: Die Validierung nimmt nur SHARE UPDATE EXCLUSIVE.</translation>
    </message>
    <message>
        <source>SET NOT NULL on %1.%2 scans the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation>SET NOT NULL auf %1.%2 scannt die ganze Tabelle unter einer ACCESS-EXCLUSIVE-Sperre.</translation>
    </message>
    <message>
        <source>First ADD CONSTRAINT %1_not_null CHECK (%1 IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE); then SET NOT NULL, which PostgreSQL 12+ proves from the valid CHECK without a scan; then drop the CHECK.</source>
        <translation>Zuerst ADD CONSTRAINT %1_not_null CHECK (%1 IS NOT NULL) NOT VALID; dann VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE); dann SET NOT NULL, das PostgreSQL ab Version 12 ohne Scan aus dem gültigen CHECK ableitet; zuletzt den CHECK löschen.</translation>
    </message>
    <message>
        <source>Column %1 is added with a volatile default (%2): PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation>Die Spalte %1 wird mit einem volatilen Standardwert (%2) hinzugefügt: PostgreSQL schreibt die ganze Tabelle unter einer ACCESS-EXCLUSIVE-Sperre neu.</translation>
    </message>
    <message>
        <source>Add the column without a default (or with a constant one), set the default separately, and backfill existing rows in small batches.</source>
        <translation>Fügen Sie die Spalte ohne Standardwert (oder mit einem konstanten) hinzu, setzen Sie den Standardwert getrennt und füllen Sie vorhandene Zeilen in kleinen Stapeln nach.</translation>
    </message>
    <message>
        <source>Column %1 is added as NOT NULL without a default: this fails as soon as the table has a row.</source>
        <translation>Die Spalte %1 wird als NOT NULL ohne Standardwert hinzugefügt: Das schlägt fehl, sobald die Tabelle eine Zeile hat.</translation>
    </message>
    <message>
        <source>Add the column nullable (or with a constant DEFAULT), backfill, then add NOT NULL through a validated CHECK constraint.</source>
        <translation>Fügen Sie die Spalte ohne NOT NULL (oder mit einem konstanten DEFAULT) hinzu, füllen Sie sie nach und setzen Sie dann NOT NULL über einen validierten CHECK-Constraint.</translation>
    </message>
    <message>
        <source>Column %1 is added as serial/identity: every row gets a value, which rewrites the table and builds an index under ACCESS EXCLUSIVE.</source>
        <translation>Die Spalte %1 wird als serial/identity hinzugefügt: Jede Zeile erhält einen Wert; dabei wird die Tabelle neu geschrieben und unter ACCESS EXCLUSIVE ein Index aufgebaut.</translation>
    </message>
    <message>
        <source>Add a nullable bigint column, backfill in batches from a sequence, build a unique index CONCURRENTLY, then add the key USING INDEX.</source>
        <translation>Fügen Sie eine bigint-Spalte ohne NOT NULL hinzu, füllen Sie sie stapelweise aus einer Sequenz, bauen Sie einen eindeutigen Index mit CONCURRENTLY auf und fügen Sie dann den Schlüssel mit USING INDEX hinzu.</translation>
    </message>
    <message>
        <source>ADD PRIMARY KEY on %1 builds its index while holding ACCESS EXCLUSIVE: reads and writes stop for the whole build.</source>
        <translation>ADD PRIMARY KEY auf %1 baut seinen Index unter ACCESS EXCLUSIVE auf: Lese- und Schreibzugriffe stehen während des gesamten Aufbaus still.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY on the key columns first, then ALTER TABLE %1 ADD CONSTRAINT ... PRIMARY KEY USING INDEX &lt;index&gt; (a brief lock).</source>
        <translation>Zuerst CREATE UNIQUE INDEX CONCURRENTLY auf den Schlüsselspalten, dann ALTER TABLE %1 ADD CONSTRAINT ... PRIMARY KEY USING INDEX &lt;index&gt; (eine kurze Sperre).</translation>
    </message>
    <message>
        <source>ADD UNIQUE on %1 builds its index while holding ACCESS EXCLUSIVE.</source>
        <translation>ADD UNIQUE auf %1 baut seinen Index unter ACCESS EXCLUSIVE auf.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE %1 ADD CONSTRAINT ... UNIQUE USING INDEX &lt;index&gt;.</source>
        <translation>Zuerst CREATE UNIQUE INDEX CONCURRENTLY, dann ALTER TABLE %1 ADD CONSTRAINT ... UNIQUE USING INDEX &lt;index&gt;.</translation>
    </message>
    <message>
        <source>Changing %1 from %2 to %3 rewrites %4 and rebuilds its indexes under an ACCESS EXCLUSIVE lock.</source>
        <translation>Die Änderung von %1 von %2 zu %3 schreibt %4 neu und baut seine Indexe unter einer ACCESS-EXCLUSIVE-Sperre neu auf.</translation>
    </message>
    <message>
        <source>Add a new column of the new type, keep both in sync (trigger or application), backfill in batches, then switch readers and drop the old column. Binary-coercible changes (varchar(n) to a larger n or to text) need no rewrite.</source>
        <translation>Fügen Sie eine neue Spalte mit dem neuen Typ hinzu, halten Sie beide synchron (Trigger oder Anwendung), füllen Sie stapelweise nach, stellen Sie dann die Leser um und löschen Sie die alte Spalte. Binärkompatible Änderungen (varchar(n) auf ein größeres n oder auf text) brauchen kein Neuschreiben.</translation>
    </message>
    <message>
        <source>Renaming column %1 to %2 breaks every running client that still uses the old name.</source>
        <translation>Das Umbenennen der Spalte %1 in %2 bricht jeden laufenden Client, der noch den alten Namen verwendet.</translation>
    </message>
    <message>
        <source>Add the new column and migrate readers and writers first (or a view with the old name), then drop the old one in a later release.</source>
        <translation>Fügen Sie die neue Spalte hinzu und stellen Sie zuerst Leser und Schreiber um (oder legen Sie eine Sicht mit dem alten Namen an); löschen Sie die alte Spalte in einem späteren Release.</translation>
    </message>
    <message>
        <source>Renaming table %1 to %2 breaks every running client that still uses the old name.</source>
        <translation>Das Umbenennen der Tabelle %1 in %2 bricht jeden laufenden Client, der noch den alten Namen verwendet.</translation>
    </message>
    <message>
        <source>Rename, then create a view with the old name for the transition, or deploy code that reads both names first.</source>
        <translation>Benennen Sie um und legen Sie für den Übergang eine Sicht mit dem alten Namen an, oder bringen Sie zuerst Code aus, der beide Namen liest.</translation>
    </message>
    <message>
        <source>Dropping column %1 breaks clients that still select it, and its data is gone.</source>
        <translation>Das Löschen der Spalte %1 bricht Clients, die sie noch abfragen, und ihre Daten sind weg.</translation>
    </message>
    <message>
        <source>Stop using the column in all deployed code first; keep a backup of the table; drop it in a later release.</source>
        <translation>Verwenden Sie die Spalte zuerst in keinem ausgerollten Code mehr; behalten Sie eine Sicherung der Tabelle; löschen Sie die Spalte in einem späteren Release.</translation>
    </message>
    <message>
        <source>Dropping table %1 deletes its data and breaks clients that still use it.</source>
        <translation>Das Löschen der Tabelle %1 löscht ihre Daten und bricht Clients, die sie noch verwenden.</translation>
    </message>
    <message>
        <source>Rename it first and drop it a release later, or take a backup (Strata&apos;s runbook does) before the step.</source>
        <translation>Benennen Sie sie zuerst um und löschen Sie sie ein Release später, oder legen Sie vor dem Schritt eine Sicherung an (das Runbook von Strata tut das).</translation>
    </message>
    <message>
        <source>DROP DATABASE in a migration.</source>
        <translation>DROP DATABASE in einer Migration.</translation>
    </message>
    <message>
        <source>Drop databases by hand, never from a migration.</source>
        <translation>Löschen Sie Datenbanken von Hand, nie aus einer Migration heraus.</translation>
    </message>
    <message>
        <source>DROP NOT NULL on %1: code that relies on the column never being NULL may break.</source>
        <translation>DROP NOT NULL auf %1: Code, der sich darauf verlässt, dass die Spalte nie NULL ist, kann brechen.</translation>
    </message>
    <message>
        <source>Check the readers of this column before relaxing the constraint.</source>
        <translation>Prüfen Sie die Leser dieser Spalte, bevor Sie den Constraint lockern.</translation>
    </message>
    <message>
        <source>TRUNCATE ... CASCADE also empties every table that references %1.</source>
        <translation>TRUNCATE ... CASCADE leert auch jede Tabelle, die auf %1 verweist.</translation>
    </message>
    <message>
        <source>Truncate the dependent tables explicitly, so the statement says what it deletes.</source>
        <translation>Leeren Sie die abhängigen Tabellen ausdrücklich, damit die Anweisung sagt, was sie löscht.</translation>
    </message>
    <message>
        <source>Column %1 uses char(n): values are padded with blanks.</source>
        <translation>Die Spalte %1 verwendet char(n): Werte werden mit Leerzeichen aufgefüllt.</translation>
    </message>
    <message>
        <source>Use text (with a CHECK on length if needed).</source>
        <translation>Verwenden Sie text (bei Bedarf mit einem CHECK auf die Länge).</translation>
    </message>
    <message>
        <source>Column %1 is %2: identifiers and counters outgrow 32 bits, and changing it later rewrites the table.</source>
        <translation>Die Spalte %1 ist %2: Kennungen und Zähler wachsen über 32 Bit hinaus, und eine spätere Änderung schreibt die Tabelle neu.</translation>
    </message>
    <message>
        <source>Use bigint for identifiers and counters.</source>
        <translation>Verwenden Sie bigint für Kennungen und Zähler.</translation>
    </message>
    <message>
        <source>Column %1 is %2: raising the limit later is cheap, lowering it rewrites the table.</source>
        <translation>Die Spalte %1 ist %2: Das Limit später anzuheben ist billig, es zu senken schreibt die Tabelle neu.</translation>
    </message>
    <message>
        <source>Use text with a CHECK (length(...) &lt;= n) constraint, which can be changed without a rewrite.</source>
        <translation>Verwenden Sie text mit einem Constraint CHECK (length(...) &lt;= n), der sich ohne Neuschreiben ändern lässt.</translation>
    </message>
    <message>
        <source>Column %1 is timestamp without time zone.</source>
        <translation>Die Spalte %1 ist timestamp without time zone.</translation>
    </message>
    <message>
        <source>Use timestamptz, which stores an absolute point in time.</source>
        <translation>Verwenden Sie timestamptz, das einen absoluten Zeitpunkt speichert.</translation>
    </message>
    <message>
        <source>Column %1 uses a serial type.</source>
        <translation>Die Spalte %1 verwendet einen serial-Typ.</translation>
    </message>
    <message>
        <source>Use bigint GENERATED BY DEFAULT AS IDENTITY.</source>
        <translation>Verwenden Sie bigint GENERATED BY DEFAULT AS IDENTITY.</translation>
    </message>
    <message>
        <source>%1 is not re-runnable: after a failure half-way the retry fails too.</source>
        <translation>%1 ist nicht wiederholbar: Nach einem Fehlschlag mittendrin schlägt auch der erneute Versuch fehl.</translation>
    </message>
    <message>
        <source>Use IF NOT EXISTS / IF EXISTS for steps that run outside a transaction (CONCURRENTLY).</source>
        <translation>Verwenden Sie IF NOT EXISTS / IF EXISTS für Schritte, die außerhalb einer Transaktion laufen (CONCURRENTLY).</translation>
    </message>
    <message>
        <source>BEGIN inside an open transaction block: the inner BEGIN is ignored and its COMMIT ends the outer transaction early.</source>
        <translation>BEGIN innerhalb eines offenen Transaktionsblocks: Das innere BEGIN wird ignoriert, und sein COMMIT beendet die äußere Transaktion vorzeitig.</translation>
    </message>
    <message>
        <source>Use one transaction per migration, or SAVEPOINTs.</source>
        <translation>Verwenden Sie eine Transaktion pro Migration oder SAVEPOINTs.</translation>
    </message>
    <message>
        <source>%1 rewrites %2 under an ACCESS EXCLUSIVE lock.</source>
        <translation>%1 schreibt %2 unter einer ACCESS-EXCLUSIVE-Sperre neu.</translation>
    </message>
    <message>
        <source>Schedule it in a maintenance window, or use an online alternative (pg_repack for rewrites of large tables).</source>
        <translation>Planen Sie es in einem Wartungsfenster ein oder verwenden Sie eine Online-Alternative (pg_repack zum Neuschreiben großer Tabellen).</translation>
    </message>
    <message>
        <source>New value %1 of enum %2 sorts %3. Enums sort by declaration order, not alphabetically: ORDER BY, comparisons and range checks on the type see the new order.</source>
        <translation>Der neue Wert %1 des Enums %2 steht in der Sortierung %3. Enums sortieren nach der Reihenfolge der Deklaration, nicht alphabetisch: ORDER BY, Vergleiche und Bereichsprüfungen auf dem Typ sehen die neue Reihenfolge.</translation>
    </message>
    <message>
        <source>Check that the position is intended; use BEFORE/AFTER to place it. Values cannot be removed or reordered later without recreating the type.</source>
        <translation>Prüfen Sie, ob die Position beabsichtigt ist; setzen Sie sie mit BEFORE/AFTER. Werte lassen sich später nicht entfernen oder umordnen, ohne den Typ neu anzulegen.</translation>
    </message>
    <message>
        <source>ALTER TYPE %1 ADD VALUE %2 runs inside a transaction block: the new value cannot be used until that transaction commits (&quot;unsafe use of new value&quot;).</source>
        <translation>ALTER TYPE %1 ADD VALUE %2 läuft in einem Transaktionsblock: Der neue Wert ist erst nutzbar, wenn diese Transaktion festgeschrieben ist (&quot;unsafe use of new value&quot;).</translation>
    </message>
    <message>
        <source>Run ADD VALUE in its own migration step, committed before any statement that uses the value.</source>
        <translation>Führen Sie ADD VALUE in einem eigenen Migrationsschritt aus, der vor jeder Anweisung festgeschrieben wird, die den Wert verwendet.</translation>
    </message>
    <message>
        <source>Index %1 on %2 is INVALID (left behind by a failed CREATE INDEX CONCURRENTLY): it enforces nothing and slows down writes.</source>
        <translation>Der Index %1 auf %2 ist INVALID (Rest eines fehlgeschlagenen CREATE INDEX CONCURRENTLY): Er erzwingt nichts und verlangsamt Schreibzugriffe.</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY %1; then create it again.</source>
        <translation>DROP INDEX CONCURRENTLY %1; danach neu anlegen.</translation>
    </message>
    <message>
        <source>%1 cannot run inside a transaction block: it will fail with &quot;cannot run inside a transaction block&quot;.</source>
        <translation>%1 kann nicht in einem Transaktionsblock laufen: Es schlägt mit &quot;cannot run inside a transaction block&quot; fehl.</translation>
    </message>
    <message>
        <source>Move it out of BEGIN ... COMMIT (or mark the migration as non-transactional, e.g. dbmate&apos;s transaction:false).</source>
        <translation>Holen Sie es aus BEGIN ... COMMIT heraus (oder kennzeichnen Sie die Migration als nicht transaktional, z. B. mit transaction:false bei dbmate).</translation>
    </message>
    <message>
        <source>%1 will fail: a relation named %2 already exists in schema %3.</source>
        <translation>%1 wird fehlschlagen: Im Schema %3 gibt es bereits eine Relation namens %2.</translation>
    </message>
    <message>
        <source>Choose another name, drop the old object first, or add IF NOT EXISTS when the existing one is equivalent.</source>
        <translation>Wählen Sie einen anderen Namen, löschen Sie zuerst das alte Objekt oder ergänzen Sie IF NOT EXISTS, wenn das vorhandene gleichwertig ist.</translation>
    </message>
    <message>
        <source>%1 will fail: %2 does not exist.</source>
        <translation>%1 wird fehlschlagen: %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>Check the name and schema (search_path is %1), or that an earlier migration created it.</source>
        <translation>Prüfen Sie Name und Schema (search_path ist %1) oder ob eine frühere Migration das Objekt angelegt hat.</translation>
    </message>
    <message>
        <source>ADD COLUMN %1 will fail: %2 already has a column with that name.</source>
        <translation>ADD COLUMN %1 wird fehlschlagen: %2 hat bereits eine Spalte mit diesem Namen.</translation>
    </message>
    <message>
        <source>Use ADD COLUMN IF NOT EXISTS if the existing column is the same, or pick another name.</source>
        <translation>Verwenden Sie ADD COLUMN IF NOT EXISTS, wenn die vorhandene Spalte dieselbe ist, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 will fail: column %2 does not exist in %3.</source>
        <translation>%1 wird fehlschlagen: Die Spalte %2 gibt es in %3 nicht.</translation>
    </message>
    <message>
        <source>Check the column name (it is case-sensitive when quoted) or the migration that should have added it.</source>
        <translation>Prüfen Sie den Spaltennamen (in Anführungszeichen zählt die Groß-/Kleinschreibung) oder die Migration, die sie hätte hinzufügen sollen.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT %1 will fail: %2 already has a constraint (or index) with that name.</source>
        <translation>ADD CONSTRAINT %1 wird fehlschlagen: %2 hat bereits einen Constraint (oder Index) mit diesem Namen.</translation>
    </message>
    <message>
        <source>Drop or rename the existing one first, or choose another name.</source>
        <translation>Löschen oder benennen Sie den vorhandenen zuerst um, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 will fail: %2 has no constraint or index named %3.</source>
        <translation>%1 wird fehlschlagen: %2 hat keinen Constraint oder Index namens %3.</translation>
    </message>
    <message>
        <source>Use IF EXISTS, or check the name in the current schema.</source>
        <translation>Verwenden Sie IF EXISTS oder prüfen Sie den Namen im aktuellen Schema.</translation>
    </message>
    <message>
        <source>ADD VALUE %1 will fail: enum %2 already has that value.</source>
        <translation>ADD VALUE %1 wird fehlschlagen: Der Enum %2 hat diesen Wert bereits.</translation>
    </message>
    <message>
        <source>Use ADD VALUE IF NOT EXISTS.</source>
        <translation>Verwenden Sie ADD VALUE IF NOT EXISTS.</translation>
    </message>
    <message>
        <source>ADD VALUE ... %1 %2 will fail: enum %3 has no value %2.</source>
        <translation>ADD VALUE ... %1 %2 wird fehlschlagen: Der Enum %3 hat keinen Wert %2.</translation>
    </message>
    <message>
        <source>Existing values: %1.</source>
        <translation>Vorhandene Werte: %1.</translation>
    </message>
    <message>
        <source>Right now backend %1 (%2, %3, transaction open for %4 s) holds %5 on %6, which conflicts with the %7 lock this migration needs. Query: %8</source>
        <translation>Gerade hält Backend %1 (%2, %3, Transaktion seit %4 s offen) %5 auf %6; das kollidiert mit der %7-Sperre, die diese Migration braucht. Abfrage: %8</translation>
    </message>
    <message>
        <source>Wait for it to finish, or ask its owner; with lock_timeout set the migration gives up instead of queueing every other query behind it.</source>
        <translation>Warten Sie, bis es fertig ist, oder fragen Sie seinen Eigentümer; mit gesetztem lock_timeout gibt die Migration auf, statt alle anderen Abfragen hinter sich warten zu lassen.</translation>
    </message>
    <message>
        <source>Backend %1 has had a transaction open for %2 s touching %3.</source>
        <translation>Backend %1 hat seit %2 s eine Transaktion offen, die %3 berührt.</translation>
    </message>
    <message>
        <source>Any ACCESS EXCLUSIVE step waits for it. Run the migration when it has ended.</source>
        <translation>Jeder Schritt mit ACCESS EXCLUSIVE wartet darauf. Führen Sie die Migration aus, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>%1 waits for its %2 lock with no lock_timeout set. While it waits in the lock queue, every later query on %3 waits behind it.</source>
        <translation>%1 wartet ohne gesetztes lock_timeout auf eine %2-Sperre. Solange sie in der Sperrwarteschlange steht, wartet jede spätere Abfrage auf %3 hinter ihr.</translation>
    </message>
    <message>
        <source>%1 holds its %2 lock while it scans or rewrites %3, and no statement_timeout is set.</source>
        <translation>%1 hält eine %2-Sperre, während sie %3 scannt oder neu schreibt, und es ist kein statement_timeout gesetzt.</translation>
    </message>
    <message>
        <source>Adding %1 validates every existing row of %2 while holding its %3 lock.</source>
        <translation>Das Hinzufügen von %1 prüft jede vorhandene Zeile von %2, während eine %3-Sperre gehalten wird.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY on partitioned table %1 will fail: PostgreSQL cannot build an index on a partitioned table concurrently.</source>
        <translation>CREATE INDEX CONCURRENTLY auf der partitionierten Tabelle %1 wird fehlschlagen: PostgreSQL kann einen Index auf einer partitionierten Tabelle nicht nebenläufig aufbauen.</translation>
    </message>
    <message>
        <source>Create the index on each partition with CONCURRENTLY, then CREATE INDEX ... ON ONLY %1 and ALTER INDEX ... ATTACH PARTITION each partition&apos;s index; the parent index becomes valid once every partition&apos;s index is attached.</source>
        <translation>Den Index auf jeder Partition mit CONCURRENTLY anlegen, dann CREATE INDEX ... ON ONLY %1 und mit ALTER INDEX ... ATTACH PARTITION den Index jeder Partition anhängen; der Index der Elterntabelle wird gültig, sobald alle Partitionsindexe angehängt sind.</translation>
    </message>
    <message>
        <source>A DO block runs code that Strata does not analyse: its locks, rewrites and errors are not in this report.</source>
        <translation>Ein DO-Block führt Code aus, den Strata nicht analysiert: Seine Sperren, Neuschreibungen und Fehler fehlen in diesem Bericht.</translation>
    </message>
    <message>
        <source>Prefer plain statements in migrations, or check the statements the block runs on their own.</source>
        <translation>In Migrationen besser einfache Anweisungen verwenden oder die Anweisungen des Blocks einzeln prüfen.</translation>
    </message>
</context>
<context>
    <name>LockTable</name>
    <message>
        <source>blocks all reads and writes</source>
        <translation>blockiert alle Lese- und Schreibzugriffe</translation>
    </message>
    <message>
        <source>blocks writes and most reads (plain SELECT still runs)</source>
        <translation>blockiert Schreibzugriffe und die meisten Lesezugriffe (einfaches SELECT läuft weiter)</translation>
    </message>
    <message>
        <source>blocks writes (INSERT, UPDATE, DELETE); reads continue</source>
        <translation>blockiert Schreibzugriffe (INSERT, UPDATE, DELETE); Lesezugriffe laufen weiter</translation>
    </message>
    <message>
        <source>blocks other schema changes and VACUUM; reads and writes continue</source>
        <translation>blockiert andere Schemaänderungen und VACUUM; Lese- und Schreibzugriffe laufen weiter</translation>
    </message>
    <message>
        <source>blocks only conflicting schema changes</source>
        <translation>blockiert nur kollidierende Schemaänderungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Strata</source>
        <translation>Strata</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh objects</source>
        <translation>Objekte &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Strata</source>
        <translation>&amp;Über Strata</translation>
    </message>
    <message>
        <source>About Strata</source>
        <translation>Über Strata</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Strata %1&lt;/h3&gt;&lt;p&gt;A PostgreSQL schema workbench.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strata %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für PostgreSQL-Schemas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Demo loaded on a private PostgreSQL server. Its dbmate migrations are in %1; the last one, which moves three tables to workspace-scoped keys, is still pending.</source>
        <translation>Demo auf einem privaten PostgreSQL-Server geladen. Ihre dbmate-Migrationen liegen in %1; die letzte, die drei Tabellen auf arbeitsbereichsbezogene Schlüssel umstellt, steht noch aus.</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>PostgreSQL %1 · %2 · %3 as %4</source>
        <translation>PostgreSQL %1 · %2 · %3 als %4</translation>
    </message>
    <message>
        <source>Review (read-only)</source>
        <translation>Prüfung (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Write session</source>
        <translation>Schreibsitzung</translation>
    </message>
    <message>
        <source>Review sessions run every transaction READ ONLY with a statement timeout.</source>
        <translation>Prüfsitzungen führen jede Transaktion READ ONLY und mit statement_timeout aus.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>SSL %1 (sslmode=%2)</source>
        <translation>SSL %1 (sslmode=%2)</translation>
    </message>
    <message>
        <source>No SSL (sslmode=%1)</source>
        <translation>Kein SSL (sslmode=%1)</translation>
    </message>
    <message>
        <source>%1 — Strata</source>
        <translation>%1 — Strata</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Der Demo-Server wird gestartet …</translation>
    </message>
    <message>
        <source>Squash</source>
        <translation>Squash</translation>
    </message>
    <message>
        <source>&amp;Runbook</source>
        <translation>&amp;Runbook</translation>
    </message>
    <message>
        <source>Roll &amp;back what ran</source>
        <translation>Ausgeführtes &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation>&amp;Migration</translation>
    </message>
    <message>
        <source>Builds the way back from the run&apos;s journal: the inverse script from the schema before the run, restores from the verified backups, and its own pre-flight.</source>
        <translation>Baut den Weg zurück aus dem Journal des Laufs: das umgekehrte Skript aus dem Schema vor dem Lauf, Wiederherstellungen aus den geprüften Sicherungen und eine eigene Vorabprüfung.</translation>
    </message>
    <message>
        <source>Runbook writing to %1</source>
        <translation>Runbook schreibt in %1</translation>
    </message>
    <message>
        <source>A runbook step runs on its own write session; the review session stays read-only.</source>
        <translation>Ein Runbook-Schritt läuft in einer eigenen Schreibsitzung; die Prüfsitzung bleibt schreibgeschützt.</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Replay migration folders on</source>
        <translation>Migrationsordner wiedergeben auf</translation>
    </message>
    <message>
        <source>A private server</source>
        <translation>Einem privaten Server</translation>
    </message>
    <message>
        <source>This server (a throwaway database, dropped afterwards)</source>
        <translation>Diesem Server (eine Wegwerfdatenbank, danach gelöscht)</translation>
    </message>
</context>
<context>
    <name>MaragudkFolder</name>
    <message>
        <source>“%1” is neither &lt;name&gt;.up.sql nor &lt;name&gt;.down.sql; maragudk/migrate ignores it.</source>
        <translation>„%1“ ist weder &lt;name&gt;.up.sql noch &lt;name&gt;.down.sql; maragudk/migrate ignoriert die Datei.</translation>
    </message>
    <message>
        <source>“%1” has no matching .up.sql file.</source>
        <translation>Zu „%1“ gibt es keine passende .up.sql-Datei.</translation>
    </message>
</context>
<context>
    <name>MissingExtension</name>
    <message>
        <source>Migration %1 (line %2) needs the extension “%3”, which %4 does not have; replay on a server that has it (--replay-on URI).</source>
        <translation>Migration %1 (Zeile %2) braucht die Erweiterung „%3“, die es auf %4 nicht gibt; führen Sie die Wiedergabe auf einem Server aus, der sie hat (--replay-on URI).</translation>
    </message>
    <message>
        <source>Migration %1 (line %2) needs the extension “%3”, which %4 does not have: install the Debian package %5, or replay on a server that has it with --replay-on URI.</source>
        <translation>Migration %1 (Zeile %2) braucht die Erweiterung „%3“, die es auf %4 nicht gibt: Installieren Sie das Debian-Paket %5 oder führen Sie die Wiedergabe mit --replay-on URI auf einem Server aus, der sie hat.</translation>
    </message>
    <message>
        <source>Migration %1 (line %2) needs the extension “%3”, which %4 does not have and no Debian package provides; replay on a server that has it with --replay-on URI.</source>
        <translation>Migration %1 (Zeile %2) braucht die Erweiterung „%3“, die es auf %4 nicht gibt und die kein Debian-Paket bereitstellt; führen Sie die Wiedergabe mit --replay-on URI auf einem Server aus, der sie hat.</translation>
    </message>
</context>
<context>
    <name>ParseTree</name>
    <message>
        <source>Syntax error at line %1, column %2: %3</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>PgRestoreStream</name>
    <message>
        <source>No pg_restore of version %1 or newer is installed; it is needed to read the pg_dump backup.</source>
        <translation>Es ist kein pg_restore in Version %1 oder neuer installiert; es wird zum Lesen der pg_dump-Sicherung gebraucht.</translation>
    </message>
    <message>
        <source>Cannot start pg_restore: %1</source>
        <translation>pg_restore kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>pg_restore could not read the backup.</source>
        <translation>pg_restore konnte die Sicherung nicht lesen.</translation>
    </message>
    <message>
        <source>pg_restore&apos;s output ends in the middle of a line.</source>
        <translation>Die Ausgabe von pg_restore endet mitten in einer Zeile.</translation>
    </message>
    <message>
        <source>The backup&apos;s data ends inside a COPY block.</source>
        <translation>Die Daten der Sicherung enden innerhalb eines COPY-Blocks.</translation>
    </message>
</context>
<context>
    <name>PlainSqlFolder</name>
    <message>
        <source>“%1” does not start with a number; it is not part of the numbered history.</source>
        <translation>„%1“ beginnt nicht mit einer Zahl und gehört daher nicht zur nummerierten Historie.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE lock</source>
        <translation>ACCESS-EXCLUSIVE-Sperre</translation>
    </message>
    <message>
        <source>table rewrite</source>
        <translation>Neuschreiben der Tabelle</translation>
    </message>
    <message>
        <source>full table scan</source>
        <translation>vollständiger Tabellenscan</translation>
    </message>
    <message>
        <source>index build</source>
        <translation>Indexaufbau</translation>
    </message>
    <message>
        <source>~%1 rows</source>
        <translation>~%1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Generated by Strata: %n step(s).</source>
        <translation>
            <numerusform>Erzeugt von Strata: %n Schritt.</numerusform>
            <numerusform>Erzeugt von Strata: %n Schritte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>HAZARD: %1</source>
        <translation>RISIKO: %1</translation>
    </message>
    <message>
        <source>Runs outside a transaction block.</source>
        <translation>Läuft außerhalb eines Transaktionsblocks.</translation>
    </message>
</context>
<context>
    <name>PlanVerifier</name>
    <message>
        <source>Starting a scratch database…</source>
        <translation>Starte eine Hilfsdatenbank …</translation>
    </message>
    <message>
        <source>The server has no role %1: owners and privileges are left out of the verification.</source>
        <translation>Der Server hat keine Rolle %1: Eigentümer und Rechte bleiben bei der Prüfung außen vor.</translation>
    </message>
    <message>
        <source>Schema A could not be built on the scratch database: %1</source>
        <translation>Schema A konnte auf der Hilfsdatenbank nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>Applying the script…</source>
        <translation>Wende das Skript an …</translation>
    </message>
    <message>
        <source>Comparing the result with the target…</source>
        <translation>Vergleiche das Ergebnis mit dem Ziel …</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The comment as in the target.</source>
        <translation>Der Kommentar wie im Ziel.</translation>
    </message>
    <message>
        <source>The owner as in the target.</source>
        <translation>Der Eigentümer wie im Ziel.</translation>
    </message>
    <message>
        <source>Privileges as in the target.</source>
        <translation>Rechte wie im Ziel.</translation>
    </message>
    <message>
        <source>The column&apos;s comment as in the target.</source>
        <translation>Der Spaltenkommentar wie im Ziel.</translation>
    </message>
    <message>
        <source>Dropped to be created again after the objects it reads have changed.</source>
        <translation>Gelöscht, um nach der Änderung der gelesenen Objekte neu angelegt zu werden.</translation>
    </message>
    <message>
        <source>%1 does not exist in the target.</source>
        <translation>%1 gibt es im Ziel nicht.</translation>
    </message>
    <message>
        <source>CREATE OR REPLACE keeps the view&apos;s dependants: its columns only grow at the end.</source>
        <translation>CREATE OR REPLACE erhält die abhängigen Objekte der Sicht: Ihre Spalten kommen nur am Ende hinzu.</translation>
    </message>
    <message>
        <source>%1 as in the target.</source>
        <translation>%1 wie im Ziel.</translation>
    </message>
    <message>
        <source> Populating it runs the query.</source>
        <translation> Beim Befüllen läuft die Abfrage.</translation>
    </message>
    <message>
        <source>Dropped to be created again.</source>
        <translation>Gelöscht, um neu angelegt zu werden.</translation>
    </message>
    <message>
        <source>Trigger %1 does not exist in the target.</source>
        <translation>Den Trigger %1 gibt es im Ziel nicht.</translation>
    </message>
    <message>
        <source>Trigger %1 as in the target; creating it takes a SHARE ROW EXCLUSIVE lock.</source>
        <translation>Trigger %1 wie im Ziel; das Anlegen nimmt eine SHARE-ROW-EXCLUSIVE-Sperre.</translation>
    </message>
    <message>
        <source>The trigger fires as in the target (%1).</source>
        <translation>Der Trigger feuert wie im Ziel (%1).</translation>
    </message>
    <message>
        <source>The owner is no longer subject to the policies.</source>
        <translation>Der Eigentümer unterliegt den Policies nicht mehr.</translation>
    </message>
    <message>
        <source>Row level security is off in the target.</source>
        <translation>Row Level Security ist im Ziel ausgeschaltet.</translation>
    </message>
    <message>
        <source>Policy %1 does not exist in the target.</source>
        <translation>Die Policy %1 gibt es im Ziel nicht.</translation>
    </message>
    <message>
        <source>Policy %1 as in the target.</source>
        <translation>Policy %1 wie im Ziel.</translation>
    </message>
    <message>
        <source>Row level security is on in the target; turned on after its policies exist.</source>
        <translation>Row Level Security ist im Ziel eingeschaltet; sie wird eingeschaltet, sobald die Policies existieren.</translation>
    </message>
    <message>
        <source>The table owner is subject to the policies too.</source>
        <translation>Auch der Eigentümer der Tabelle unterliegt den Policies.</translation>
    </message>
    <message>
        <source>Schema %1 exists only in the target.</source>
        <translation>Das Schema %1 gibt es nur im Ziel.</translation>
    </message>
    <message>
        <source>Schema %1 does not exist in the target; it is dropped after everything in it.</source>
        <translation>Das Schema %1 gibt es im Ziel nicht; es wird nach allem gelöscht, was es enthält.</translation>
    </message>
    <message>
        <source>Extension %1 exists only in the target.</source>
        <translation>Die Erweiterung %1 gibt es nur im Ziel.</translation>
    </message>
    <message>
        <source>Extension %1 does not exist in the target.</source>
        <translation>Die Erweiterung %1 gibt es im Ziel nicht.</translation>
    </message>
    <message>
        <source>The extension moves to schema %1.</source>
        <translation>Die Erweiterung zieht in das Schema %1 um.</translation>
    </message>
    <message>
        <source>The extension is updated from version %1 to %2.</source>
        <translation>Die Erweiterung wird von Version %1 auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Type %1 changes its kind; drop and create it by hand.</source>
        <translation>Der Typ %1 ändert seine Art; löschen Sie ihn und legen Sie ihn von Hand neu an.</translation>
    </message>
    <message>
        <source>Adds the enum value %1 in place; runs outside a transaction so that later steps can use it.</source>
        <translation>Fügt den Enum-Wert %1 direkt hinzu; läuft außerhalb einer Transaktion, damit spätere Schritte ihn verwenden können.</translation>
    </message>
    <message>
        <source>Enum values are removed or reordered, which ALTER TYPE cannot do: the old type is renamed and a new one created.</source>
        <translation>Enum-Werte werden entfernt oder umgeordnet, was ALTER TYPE nicht kann: Der alte Typ wird umbenannt und ein neuer angelegt.</translation>
    </message>
    <message>
        <source>The enum with the target&apos;s values.</source>
        <translation>Der Enum mit den Werten des Ziels.</translation>
    </message>
    <message>
        <source>Converts the column to the new enum; rows holding a removed value make this step fail.</source>
        <translation>Wandelt die Spalte in den neuen Enum um; Zeilen mit einem entfernten Wert lassen diesen Schritt fehlschlagen.</translation>
    </message>
    <message>
        <source>The domain&apos;s default changes.</source>
        <translation>Der Standardwert der Domäne ändert sich.</translation>
    </message>
    <message>
        <source>The domain&apos;s NOT NULL changes; setting it checks every column of the domain.</source>
        <translation>NOT NULL der Domäne ändert sich; das Setzen prüft jede Spalte dieser Domäne.</translation>
    </message>
    <message>
        <source>Constraint %1 of the domain is dropped or changed.</source>
        <translation>Der Constraint %1 der Domäne wird gelöscht oder geändert.</translation>
    </message>
    <message>
        <source>Checks the existing values.</source>
        <translation>Prüft die vorhandenen Werte.</translation>
    </message>
    <message>
        <source>Added NOT VALID: new values are checked at once, existing ones by a separate step.</source>
        <translation>Mit NOT VALID hinzugefügt: Neue Werte werden sofort geprüft, vorhandene in einem eigenen Schritt.</translation>
    </message>
    <message>
        <source>Checks the existing values of every column of the domain.</source>
        <translation>Prüft die vorhandenen Werte jeder Spalte dieser Domäne.</translation>
    </message>
    <message>
        <source>Attribute %1 is not in the target.</source>
        <translation>Das Attribut %1 gibt es im Ziel nicht.</translation>
    </message>
    <message>
        <source>Attribute %1 is new.</source>
        <translation>Das Attribut %1 ist neu.</translation>
    </message>
    <message>
        <source>Attribute %1 changes its type.</source>
        <translation>Das Attribut %1 ändert seinen Typ.</translation>
    </message>
    <message>
        <source>Range type %1 differs; range types cannot be altered.</source>
        <translation>Der Bereichstyp %1 unterscheidet sich; Bereichstypen lassen sich nicht ändern.</translation>
    </message>
    <message>
        <source>Type %1 exists only in the target.</source>
        <translation>Den Typ %1 gibt es nur im Ziel.</translation>
    </message>
    <message>
        <source>A constraint that is NOT VALID in the target.</source>
        <translation>Ein Constraint, der im Ziel NOT VALID ist.</translation>
    </message>
    <message>
        <source>Type %1 does not exist in the target.</source>
        <translation>Den Typ %1 gibt es im Ziel nicht.</translation>
    </message>
    <message>
        <source>Sequence %1 exists only in the target.</source>
        <translation>Die Sequenz %1 gibt es nur im Ziel.</translation>
    </message>
    <message>
        <source>The sequence belongs to its column.</source>
        <translation>Die Sequenz gehört zu ihrer Spalte.</translation>
    </message>
    <message>
        <source>Sequence %1 does not exist in the target.</source>
        <translation>Die Sequenz %1 gibt es im Ziel nicht.</translation>
    </message>
    <message>
        <source>The sequence&apos;s options change.</source>
        <translation>Die Optionen der Sequenz ändern sich.</translation>
    </message>
    <message>
        <source>The column that owns the sequence changes.</source>
        <translation>Die Spalte, der die Sequenz gehört, ändert sich.</translation>
    </message>
    <message>
        <source>The result type or the argument list changes, which CREATE OR REPLACE cannot do.</source>
        <translation>Der Ergebnistyp oder die Argumentliste ändert sich, was CREATE OR REPLACE nicht kann.</translation>
    </message>
    <message>
        <source>%1 exists only in the target.</source>
        <translation>%1 gibt es nur im Ziel.</translation>
    </message>
    <message>
        <source>The definition of %1 changes.</source>
        <translation>Die Definition von %1 ändert sich.</translation>
    </message>
    <message>
        <source>Function bodies may refer to tables created later in this script.</source>
        <translation>Funktionsrümpfe dürfen auf Tabellen verweisen, die erst später in diesem Skript angelegt werden.</translation>
    </message>
    <message>
        <source> The table has about %1 rows.</source>
        <translation> Die Tabelle hat etwa %1 Zeilen.</translation>
    </message>
    <message>
        <source>Table %1 changes its partitioning, which needs the table dropped and created again: its rows are lost.</source>
        <translation>Die Tabelle %1 ändert ihre Partitionierung; dafür muss sie gelöscht und neu angelegt werden: Ihre Zeilen gehen verloren.</translation>
    </message>
    <message>
        <source>Detached concurrently (outside a transaction) so that the parent table stays usable.</source>
        <translation>Mit CONCURRENTLY abgehängt (außerhalb einer Transaktion), damit die Elterntabelle benutzbar bleibt.</translation>
    </message>
    <message>
        <source>Detaches the partition before it is dropped.</source>
        <translation>Hängt die Partition ab, bevor sie gelöscht wird.</translation>
    </message>
    <message>
        <source>Dropped to be created again with the target&apos;s definition.</source>
        <translation>Gelöscht, um mit der Definition des Ziels neu angelegt zu werden.</translation>
    </message>
    <message>
        <source>Table %1 does not exist in the target.</source>
        <translation>Die Tabelle %1 gibt es im Ziel nicht.</translation>
    </message>
    <message>
        <source>New partition of %1.</source>
        <translation>Neue Partition von %1.</translation>
    </message>
    <message>
        <source>Table %1 exists only in the target.</source>
        <translation>Die Tabelle %1 gibt es nur im Ziel.</translation>
    </message>
    <message>
        <source> Creating a partition locks the parent table.</source>
        <translation> Das Anlegen einer Partition sperrt die Elterntabelle.</translation>
    </message>
    <message>
        <source>The partition&apos;s column is NOT NULL.</source>
        <translation>Die Spalte der Partition ist NOT NULL.</translation>
    </message>
    <message>
        <source>The partition&apos;s column has its own default.</source>
        <translation>Die Spalte der Partition hat einen eigenen Standardwert.</translation>
    </message>
    <message>
        <source>The partition moves or changes its bounds.</source>
        <translation>Die Partition wird verschoben oder ändert ihre Grenzen.</translation>
    </message>
    <message>
        <source>Column %1 does not exist in the target; its values are lost.</source>
        <translation>Die Spalte %1 gibt es im Ziel nicht; ihre Werte gehen verloren.</translation>
    </message>
    <message>
        <source>Column %1 is new.</source>
        <translation>Die Spalte %1 ist neu.</translation>
    </message>
    <message>
        <source> Every row gets a computed value, which rewrites the table.</source>
        <translation> Jede Zeile erhält einen berechneten Wert; dabei wird die Tabelle neu geschrieben.</translation>
    </message>
    <message>
        <source> NOT NULL without a default fails when the table has rows.</source>
        <translation> NOT NULL ohne Standardwert schlägt fehl, sobald die Tabelle Zeilen hat.</translation>
    </message>
    <message>
        <source>The generation expression of %1 changes: the column is dropped and added again.</source>
        <translation>Der Generierungsausdruck von %1 ändert sich: Die Spalte wird gelöscht und neu hinzugefügt.</translation>
    </message>
    <message>
        <source>Adds %1 with the target&apos;s generation expression; every row is computed.</source>
        <translation>Fügt %1 mit dem Generierungsausdruck des Ziels hinzu; jede Zeile wird berechnet.</translation>
    </message>
    <message>
        <source>Column %1.%2 was recreated; its position in the table changes.</source>
        <translation>Die Spalte %1.%2 wurde neu angelegt; ihre Position in der Tabelle ändert sich.</translation>
    </message>
    <message>
        <source>Column %1 keeps its values but is no longer generated.</source>
        <translation>Die Spalte %1 behält ihre Werte, wird aber nicht mehr generiert.</translation>
    </message>
    <message>
        <source>Column %1 is no longer an identity column; its sequence is dropped.</source>
        <translation>Die Spalte %1 ist keine Identity-Spalte mehr; ihre Sequenz wird gelöscht.</translation>
    </message>
    <message>
        <source>The default of %1 changes.</source>
        <translation>Der Standardwert von %1 ändert sich.</translation>
    </message>
    <message>
        <source>The default of %1 is set again after the type change.</source>
        <translation>Der Standardwert von %1 wird nach der Typänderung neu gesetzt.</translation>
    </message>
    <message>
        <source>Column %1 changes from %2 to %3.</source>
        <translation>Die Spalte %1 ändert sich von %2 zu %3.</translation>
    </message>
    <message>
        <source> The table and its indexes are rewritten under an ACCESS EXCLUSIVE lock.</source>
        <translation> Die Tabelle und ihre Indexe werden unter einer ACCESS-EXCLUSIVE-Sperre neu geschrieben.</translation>
    </message>
    <message>
        <source>A temporary NOT VALID check lets SET NOT NULL skip its full scan under the exclusive lock.</source>
        <translation>Ein vorübergehender CHECK mit NOT VALID erspart SET NOT NULL den vollständigen Scan unter der exklusiven Sperre.</translation>
    </message>
    <message>
        <source>Uses the validated check instead of scanning the table.</source>
        <translation>Verwendet den validierten CHECK, statt die Tabelle zu scannen.</translation>
    </message>
    <message>
        <source>The temporary check is no longer needed.</source>
        <translation>Der vorübergehende CHECK wird nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>Checks every row under the exclusive lock.</source>
        <translation>Prüft jede Zeile unter der exklusiven Sperre.</translation>
    </message>
    <message>
        <source>Column %1 accepts NULL.</source>
        <translation>Die Spalte %1 lässt NULL zu.</translation>
    </message>
    <message>
        <source>Column %1 becomes an identity column.</source>
        <translation>Die Spalte %1 wird zu einer Identity-Spalte.</translation>
    </message>
    <message>
        <source>The identity column becomes GENERATED %1.</source>
        <translation>Die Identity-Spalte wird zu GENERATED %1.</translation>
    </message>
    <message>
        <source>The identity sequence&apos;s options change.</source>
        <translation>Die Optionen der Identity-Sequenz ändern sich.</translation>
    </message>
    <message>
        <source>The identity sequence is renamed.</source>
        <translation>Die Identity-Sequenz wird umbenannt.</translation>
    </message>
    <message>
        <source>Sets the default of %1; existing rows keep their values.</source>
        <translation>Setzt den Standardwert von %1; vorhandene Zeilen behalten ihre Werte.</translation>
    </message>
    <message>
        <source>Column %1.%2 differs in whether it is inherited; that is not changed.</source>
        <translation>Die Spalte %1.%2 unterscheidet sich darin, ob sie geerbt ist; das wird nicht geändert.</translation>
    </message>
    <message>
        <source>Table %1 has its columns in another order; the plan keeps the current order.</source>
        <translation>Die Tabelle %1 hat ihre Spalten in einer anderen Reihenfolge; der Plan behält die aktuelle Reihenfolge bei.</translation>
    </message>
    <message>
        <source>Changes whether the table is written to the WAL.</source>
        <translation>Ändert, ob die Tabelle ins WAL geschrieben wird.</translation>
    </message>
    <message>
        <source>Storage options the target does not set.</source>
        <translation>Speicheroptionen, die das Ziel nicht setzt.</translation>
    </message>
    <message>
        <source>The target&apos;s storage options.</source>
        <translation>Die Speicheroptionen des Ziels.</translation>
    </message>
    <message>
        <source>Attaching scans the partition to check its bounds unless a matching CHECK constraint exists.</source>
        <translation>Das Anhängen scannt die Partition, um ihre Grenzen zu prüfen, sofern es keinen passenden CHECK-Constraint gibt.</translation>
    </message>
    <message>
        <source>Constraint %1 does not exist in the target.</source>
        <translation>Den Constraint %1 gibt es im Ziel nicht.</translation>
    </message>
    <message>
        <source>Constraint %1 is dropped to be added again.</source>
        <translation>Der Constraint %1 wird gelöscht, um neu hinzugefügt zu werden.</translation>
    </message>
    <message>
        <source>Checks the existing rows without blocking writes.</source>
        <translation>Prüft die vorhandenen Zeilen, ohne Schreibzugriffe zu blockieren.</translation>
    </message>
    <message>
        <source>Builds the constraint&apos;s index concurrently (outside a transaction) without blocking writes.</source>
        <translation>Baut den Index des Constraints mit CONCURRENTLY auf (außerhalb einer Transaktion), ohne Schreibzugriffe zu blockieren.</translation>
    </message>
    <message>
        <source>Turns the new index into the constraint; only a brief exclusive lock.</source>
        <translation>Macht den neuen Index zum Constraint; nur eine kurze exklusive Sperre.</translation>
    </message>
    <message>
        <source> Columns that allow NULL are scanned to set NOT NULL.</source>
        <translation> Spalten, die NULL zulassen, werden gescannt, um NOT NULL zu setzen.</translation>
    </message>
    <message>
        <source>Constraint of a new table.</source>
        <translation>Constraint einer neuen Tabelle.</translation>
    </message>
    <message>
        <source>Builds the constraint&apos;s index under an exclusive lock.</source>
        <translation>Baut den Index des Constraints unter einer exklusiven Sperre auf.</translation>
    </message>
    <message>
        <source>Exclusion constraints cannot be added NOT VALID or from an existing index.</source>
        <translation>Exclusion-Constraints lassen sich weder mit NOT VALID noch aus einem vorhandenen Index hinzufügen.</translation>
    </message>
    <message>
        <source>Added NOT VALID: only new rows are checked now, under a brief lock.</source>
        <translation>Mit NOT VALID hinzugefügt: Jetzt werden nur neue Zeilen geprüft, unter einer kurzen Sperre.</translation>
    </message>
    <message>
        <source>Checks every existing row while holding the lock.</source>
        <translation>Prüft jede vorhandene Zeile, während die Sperre gehalten wird.</translation>
    </message>
    <message>
        <source>Dropped concurrently (outside a transaction) so that queries are not blocked.</source>
        <translation>Mit CONCURRENTLY gelöscht (außerhalb einer Transaktion), damit Abfragen nicht blockiert werden.</translation>
    </message>
    <message>
        <source>Index %1 is dropped.</source>
        <translation>Der Index %1 wird gelöscht.</translation>
    </message>
    <message>
        <source>Built concurrently (outside a transaction): writes go on while it builds.</source>
        <translation>Mit CONCURRENTLY aufgebaut (außerhalb einer Transaktion): Schreibzugriffe laufen während des Aufbaus weiter.</translation>
    </message>
    <message>
        <source>Index of a new relation.</source>
        <translation>Index einer neuen Relation.</translation>
    </message>
    <message>
        <source>Built under a SHARE lock: writes wait until it is done.</source>
        <translation>Unter einer SHARE-Sperre aufgebaut: Schreibzugriffe warten, bis der Aufbau fertig ist.</translation>
    </message>
    <message>
        <source>Column %1 keeps its values but is no longer generated. First, because it reads a column that changes type or is dropped.</source>
        <translation>Spalte %1 behält ihre Werte, wird aber nicht mehr berechnet. Zuerst, weil sie eine Spalte liest, deren Typ sich ändert oder die gelöscht wird.</translation>
    </message>
    <message>
        <source>Generated column %1 reads a column that changes type or is dropped, which PostgreSQL refuses while %1 exists: it is dropped first and added again afterwards.</source>
        <translation>Die berechnete Spalte %1 liest eine Spalte, deren Typ sich ändert oder die gelöscht wird; das lehnt PostgreSQL ab, solange %1 existiert: Sie wird zuerst gelöscht und danach wieder hinzugefügt.</translation>
    </message>
    <message>
        <source>Generated column %1 does not exist in the target; it goes first because it reads a column that changes type or is dropped.</source>
        <translation>Die berechnete Spalte %1 gibt es im Ziel nicht; sie wird zuerst gelöscht, weil sie eine Spalte liest, deren Typ sich ändert oder die gelöscht wird.</translation>
    </message>
    <message>
        <source>Adds %1 again with the target&apos;s generation expression; every row is computed.</source>
        <translation>Fügt %1 wieder mit dem Berechnungsausdruck des Ziels hinzu; jede Zeile wird berechnet.</translation>
    </message>
    <message>
        <source>Column %1 changes its collation from %2 to %3; its indexes are rebuilt.</source>
        <translation>Spalte %1 wechselt die Sortierfolge von %2 zu %3; ihre Indexe werden neu aufgebaut.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standardsortierfolge</translation>
    </message>
    <message>
        <source>The domain&apos;s base type or collation changes, which ALTER DOMAIN cannot do: the old domain is renamed and a new one created.</source>
        <translation>Basistyp oder Sortierfolge der Domäne ändern sich, was ALTER DOMAIN nicht kann: Die alte Domäne wird umbenannt und eine neue angelegt.</translation>
    </message>
    <message>
        <source>The default refers to the old type; it is set again later.</source>
        <translation>Der Standardwert verweist auf den alten Typ; er wird später neu gesetzt.</translation>
    </message>
    <message>
        <source>Converts the column to the new domain; a value that does not fit its type or constraints makes this step fail.</source>
        <translation>Wandelt die Spalte in die neue Domäne um; ein Wert, der nicht zu ihrem Typ oder ihren Constraints passt, lässt diesen Schritt fehlschlagen.</translation>
    </message>
    <message>
        <source>The default again, now of the new type.</source>
        <translation>Wieder der Standardwert, jetzt mit dem neuen Typ.</translation>
    </message>
    <message>
        <source>Table %1 changes the type of a column of its partition key, which needs the table dropped and created again: its rows are lost.</source>
        <translation>Tabelle %1 ändert den Typ einer Spalte ihres Partitionsschlüssels; dafür muss die Tabelle gelöscht und neu angelegt werden: Ihre Zeilen gehen verloren.</translation>
    </message>
    <message>
        <source>The default of %1 calls a function that is dropped and made again; the default is set again afterwards.</source>
        <translation>Der Standardwert von %1 ruft eine Funktion auf, die gelöscht und neu angelegt wird; er wird danach wieder gesetzt.</translation>
    </message>
    <message>
        <source>The default of %1 again, now calling the new function.</source>
        <translation>Wieder der Standardwert von %1, jetzt mit der neuen Funktion.</translation>
    </message>
    <message>
        <source>%1 does not exist in the target; it goes before the new %2 is created, and what calls it is made again afterwards.</source>
        <translation>%1 gibt es im Ziel nicht; sie wird gelöscht, bevor die neue %2 angelegt wird, und was sie aufruft, wird danach neu angelegt.</translation>
    </message>
    <message>
        <source>Attributes change type while table columns use the type, which ALTER TYPE cannot do: the old type is renamed and a new one created.</source>
        <translation>Attribute ändern ihren Typ, während Tabellenspalten den Typ verwenden; das kann ALTER TYPE nicht: Der alte Typ wird umbenannt und ein neuer angelegt.</translation>
    </message>
    <message>
        <source>The type as in the target.</source>
        <translation>Der Typ wie im Ziel.</translation>
    </message>
    <message>
        <source>Converts the column to the new type attribute by attribute; a value that does not fit makes this step fail.</source>
        <translation>Wandelt die Spalte Attribut für Attribut in den neuen Typ um; ein Wert, der nicht passt, lässt diesen Schritt fehlschlagen.</translation>
    </message>
    <message>
        <source>The renamed old type is no longer used.</source>
        <translation>Der umbenannte alte Typ wird nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>Column %1 is new; it is generated from columns this plan adds or changes first.</source>
        <translation>Spalte %1 ist neu; sie wird aus Spalten berechnet, die dieser Plan zuerst hinzufügt oder ändert.</translation>
    </message>
    <message>
        <source>Column %1.%2 is added after the columns it reads; its position in the table differs from the target.</source>
        <translation>Spalte %1.%2 wird nach den Spalten hinzugefügt, die sie liest; ihre Position in der Tabelle weicht vom Ziel ab.</translation>
    </message>
    <message>
        <source>Column %1 keeps its values but is no longer generated. First, because it calls a function that is dropped and made again.</source>
        <translation>Spalte %1 behält ihre Werte, wird aber nicht mehr berechnet. Zuerst, weil sie eine Funktion aufruft, die gelöscht und neu angelegt wird.</translation>
    </message>
    <message>
        <source>Generated column %1 calls a function that is dropped and made again, which PostgreSQL refuses while %1 exists: it is dropped first and added again afterwards.</source>
        <translation>Die berechnete Spalte %1 ruft eine Funktion auf, die gelöscht und neu angelegt wird; das lehnt PostgreSQL ab, solange %1 existiert: Sie wird zuerst gelöscht und danach wieder hinzugefügt.</translation>
    </message>
    <message>
        <source>Generated column %1 does not exist in the target; it goes first because it calls a function that is dropped and made again.</source>
        <translation>Die berechnete Spalte %1 gibt es im Ziel nicht; sie wird zuerst gelöscht, weil sie eine Funktion aufruft, die gelöscht und neu angelegt wird.</translation>
    </message>
    <message>
        <source>Builds the new key&apos;s index concurrently (outside a transaction) while the old key still holds: writes go on.</source>
        <translation>Baut den Index des neuen Schlüssels nebenläufig (außerhalb einer Transaktion), während der alte Schlüssel noch gilt: Schreibzugriffe laufen weiter.</translation>
    </message>
    <message>
        <source>The foreign key leans on the key of %1 that is replaced: dropped in the same transaction that swaps the key, and added again there.</source>
        <translation>Der Fremdschlüssel stützt sich auf den Schlüssel von %1, der ersetzt wird: Er wird in derselben Transaktion entfernt, die den Schlüssel tauscht, und dort wieder angelegt.</translation>
    </message>
    <message>
        <source>The old key goes in the transaction that puts the new one in its place: the table is never without its key.</source>
        <translation>Der alte Schlüssel fällt in der Transaktion, die den neuen an seine Stelle setzt: Die Tabelle ist nie ohne Schlüssel.</translation>
    </message>
    <message>
        <source>The index built beforehand becomes the key (and takes its name); only a brief exclusive lock.</source>
        <translation>Der vorher gebaute Index wird zum Schlüssel (und übernimmt seinen Namen); nur eine kurze exklusive Sperre.</translation>
    </message>
    <message>
        <source>Checks the existing rows in a transaction of its own, under SHARE UPDATE EXCLUSIVE: reads and writes go on.</source>
        <translation>Prüft die vorhandenen Zeilen in einer eigenen Transaktion unter SHARE UPDATE EXCLUSIVE: Lesen und Schreiben laufen weiter.</translation>
    </message>
    <message>
        <source>A snapshot file of format 1 holds no dependency graph: the order of these steps comes from object kinds only. Take the snapshot again to order them by the catalog&apos;s dependencies.</source>
        <translation>Eine Snapshot-Datei im Format 1 enthält keinen Abhängigkeitsgraphen: Die Reihenfolge dieser Schritte ergibt sich nur aus den Objektarten. Erstellen Sie den Snapshot neu, um sie nach den Abhängigkeiten des Katalogs zu ordnen.</translation>
    </message>
    <message>
        <source>It depends on %1, which is dropped or made anew: dropped before it and created again after.</source>
        <translation>Es hängt von %1 ab, das entfernt oder neu angelegt wird: Es wird vorher entfernt und danach wieder angelegt.</translation>
    </message>
    <message>
        <source>Checks the existing rows in a transaction of its own, while reads and writes go on.</source>
        <translation>Prüft die vorhandenen Zeilen in einer eigenen Transaktion, während Lesen und Schreiben weiterlaufen.</translation>
    </message>
    <message>
        <source>It uses %1, which is made anew: it is dropped (naming the old type) and created again with the new type.</source>
        <translation>Es verwendet %1, das neu angelegt wird: Es wird gelöscht (unter Nennung des alten Typs) und mit dem neuen Typ wieder angelegt.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1 (down section, line %2)</source>
        <translation>%1 (Down-Abschnitt, Zeile %2)</translation>
    </message>
    <message>
        <source>The down section cannot be parsed: %1</source>
        <translation>Der Down-Abschnitt lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>The script has no statements (it is empty or holds only comments): there is nothing to check, and running it would change nothing.</source>
        <translation>Das Skript enthält keine Anweisungen (es ist leer oder enthält nur Kommentare): Es gibt nichts zu prüfen, und seine Ausführung würde nichts ändern.</translation>
    </message>
    <message>
        <source>Check that this is the file you meant; an empty migration is usually a mistake.</source>
        <translation>Prüfen Sie, ob dies die gemeinte Datei ist; eine leere Migration ist meist ein Fehler.</translation>
    </message>
</context>
<context>
    <name>PrismaFolder</name>
    <message>
        <source>migration_lock.toml names the provider “%1”, not PostgreSQL.</source>
        <translation>migration_lock.toml nennt den Provider „%1“, nicht PostgreSQL.</translation>
    </message>
    <message>
        <source>The Prisma migration folder “%1” has no migration.sql.</source>
        <translation>Der Prisma-Migrationsordner „%1“ hat keine migration.sql.</translation>
    </message>
    <message>
        <source>“%1” does not start with a timestamp; Prisma orders it by name.</source>
        <translation>„%1“ beginnt nicht mit einem Zeitstempel; Prisma ordnet den Ordner nach seinem Namen ein.</translation>
    </message>
    <message>
        <source>“%1” has the same timestamp as “%2”; Prisma runs both, in folder-name order.</source>
        <translation>„%1“ hat denselben Zeitstempel wie „%2“; Prisma führt beide aus, in der Reihenfolge der Ordnernamen.</translation>
    </message>
</context>
<context>
    <name>RailsFolder</name>
    <message>
        <source>“%1” defines no ActiveRecord::Migration class.</source>
        <translation>„%1“ definiert keine Klasse ActiveRecord::Migration.</translation>
    </message>
    <message>
        <source>“%1” is not a Rails migration name (expected &lt;version&gt;_&lt;snake_case_name&gt;.rb or &lt;version&gt;_&lt;name&gt;.&lt;engine&gt;.rb).</source>
        <translation>„%1“ ist kein Rails-Migrationsname (erwartet: &lt;version&gt;_&lt;snake_case_name&gt;.rb oder &lt;version&gt;_&lt;name&gt;.&lt;engine&gt;.rb).</translation>
    </message>
</context>
<context>
    <name>ReplayPlanner</name>
    <message>
        <source>Flyway itself refuses to migrate (“Found more than one migration with version …”).</source>
        <translation>Flyway selbst verweigert die Migration („Found more than one migration with version …“).</translation>
    </message>
    <message>
        <source>golang-migrate itself refuses the folder (“duplicate migration file”).</source>
        <translation>golang-migrate selbst lehnt den Ordner ab („duplicate migration file“).</translation>
    </message>
    <message>
        <source>dbmate itself runs both but records the version once, so the second cannot be recorded.</source>
        <translation>dbmate selbst führt beide aus, trägt die Version aber nur einmal ein, sodass die zweite nicht eingetragen werden kann.</translation>
    </message>
    <message>
        <source>sqlx itself refuses the folder (two migrations with one version).</source>
        <translation>sqlx selbst lehnt den Ordner ab (zwei Migrationen mit derselben Version).</translation>
    </message>
    <message>
        <source>Prisma itself runs both: it identifies a migration by its whole folder name.</source>
        <translation>Prisma selbst führt beide aus: Es erkennt eine Migration an ihrem vollständigen Ordnernamen.</translation>
    </message>
    <message>
        <source>No tool decides the order of such files.</source>
        <translation>Kein Werkzeug legt die Reihenfolge solcher Dateien fest.</translation>
    </message>
    <message>
        <source>A sqitch project cannot be replayed: its changes run in the order of sqitch.plan with their dependencies, which may name changes of other projects.</source>
        <translation>Ein sqitch-Projekt kann nicht wiedergegeben werden: Seine Änderungen laufen in der Reihenfolge von sqitch.plan mit ihren Abhängigkeiten, die Änderungen anderer Projekte nennen können.</translation>
    </message>
    <message>
        <source>Replayable formats: %1.</source>
        <translation>Formate, die wiedergegeben werden können: %1.</translation>
    </message>
    <message>
        <source>%1 migrations are not plain SQL files and cannot be replayed.</source>
        <translation>%1-Migrationen sind keine reinen SQL-Dateien und können nicht wiedergegeben werden.</translation>
    </message>
    <message>
        <source>Version %1 is in two locations: %2 and %3.</source>
        <translation>Version %1 liegt an zwei Speicherorten: %2 und %3.</translation>
    </message>
    <message>
        <source>The replay runs both, in file-name order.</source>
        <translation>Die Wiedergabe führt beide aus, in der Reihenfolge der Dateinamen.</translation>
    </message>
    <message>
        <source>The %1 folder “%2” cannot be replayed: %3</source>
        <translation>Der %1-Ordner „%2“ kann nicht wiedergegeben werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(und %n weiteres Problem)</numerusform>
            <numerusform>(und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>On an empty database Flyway runs the newest baseline “%1” and then only the versions above %2.</source>
        <translation>Auf einer leeren Datenbank führt Flyway die neueste Baseline „%1“ aus und danach nur die Versionen über %2.</translation>
    </message>
    <message>
        <source>Not run: %1.</source>
        <translation>Nicht ausgeführt: %1.</translation>
    </message>
    <message>
        <source>The %1 folder “%2” has no migrations to replay.</source>
        <translation>Der %1-Ordner „%2“ enthält keine Migrationen zur Wiedergabe.</translation>
    </message>
    <message>
        <source>“transaction:false”</source>
        <translation>„transaction:false“</translation>
    </message>
    <message>
        <source>“-- no-transaction”</source>
        <translation>„-- no-transaction“</translation>
    </message>
    <message>
        <source>executeInTransaction=false in %1.conf</source>
        <translation>executeInTransaction=false in %1.conf</translation>
    </message>
    <message>
        <source>%1 cannot run in a transaction</source>
        <translation>%1 kann nicht in einer Transaktion laufen</translation>
    </message>
    <message>
        <source>the migration is the one statement %1</source>
        <translation>die Migration besteht nur aus der Anweisung %1</translation>
    </message>
</context>
<context>
    <name>ReplayTarget</name>
    <message>
        <source>The role “%1” that the folder grants to could not be created on %2: %3</source>
        <translation>Die Rolle „%1“, an die der Ordner Rechte vergibt, konnte auf %2 nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>Replaying there needs a user with CREATEROLE, or create the roles first.</source>
        <translation>Für die Wiedergabe dort ist ein Benutzer mit CREATEROLE nötig; oder legen Sie die Rollen zuerst an.</translation>
    </message>
    <message>
        <source>The user “%1” may not create databases on %2, and a replay needs a throwaway database of its own there.</source>
        <translation>Der Benutzer „%1“ darf auf %2 keine Datenbanken anlegen, und eine Wiedergabe braucht dort eine eigene Wegwerfdatenbank.</translation>
    </message>
    <message>
        <source>Use a user with CREATEDB, or replay on a private server (leave out --replay-on).</source>
        <translation>Verwenden Sie einen Benutzer mit CREATEDB oder führen Sie die Wiedergabe auf einem privaten Server aus (lassen Sie --replay-on weg).</translation>
    </message>
    <message>
        <source>the private PostgreSQL %1 server</source>
        <translation>dem privaten PostgreSQL-%1-Server</translation>
    </message>
    <message>
        <source>The user may not create databases on %1, and a replay needs a throwaway database of its own there.</source>
        <translation>Der Benutzer darf auf %1 keine Datenbanken anlegen, und eine Wiedergabe braucht dort eine eigene Wegwerfdatenbank.</translation>
    </message>
    <message>
        <source>Could not create the throwaway database “%1” on %2: %3</source>
        <translation>Die Wegwerfdatenbank „%1“ konnte auf %2 nicht angelegt werden: %3</translation>
    </message>
</context>
<context>
    <name>ReplicaLagMonitor</name>
    <message>
        <source>Cannot read the primary&apos;s WAL position: %1</source>
        <translation>Die WAL-Position des Primärservers kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the replication state (pg_stat_replication): %1</source>
        <translation>Der Replikationszustand (pg_stat_replication) kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>rewrite</source>
        <translation>Neuschreiben</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>index build</source>
        <translation>Indexaufbau</translation>
    </message>
    <message numerus="yes">
        <source>BLOCKED: %n blocking finding(s)</source>
        <translation>
            <numerusform>BLOCKIERT: %n blockierender Befund</numerusform>
            <numerusform>BLOCKIERT: %n blockierende Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PROCEED WITH CARE: %n warning(s), nothing blocking</source>
        <translation>
            <numerusform>MIT VORSICHT FORTFAHREN: %n Warnung, nichts blockiert</numerusform>
            <numerusform>MIT VORSICHT FORTFAHREN: %n Warnungen, nichts blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: nothing blocking, no warnings</source>
        <translation>OK: nichts blockiert, keine Warnungen</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Time (rough)</source>
        <translation>Zeit (grob)</translation>
    </message>
    <message>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Migration pre-flight audit: %1</source>
        <translation>Prüfbericht der Vorabprüfung: %1</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL %2)</source>
        <translation>%1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>none (offline analysis: locks and lints only)</source>
        <translation>keine (Offline-Analyse: nur Sperren und Lint-Regeln)</translation>
    </message>
    <message>
        <source>%1 UTC by Strata</source>
        <translation>%1 UTC von Strata</translation>
    </message>
    <message>
        <source>%1 statement(s); %2 data check(s) (%3 ms, read-only transaction, ACCESS SHARE locks only)</source>
        <translation>%1 Anweisung(en); %2 Datenprüfung(en) (%3 ms, schreibgeschützte Transaktion, nur ACCESS-SHARE-Sperren)</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>Zeilen (ca.)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Total with indexes</source>
        <translation>Gesamt mit Indexen</translation>
    </message>
    <message>
        <source>never analyzed</source>
        <translation>nie analysiert</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Xact s</source>
        <translation>Transaktion s</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Lock levels per the PostgreSQL documentation for each statement form; times are rough estimates from reltuples/relpages/pg_relation_size. Lines are the file&apos;s lines.</source>
        <translation>Sperrstufen laut PostgreSQL-Dokumentation für jede Anweisungsform; Zeiten sind grobe Schätzungen aus reltuples/relpages/pg_relation_size. Zeilen sind die Zeilen der Datei.</translation>
    </message>
    <message>
        <source>The whole script</source>
        <translation>Das ganze Skript</translation>
    </message>
    <message>
        <source>Statement %1 (line %2), %3</source>
        <translation>Anweisung %1 (Zeile %2), %3</translation>
    </message>
    <message>
        <source>statement %1, line %2</source>
        <translation>Anweisung %1, Zeile %2</translation>
    </message>
    <message>
        <source>whole script</source>
        <translation>ganzes Skript</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <translation>%1, %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 s</translation>
    </message>
    <message>
        <source>~%1 s</source>
        <translation>~%1 s</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>~%1 min</translation>
    </message>
    <message>
        <source>~%1 h</source>
        <translation>~%1 h</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Colliding groups:</source>
        <translation>Kollidierende Gruppen:</translation>
    </message>
    <message>
        <source>Breakdown by %1:</source>
        <translation>Aufschlüsselung (%1):</translation>
    </message>
    <message>
        <source>Sample rows:</source>
        <translation>Beispielzeilen:</translation>
    </message>
    <message>
        <source>Query used</source>
        <translation>Verwendete Abfrage</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Safe alternative:</source>
        <translation>Sichere Alternative:</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>Anweisungen:</translation>
    </message>
    <message>
        <source>Tables touched (live statistics)</source>
        <translation>Betroffene Tabellen (Live-Statistiken)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Style notes</source>
        <translation>Stilhinweise</translation>
    </message>
    <message>
        <source>Locks held on these tables right now</source>
        <translation>Derzeit gehaltene Sperren auf diesen Tabellen</translation>
    </message>
    <message>
        <source>Statement %1 (line %2), %3</source>
        <translation>Anweisung %1 (Zeile %2), %3</translation>
    </message>
</context>
<context>
    <name>Rollout</name>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 holds no fleet rollout (no %2).</source>
        <translation>%1 enthält keinen Flotten-Rollout (kein %2).</translation>
    </message>
    <message>
        <source>%1 is not a fleet rollout plan.</source>
        <translation>%1 ist kein Plan für einen Flotten-Rollout.</translation>
    </message>
    <message>
        <source>The runbook in %1 does not match its recorded sha256; the plan was changed.</source>
        <translation>Das Runbook in %1 passt nicht zu seiner gespeicherten sha256; der Plan wurde verändert.</translation>
    </message>
    <message>
        <source>The fleet has no targets.</source>
        <translation>Die Flotte hat keine Ziele.</translation>
    </message>
    <message>
        <source>%1 already holds a fleet rollout.</source>
        <translation>%1 enthält bereits einen Flotten-Rollout.</translation>
    </message>
    <message>
        <source>Continue it with “strata-cli fleet resume --journal-dir %1”, or choose another folder.</source>
        <translation>Setzen Sie ihn mit „strata-cli fleet resume --journal-dir %1“ fort oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>stopped before it started</source>
        <translation>vor dem Start angehalten</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>stopped before step %1</source>
        <translation>vor Schritt %1 angehalten</translation>
    </message>
    <message>
        <source>step %1 left an INVALID index; drop it and resume</source>
        <translation>Schritt %1 hat einen INVALID-Index hinterlassen; entfernen Sie ihn und setzen Sie fort</translation>
    </message>
    <message>
        <source>throttled: replica %1 lags %2 ms</source>
        <translation>gedrosselt: Replikat %1 liegt %2 ms zurück</translation>
    </message>
    <message>
        <source>step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>stopped during step %1 (rolled back)</source>
        <translation>während Schritt %1 angehalten (zurückgerollt)</translation>
    </message>
    <message>
        <source>step %1 failed: %2</source>
        <translation>Schritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>canary: %n target(s)</source>
        <translation>
            <numerusform>Canary: %n Ziel</numerusform>
            <numerusform>Canary: %n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wave %1: %n target(s)</source>
        <translation>
            <numerusform>Welle %1: %n Ziel</numerusform>
            <numerusform>Welle %1: %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>the rollout was stopped</source>
        <translation>der Rollout wurde angehalten</translation>
    </message>
    <message numerus="yes">
        <source>the rollout stopped after %n failure(s)</source>
        <translation>
            <numerusform>der Rollout hielt nach %n Fehlschlag an</numerusform>
            <numerusform>der Rollout hielt nach %n Fehlschlägen an</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1 can lose data (%2); confirm it with %3</source>
        <translation>Schritt %1 kann Daten verlieren (%2); bestätigen Sie ihn mit %3</translation>
    </message>
    <message>
        <source>this target&apos;s journal belongs to a different migration than the rollout&apos;s plan</source>
        <translation>das Journal dieses Ziels gehört zu einer anderen Migration als der Plan des Rollouts</translation>
    </message>
</context>
<context>
    <name>RunSnapshots</name>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>Das Journal %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The journal %1 is empty.</source>
        <translation>Das Journal %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>Runbook</name>
    <message>
        <source>The runbook is not valid: %1</source>
        <translation>Das Runbook ist ungültig: %1</translation>
    </message>
    <message>
        <source>unknown format_version</source>
        <translation>unbekannte format_version</translation>
    </message>
    <message>
        <source>steps are not numbered 1, 2, 3, ...</source>
        <translation>die Schritte sind nicht mit 1, 2, 3, ... nummeriert</translation>
    </message>
    <message>
        <source>step %1 is empty</source>
        <translation>Schritt %1 ist leer</translation>
    </message>
    <message>
        <source>it has no steps</source>
        <translation>es hat keine Schritte</translation>
    </message>
    <message>
        <source>settings this step runs first (from the script above it):</source>
        <translation>Einstellungen, die dieser Schritt zuerst ausführt (aus dem Skript darüber):</translation>
    </message>
    <message>
        <source>the step:</source>
        <translation>der Schritt:</translation>
    </message>
    <message>
        <source>%1 — and %2</source>
        <translation>%1 — und %2</translation>
    </message>
    <message>
        <source>it was written by an older Strata whose checksum does not cover every field; build it again from its SQL</source>
        <translation>es wurde von einer älteren Strata-Version geschrieben, deren Prüfsumme nicht jedes Feld abdeckt; erstellen Sie es aus seinem SQL neu</translation>
    </message>
    <message>
        <source>it has no sha256 checksum</source>
        <translation>es hat keine sha256-Prüfsumme</translation>
    </message>
    <message>
        <source>its sha256 does not match its content (edited by hand?)</source>
        <translation>seine sha256-Prüfsumme passt nicht zum Inhalt (von Hand bearbeitet?)</translation>
    </message>
    <message>
        <source>step %1 writes the ledger outside a transaction</source>
        <translation>Schritt %1 schreibt das Ledger außerhalb einer Transaktion</translation>
    </message>
</context>
<context>
    <name>RunbookBuilder</name>
    <message>
        <source>Drops the primary key %1 of %2.</source>
        <translation>Löscht den Primärschlüssel %1 von %2.</translation>
    </message>
    <message>
        <source>The script has no statements to run.</source>
        <translation>Das Skript enthält keine auszuführenden Anweisungen.</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 ist keine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>%1 has no “-- migrate:down” section.</source>
        <translation>%1 hat keinen Abschnitt „-- migrate:down“.</translation>
    </message>
    <message>
        <source>%1 has an empty %2 section.</source>
        <translation>%1 hat einen leeren Abschnitt %2.</translation>
    </message>
    <message>
        <source>%1 (down)</source>
        <translation>%1 (down)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restore from %1</source>
        <translation>Wiederherstellung aus %1</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation>Eindeutigkeits-Constraint</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>warning: between step %1 and step %2, %3 has no %4 %5 (dropped at step %1, added again at step %2; the migration&apos;s tool runs both in one transaction).</source>
        <translation>Warnung: Zwischen Schritt %1 und Schritt %2 ist %3 ohne %4 %5 (in Schritt %1 gelöscht, in Schritt %2 wieder hinzugefügt; das Werkzeug der Migration führt beide in einer Transaktion aus).</translation>
    </message>
    <message>
        <source>warning: from step %1 on, %2 has no %3 %4.</source>
        <translation>Warnung: Ab Schritt %1 ist %2 ohne %3 %4.</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indexe</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Materialized views</source>
        <translation>Materialisierte Sichten</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Prozeduren</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
</context>
<context>
    <name>ScratchServer</name>
    <message>
        <source>No PostgreSQL server binaries (initdb, postgres) in “%1”.</source>
        <translation>Keine PostgreSQL-Serverprogramme (initdb, postgres) in „%1“.</translation>
    </message>
    <message>
        <source>No PostgreSQL server binaries were found on this machine.</source>
        <translation>Auf diesem Rechner wurden keine PostgreSQL-Serverprogramme gefunden.</translation>
    </message>
    <message>
        <source>Looked in: %1</source>
        <translation>Gesucht in: %1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nirgends)</translation>
    </message>
    <message>
        <source>Install them (Debian: apt install postgresql-15) or set STRATA_PG_BINDIR.</source>
        <translation>Installieren Sie sie (Debian: apt install postgresql-15) oder setzen Sie STRATA_PG_BINDIR.</translation>
    </message>
    <message>
        <source>Could not create the scratch server directory “%1”.</source>
        <translation>Das Verzeichnis „%1“ für den Hilfsserver konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The scratch directory path is too long for a unix socket: “%1”.</source>
        <translation>Der Pfad „%1“ ist für einen Unix-Socket zu lang.</translation>
    </message>
    <message>
        <source>Set TMPDIR to a shorter directory.</source>
        <translation>Setzen Sie TMPDIR auf ein kürzeres Verzeichnis.</translation>
    </message>
    <message>
        <source>Could not write in “%1”.</source>
        <translation>In „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Running as root, but there is no unprivileged account (postgres or nobody) to run the scratch server as.</source>
        <translation>Strata läuft als root, aber es gibt kein unprivilegiertes Konto (postgres oder nobody), unter dem der Hilfsserver laufen könnte.</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root. Create a “postgres” user, or run Strata as a normal user.</source>
        <translation>PostgreSQL läuft nicht als root. Legen Sie einen Benutzer „postgres“ an oder starten Sie Strata als normaler Benutzer.</translation>
    </message>
    <message>
        <source>Could not hand “%1” to the account “%2”.</source>
        <translation>„%1“ konnte dem Konto „%2“ nicht übergeben werden.</translation>
    </message>
    <message>
        <source>initdb could not be started.</source>
        <translation>initdb konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>initdb failed to create the scratch cluster.</source>
        <translation>initdb konnte den Hilfscluster nicht anlegen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server could not be started.</source>
        <translation>Der PostgreSQL-Server konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The scratch PostgreSQL server stopped while starting.</source>
        <translation>Der PostgreSQL-Hilfsserver hat sich beim Start beendet.</translation>
    </message>
    <message>
        <source>The scratch PostgreSQL server did not become ready in time.</source>
        <translation>Der PostgreSQL-Hilfsserver wurde nicht rechtzeitig bereit.</translation>
    </message>
    <message>
        <source>Scratch server</source>
        <translation>Hilfsserver</translation>
    </message>
    <message>
        <source>The scratch server folder “%1” is not a folder owned by this account.</source>
        <translation>Der Hilfsserver-Ordner „%1“ ist kein Ordner, der diesem Konto gehört.</translation>
    </message>
    <message>
        <source>Remove it, or set TMPDIR to a folder of your own.</source>
        <translation>Entfernen Sie ihn oder setzen Sie TMPDIR auf einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>Could not make a password for the scratch server.</source>
        <translation>Für den Hilfsserver konnte kein Passwort erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>SectionRunner</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: the section could not be split into statements.</source>
        <translation>%1, Zeile %2: Der Abschnitt ließ sich nicht in Anweisungen zerlegen.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SnapshotJson</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>The snapshot file is damaged or was not written by Strata.</source>
        <translation>Die Schnappschussdatei ist beschädigt oder wurde nicht von Strata geschrieben.</translation>
    </message>
    <message>
        <source>The field “%1” should be %2.</source>
        <translation>Das Feld „%1“ sollte %2 sein.</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>The entry “%1” should be an object.</source>
        <translation>Der Eintrag „%1“ sollte ein Objekt sein.</translation>
    </message>
    <message>
        <source>This is not a Strata snapshot file.</source>
        <translation>Das ist keine Schnappschussdatei von Strata.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file holds JSON, but not a JSON object.</source>
        <translation>Die Datei enthält JSON, aber kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The “format” field is not “%1”.</source>
        <translation>Das Feld „format“ ist nicht „%1“.</translation>
    </message>
    <message>
        <source>The “format_version” field is missing or not a positive whole number.</source>
        <translation>Das Feld „format_version“ fehlt oder ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>This snapshot was written by a newer Strata (format version %1; this Strata reads up to version %2).</source>
        <translation>Dieser Schnappschuss stammt von einer neueren Strata-Version (Formatversion %1; diese Version liest bis Formatversion %2).</translation>
    </message>
    <message>
        <source>Update Strata to read it, or take the snapshot again with this version.</source>
        <translation>Aktualisieren Sie Strata, um ihn zu lesen, oder erstellen Sie den Schnappschuss mit dieser Version neu.</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>ein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>an object of objects</source>
        <translation>ein Objekt aus Objekten</translation>
    </message>
    <message>
        <source>Could not write the snapshot to “%1”.</source>
        <translation>Der Schnappschuss konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not read the snapshot file “%1”.</source>
        <translation>Die Schnappschussdatei „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The snapshot file is damaged: it lists “%1” twice.</source>
        <translation>Die Snapshot-Datei ist beschädigt: Sie führt „%1“ zweimal auf.</translation>
    </message>
    <message>
        <source>Take the snapshot again, or remove the second entry.</source>
        <translation>Erstellen Sie den Snapshot neu oder entfernen Sie den zweiten Eintrag.</translation>
    </message>
</context>
<context>
    <name>SqitchFolder</name>
    <message>
        <source>“%1” has no sqitch.plan.</source>
        <translation>„%1“ hat keine sqitch.plan.</translation>
    </message>
    <message>
        <source>sqitch.plan, line %1: the tag @%2 comes before any change.</source>
        <translation>sqitch.plan, Zeile %1: Das Tag @%2 steht vor der ersten Änderung.</translation>
    </message>
    <message>
        <source>sqitch.plan, line %1 is neither a change, a tag nor a pragma.</source>
        <translation>sqitch.plan, Zeile %1 ist weder eine Änderung noch ein Tag noch ein Pragma.</translation>
    </message>
    <message>
        <source>sqitch.plan, line %1: the change “%2” appears again without a tag in between.</source>
        <translation>sqitch.plan, Zeile %1: Die Änderung „%2“ kommt erneut vor, ohne dass dazwischen ein Tag steht.</translation>
    </message>
    <message>
        <source>The deploy script “%1” of the change “%2” is missing.</source>
        <translation>Das Deploy-Skript „%1“ der Änderung „%2“ fehlt.</translation>
    </message>
</context>
<context>
    <name>SqitchLedger</name>
    <message>
        <source>The sqitch events table in schema “%1” could not be read: %2</source>
        <translation>Die sqitch-Tabelle events im Schema „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SqlSplitter</name>
    <message>
        <source>Syntax error at line %1, column %2: %3</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>SqlxFolder</name>
    <message>
        <source>“%1” is not an sqlx migration name (expected &lt;version&gt;_&lt;description&gt;.sql).</source>
        <translation>„%1“ ist kein sqlx-Migrationsname (erwartet: &lt;version&gt;_&lt;description&gt;.sql).</translation>
    </message>
    <message>
        <source>“%1” has no matching .up.sql file.</source>
        <translation>Zu „%1“ gibt es keine passende .up.sql-Datei.</translation>
    </message>
    <message>
        <source>The version of “%1” does not fit in a signed 64-bit integer.</source>
        <translation>Die Version von „%1“ passt nicht in eine vorzeichenbehaftete 64-Bit-Ganzzahl.</translation>
    </message>
</context>
<context>
    <name>SquashCheck</name>
    <message>
        <source>Missing from the baseline</source>
        <translation>Fehlt in der Baseline</translation>
    </message>
    <message>
        <source>Only in the baseline</source>
        <translation>Nur in der Baseline</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message>
        <source>The baseline %1 failed at line %2: %3</source>
        <translation>Die Baseline %1 ist in Zeile %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The baseline “%1” does not exist.</source>
        <translation>Die Baseline „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is a down migration, not a baseline.</source>
        <translation>„%1“ ist eine Down-Migration, keine Baseline.</translation>
    </message>
    <message>
        <source>The baseline “%1” cannot be read.</source>
        <translation>Die Baseline „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The baseline “%1” is not valid UTF-8.</source>
        <translation>Die Baseline „%1“ ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The dbmate baseline “%1” has no usable “-- migrate:up” section.</source>
        <translation>Die dbmate-Baseline „%1“ hat keinen brauchbaren Abschnitt „-- migrate:up“.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Führe %1 aus …</translation>
    </message>
    <message>
        <source>The baseline %1 does not parse at line %2.</source>
        <translation>Die Baseline %1 lässt sich in Zeile %2 nicht parsen.</translation>
    </message>
    <message>
        <source>Reading the baseline&apos;s schema…</source>
        <translation>Lese das Schema der Baseline …</translation>
    </message>
    <message>
        <source>The migration chain “%1” is not a folder.</source>
        <translation>Die Migrationskette „%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Replaying the chain failed: %1</source>
        <translation>Das Abspielen der Kette ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Replaying the baseline failed: %1</source>
        <translation>Das Abspielen der Baseline ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting a scratch server…</source>
        <translation>Starte einen Hilfsserver …</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2 in the chain, %3 in the baseline</source>
        <translation>%1: %2 in der Kette, %3 in der Baseline</translation>
    </message>
    <message>
        <source>%1 differs</source>
        <translation>%1 unterscheidet sich</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>The chain ends with the %1; the baseline does not create it.</source>
        <translation>Am Ende der Kette gibt es %1; die Baseline legt das Objekt nicht an.</translation>
    </message>
    <message>
        <source>The baseline creates the %1; the chain does not end with it.</source>
        <translation>Die Baseline legt %1 an; am Ende der Kette gibt es das Objekt nicht.</translation>
    </message>
    <message>
        <source>column %1 (%2) only in the baseline</source>
        <translation>Spalte %1 (%2) nur in der Baseline</translation>
    </message>
    <message>
        <source>column %1 (%2) missing from the baseline</source>
        <translation>Spalte %1 (%2) fehlt in der Baseline</translation>
    </message>
    <message>
        <source>column %1 %2</source>
        <translation>Spalte %1 %2</translation>
    </message>
    <message>
        <source>The %1 differs: %2.</source>
        <translation>%1 unterscheidet sich: %2.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
</context>
<context>
    <name>StatementAnalyzer</name>
    <message>
        <source>%1 → %2 is binary-coercible: no table rewrite.</source>
        <translation>%1 → %2 ist binärkompatibel: kein Neuschreiben der Tabelle.</translation>
    </message>
    <message>
        <source>%1 is already proven NOT NULL (column constraint or a valid CHECK): no scan.</source>
        <translation>%1 ist bereits nachweislich NOT NULL (Spalten-Constraint oder gültiger CHECK): kein Scan.</translation>
    </message>
    <message>
        <source>last, after %1</source>
        <translation>zuletzt, nach %1</translation>
    </message>
    <message>
        <source>first, before %1</source>
        <translation>zuerst, vor %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>order: %1</source>
        <translation>Reihenfolge: %1</translation>
    </message>
</context>
<context>
    <name>StatementClassifier</name>
    <message>
        <source>Drops column %1 of %2 and its data.</source>
        <translation>Löscht die Spalte %1 von %2 samt ihren Daten.</translation>
    </message>
    <message>
        <source>Drops %1 and all its data.</source>
        <translation>Löscht %1 mit allen Daten.</translation>
    </message>
    <message>
        <source>Drops schema %1 and everything in it.</source>
        <translation>Löscht das Schema %1 mit allem, was es enthält.</translation>
    </message>
    <message>
        <source>DROP ... CASCADE also drops every object that depends on %1, including table columns.</source>
        <translation>DROP ... CASCADE löscht auch jedes Objekt, das von %1 abhängt, einschließlich Tabellenspalten.</translation>
    </message>
    <message>
        <source>UPDATE without WHERE changes every row of %1.</source>
        <translation>UPDATE ohne WHERE ändert jede Zeile von %1.</translation>
    </message>
    <message>
        <source>DELETE without WHERE removes every row of %1.</source>
        <translation>DELETE ohne WHERE entfernt jede Zeile von %1.</translation>
    </message>
    <message>
        <source>TRUNCATE removes every row of %1.</source>
        <translation>TRUNCATE entfernt jede Zeile von %1.</translation>
    </message>
    <message>
        <source>Drops database %1 and all its data.</source>
        <translation>Löscht die Datenbank %1 mit allen Daten.</translation>
    </message>
    <message>
        <source>DROP OWNED drops every object the role owns, including tables and their data.</source>
        <translation>DROP OWNED löscht jedes Objekt, das der Rolle gehört, einschließlich Tabellen und ihrer Daten.</translation>
    </message>
    <message>
        <source>BEGIN at line %1 is inside the transaction opened at line %2; PostgreSQL ignores it.</source>
        <translation>BEGIN in Zeile %1 steht innerhalb der in Zeile %2 geöffneten Transaktion; PostgreSQL ignoriert es.</translation>
    </message>
    <message>
        <source>The statement at line %1 cannot run inside a transaction block (opened at line %2).</source>
        <translation>Die Anweisung in Zeile %1 kann nicht in einem Transaktionsblock laufen (geöffnet in Zeile %2).</translation>
    </message>
    <message>
        <source>The transaction opened at line %1 is never committed or rolled back.</source>
        <translation>Die in Zeile %1 geöffnete Transaktion wird nie festgeschrieben oder zurückgerollt.</translation>
    </message>
    <message>
        <source>%1 at line %2 has no matching BEGIN.</source>
        <translation>Zu %1 in Zeile %2 gibt es kein passendes BEGIN.</translation>
    </message>
</context>
<context>
    <name>StepRunner</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>statement %1 of the block at line %2</source>
        <translation>Anweisung %1 des Blocks in Zeile %2</translation>
    </message>
    <message>
        <source>, at line %1 column %2 of the statement</source>
        <translation>, in Zeile %1, Spalte %2 der Anweisung</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>Step %1 was not started: the run was canceled.</source>
        <translation>Schritt %1 wurde nicht gestartet: Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Step %1 failed.</source>
        <translation>Schritt %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The statement was canceled.</source>
        <translation>Die Anweisung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server rolled the transaction back at COMMIT.</source>
        <translation>Der Server hat die Transaktion beim COMMIT zurückgerollt.</translation>
    </message>
    <message>
        <source>The failed build left the INVALID index %1. It takes space and slows writes; drop it (DROP INDEX CONCURRENTLY) before running the step again.</source>
        <translation>Der fehlgeschlagene Aufbau hat den INVALID-Index %1 hinterlassen. Er belegt Platz und verlangsamt Schreibzugriffe; löschen Sie ihn (DROP INDEX CONCURRENTLY), bevor der Schritt erneut läuft.</translation>
    </message>
    <message>
        <source>Step %1 could not get its lock within %2 ms (%3 attempts): another session holds a conflicting lock. Nothing of this step was applied.</source>
        <translation>Schritt %1 hat seine Sperre nicht innerhalb von %2 ms erhalten (%3 Versuche): Eine andere Sitzung hält eine kollidierende Sperre. Von diesem Schritt wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>Wait for that session to finish (or end it), then run the step again. The step gave up instead of queueing, so it did not block other sessions.</source>
        <translation>Warten Sie, bis diese Sitzung fertig ist (oder beenden Sie sie), und führen Sie den Schritt dann erneut aus. Der Schritt hat aufgegeben, statt sich einzureihen, und daher keine anderen Sitzungen blockiert.</translation>
    </message>
    <message>
        <source>Step %1 (%2) failed: %3</source>
        <translation>Schritt %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>StepSafetyCheck</name>
    <message>
        <source>Changes the type of column %1 of %2: a narrower type can cut or round values.</source>
        <translation>Ändert den Typ der Spalte %1 von %2: Ein engerer Typ kann Werte abschneiden oder runden.</translation>
    </message>
    <message>
        <source>Drops the primary key %1 of %2.</source>
        <translation>Löscht den Primärschlüssel %1 von %2.</translation>
    </message>
    <message>
        <source>Replaces every row of %1 with the rows of the backup.</source>
        <translation>Ersetzt jede Zeile von %1 durch die Zeilen der Sicherung.</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>step %1 holds %2 statements where the file lists one</source>
        <translation>Schritt %1 enthält %2 Anweisungen, wo die Datei eine aufführt</translation>
    </message>
    <message>
        <source>a setting of step %1 is not a SET statement: %2</source>
        <translation>eine Einstellung von Schritt %1 ist keine SET-Anweisung: %2</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>Schritt %1 %2</translation>
    </message>
    <message>
        <source>runs in a transaction but holds %1</source>
        <translation>läuft in einer Transaktion, enthält aber %1</translation>
    </message>
    <message>
        <source>is not a BEGIN … COMMIT block</source>
        <translation>ist kein BEGIN … COMMIT-Block</translation>
    </message>
    <message>
        <source>holds %1 inside its block</source>
        <translation>enthält %1 in seinem Block</translation>
    </message>
    <message>
        <source>says it ends with ROLLBACK where its SQL does not (or the other way round)</source>
        <translation>gibt an, mit ROLLBACK zu enden, obwohl sein SQL das nicht tut (oder umgekehrt)</translation>
    </message>
    <message>
        <source>runs outside a transaction although its SQL can run in one</source>
        <translation>läuft außerhalb einer Transaktion, obwohl sein SQL in einer laufen kann</translation>
    </message>
    <message>
        <source>step %1 can lose data (%2), but the file does not ask to confirm it by typing “%3”</source>
        <translation>Schritt %1 kann Daten verlieren (%2), aber die Datei verlangt keine Bestätigung durch Eingabe von „%3“</translation>
    </message>
    <message>
        <source>step %1 changes %2, but the file leaves it out of the tables backed up before it</source>
        <translation>Schritt %1 ändert %2, aber die Datei nimmt die Tabelle nicht in die vorher gesicherten Tabellen auf</translation>
    </message>
    <message>
        <source>step %1 changes rows of %2, but the file does not say so</source>
        <translation>Schritt %1 ändert Zeilen von %2, aber die Datei gibt das nicht an</translation>
    </message>
    <message>
        <source>step %1&apos;s check after an interruption is not the one its SQL needs</source>
        <translation>die Prüfung von Schritt %1 nach einer Unterbrechung ist nicht die, die sein SQL braucht</translation>
    </message>
    <message>
        <source>step %1 is a backup step but carries SQL</source>
        <translation>Schritt %1 ist ein Sicherungsschritt, enthält aber SQL</translation>
    </message>
    <message>
        <source>step %1 backs up %2 but claims to cover %3</source>
        <translation>Schritt %1 sichert %2, gibt aber an, %3 abzudecken</translation>
    </message>
    <message>
        <source>step %1 backs up %2, but the file names another table to type when skipping it</source>
        <translation>Schritt %1 sichert %2, aber die Datei nennt eine andere Tabelle, die beim Überspringen einzugeben ist</translation>
    </message>
</context>
<context>
    <name>TableRestore</name>
    <message>
        <source>The backup %1 has no copy of %2.</source>
        <translation>Die Sicherung %1 enthält keine Kopie von %2.</translation>
    </message>
    <message>
        <source>The table %1 does not exist; a backup restores rows, not tables.</source>
        <translation>Die Tabelle %1 gibt es nicht; eine Sicherung stellt Zeilen wieder her, keine Tabellen.</translation>
    </message>
    <message>
        <source>The columns of %1 differ from the backup&apos;s; restore the table&apos;s shape first.</source>
        <translation>Die Spalten von %1 weichen von denen der Sicherung ab; stellen Sie zuerst die Struktur der Tabelle wieder her.</translation>
    </message>
    <message>
        <source>backup: %1
now: %2</source>
        <translation>Sicherung: %1
jetzt: %2</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1: %2</source>
        <translation>Die Sicherungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup of %1 does not hold the table&apos;s data.</source>
        <translation>Die Sicherung von %1 enthält nicht die Daten der Tabelle.</translation>
    </message>
    <message>
        <source>The restored rows of %1 do not match the backup&apos;s manifest; nothing was restored.</source>
        <translation>Die wiederhergestellten Zeilen von %1 passen nicht zum Manifest der Sicherung; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>manifest %1, restored %2</source>
        <translation>Manifest %1, wiederhergestellt %2</translation>
    </message>
</context>
<context>
    <name>TargetGroup</name>
    <message>
        <source>The group “%1” names neither a targets file nor a database.</source>
        <translation>Die Gruppe „%1“ nennt weder eine Zieldatei noch eine Datenbank.</translation>
    </message>
</context>
<context>
    <name>TargetsFile</name>
    <message>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>%1, line %2: the name before the tab is empty.</source>
        <translation>%1, Zeile %2: Der Name vor dem Tabulator ist leer.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” has no connection URI after the tab.</source>
        <translation>%1, Zeile %2: „%3“ hat nach dem Tabulator keine Verbindungs-URI.</translation>
    </message>
    <message>
        <source>%1, line %2: expected “name&lt;TAB&gt;URI” or a URI, got “%3”.</source>
        <translation>%1, Zeile %2: erwartet „Name&lt;TAB&gt;URI“ oder eine URI, gefunden „%3“.</translation>
    </message>
    <message>
        <source>Separate the name from the URI with a tab character.</source>
        <translation>Trennen Sie den Namen von der URI mit einem Tabulatorzeichen.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: the connection string carries a password; a targets file must not hold passwords.</source>
        <translation>%1, Zeile %2: Die Verbindungszeichenfolge enthält ein Passwort; eine Zieldatei darf keine Passwörter enthalten.</translation>
    </message>
    <message>
        <source>Put the password in ~/.pgpass or the keychain and remove it from the file.</source>
        <translation>Legen Sie das Passwort in ~/.pgpass oder im Schlüsselbund ab und entfernen Sie es aus der Datei.</translation>
    </message>
    <message>
        <source>%1, line %2: the name “%3” is used twice; give each target its own name.</source>
        <translation>%1, Zeile %2: Der Name „%3“ wird zweimal verwendet; geben Sie jedem Ziel einen eigenen Namen.</translation>
    </message>
    <message>
        <source>%1 lists no targets.</source>
        <translation>%1 nennt keine Ziele.</translation>
    </message>
</context>
<context>
    <name>TenantSchemas</name>
    <message>
        <source>The tenant schemas need a query or a LIKE pattern.</source>
        <translation>Die Mandantenschemas brauchen eine Abfrage oder ein LIKE-Muster.</translation>
    </message>
    <message>
        <source>The tenant schema query is not one SELECT statement.</source>
        <translation>Die Abfrage der Mandantenschemas ist keine einzelne SELECT-Anweisung.</translation>
    </message>
    <message>
        <source>The tenant schema query failed: %1</source>
        <translation>Die Abfrage der Mandantenschemas ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The tenant schema query returns no column.</source>
        <translation>Die Abfrage der Mandantenschemas liefert keine Spalte.</translation>
    </message>
    <message>
        <source>The tenant schema query returned no schemas.</source>
        <translation>Die Abfrage der Mandantenschemas hat keine Schemas geliefert.</translation>
    </message>
    <message>
        <source>No schema matches the pattern “%1”.</source>
        <translation>Kein Schema passt zum Muster „%1“.</translation>
    </message>
</context>
<context>
    <name>VerifyResult</name>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>failed at step %1: %2 — %3</source>
        <translation>bei Schritt %1 fehlgeschlagen: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>the script ran, but %n difference(s) from the target remain</source>
        <translation>
            <numerusform>das Skript lief, aber %n Unterschied zum Ziel bleibt</numerusform>
            <numerusform>das Skript lief, aber %n Unterschiede zum Ziel bleiben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PostgreSQL schema workbench</source>
        <translation>Werkbank für PostgreSQL-Schemas</translation>
    </message>
    <message>
        <source>Start a private PostgreSQL server with the demo project and open it.</source>
        <translation>Einen privaten PostgreSQL-Server mit dem Demoprojekt starten und öffnen.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is connected, then quit.</source>
        <translation>Sobald verbunden, ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>A libpq URI or key=value string to open.</source>
        <translation>Eine libpq-URI oder Schlüssel=Wert-Zeichenkette zum Öffnen.</translation>
    </message>
    <message>
        <source>Unknown tab “%1”.</source>
        <translation>Unbekannter Reiter „%1“.</translation>
    </message>
    <message>
        <source>Open on this tab: start, history, squash, diff, preflight or runbook.</source>
        <translation>Auf diesem Reiter öffnen: start, history, squash, diff, preflight oder runbook.</translation>
    </message>
    <message>
        <source>Once connected, run the tab&apos;s check (Pre-flight) or comparison (Diff), or load the pending migration (Runbook); with --screenshot, the picture waits for it.</source>
        <translation>Nach dem Verbinden die Prüfung (Vorabprüfung) oder den Vergleich des Reiters ausführen oder die ausstehende Migration laden (Runbook); mit --screenshot wartet das Bild darauf.</translation>
    </message>
    <message>
        <source>In the Diff tab, compare the connection with this source: a connection string, a snapshot file (*.json) or a migration folder.</source>
        <translation>Im Reiter „Vergleich“ die Verbindung mit dieser Quelle vergleichen: einer Verbindungszeichenfolge, einer Snapshot-Datei (*.json) oder einem Migrationsordner.</translation>
    </message>
    <message>
        <source>Cannot encode the screenshot as “%1”.</source>
        <translation>Der Screenshot kann nicht als „%1“ kodiert werden.</translation>
    </message>
</context>
<context>
    <name>strata-cli</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Run “strata-cli --help” for usage.</source>
        <translation>„strata-cli --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Start a private PostgreSQL server with the demo project loaded; print its URI and the project folder.</source>
        <translation>Einen privaten PostgreSQL-Server mit geladenem Demoprojekt starten; seine URI und den Projektordner ausgeben.</translation>
    </message>
    <message>
        <source>Extract the demo project (migration folder, seed data) here instead of a temporary folder that is removed with the server.</source>
        <translation>Das Demoprojekt (Migrationsordner, Startdaten) hierhin entpacken statt in einen temporären Ordner, der mit dem Server entfernt wird.</translation>
    </message>
    <message>
        <source>Stop when standard input closes.</source>
        <translation>Beenden, wenn die Standardeingabe geschlossen wird.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--dir needs a folder</source>
        <translation>--dir braucht einen Ordner</translation>
    </message>
    <message>
        <source>Demo server running (PostgreSQL %1); the last migration in the project folder is pending. Press Ctrl+C to stop and remove it.</source>
        <translation>Demo-Server läuft (PostgreSQL %1); die letzte Migration im Projektordner steht noch aus. Strg+C beendet und entfernt ihn.</translation>
    </message>
    <message>
        <source>Start a private server loaded with the demo project</source>
        <translation>Einen privaten Server mit dem Demoprojekt starten</translation>
    </message>
    <message>
        <source>Migration history: a folder joined with its ledger in the database</source>
        <translation>Migrationshistorie: ein Ordner zusammen mit seiner Ledger-Tabelle in der Datenbank</translation>
    </message>
    <message>
        <source>Pre-flight a migration: locks, sure errors, lints, data checks</source>
        <translation>Vorabprüfung einer Migration: Sperren, sichere Fehler, Lint-Regeln, Datenprüfungen</translation>
    </message>
    <message>
        <source>Start a private PostgreSQL server and print its URI.</source>
        <translation>Einen privaten PostgreSQL-Server starten und seine URI ausgeben.</translation>
    </message>
    <message>
        <source>Create this database and connect the URI to it.</source>
        <translation>Diese Datenbank anlegen und die URI auf sie zeigen lassen.</translation>
    </message>
    <message>
        <source>Scratch server running (PostgreSQL %1). Press Ctrl+C to stop and remove it.</source>
        <translation>Hilfsserver läuft (PostgreSQL %1). Strg+C beendet und entfernt ihn.</translation>
    </message>
    <message>
        <source>Start a private PostgreSQL server and print its URI</source>
        <translation>Einen privaten PostgreSQL-Server starten und seine URI ausgeben</translation>
    </message>
    <message>
        <source>Write a database&apos;s schema as a JSON snapshot</source>
        <translation>Das Schema einer Datenbank als JSON-Schnappschuss schreiben</translation>
    </message>
    <message>
        <source>Usage: strata-cli &lt;command&gt; [options]</source>
        <translation>Verwendung: strata-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run “strata-cli &lt;command&gt; --help” for a command&apos;s options.</source>
        <translation>„strata-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok or no differences, 1 differences or blocking findings, 2 error.</source>
        <translation>Exit-Codes: 0 in Ordnung oder keine Unterschiede, 1 Unterschiede oder blockierende Befunde, 2 Fehler.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Compare two schemas (database, snapshot file or migration folder) and print the script from A to B</source>
        <translation>Zwei Schemas vergleichen (Datenbank, Schnappschussdatei oder Migrationsordner) und das Skript von A nach B ausgeben</translation>
    </message>
    <message>
        <source>Run a migration step by step with backups and a crash-safe journal</source>
        <translation>Eine Migration Schritt für Schritt ausführen, mit Sicherungen und absturzsicherem Journal</translation>
    </message>
    <message>
        <source>Continue a runbook from its journal</source>
        <translation>Ein Runbook anhand seines Journals fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>not equivalent: %n difference(s)</source>
        <translation>
            <numerusform>nicht gleichwertig: %n Unterschied</numerusform>
            <numerusform>nicht gleichwertig: %n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a squashed baseline against the migration chain it replaces</source>
        <translation>Eine zusammengefasste Baseline gegen die Migrationskette prüfen, die sie ersetzt</translation>
    </message>
    <message>
        <source>Compare two schemas and print the SQL script that turns A into B.
A and B are each a connection string, a snapshot file (.json) or a migration folder.</source>
        <translation>Zwei Schemas vergleichen und das SQL-Skript ausgeben, das A in B überführt.
A und B sind jeweils eine Verbindungszeichenkette, eine Schnappschussdatei (.json) oder ein Migrationsordner.</translation>
    </message>
    <message>
        <source>The schema to change: connection string, snapshot file or migration folder.</source>
        <translation>Das zu ändernde Schema: Verbindungszeichenkette, Schnappschussdatei oder Migrationsordner.</translation>
    </message>
    <message>
        <source>The schema to reach: connection string, snapshot file or migration folder.</source>
        <translation>Das zu erreichende Schema: Verbindungszeichenkette, Schnappschussdatei oder Migrationsordner.</translation>
    </message>
    <message>
        <source>Print the comparison as JSON (format_version 1).</source>
        <translation>Den Vergleich als JSON ausgeben (format_version 1).</translation>
    </message>
    <message>
        <source>Print only the script (with hazards as comments), without the summary.</source>
        <translation>Nur das Skript ausgeben (mit Risiken als Kommentaren), ohne Zusammenfassung.</translation>
    </message>
    <message>
        <source>Only this schema (repeatable).</source>
        <translation>Nur dieses Schema (wiederholbar).</translation>
    </message>
    <message>
        <source>Leave this schema out (repeatable).</source>
        <translation>Dieses Schema auslassen (wiederholbar).</translation>
    </message>
    <message>
        <source>Do not compare object owners.</source>
        <translation>Eigentümer der Objekte nicht vergleichen.</translation>
    </message>
    <message>
        <source>Do not compare privileges (GRANT/REVOKE).</source>
        <translation>Rechte nicht vergleichen (GRANT/REVOKE).</translation>
    </message>
    <message>
        <source>Format of migration folders (%1); detected when not given.</source>
        <translation>Format der Migrationsordner (%1); wird erkannt, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>Print how long loading, comparing and planning took on standard error.</source>
        <translation>Auf der Standardfehlerausgabe ausgeben, wie lange Laden, Vergleichen und Planen gedauert haben.</translation>
    </message>
    <message>
        <source>Plain forms instead of CONCURRENTLY / NOT VALID + VALIDATE.</source>
        <translation>Einfache Formen statt CONCURRENTLY / NOT VALID + VALIDATE.</translation>
    </message>
    <message>
        <source>diff needs two sources, A and B.</source>
        <translation>diff braucht zwei Quellen, A und B.</translation>
    </message>
    <message>
        <source>--json and --sql cannot be combined.</source>
        <translation>--json und --sql lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>unknown folder format “%1”; known: %2</source>
        <translation>unbekanntes Ordnerformat „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>load %1 ms, compare %2 ms, plan %3 ms (%4 objects in A, %5 in B)</source>
        <translation>Laden %1 ms, Vergleichen %2 ms, Planen %3 ms (%4 Objekte in A, %5 in B)</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Auf die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Folder: %1 (%2)</source>
        <translation>Ordner: %1 (%2)</translation>
    </message>
    <message>
        <source>Ledger: %1.%2 (%3)</source>
        <translation>Ledger-Tabelle: %1.%2 (%3)</translation>
    </message>
    <message>
        <source>Ledger: none found in the database (nothing applied)</source>
        <translation>Ledger-Tabelle: keine in der Datenbank gefunden (nichts angewendet)</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>APPLIED AT</source>
        <translation>ANGEWENDET AM</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>FILE / DETAIL</source>
        <translation>DATEI / DETAIL</translation>
    </message>
    <message>
        <source>%1 migrations: %2 applied, %3 pending, %4 ghost, %5 changed, %6 failed, %7 dirty, %8 out of order</source>
        <translation>%1 Migrationen: %2 angewendet, %3 ausstehend, %4 verwaist, %5 geändert, %6 fehlgeschlagen, %7 unvollständig, %8 außer der Reihe</translation>
    </message>
    <message>
        <source>Join a migration folder with the ledger its tool keeps in the database.</source>
        <translation>Einen Migrationsordner mit der Ledger-Tabelle zusammenführen, die sein Werkzeug in der Datenbank führt.</translation>
    </message>
    <message>
        <source>Connection URI or key=value string of the database.</source>
        <translation>Verbindungs-URI oder Schlüssel=Wert-Zeichenkette der Datenbank.</translation>
    </message>
    <message>
        <source>The migration folder.</source>
        <translation>Der Migrationsordner.</translation>
    </message>
    <message>
        <source>Folder format: auto (default) or %1.</source>
        <translation>Ordnerformat: auto (Standard) oder %1.</translation>
    </message>
    <message>
        <source>Use this ledger table (schema.table) when the database has several.</source>
        <translation>Diese Ledger-Tabelle (schema.tabelle) verwenden, wenn die Datenbank mehrere hat.</translation>
    </message>
    <message>
        <source>Write JSON (format_version 1) instead of a table.</source>
        <translation>JSON (format_version 1) statt einer Tabelle schreiben.</translation>
    </message>
    <message>
        <source>give --db, --dir or both</source>
        <translation>geben Sie --db, --dir oder beides an</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: auto, %2)</source>
        <translation>unbekanntes Format „%1“ (bekannt: auto, %2)</translation>
    </message>
    <message>
        <source>The database has no migration ledger “%1”.</source>
        <translation>Die Datenbank hat keine Ledger-Tabelle „%1“.</translation>
    </message>
    <message>
        <source>“%1” does not look like a migration folder of a known tool.</source>
        <translation>„%1“ sieht nicht wie der Migrationsordner eines bekannten Werkzeugs aus.</translation>
    </message>
    <message>
        <source>Name the format with --format (%1).</source>
        <translation>Nennen Sie das Format mit --format (%1).</translation>
    </message>
    <message>
        <source>The database has several migration ledgers; choose one with --ledger.</source>
        <translation>Die Datenbank hat mehrere Ledger-Tabellen; wählen Sie eine mit --ledger.</translation>
    </message>
    <message>
        <source>No migration ledger found in the database.</source>
        <translation>In der Datenbank wurde keine Ledger-Tabelle gefunden.</translation>
    </message>
    <message>
        <source>Pre-flight a migration: lock levels, rewrites, sure errors, lints, and read-only data checks.</source>
        <translation>Vorabprüfung einer Migration: Sperrstufen, Neuschreibungen, sichere Fehler, Lint-Regeln und schreibgeschützte Datenprüfungen.</translation>
    </message>
    <message>
        <source>Database URI or key=value string; without it only the offline analysis runs.</source>
        <translation>Datenbank-URI oder Schlüssel=Wert-Zeichenkette; ohne sie läuft nur die Offline-Analyse.</translation>
    </message>
    <message>
        <source>Print the report as JSON (format_version 1).</source>
        <translation>Den Bericht als JSON ausgeben (format_version 1).</translation>
    </message>
    <message>
        <source>Print the report as a Markdown audit (the default).</source>
        <translation>Den Bericht als Markdown-Prüfbericht ausgeben (Standard).</translation>
    </message>
    <message>
        <source>Also write the report as HTML to this file.</source>
        <translation>Den Bericht zusätzlich als HTML in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>statement_timeout for each data check, in seconds (default 300).</source>
        <translation>statement_timeout für jede Datenprüfung, in Sekunden (Standard 300).</translation>
    </message>
    <message>
        <source>Comma-separated tenant column names for breakdowns.</source>
        <translation>Kommagetrennte Namen von Mandantenspalten für Aufschlüsselungen.</translation>
    </message>
    <message>
        <source>Skip the data checks.</source>
        <translation>Die Datenprüfungen überspringen.</translation>
    </message>
    <message>
        <source>The migration tool runs the whole file in one transaction.</source>
        <translation>Das Migrationswerkzeug führt die ganze Datei in einer Transaktion aus.</translation>
    </message>
    <message>
        <source>The SQL file (use - for standard input). In a dbmate file the up section is checked and the unique keys of the down section are checked as rollback checks.</source>
        <translation>Die SQL-Datei (- für die Standardeingabe). In einer dbmate-Datei wird der Up-Abschnitt geprüft, und die eindeutigen Schlüssel des Down-Abschnitts werden als Rollback-Prüfungen geprüft.</translation>
    </message>
    <message>
        <source>give exactly one SQL file</source>
        <translation>geben Sie genau eine SQL-Datei an</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 ist keine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout braucht eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>its own BEGIN … COMMIT</source>
        <translation>eigenes BEGIN … COMMIT</translation>
    </message>
    <message>
        <source>outside a transaction</source>
        <translation>außerhalb einer Transaktion</translation>
    </message>
    <message>
        <source>restore, one transaction</source>
        <translation>Wiederherstellung, eine Transaktion</translation>
    </message>
    <message>
        <source>Step %1 (line %2, %3, lock: %4) [%5]</source>
        <translation>Schritt %1 (Zeile %2, %3, Sperre: %4) [%5]</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>CAN LOSE DATA: %1 Confirm by typing the table name “%2”.</source>
        <translation>KANN DATEN VERLIEREN: %1 Bestätigen Sie durch Eingabe des Tabellennamens „%2“.</translation>
    </message>
    <message>
        <source>Audit report written to %1.</source>
        <translation>Prüfbericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>step %1: %2: %3</source>
        <translation>Schritt %1: %2: %3</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Auf Anforderung angehalten.</translation>
    </message>
    <message>
        <source>Step %1 left an INVALID index (%2). Drop it (DROP INDEX CONCURRENTLY) before running the step again; resume with --drop-invalid-index to let Strata drop it.</source>
        <translation>Schritt %1 hat einen INVALID-Index hinterlassen (%2). Löschen Sie ihn (DROP INDEX CONCURRENTLY), bevor der Schritt erneut läuft; setzen Sie mit --drop-invalid-index fort, damit Strata ihn löscht.</translation>
    </message>
    <message>
        <source>Run step %1? [y = run, n = skip, q = stop] </source>
        <translation>Schritt %1 ausführen? [y = ausführen, n = überspringen, q = anhalten] </translation>
    </message>
    <message>
        <source>skipped at the prompt</source>
        <translation>bei der Nachfrage übersprungen</translation>
    </message>
    <message>
        <source>Step %1 skipped.</source>
        <translation>Schritt %1 übersprungen.</translation>
    </message>
    <message>
        <source>Stopped before step %1.</source>
        <translation>Vor Schritt %1 angehalten.</translation>
    </message>
    <message>
        <source>Type the table name “%1” to confirm: </source>
        <translation>Geben Sie zur Bestätigung den Tabellennamen „%1“ ein: </translation>
    </message>
    <message>
        <source>The name does not match; step %1 did not run.</source>
        <translation>Der Name stimmt nicht überein; Schritt %1 lief nicht.</translation>
    </message>
    <message>
        <source>Step %1/%2: %3</source>
        <translation>Schritt %1/%2: %3</translation>
    </message>
    <message>
        <source>done in %1 (%2 attempt(s)%3)</source>
        <translation>erledigt in %1 (%2 Versuch(e)%3)</translation>
    </message>
    <message>
        <source>, transaction %1</source>
        <translation>, Transaktion %1</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation>Schritt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Runbook finished: every step is done or skipped.</source>
        <translation>Runbook abgeschlossen: Jeder Schritt ist erledigt oder übersprungen.</translation>
    </message>
    <message>
        <source>Run every step without asking (steps that can lose data still need --confirm-table).</source>
        <translation>Jeden Schritt ohne Nachfrage ausführen (Schritte, die Daten verlieren können, brauchen weiterhin --confirm-table).</translation>
    </message>
    <message>
        <source>The journal file (created by run, continued by resume).</source>
        <translation>Die Journaldatei (von run angelegt, von resume fortgesetzt).</translation>
    </message>
    <message>
        <source>lock_timeout per attempt in milliseconds (default 2000).</source>
        <translation>lock_timeout je Versuch in Millisekunden (Standard 2000).</translation>
    </message>
    <message>
        <source>Further attempts after a lock timeout, with doubling pauses (default 2).</source>
        <translation>Weitere Versuche nach einer Sperr-Zeitüberschreitung, mit sich verdoppelnden Pausen (Standard 2).</translation>
    </message>
    <message>
        <source>statement_timeout per statement in milliseconds, 0 = none (default).</source>
        <translation>statement_timeout je Anweisung in Millisekunden, 0 = keines (Standard).</translation>
    </message>
    <message>
        <source>Back up with binary COPY even when a suitable pg_dump is installed.</source>
        <translation>Mit binärem COPY sichern, auch wenn ein passendes pg_dump installiert ist.</translation>
    </message>
    <message>
        <source>--lock-timeout, --lock-retries and --statement-timeout take whole numbers (lock timeout above 0).</source>
        <translation>--lock-timeout, --lock-retries und --statement-timeout erwarten ganze Zahlen (lock-timeout größer als 0).</translation>
    </message>
    <message>
        <source>The backup %1 has none of the tables asked for.</source>
        <translation>Die Sicherung %1 enthält keine der angefragten Tabellen.</translation>
    </message>
    <message>
        <source>Run a migration, script, runbook or backup restore step by step, with backups and a journal.</source>
        <translation>Eine Migration, ein Skript, ein Runbook oder die Wiederherstellung einer Sicherung Schritt für Schritt ausführen, mit Sicherungen und einem Journal.</translation>
    </message>
    <message>
        <source>Folder for the backups (default: &lt;journal&gt;.backups).</source>
        <translation>Ordner für die Sicherungen (Standard: &lt;journal&gt;.backups).</translation>
    </message>
    <message>
        <source>Run the migration file&apos;s down section.</source>
        <translation>Den Down-Abschnitt der Migrationsdatei ausführen.</translation>
    </message>
    <message>
        <source>With a backup manifest: restore only this table (repeatable).</source>
        <translation>Mit einem Sicherungsmanifest: nur diese Tabelle wiederherstellen (wiederholbar).</translation>
    </message>
    <message>
        <source>Migration or SQL file, runbook (.json) or backup manifest (manifest.json).</source>
        <translation>Migrations- oder SQL-Datei, Runbook (.json) oder Sicherungsmanifest (manifest.json).</translation>
    </message>
    <message>
        <source>give exactly one file to run</source>
        <translation>geben Sie genau eine auszuführende Datei an</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>--db ist erforderlich</translation>
    </message>
    <message>
        <source>warning: the pre-flight failed: %1</source>
        <translation>Warnung: Die Vorabprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Runbook: %1 (%2 steps, sha256 %3)</source>
        <translation>Runbook: %1 (%2 Schritte, sha256 %3)</translation>
    </message>
    <message>
        <source>Steps that can lose data need their table named with --confirm-table; nothing ran.</source>
        <translation>Schritte, die Daten verlieren können, brauchen ihre Tabelle mit --confirm-table genannt; es lief nichts.</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Sicherungen: %1</translation>
    </message>
    <message>
        <source>Continue a runbook from its journal after a stop, a crash or a lost connection.</source>
        <translation>Ein Runbook nach einem Halt, einem Absturz oder einer verlorenen Verbindung anhand seines Journals fortsetzen.</translation>
    </message>
    <message>
        <source>End a killed run&apos;s session that is still working instead of waiting for it.</source>
        <translation>Die noch arbeitende Sitzung eines abgebrochenen Laufs beenden, statt auf sie zu warten.</translation>
    </message>
    <message>
        <source>How long to wait for a killed run&apos;s session, in seconds (default 30).</source>
        <translation>Wie lange auf die Sitzung eines abgebrochenen Laufs gewartet wird, in Sekunden (Standard 30).</translation>
    </message>
    <message>
        <source>An in-doubt step the server cannot decide: you checked that it took effect.</source>
        <translation>Ein ungewisser Schritt, den der Server nicht entscheiden kann: Sie haben geprüft, dass er Wirkung hatte.</translation>
    </message>
    <message>
        <source>An in-doubt step the server cannot decide: you checked that it did not take effect.</source>
        <translation>Ein ungewisser Schritt, den der Server nicht entscheiden kann: Sie haben geprüft, dass er keine Wirkung hatte.</translation>
    </message>
    <message>
        <source>Drop the INVALID index a failed CONCURRENTLY step left, then continue.</source>
        <translation>Den INVALID-Index löschen, den ein fehlgeschlagener CONCURRENTLY-Schritt hinterlassen hat, und dann fortfahren.</translation>
    </message>
    <message>
        <source>--journal and --db are required</source>
        <translation>--journal und --db sind erforderlich</translation>
    </message>
    <message>
        <source>Dropped the INVALID index.</source>
        <translation>Der INVALID-Index wurde gelöscht.</translation>
    </message>
    <message>
        <source>Runbook: %1 (%2 steps); continuing at step %3.</source>
        <translation>Runbook: %1 (%2 Schritte); weiter bei Schritt %3.</translation>
    </message>
    <message>
        <source>Read a database&apos;s schema and write it as a JSON snapshot.</source>
        <translation>Das Schema einer Datenbank lesen und als JSON-Schnappschuss schreiben.</translation>
    </message>
    <message>
        <source>Write the snapshot to this file instead of standard output.</source>
        <translation>Den Schnappschuss in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Ignore object owners.</source>
        <translation>Eigentümer der Objekte ignorieren.</translation>
    </message>
    <message>
        <source>Ignore privileges (GRANT/REVOKE).</source>
        <translation>Rechte ignorieren (GRANT/REVOKE).</translation>
    </message>
    <message>
        <source>Leave out table sizes and row estimates.</source>
        <translation>Tabellengrößen und Zeilenschätzungen weglassen.</translation>
    </message>
    <message>
        <source>Measure table sizes with pg_total_relation_size (slow on many tables) instead of estimating them.</source>
        <translation>Tabellengrößen mit pg_total_relation_size messen (langsam bei vielen Tabellen), statt sie zu schätzen.</translation>
    </message>
    <message>
        <source>Write the canonical DDL (a script for an empty database) instead of JSON.</source>
        <translation>Die kanonische DDL (ein Skript für eine leere Datenbank) statt JSON schreiben.</translation>
    </message>
    <message>
        <source>Print how long each catalog query took on standard error.</source>
        <translation>Auf der Standardfehlerausgabe ausgeben, wie lange jede Katalogabfrage gedauert hat.</translation>
    </message>
    <message>
        <source>Could not write the snapshot to standard output.</source>
        <translation>Der Schnappschuss konnte nicht auf die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>Consolidation report: %1 files, %2 statements, %3 findings</source>
        <translation>Konsolidierungsbericht: %1 Dateien, %2 Anweisungen, %3 Befunde</translation>
    </message>
    <message>
        <source>Check that a baseline is equivalent to the migration chain it replaces: both are replayed on a private scratch server and their schemas compared. Also reports what the chain creates and drops again. Exit 0 equivalent, 1 not equivalent, 2 error.</source>
        <translation>Prüfen, ob eine Baseline der Migrationskette gleichwertig ist, die sie ersetzt: Beide werden auf einem privaten Hilfsserver abgespielt und ihre Schemas verglichen. Meldet auch, was die Kette anlegt und wieder löscht. Exit-Code 0 gleichwertig, 1 nicht gleichwertig, 2 Fehler.</translation>
    </message>
    <message>
        <source>The migration folder (the full chain).</source>
        <translation>Der Migrationsordner (die vollständige Kette).</translation>
    </message>
    <message>
        <source>The candidate baseline: a .sql file or a migration folder.</source>
        <translation>Die vorgesehene Baseline: eine .sql-Datei oder ein Migrationsordner.</translation>
    </message>
    <message>
        <source>Write JSON (format_version 1) instead of text.</source>
        <translation>JSON (format_version 1) statt Text schreiben.</translation>
    </message>
    <message>
        <source>Format of the chain folder (default: detected).</source>
        <translation>Format des Ordners der Kette (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Also compare the migration tools&apos; ledger tables.</source>
        <translation>Auch die Ledger-Tabellen der Migrationswerkzeuge vergleichen.</translation>
    </message>
    <message>
        <source>Leave this table out of the comparison (name or schema.name; repeatable).</source>
        <translation>Diese Tabelle beim Vergleich auslassen (name oder schema.name; wiederholbar).</translation>
    </message>
    <message>
        <source>Write the ledger surgery script to this file (only when equivalent).</source>
        <translation>Das Skript für den Eingriff in die Ledger-Tabelle in diese Datei schreiben (nur bei Gleichwertigkeit).</translation>
    </message>
    <message>
        <source>Migration tool of the ledger: %1 (default: the chain&apos;s format).</source>
        <translation>Migrationswerkzeug der Ledger-Tabelle: %1 (Standard: das Format der Kette).</translation>
    </message>
    <message>
        <source>Version to record for the baseline (default: from its file name).</source>
        <translation>Für die Baseline einzutragende Version (Standard: aus ihrem Dateinamen).</translation>
    </message>
    <message>
        <source>Schema of the ledger table (default: public).</source>
        <translation>Schema der Ledger-Tabelle (Standard: public).</translation>
    </message>
    <message>
        <source>Name of the ledger table (default: the tool&apos;s).</source>
        <translation>Name der Ledger-Tabelle (Standard: der des Werkzeugs).</translation>
    </message>
    <message>
        <source>give the migration folder and the baseline</source>
        <translation>geben Sie den Migrationsordner und die Baseline an</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: %2)</source>
        <translation>unbekanntes Format „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>--tool, --baseline-version and --ledger-table go with --surgery-script</source>
        <translation>--tool, --baseline-version und --ledger-table gehören zu --surgery-script</translation>
    </message>
    <message>
        <source>no ledger surgery for “%1”; give --tool (%2)</source>
        <translation>kein Eingriff in die Ledger-Tabelle für „%1“ bekannt; geben Sie --tool an (%2)</translation>
    </message>
    <message>
        <source>The surgery script cannot be written to “%1”.</source>
        <translation>Das Skript für den Eingriff kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>Ledger surgery script written to %1 (%2: %3 squashed versions replaced by %4). Run it through the runbook.</source>
        <translation>Skript für den Eingriff in die Ledger-Tabelle nach %1 geschrieben (%2: %3 zusammengefasste Versionen durch %4 ersetzt). Führen Sie es über das Runbook aus.</translation>
    </message>
    <message>
        <source>No ledger surgery script was written: the baseline is not equivalent.</source>
        <translation>Es wurde kein Skript für den Eingriff in die Ledger-Tabelle geschrieben: Die Baseline ist nicht gleichwertig.</translation>
    </message>
    <message>
        <source>Chain: %1 (%2, %3 files)</source>
        <translation>Kette: %1 (%2, %3 Dateien)</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <source>Ignored ledger tables: %1</source>
        <translation>Ignorierte Ledger-Tabellen: %1</translation>
    </message>
    <message>
        <source>identical: the baseline gives the same schema as the chain (%1 objects)</source>
        <translation>identisch: Die Baseline ergibt dasselbe Schema wie die Kette (%1 Objekte)</translation>
    </message>
    <message>
        <source>Roll back what a run did: the inverse script from the schema snapshots, then the rows from its backups.</source>
        <translation>Zurücknehmen, was ein Lauf getan hat: das Umkehrskript aus den Schemaschnappschüssen, dann die Zeilen aus seinen Sicherungen.</translation>
    </message>
    <message>
        <source>Journal of the rollback run (default: &lt;journal&gt;.rollback).</source>
        <translation>Journal des Rücknahmelaufs (Standard: &lt;Journal&gt;.rollback).</translation>
    </message>
    <message>
        <source>Folder for the rollback&apos;s own backups (default: &lt;rollback journal&gt;.backups).</source>
        <translation>Ordner für die eigenen Sicherungen der Rücknahme (Standard: &lt;Rücknahme-Journal&gt;.backups).</translation>
    </message>
    <message>
        <source>Run even when the rollback&apos;s pre-flight has blocking findings.</source>
        <translation>Auch ausführen, wenn die Vorabprüfung der Rücknahme blockierende Befunde hat.</translation>
    </message>
    <message>
        <source>Print the rollback and its pre-flight; run nothing.</source>
        <translation>Die Rücknahme und ihre Vorabprüfung ausgeben; nichts ausführen.</translation>
    </message>
    <message>
        <source>Rollback: %1 (%2 steps, sha256 %3)</source>
        <translation>Rücknahme: %1 (%2 Schritte, sha256 %3)</translation>
    </message>
    <message>
        <source>Pre-flight of the rollback:</source>
        <translation>Vorabprüfung der Rücknahme:</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>nichts zu melden</translation>
    </message>
    <message>
        <source>Nothing to roll back.</source>
        <translation>Nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>The rollback&apos;s pre-flight has blocking findings; nothing ran. Fix them (or run with --ignore-preflight) and try again.</source>
        <translation>Die Vorabprüfung der Rücknahme hat blockierende Befunde; nichts wurde ausgeführt. Beheben Sie sie (oder starten Sie mit --ignore-preflight) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Roll back a run from its journal: inverse script and restores, with pre-flight</source>
        <translation>Einen Lauf anhand seines Journals zurücknehmen: Umkehrskript und Wiederherstellungen, mit Vorabprüfung</translation>
    </message>
    <message>
        <source>warning: the guided rollback for the report could not be planned: %1</source>
        <translation>Warnung: Die geführte Rücknahme für den Bericht konnte nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>Write an audit report of the run to this file (HTML for .html/.htm, else Markdown).</source>
        <translation>Einen Prüfbericht des Laufs in diese Datei schreiben (HTML bei .html/.htm, sonst Markdown).</translation>
    </message>
    <message>
        <source>Read the catalog over this many connections at once, in one consistent snapshot (default 2; 1 = one connection).</source>
        <translation>Den Katalog über so viele Verbindungen gleichzeitig lesen, in einem konsistenten Snapshot (Standard 2; 1 = eine Verbindung).</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 8</source>
        <translation>--jobs erwartet eine Zahl von 1 bis 8</translation>
    </message>
    <message>
        <source>%1 statements on %3 connection(s), %2 objects</source>
        <translation>%1 Anweisungen über %3 Verbindung(en), %2 Objekte</translation>
    </message>
    <message>
        <source>Skip the pre-flight&apos;s data checks (duplicate keys, NULLs, orphans, the rollback&apos;s old keys) before the run.</source>
        <translation>Die Datenprüfungen der Vorabprüfung (doppelte Schlüssel, NULL-Werte, verwaiste Zeilen, die alten Schlüssel der Rücknahme) vor dem Lauf auslassen.</translation>
    </message>
    <message>
        <source>Tables with the same columns in another order count as the same.</source>
        <translation>Tabellen mit denselben Spalten in anderer Reihenfolge gelten als gleich.</translation>
    </message>
    <message>
        <source>Let the server print every CHECK constraint and index expression (slower on many tables: it opens each table) instead of Strata.</source>
        <translation>Jeden CHECK-Constraint und jeden Indexausdruck vom Server ausgeben lassen statt von Strata (langsamer bei vielen Tabellen: er öffnet jede Tabelle).</translation>
    </message>
    <message>
        <source>expressions printed by Strata: %1, by the server: %2</source>
        <translation>von Strata ausgegebene Ausdrücke: %1, vom Server: %2</translation>
    </message>
    <message>
        <source> (a sample differed from the server&apos;s text: all were printed by the server)</source>
        <translation> (eine Stichprobe wich vom Text des Servers ab: alle wurden vom Server ausgegeben)</translation>
    </message>
    <message>
        <source>connecting: %1 ms; the catalog queries: %2 ms; completing the snapshot: %3 ms; in all: %4 ms</source>
        <translation>Verbinden: %1 ms; Katalogabfragen: %2 ms; Vervollständigen des Snapshots: %3 ms; insgesamt: %4 ms</translation>
    </message>
    <message>
        <source>writing: %1 ms</source>
        <translation>Schreiben: %1 ms</translation>
    </message>
    <message>
        <source>Prove the script: build A on a private scratch server, run the script there as the runbook would and compare the result with B. Exit 0 verified, 1 differences remain, 2 a step failed.</source>
        <translation>Das Skript beweisen: A auf einem privaten Hilfsserver aufbauen, das Skript dort wie das Runbook ausführen und das Ergebnis mit B vergleichen. Exit 0 geprüft, 1 Unterschiede bleiben, 2 ein Schritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Verify in a throwaway database on this server (dropped afterwards) instead of a private one; implies --verify.</source>
        <translation>In einer Wegwerfdatenbank auf diesem Server prüfen (danach entfernt) statt auf einem privaten Server; schließt --verify ein.</translation>
    </message>
    <message>
        <source>verification failed at step %1 of %2:</source>
        <translation>Prüfung bei Schritt %1 von %2 fehlgeschlagen:</translation>
    </message>
    <message>
        <source>verified (A built in %1 ms, script applied in %2 ms, result compared in %3 ms)</source>
        <translation>geprüft (A in %1 ms aufgebaut, Skript in %2 ms angewendet, Ergebnis in %3 ms verglichen)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Halte an …</translation>
    </message>
    <message>
        <source>A targets file: one target per line, “name&lt;TAB&gt;URI” or a URI; # comments.</source>
        <translation>Eine Zieldatei: ein Ziel pro Zeile, „Name&lt;TAB&gt;URI“ oder eine URI; # Kommentare.</translation>
    </message>
    <message>
        <source>One database whose tenant schemas are the targets (with --tenant-schemas).</source>
        <translation>Eine Datenbank, deren Mandantenschemas die Ziele sind (mit --tenant-schemas).</translation>
    </message>
    <message>
        <source>The tenant schemas: a SELECT returning schema names (run read-only) or a LIKE pattern.</source>
        <translation>Die Mandantenschemas: ein SELECT, das Schemanamen liefert (schreibgeschützt ausgeführt), oder ein LIKE-Muster.</translation>
    </message>
    <message>
        <source>A target group saved with --save-group.</source>
        <translation>Eine mit --save-group gespeicherte Zielgruppe.</translation>
    </message>
    <message>
        <source>Save the targets given as a group under this name (with the connection profiles).</source>
        <translation>Die angegebenen Ziele als Gruppe unter diesem Namen speichern (mit den Verbindungsprofilen).</translation>
    </message>
    <message>
        <source>Targets worked on at once (default: min(8, targets)).</source>
        <translation>Gleichzeitig bearbeitete Ziele (Standard: min(8, Ziele)).</translation>
    </message>
    <message>
        <source>Write JSON (format_version 1).</source>
        <translation>JSON schreiben (format_version 1).</translation>
    </message>
    <message>
        <source>give the targets with one of --targets FILE, --db URI --tenant-schemas Q, or --group NAME</source>
        <translation>geben Sie die Ziele mit --targets DATEI, --db URI --tenant-schemas Q oder --group NAME an</translation>
    </message>
    <message>
        <source>No saved target group is called “%1”.</source>
        <translation>Keine gespeicherte Zielgruppe heißt „%1“.</translation>
    </message>
    <message>
        <source>--db needs --tenant-schemas (a query or a LIKE pattern)</source>
        <translation>--db braucht --tenant-schemas (eine Abfrage oder ein LIKE-Muster)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the target group “%1” (%n target(s)).</source>
        <translation>
            <numerusform>Die Zielgruppe „%1“ wurde gespeichert (%n Ziel).</numerusform>
            <numerusform>Die Zielgruppe „%1“ wurde gespeichert (%n Ziele).</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a whole number of at least %2</source>
        <translation>--%1 erwartet eine ganze Zahl von mindestens %2</translation>
    </message>
    <message>
        <source>Ledger state and drift of every target of a fleet.</source>
        <translation>Ledger-Stand und Abweichung jedes Ziels einer Flotte.</translation>
    </message>
    <message>
        <source>Folder format (detected when not given).</source>
        <translation>Ordnerformat (erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>Compare every target with this snapshot file, folder or database instead of its own applied version.</source>
        <translation>Jedes Ziel mit dieser Snapshot-Datei, diesem Ordner oder dieser Datenbank vergleichen statt mit seiner eigenen angewendeten Version.</translation>
    </message>
    <message>
        <source>Tenant schemas are compared under this schema name (default public).</source>
        <translation>Mandantenschemas werden unter diesem Schemanamen verglichen (Standard public).</translation>
    </message>
    <message>
        <source>Only the ledger state, no schema comparison.</source>
        <translation>Nur der Ledger-Stand, kein Schemavergleich.</translation>
    </message>
    <message>
        <source>Do not compare privileges.</source>
        <translation>Rechte nicht vergleichen.</translation>
    </message>
    <message>
        <source>give --dir (the migration folder), --reference, or --no-drift</source>
        <translation>geben Sie --dir (den Migrationsordner), --reference oder --no-drift an</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>APPLIED</source>
        <translation>ANGEWENDET</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>AUSSTEHEND</translation>
    </message>
    <message>
        <source>DIFFERENCES</source>
        <translation>UNTERSCHIEDE</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>%1 ghost(s)</source>
        <translation>%1 Geister</translation>
    </message>
    <message>
        <source>%1 changed since applied</source>
        <translation>%1 seit der Anwendung geändert</translation>
    </message>
    <message>
        <source>failed or dirty run recorded</source>
        <translation>fehlgeschlagener oder unvollständiger Lauf verzeichnet</translation>
    </message>
    <message>
        <source>%1 targets: %2 clean, %3 with pending migrations, %4 drifted, %5 errors (%6 replays, at most %7 connections, %8 ms)</source>
        <translation>%1 Ziele: %2 sauber, %3 mit ausstehenden Migrationen, %4 abgewichen, %5 Fehler (%6 Abspielungen, höchstens %7 Verbindungen, %8 ms)</translation>
    </message>
    <message>
        <source>Pre-flight a migration on every target: the analysis once, the data checks on each target.</source>
        <translation>Eine Migration auf jedem Ziel vorab prüfen: die Analyse einmal, die Datenprüfungen auf jedem Ziel.</translation>
    </message>
    <message>
        <source>The migration (SQL, dbmate sections honoured).</source>
        <translation>Die Migration (SQL, dbmate-Abschnitte werden beachtet).</translation>
    </message>
    <message>
        <source>give exactly one migration file</source>
        <translation>geben Sie genau eine Migrationsdatei an</translation>
    </message>
    <message>
        <source>Analysis of %1 (once):</source>
        <translation>Analyse von %1 (einmal):</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>Data checks per target:</source>
        <translation>Datenprüfungen je Ziel:</translation>
    </message>
    <message>
        <source>ok (%1 warnings)</source>
        <translation>ok (%1 Warnungen)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>WOULD FAIL</source>
        <translation>WÜRDE SCHEITERN</translation>
    </message>
    <message>
        <source>%1 targets: %2 would fail, %3 errors</source>
        <translation>%1 Ziele: %2 würden scheitern, %3 Fehler</translation>
    </message>
    <message>
        <source>rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>%1 targets: %2 done, %3 failed, %4 not run</source>
        <translation>%1 Ziele: %2 fertig, %3 fehlgeschlagen, %4 nicht ausgeführt</translation>
    </message>
    <message>
        <source>The rollout stopped: the failure limit was reached.</source>
        <translation>Der Rollout hat angehalten: Die Fehlergrenze wurde erreicht.</translation>
    </message>
    <message>
        <source>Continue with: strata-cli fleet resume --journal-dir DIR</source>
        <translation>Fortsetzen mit: strata-cli fleet resume --journal-dir ORDNER</translation>
    </message>
    <message>
        <source>Run %1 step(s) on %2 target(s)? [y/N] </source>
        <translation>%1 Schritt(e) auf %2 Ziel(en) ausführen? [y/N] </translation>
    </message>
    <message>
        <source>Run a migration on every target: canaries first, then waves, each target with its own journal and backups.</source>
        <translation>Eine Migration auf jedem Ziel ausführen: zuerst die Canaries, dann Wellen, jedes Ziel mit eigenem Journal und eigenen Sicherungen.</translation>
    </message>
    <message>
        <source>Folder for the rollout plan and every target&apos;s journal and backups.</source>
        <translation>Ordner für den Rollout-Plan sowie Journal und Sicherungen jedes Ziels.</translation>
    </message>
    <message>
        <source>Do not ask before starting.</source>
        <translation>Vor dem Start nicht nachfragen.</translation>
    </message>
    <message>
        <source>Confirms steps that can lose data on this table (repeatable).</source>
        <translation>Bestätigt Schritte, die in dieser Tabelle Daten verlieren können (wiederholbar).</translation>
    </message>
    <message>
        <source>Run the first N targets alone first; any failure stops the rollout.</source>
        <translation>Zuerst die ersten N Ziele allein ausführen; jeder Fehlschlag hält den Rollout an.</translation>
    </message>
    <message>
        <source>Targets per wave after the canaries (default: all the rest).</source>
        <translation>Ziele je Welle nach den Canaries (Standard: alle übrigen).</translation>
    </message>
    <message>
        <source>Stop starting targets once this many failed (default 1).</source>
        <translation>Keine weiteren Ziele starten, sobald so viele fehlgeschlagen sind (Standard 1).</translation>
    </message>
    <message>
        <source>Before each step, wait while a streaming replica&apos;s replay lag is above this many milliseconds.</source>
        <translation>Vor jedem Schritt warten, solange der Wiedergaberückstand eines Streaming-Replikats über so vielen Millisekunden liegt.</translation>
    </message>
    <message>
        <source>The migration file to run (dbmate up section, or the whole file).</source>
        <translation>Die auszuführende Migrationsdatei (dbmate-Up-Abschnitt oder die ganze Datei).</translation>
    </message>
    <message>
        <source>--journal-dir is required</source>
        <translation>--journal-dir ist erforderlich</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Continue a fleet rollout: every target from its own journal, no step twice.</source>
        <translation>Einen Flotten-Rollout fortsetzen: jedes Ziel aus seinem eigenen Journal, kein Schritt zweimal.</translation>
    </message>
    <message>
        <source>The rollout&apos;s folder (as given to fleet run).</source>
        <translation>Der Ordner des Rollouts (wie bei fleet run angegeben).</translation>
    </message>
    <message>
        <source>Do not ask before continuing.</source>
        <translation>Vor dem Fortsetzen nicht nachfragen.</translation>
    </message>
    <message>
        <source>Usage: strata-cli fleet &lt;status|preflight|run|resume&gt; [options]</source>
        <translation>Aufruf: strata-cli fleet &lt;status|preflight|run|resume&gt; [Optionen]</translation>
    </message>
    <message>
        <source>ledger state and drift of every target</source>
        <translation>Ledger-Stand und Abweichung jedes Ziels</translation>
    </message>
    <message>
        <source>a migration&apos;s data checks on every target</source>
        <translation>die Datenprüfungen einer Migration auf jedem Ziel</translation>
    </message>
    <message>
        <source>a staged rollout: canaries, waves, failure limit, replica lag</source>
        <translation>ein gestufter Rollout: Canaries, Wellen, Fehlergrenze, Replikatrückstand</translation>
    </message>
    <message>
        <source>continue a rollout from its journals</source>
        <translation>einen Rollout aus seinen Journalen fortsetzen</translation>
    </message>
    <message>
        <source>unknown fleet command “%1” (status, preflight, run, resume)</source>
        <translation>unbekannter fleet-Befehl „%1“ (status, preflight, run, resume)</translation>
    </message>
    <message>
        <source>Many databases or tenant schemas at once: status, drift, pre-flight, staged rollout</source>
        <translation>Viele Datenbanken oder Mandantenschemas auf einmal: Stand, Abweichung, Vorabprüfung, gestufter Rollout</translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>Runbook not finished; continue with: %1</source>
        <translation>Runbook nicht abgeschlossen; fortsetzen mit: %1</translation>
    </message>
    <message>
        <source>Replay migration folders on this server (libpq URI or key=value): Strata creates a uniquely named throwaway database there and drops it afterwards. Default: a private server of its own.</source>
        <translation>Migrationsordner auf diesem Server wiedergeben (libpq-URI oder key=value): Strata legt dort eine eindeutig benannte Wegwerfdatenbank an und löscht sie danach. Standard: ein eigener privater Server.</translation>
    </message>
    <message>
        <source>Another folder of the same project replayed with the migration folder (repeatable): Flyway and dbmate merge such locations by version, as they do; for the other tools these folders run first, in the order given.</source>
        <translation>Ein weiterer Ordner desselben Projekts, der mit dem Migrationsordner wiedergegeben wird (wiederholbar): Flyway und dbmate führen solche Speicherorte wie im Original nach Version zusammen; bei den anderen Werkzeugen laufen diese Ordner zuerst, in der angegebenen Reihenfolge.</translation>
    </message>
    <message>
        <source>--with-folder: the folder “%1” does not exist.</source>
        <translation>--with-folder: Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>--with-folder: “%1” is not a folder.</source>
        <translation>--with-folder: „%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Audit a migration chain without a baseline: what each file does, whether the chain replays, and what a squash would have to consolidate.</source>
        <translation>Eine Migrationskette ohne Baseline prüfen: was jede Datei bewirkt, ob sich die Kette wiedergeben lässt und was ein Squash zusammenfassen müsste.</translation>
    </message>
    <message>
        <source>Write JSON (format_version 1); the same as --format json.</source>
        <translation>JSON ausgeben (format_version 1); dasselbe wie --format json.</translation>
    </message>
    <message>
        <source>Output: table (default), json or markdown.</source>
        <translation>Ausgabe: table (Standard), json oder markdown.</translation>
    </message>
    <message>
        <source>Format of the folder (%1); detected when not given.</source>
        <translation>Format des Ordners (%1); wird erkannt, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>Only the static checks; do not replay the chain.</source>
        <translation>Nur die statischen Prüfungen; die Kette nicht wiedergeben.</translation>
    </message>
    <message>
        <source>give the migration folder</source>
        <translation>geben Sie den Migrationsordner an</translation>
    </message>
    <message>
        <source>unknown output format “%1” (table, json or markdown)</source>
        <translation>unbekanntes Ausgabeformat „%1“ (table, json oder markdown)</translation>
    </message>
    <message>
        <source>--no-replay and --replay-on cannot be combined.</source>
        <translation>--no-replay und --replay-on können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>Audit a migration chain without a baseline (what each file does, replay, consolidation)</source>
        <translation>Eine Migrationskette ohne Baseline prüfen (Wirkung jeder Datei, Wiedergabe, Zusammenfassung)</translation>
    </message>
    <message>
        <source>Against a migration folder, also compare the migration tool&apos;s ledger table (schema_migrations, flyway_schema_history, ...), which a replay leaves out.</source>
        <translation>Bei einem Migrationsordner auch die Ledger-Tabelle des Migrationswerkzeugs vergleichen (schema_migrations, flyway_schema_history, ...), die eine Wiedergabe auslässt.</translation>
    </message>
    <message>
        <source>--with-folder goes with a migration folder as A or B.</source>
        <translation>--with-folder gehört zu einem Migrationsordner als A oder B.</translation>
    </message>
    <message>
        <source>The audit report was not written.</source>
        <translation>Der Prüfbericht wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Confirms the steps that can lose data on this table: schema.table, or the bare name when only one schema&apos;s table of that name can lose data (repeatable).</source>
        <translation>Bestätigt die Schritte, die in dieser Tabelle Daten verlieren können: schema.tabelle oder der bloße Name, wenn nur in der Tabelle eines einzigen Schemas mit diesem Namen Daten verloren gehen können (wiederholbar).</translation>
    </message>
    <message>
        <source>One step per statement instead of the migration tool&apos;s transactions (each step says which constraints a table goes without until a later step).</source>
        <translation>Ein Schritt pro Anweisung statt der Transaktionen des Migrationswerkzeugs (jeder Schritt nennt die Constraints, ohne die eine Tabelle bis zu einem späteren Schritt auskommt).</translation>
    </message>
    <message>
        <source>Run a migration although its ledger says it is already applied (or, with --down, not applied).</source>
        <translation>Eine Migration ausführen, obwohl ihr Ledger sie als bereits angewendet führt (oder, mit --down, als nicht angewendet).</translation>
    </message>
    <message>
        <source>ledger: %1</source>
        <translation>Ledger: %1</translation>
    </message>
    <message>
        <source>blocking: %1</source>
        <translation>blockierend: %1</translation>
    </message>
    <message>
        <source>Nothing ran: the migration&apos;s ledger says it must not run.</source>
        <translation>Es lief nichts: Laut dem Ledger der Migration darf sie nicht laufen.</translation>
    </message>
    <message>
        <source>Check the ledger; run it anyway with --override-applied only if the ledger is wrong.</source>
        <translation>Prüfen Sie das Ledger; führen Sie die Migration nur dann mit --override-applied trotzdem aus, wenn das Ledger falsch ist.</translation>
    </message>
    <message>
        <source>Also listen on 127.0.0.1 (a free port), with a generated password printed in the second URI.</source>
        <translation>Auch auf 127.0.0.1 lauschen (ein freier Port), mit einem erzeugten Passwort, das in der zweiten URI ausgegeben wird.</translation>
    </message>
    <message>
        <source>backup, verified</source>
        <translation>Sicherung, geprüft</translation>
    </message>
    <message>
        <source>Step %1: back up %2 with %3 (%4) [%5]</source>
        <translation>Schritt %1: %2 mit %3 sichern (%4) [%5]</translation>
    </message>
    <message>
        <source>Skipping it asks for the table name “%1” (--skip-backup %1).</source>
        <translation>Zum Überspringen wird der Tabellenname „%1“ verlangt (--skip-backup %1).</translation>
    </message>
    <message>
        <source>backup skipped with --skip-backup</source>
        <translation>Sicherung mit --skip-backup übersprungen</translation>
    </message>
    <message>
        <source>Step %1 skipped: %2 is NOT backed up (--skip-backup).</source>
        <translation>Schritt %1 übersprungen: %2 ist NICHT gesichert (--skip-backup).</translation>
    </message>
    <message>
        <source>Without this backup %1 cannot be restored from this run. Type the table name “%2” to skip it: </source>
        <translation>Ohne diese Sicherung kann %1 aus diesem Lauf nicht wiederhergestellt werden. Geben Sie zum Überspringen den Tabellennamen „%2“ ein: </translation>
    </message>
    <message>
        <source>The name does not match; the backup was not skipped and nothing ran.</source>
        <translation>Der Name stimmt nicht überein; die Sicherung wurde nicht übersprungen und nichts ausgeführt.</translation>
    </message>
    <message>
        <source>backup skipped at the prompt</source>
        <translation>Sicherung bei der Abfrage übersprungen</translation>
    </message>
    <message>
        <source>Step %1 skipped: %2 is NOT backed up.</source>
        <translation>Schritt %1 übersprungen: %2 ist NICHT gesichert.</translation>
    </message>
    <message>
        <source>backed up in %1: %2, %3 rows, %4 bytes, sha256 %5, verified</source>
        <translation>gesichert in %1: %2, %3 Zeilen, %4 Bytes, sha256 %5, geprüft</translation>
    </message>
    <message>
        <source>nothing to back up (see the journal&apos;s note).</source>
        <translation>nichts zu sichern (siehe Hinweis im Journal).</translation>
    </message>
    <message>
        <source>Skip the backup step of this table: schema.table, or the bare name when it is unambiguous (repeatable; journaled and in the audit report).</source>
        <translation>Den Sicherungsschritt dieser Tabelle überspringen: schema.tabelle oder der bloße Name, wenn er eindeutig ist (wiederholbar; im Journal und im Prüfbericht vermerkt).</translation>
    </message>
    <message>
        <source>Runbook: %1 (%2 steps, sha256 %3); plan only, nothing runs.</source>
        <translation>Runbook: %1 (%2 Schritte, sha256 %3); nur Plan, nichts wird ausgeführt.</translation>
    </message>
    <message>
        <source>Print the steps, backups included, and change nothing: no journal, no backup, no statement that writes.</source>
        <translation>Die Schritte einschließlich Sicherungen ausgeben und nichts ändern: kein Journal, keine Sicherung, keine schreibende Anweisung.</translation>
    </message>
    <message>
        <source>With --plan-only: print the steps as JSON.</source>
        <translation>Mit --plan-only: die Schritte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--json goes with --plan-only</source>
        <translation>--json gehört zu --plan-only</translation>
    </message>
    <message>
        <source>Runbook: %1 (%2 steps); every step is done or skipped, nothing is left to run.</source>
        <translation>Runbook: %1 (%2 Schritte); jeder Schritt ist erledigt oder übersprungen, nichts bleibt auszuführen.</translation>
    </message>
</context>
<context>
    <name>strata::CatalogTreeModel</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>partitioned table</source>
        <translation>partitionierte Tabelle</translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation>Fremdtabelle</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>not analyzed</source>
        <translation>nicht analysiert</translation>
    </message>
    <message>
        <source>PostgreSQL has no row estimate yet: the table was never vacuumed or analyzed.</source>
        <translation>PostgreSQL hat noch keine Zeilenschätzung: Die Tabelle wurde nie mit VACUUM oder ANALYZE bearbeitet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>Zeilen (ca.)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>strata::ConnectionDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/dbname?sslmode=require  or  host=… dbname=…</source>
        <translation>postgresql://user@host:5432/dbname?sslmode=require  oder  host=… dbname=…</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>localhost, an IP, or a socket directory</source>
        <translation>localhost, eine IP oder ein Socket-Verzeichnis</translation>
    </message>
    <message>
        <source>empty: keychain, ~/.pgpass or ask</source>
        <translation>leer: Schlüsselbund, ~/.pgpass oder nachfragen</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>libpq default (prefer)</source>
        <translation>libpq-Standard (prefer)</translation>
    </message>
    <message>
        <source>entry in pg_service.conf (optional)</source>
        <translation>Eintrag in pg_service.conf (optional)</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Verbindungszeichenkette</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2, database %3; connection %4.</source>
        <translation>Verbunden mit PostgreSQL %1 als %2, Datenbank %3; Verbindung %4.</translation>
    </message>
    <message>
        <source>Saved “%1”. The password is not stored in the settings.</source>
        <translation>„%1“ gespeichert. Das Passwort steht nicht in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>strata::DiffChart</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Differences by kind</source>
        <translation>Unterschiede nach Art</translation>
    </message>
    <message>
        <source>(no differences)</source>
        <translation>(keine Unterschiede)</translation>
    </message>
</context>
<context>
    <name>strata::DiffDdlPane</name>
    <message>
        <source>A (now)</source>
        <translation>A (jetzt)</translation>
    </message>
    <message>
        <source>B (wanted)</source>
        <translation>B (gewünscht)</translation>
    </message>
    <message>
        <source>Select an object to see its definition on both sides.</source>
        <translation>Wählen Sie ein Objekt, um seine Definition auf beiden Seiten zu sehen.</translation>
    </message>
    <message>
        <source>-- not in A</source>
        <translation>-- nicht in A</translation>
    </message>
    <message>
        <source>-- not in B</source>
        <translation>-- nicht in B</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>Nur in A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Nur in B</translation>
    </message>
</context>
<context>
    <name>strata::DiffSourcePicker</name>
    <message>
        <source>Connection string</source>
        <translation>Verbindungszeichenkette</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>Aktuelle Verbindung</translation>
    </message>
    <message>
        <source>Snapshot file</source>
        <translation>Schnappschussdatei</translation>
    </message>
    <message>
        <source>Migration folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>postgresql://user@host/db or host=… dbname=…</source>
        <translation>postgresql://user@host/db oder host=… dbname=…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>A snapshot file written by Strata (*.json)</source>
        <translation>Eine von Strata geschriebene Schnappschussdatei (*.json)</translation>
    </message>
    <message>
        <source>A folder of migrations, replayed on a private server</source>
        <translation>Ein Ordner mit Migrationen, abgespielt auf einem privaten Server</translation>
    </message>
    <message>
        <source>Strata snapshots (*.json);;All files (*)</source>
        <translation>Strata-Schnappschüsse (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no current connection to compare.</source>
        <translation>Es gibt keine aktuelle Verbindung, die verglichen werden könnte.</translation>
    </message>
    <message>
        <source>Connect to a database first, or choose another kind of source.</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank oder wählen Sie eine andere Art von Quelle.</translation>
    </message>
    <message>
        <source>Enter a connection string.</source>
        <translation>Geben Sie eine Verbindungszeichenkette ein.</translation>
    </message>
    <message>
        <source>Choose a snapshot file.</source>
        <translation>Wählen Sie eine Schnappschussdatei.</translation>
    </message>
    <message>
        <source>Choose a migration folder.</source>
        <translation>Wählen Sie einen Migrationsordner.</translation>
    </message>
</context>
<context>
    <name>strata::DiffTreeModel</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was sich unterscheidet</translation>
    </message>
</context>
<context>
    <name>strata::DiffVerifyBar</name>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Build schema A on a private scratch server, apply the script there as the runbook would, and compare the result with B</source>
        <translation>Schema A auf einem privaten Hilfsserver aufbauen, das Skript dort wie das Runbook anwenden und das Ergebnis mit B vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Verifikation:</translation>
    </message>
    <message>
        <source>nothing to verify: the schemas are the same</source>
        <translation>nichts zu prüfen: Die Schemas sind gleich</translation>
    </message>
    <message numerus="yes">
        <source>not verified (%n object(s): above %1, verification runs on request)</source>
        <translation>
            <numerusform>nicht geprüft (%n Objekt: mehr als %1, die Verifikation läuft auf Anforderung)</numerusform>
            <numerusform>nicht geprüft (%n Objekte: mehr als %1, die Verifikation läuft auf Anforderung)</numerusform>
        </translation>
    </message>
    <message>
        <source>verification canceled</source>
        <translation>Verifikation abgebrochen</translation>
    </message>
    <message>
        <source>could not verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>verifying on a scratch server…</source>
        <translation>prüfe auf einem Hilfsserver …</translation>
    </message>
    <message>
        <source>Built A in %1 ms, applied the script in %2 ms, compared in %3 ms.</source>
        <translation>A in %1 ms aufgebaut, Skript in %2 ms angewendet, in %3 ms verglichen.</translation>
    </message>
    <message>
        <source>✔ verified: the script applies to a copy of A and gives B</source>
        <translation>✔ geprüft: Das Skript lässt sich auf eine Kopie von A anwenden und ergibt B</translation>
    </message>
    <message>
        <source>✘ failed at step %1: %2</source>
        <translation>✘ bei Schritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Step %1: %2
The server said: %3</source>
        <translation>Schritt %1: %2
Der Server meldete: %3</translation>
    </message>
    <message numerus="yes">
        <source>≠ %n residual difference(s) after the script</source>
        <translation>
            <numerusform>≠ %n verbleibender Unterschied nach dem Skript</numerusform>
            <numerusform>≠ %n verbleibende Unterschiede nach dem Skript</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::DiffView</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A: the schema as it is (the script changes this one)</source>
        <translation>A: das Schema, wie es ist (das Skript ändert dieses)</translation>
    </message>
    <message>
        <source>B: the schema as it should be</source>
        <translation>B: das Schema, wie es sein soll</translation>
    </message>
    <message>
        <source>Ignore owners</source>
        <translation>Eigentümer ignorieren</translation>
    </message>
    <message>
        <source>Ignore grants</source>
        <translation>Rechte ignorieren</translation>
    </message>
    <message>
        <source>All schemas (or: public, app)</source>
        <translation>Alle Schemas (oder: public, app)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter objects</source>
        <translation>Objekte filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Save script…</source>
        <translation>Skript speichern …</translation>
    </message>
    <message>
        <source>Schemas:</source>
        <translation>Schemas:</translation>
    </message>
    <message>
        <source>Hazards:</source>
        <translation>Risiken:</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Loading both sides…</source>
        <translation>Lade beide Seiten …</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1 added, %2 removed, %3 changed</source>
        <translation>
            <numerusform>%n Unterschied: %1 hinzugefügt, %2 entfernt, %3 geändert</numerusform>
            <numerusform>%n Unterschiede: %1 hinzugefügt, %2 entfernt, %3 geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>The schemas are the same.</source>
        <translation>Die Schemas sind gleich.</translation>
    </message>
    <message>
        <source>Step %1 (line %2): %3 — %4</source>
        <translation>Schritt %1 (Zeile %2): %3 — %4</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>No step has a hazard.</source>
        <translation>Kein Schritt birgt ein Risiko.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Save script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare two schemas first; there is no script yet.</source>
        <translation>Vergleichen Sie zuerst zwei Schemas; es gibt noch kein Skript.</translation>
    </message>
    <message>
        <source>Could not save the script to “%1”.</source>
        <translation>Das Skript konnte nicht nach „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Open in the runbook…</source>
        <translation>Im Runbook öffnen …</translation>
    </message>
    <message>
        <source>Step through this script with backups, confirmation and a journal</source>
        <translation>Dieses Skript Schritt für Schritt ausführen, mit Sicherungen, Bestätigung und einem Journal</translation>
    </message>
    <message>
        <source>generated diff script</source>
        <translation>erzeugtes Vergleichsskript</translation>
    </message>
    <message>
        <source>Ignore column order</source>
        <translation>Spaltenreihenfolge ignorieren</translation>
    </message>
    <message>
        <source>Tables with the same columns in another order count as the same (ALTER TABLE cannot reorder columns).</source>
        <translation>Tabellen mit denselben Spalten in anderer Reihenfolge gelten als gleich (ALTER TABLE kann Spalten nicht umordnen).</translation>
    </message>
    <message>
        <source>The script changes side A: it opens in the runbook when A is the current connection.</source>
        <translation>Das Skript ändert Seite A: Es öffnet sich im Runbook, wenn A die aktuelle Verbindung ist.</translation>
    </message>
</context>
<context>
    <name>strata::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hint:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
</context>
<context>
    <name>strata::FindingsChart</name>
    <message>
        <source>Colliding groups and violating rows per table</source>
        <translation>Kollidierende Gruppen und verletzende Zeilen je Tabelle</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning (e.g. rollback)</source>
        <translation>Warnung (z. B. Rollback)</translation>
    </message>
    <message>
        <source>(no collisions or violations)</source>
        <translation>(keine Kollisionen oder Verletzungen)</translation>
    </message>
</context>
<context>
    <name>strata::FindingsDetail</name>
    <message>
        <source>Select a finding to see its rows, the statement and the query behind it.</source>
        <translation>Wählen Sie einen Befund, um seine Zeilen, die Anweisung und die zugrunde liegende Abfrage zu sehen.</translation>
    </message>
    <message>
        <source>Safe alternative:</source>
        <translation>Sichere Alternative:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>groups / rows</source>
        <translation>Gruppen / Zeilen</translation>
    </message>
    <message>
        <source>Duplicate groups (%1)</source>
        <translation>Duplikatgruppen (%1)</translation>
    </message>
    <message>
        <source>Sample rows (%1)</source>
        <translation>Beispielzeilen (%1)</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Aufschlüsselung: %1</translation>
    </message>
    <message>
        <source>Statement (line %1)</source>
        <translation>Anweisung (Zeile %1)</translation>
    </message>
    <message>
        <source>Check query</source>
        <translation>Prüfabfrage</translation>
    </message>
</context>
<context>
    <name>strata::FindingsModel</name>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>strata::FleetChart</name>
    <message>
        <source>Drift and pending migrations per target (%1 of %2 shown)</source>
        <translation>Abweichung und ausstehende Migrationen je Ziel (%1 von %2 gezeigt)</translation>
    </message>
    <message>
        <source>Drift and pending migrations per target</source>
        <translation>Abweichung und ausstehende Migrationen je Ziel</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Pending migrations</source>
        <translation>Ausstehende Migrationen</translation>
    </message>
    <message>
        <source>(no status yet)</source>
        <translation>(noch kein Stand)</translation>
    </message>
    <message>
        <source>(every target is clean)</source>
        <translation>(jedes Ziel ist sauber)</translation>
    </message>
</context>
<context>
    <name>strata::FleetView</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Targets file</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Tenant schemas of one database</source>
        <translation>Mandantenschemas einer Datenbank</translation>
    </message>
    <message>
        <source>One target per line: name&lt;TAB&gt;postgresql://… or just a URI</source>
        <translation>Ein Ziel pro Zeile: Name&lt;TAB&gt;postgresql://… oder nur eine URI</translation>
    </message>
    <message>
        <source>postgresql://host/database (password from the keychain or ~/.pgpass)</source>
        <translation>postgresql://host/datenbank (Passwort aus dem Schlüsselbund oder ~/.pgpass)</translation>
    </message>
    <message>
        <source>SELECT schema_name FROM … (read-only) or a LIKE pattern such as tenant_%</source>
        <translation>SELECT schema_name FROM … (schreibgeschützt) oder ein LIKE-Muster wie tenant_%</translation>
    </message>
    <message>
        <source>Save group…</source>
        <translation>Gruppe speichern …</translation>
    </message>
    <message>
        <source>Migration folder (each target is compared with the folder replayed up to its own version)</source>
        <translation>Migrationsordner (jedes Ziel wird mit dem bis zu seiner eigenen Version abgespielten Ordner verglichen)</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Stand prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Migration folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Migrations:</source>
        <translation>Migrationen:</translation>
    </message>
    <message>
        <source>Select a target to see its ledger, its differences and its rollout.</source>
        <translation>Wählen Sie ein Ziel, um sein Ledger, seine Unterschiede und seinen Rollout zu sehen.</translation>
    </message>
    <message>
        <source>Open in Diff</source>
        <translation>Im Vergleich öffnen</translation>
    </message>
    <message>
        <source>Migration file to pre-flight or roll out</source>
        <translation>Migrationsdatei für Vorabprüfung oder Rollout</translation>
    </message>
    <message>
        <source>Journal folder (a plan there is resumed)</source>
        <translation>Journalordner (ein Plan dort wird fortgesetzt)</translation>
    </message>
    <message>
        <source>canary </source>
        <translation>Canary </translation>
    </message>
    <message>
        <source>wave </source>
        <translation>Welle </translation>
    </message>
    <message>
        <source>one wave</source>
        <translation>eine Welle</translation>
    </message>
    <message>
        <source>stop after </source>
        <translation>anhalten nach </translation>
    </message>
    <message>
        <source> failure(s)</source>
        <translation> Fehlschlag/Fehlschlägen</translation>
    </message>
    <message>
        <source>no lag limit</source>
        <translation>keine Rückstandsgrenze</translation>
    </message>
    <message>
        <source>replica lag ≤ </source>
        <translation>Replikatrückstand ≤ </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Tables whose data may be lost (comma-separated)</source>
        <translation>Tabellen, deren Daten verloren gehen dürfen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Pre-flight on every target</source>
        <translation>Vorabprüfung auf jedem Ziel</translation>
    </message>
    <message>
        <source>Run rollout</source>
        <translation>Rollout ausführen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Migration file</source>
        <translation>Migrationsdatei</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Journalordner</translation>
    </message>
    <message>
        <source>Rollout:</source>
        <translation>Rollout:</translation>
    </message>
    <message>
        <source>Saved groups</source>
        <translation>Gespeicherte Gruppen</translation>
    </message>
    <message>
        <source>Give a targets file or a database before saving a group.</source>
        <translation>Geben Sie eine Zieldatei oder eine Datenbank an, bevor Sie eine Gruppe speichern.</translation>
    </message>
    <message>
        <source>Save target group</source>
        <translation>Zielgruppe speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Reading the targets…</source>
        <translation>Lese die Ziele …</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 targets: %2 clean, %3 with pending migrations, %4 drifted, %5 errors (%6 replays, %7 ms).</source>
        <translation>%1 Ziele: %2 sauber, %3 mit ausstehenden Migrationen, %4 abgewichen, %5 Fehler (%6 Abspielungen, %7 ms).</translation>
    </message>
    <message>
        <source>Choose the migration file to pre-flight.</source>
        <translation>Wählen Sie die Migrationsdatei für die Vorabprüfung.</translation>
    </message>
    <message>
        <source>Pre-flight on every target…</source>
        <translation>Vorabprüfung auf jedem Ziel …</translation>
    </message>
    <message>
        <source>Pre-flight: %1 of %2 targets would fail, %3 errors.</source>
        <translation>Vorabprüfung: %1 von %2 Zielen würden scheitern, %3 Fehler.</translation>
    </message>
    <message>
        <source>Choose a journal folder for the rollout.</source>
        <translation>Wählen Sie einen Journalordner für den Rollout.</translation>
    </message>
    <message>
        <source>Choose the migration file to roll out.</source>
        <translation>Wählen Sie die Migrationsdatei für den Rollout.</translation>
    </message>
    <message>
        <source>Resuming the rollout…</source>
        <translation>Setze den Rollout fort …</translation>
    </message>
    <message>
        <source>Rolling out…</source>
        <translation>Rollout läuft …</translation>
    </message>
    <message>
        <source>Rollout: %1 done, %2 failed, %3 not run.</source>
        <translation>Rollout: %1 fertig, %2 fehlgeschlagen, %3 nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: no new step starts.</source>
        <translation>Pausiert: Kein neuer Schritt beginnt.</translation>
    </message>
    <message>
        <source>Stopping: the running steps are canceled and rolled back…</source>
        <translation>Halte an: Die laufenden Schritte werden abgebrochen und zurückgerollt …</translation>
    </message>
    <message>
        <source>%1 — schema %2 of %3</source>
        <translation>%1 — Schema %2 von %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>Ledger: %1</translation>
    </message>
    <message>
        <source>none (nothing applied)</source>
        <translation>keine (nichts angewendet)</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %1 (%n migration(s))</source>
        <translation>
            <numerusform>Angewendet: %1 (%n Migration)</numerusform>
            <numerusform>Angewendet: %1 (%n Migrationen)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>Ghosts (applied, file gone): %1</source>
        <translation>Geister (angewendet, Datei fehlt): %1</translation>
    </message>
    <message>
        <source>A failed or dirty run is recorded.</source>
        <translation>Ein fehlgeschlagener oder unvollständiger Lauf ist verzeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1: %n difference(s)</source>
        <translation>
            <numerusform>Verglichen mit %1: %n Unterschied</numerusform>
            <numerusform>Verglichen mit %1: %n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-flight error: %1</source>
        <translation>Fehler der Vorabprüfung: %1</translation>
    </message>
    <message>
        <source>Pre-flight: would fail</source>
        <translation>Vorabprüfung: würde scheitern</translation>
    </message>
    <message>
        <source>Pre-flight: ok</source>
        <translation>Vorabprüfung: ok</translation>
    </message>
    <message>
        <source>Rollout: %1</source>
        <translation>Rollout: %1</translation>
    </message>
</context>
<context>
    <name>strata::HistoryTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>strata::HistoryTimeline</name>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Migrations per month</source>
        <translation>Migrationen pro Monat</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>strata::HistoryView</name>
    <message>
        <source>Migration folder (leave empty to read only the database&apos;s ledger)</source>
        <translation>Migrationsordner (leer lassen, um nur die Ledger-Tabelle der Datenbank zu lesen)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Detect format</source>
        <translation>Format erkennen</translation>
    </message>
    <message>
        <source>Load history</source>
        <translation>Historie laden</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Filter by version, name or file</source>
        <translation>Nach Version, Name oder Datei filtern</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Revision graph</source>
        <translation>Revisionsgraph</translation>
    </message>
    <message>
        <source>Migration folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade …</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>%1 ghost</source>
        <translation>%1 verwaist</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 failed or dirty</source>
        <translation>%1 fehlgeschlagen oder unvollständig</translation>
    </message>
    <message>
        <source>%1 out of order</source>
        <translation>%1 außer der Reihe</translation>
    </message>
    <message>
        <source>no ledger</source>
        <translation>keine Ledger-Tabelle</translation>
    </message>
    <message>
        <source>%1 ledger %2.%3</source>
        <translation>%1-Ledger %2.%3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in the folder or ledger, e.g.: %1</source>
        <translation>
            <numerusform>%n Befund im Ordner oder in der Ledger-Tabelle, z. B.: %1</numerusform>
            <numerusform>%n Befunde im Ordner oder in der Ledger-Tabelle, z. B.: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-flight…</source>
        <translation>Vorabprüfung …</translation>
    </message>
    <message>
        <source>Check the selected migration&apos;s forward SQL against this database (Ctrl+P)</source>
        <translation>Das Vorwärts-SQL der gewählten Migration gegen diese Datenbank prüfen (Strg+P)</translation>
    </message>
    <message>
        <source>Runbook…</source>
        <translation>Runbook …</translation>
    </message>
    <message>
        <source>Step through the selected migration with backups and confirmation</source>
        <translation>Die gewählte Migration Schritt für Schritt ausführen, mit Sicherungen und Bestätigung</translation>
    </message>
    <message>
        <source>Pre-flight this migration</source>
        <translation>Diese Migration vorab prüfen</translation>
    </message>
    <message>
        <source>Open in the runbook</source>
        <translation>Im Runbook öffnen</translation>
    </message>
    <message>
        <source>Select a migration to read its SQL.</source>
        <translation>Wählen Sie eine Migration, um ihr SQL zu lesen.</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Down section (the way back):</source>
        <translation>Down-Abschnitt (der Weg zurück):</translation>
    </message>
</context>
<context>
    <name>strata::ObjectBrowser</name>
    <message>
        <source>Filter objects by name (Ctrl+F)</source>
        <translation>Objekte nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the tables, views and functions whose name (or schema.name) contains the text, in every schema.</source>
        <translation>Zeigt die Tabellen, Sichten und Funktionen aller Schemas, deren Name (oder schema.name) den Text enthält.</translation>
    </message>
    <message>
        <source>&amp;Find objects…</source>
        <translation>Objekte &amp;suchen …</translation>
    </message>
</context>
<context>
    <name>strata::PasswordStore</name>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Without a keychain Strata asks for the password each time, or uses ~/.pgpass.</source>
        <translation>Ohne Schlüsselbund fragt Strata jedes Mal nach dem Passwort oder verwendet ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>strata::PreflightView</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <source>Runs in one transaction</source>
        <translation>Läuft in einer Transaktion</translation>
    </message>
    <message>
        <source>The migration tool wraps the file in BEGIN/COMMIT (dbmate, Flyway and most others do): CONCURRENTLY will fail, locks are held until the end.</source>
        <translation>Das Migrationswerkzeug schließt die Datei in BEGIN/COMMIT ein (wie dbmate, Flyway und die meisten anderen): CONCURRENTLY schlägt fehl, Sperren werden bis zum Ende gehalten.</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Daten prüfen</translation>
    </message>
    <message>
        <source>Count duplicates, NULLs, orphans, violating rows and failing casts in a read-only transaction (ACCESS SHARE locks only).</source>
        <translation>Duplikate, NULL-Werte, verwaiste Zeilen, verletzende Zeilen und fehlschlagende Typumwandlungen in einer schreibgeschützten Transaktion zählen (nur ACCESS-SHARE-Sperren).</translation>
    </message>
    <message>
        <source>Run pre-flight</source>
        <translation>Vorabprüfung starten</translation>
    </message>
    <message>
        <source>Analyze the SQL and check it against the connected database (Ctrl+Enter). Nothing is changed.</source>
        <translation>Das SQL analysieren und gegen die verbundene Datenbank prüfen (Strg+Eingabe). Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type or paste the migration SQL, open a file, or send a pending migration from the History tab.</source>
        <translation>Geben Sie das SQL der Migration ein oder fügen Sie es ein, öffnen Sie eine Datei oder schicken Sie eine ausstehende Migration aus dem Reiter „Historie“.</translation>
    </message>
    <message>
        <source>Filter findings (table, check, text)</source>
        <translation>Befunde filtern (Tabelle, Prüfung, Text)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown …</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML …</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON …</translation>
    </message>
    <message>
        <source>Save the report as a migration audit</source>
        <translation>Den Bericht als Prüfbericht der Migration speichern</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Open SQL file</source>
        <translation>SQL-Datei öffnen</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation>Analysiere …</translation>
    </message>
    <message>
        <source>There is no SQL to check.</source>
        <translation>Es gibt kein SQL zu prüfen.</translation>
    </message>
    <message>
        <source>Type or paste SQL, open a file, or send a pending migration from the History tab.</source>
        <translation>Geben Sie SQL ein oder fügen Sie es ein, öffnen Sie eine Datei oder schicken Sie eine ausstehende Migration aus dem Reiter „Historie“.</translation>
    </message>
    <message>
        <source>typed SQL</source>
        <translation>eingegebenes SQL</translation>
    </message>
    <message>
        <source>Checking %1 (%v of %m)</source>
        <translation>Prüfe %1 (%v von %m)</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>Pre-flight canceled. The previous results are still shown.</source>
        <translation>Vorabprüfung abgebrochen. Die vorherigen Ergebnisse werden weiter angezeigt.</translation>
    </message>
    <message>
        <source>Not connected: only the offline analysis ran (locks, rewrites, lint rules). Connect to a database to check the data.</source>
        <translation>Nicht verbunden: Nur die Offline-Analyse lief (Sperren, Neuschreibungen, Lint-Regeln). Verbinden Sie sich mit einer Datenbank, um die Daten zu prüfen.</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>Noch kein Bericht.</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings, %3 info</source>
        <translation>%1 blockierend, %2 Warnungen, %3 Info</translation>
    </message>
    <message>
        <source> · %1 data checks in %2 ms</source>
        <translation> · %1 Datenprüfungen in %2 ms</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export pre-flight report</source>
        <translation>Bericht der Vorabprüfung exportieren</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>its down section is checked for the rollback</source>
        <translation>ihr Down-Abschnitt wird für das Rollback geprüft</translation>
    </message>
</context>
<context>
    <name>strata::RunbookStepsModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>in doubt</source>
        <translation>ungewiss</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source> (%1 attempts)</source>
        <translation> (%1 Versuche)</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>own block</source>
        <translation>eigener Block</translation>
    </message>
    <message>
        <source>autocommit</source>
        <translation>Autocommit</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Läuft als</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 rows, %2, sha256 %3…, verified</source>
        <translation>%1 Zeilen, %2, sha256 %3…, geprüft</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>%1 — skipped, NOT backed up</source>
        <translation>%1 — übersprungen, NICHT gesichert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>strata::RunbookView</name>
    <message>
        <source>No runbook loaded. Open a migration, a diff or a rollback script to run it step by step.</source>
        <translation>Kein Runbook geladen. Öffnen Sie eine Migration, einen Vergleich oder ein Rollback-Skript, um es Schritt für Schritt auszuführen.</translation>
    </message>
    <message>
        <source>Warnings, notices and timings of the selected step appear here.</source>
        <translation>Warnungen, Hinweise und Zeiten des gewählten Schritts erscheinen hier.</translation>
    </message>
    <message>
        <source>Run step</source>
        <translation>Schritt ausführen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s). Each step runs only when you press “Run step”.</source>
        <translation>
            <numerusform>%1: %n Schritt. Jeder Schritt läuft erst, wenn Sie „Schritt ausführen“ drücken.</numerusform>
            <numerusform>%1: %n Schritte. Jeder Schritt läuft erst, wenn Sie „Schritt ausführen“ drücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>statement %1: %2 ms (%3)</source>
        <translation>Anweisung %1: %2 ms (%3)</translation>
    </message>
    <message>
        <source>%1 attempts (lock timeout, retried)</source>
        <translation>%1 Versuche (Sperr-Zeitüberschreitung, wiederholt)</translation>
    </message>
    <message>
        <source>step took %1 ms</source>
        <translation>Schritt dauerte %1 ms</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run the first step before skipping: the journal starts with it.</source>
        <translation>Führen Sie den ersten Schritt aus, bevor Sie überspringen: Mit ihm beginnt das Journal.</translation>
    </message>
    <message>
        <source>skipped in the Runbook tab</source>
        <translation>im Reiter „Runbook“ übersprungen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Step %1, line %2. Lock: %3.</source>
        <translation>Schritt %1, Zeile %2. Sperre: %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Can lose data: %1 Type “%2” to confirm.</source>
        <translation>Kann Daten verlieren: %1 Geben Sie zur Bestätigung „%2“ ein.</translation>
    </message>
    <message>
        <source>Step %1 can lose data. Type the table name “%2” to confirm:</source>
        <translation>Schritt %1 kann Daten verlieren. Geben Sie zur Bestätigung den Tabellennamen „%2“ ein:</translation>
    </message>
    <message>
        <source>Run step %1</source>
        <translation>Schritt %1 ausführen</translation>
    </message>
    <message>
        <source>Lock levels from the script alone (the catalog could not be read: %1).</source>
        <translation>Sperrstufen nur aus dem Skript (der Katalog konnte nicht gelesen werden: %1).</translation>
    </message>
    <message>
        <source>Roll back what ran</source>
        <translation>Ausgeführtes zurücknehmen</translation>
    </message>
    <message>
        <source>Build the guided rollback of this run (inverse script and restores from its backups, with its own pre-flight) and load it as the next runbook (%1).</source>
        <translation>Die geführte Rücknahme dieses Laufs bauen (Umkehrskript und Wiederherstellungen aus seinen Sicherungen, mit eigener Vorabprüfung) und als nächstes Runbook laden (%1).</translation>
    </message>
    <message>
        <source>The pre-flight found problems that make a step fail as things are; fix them first.</source>
        <translation>Die Vorabprüfung hat Probleme gefunden, an denen ein Schritt beim jetzigen Stand scheitert; beheben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Pre-flight: %1</source>
        <translation>Vorabprüfung: %1</translation>
    </message>
    <message>
        <source>Rewrites the table and rebuilds its indexes while it holds the lock.</source>
        <translation>Schreibt die Tabelle neu und baut ihre Indizes neu auf, während die Sperre gehalten wird.</translation>
    </message>
    <message>
        <source>Scans the whole table while it holds the lock.</source>
        <translation>Liest die ganze Tabelle, während die Sperre gehalten wird.</translation>
    </message>
    <message>
        <source>Rough time from the live statistics: about %1 s.</source>
        <translation>Grobe Dauer nach den aktuellen Statistiken: etwa %1 s.</translation>
    </message>
    <message>
        <source>Rough time from the live statistics: under a second.</source>
        <translation>Grobe Dauer nach den aktuellen Statistiken: unter einer Sekunde.</translation>
    </message>
    <message>
        <source>Pre-flight of this step:</source>
        <translation>Vorabprüfung dieses Schritts:</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>Prüfbericht …</translation>
    </message>
    <message>
        <source>Save the audit report of this run: tables and keys before and after, pre-flight, the SQL that ran with timings, backups with counts and checksums, and the way back (Markdown or HTML).</source>
        <translation>Den Prüfbericht dieses Laufs speichern: Tabellen und Schlüssel vorher und nachher, Vorabprüfung, das ausgeführte SQL mit Zeiten, Sicherungen mit Zeilenzahlen und Prüfsummen und der Rückweg (Markdown oder HTML).</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Audit report written to %1.</source>
        <translation>Prüfbericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the audit report %1: %2</source>
        <translation>Der Prüfbericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Run against this connection</source>
        <translation>Gegen diese Verbindung ausführen</translation>
    </message>
    <message>
        <source>Tie this runbook to the database the window is connected to now and read that database&apos;s catalog again.</source>
        <translation>Dieses Runbook an die Datenbank binden, mit der das Fenster jetzt verbunden ist, und deren Katalog neu lesen.</translation>
    </message>
    <message>
        <source>This runbook is built for %1. Connect to it again to run it.</source>
        <translation>Dieses Runbook wurde für %1 erstellt. Verbinden Sie sich wieder damit, um es auszuführen.</translation>
    </message>
    <message>
        <source>This run belongs to %1; the window is now connected to %2. Connect to %1 again to go on with it.</source>
        <translation>Dieser Lauf gehört zu %1; das Fenster ist jetzt mit %2 verbunden. Verbinden Sie sich wieder mit %1, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>This runbook is built for %1; the window is now connected to %2. It does not run against another database: press “%3” to build it for %2, or connect to %1 again.</source>
        <translation>Dieses Runbook wurde für %1 erstellt; das Fenster ist jetzt mit %2 verbunden. Es läuft nicht gegen eine andere Datenbank: Drücken Sie „%3“, um es für %2 zu erstellen, oder verbinden Sie sich wieder mit %1.</translation>
    </message>
    <message>
        <source>Stopped before the first step: nothing ran, and there is no journal to resume.</source>
        <translation>Vor dem ersten Schritt angehalten: Nichts wurde ausgeführt, und es gibt kein Journal zum Fortsetzen.</translation>
    </message>
    <message>
        <source>Stopped. The journal %1 can be resumed later (strata-cli resume).</source>
        <translation>Angehalten. Das Journal %1 kann später fortgesetzt werden (strata-cli resume).</translation>
    </message>
    <message>
        <source>Ledger: %1, in a transaction of its own, as %2 writes it.</source>
        <translation>Ledger: %1, in einer eigenen Transaktion, so wie %2 es schreibt.</translation>
    </message>
    <message>
        <source>Ledger: %1, in the same transaction as the step&apos;s statements, as %2 writes it.</source>
        <translation>Ledger: %1, in derselben Transaktion wie die Anweisungen des Schritts, so wie %2 es schreibt.</translation>
    </message>
    <message>
        <source>The ledger says this must not run. To run it anyway, type “%1”:</source>
        <translation>Laut Ledger darf dies nicht laufen. Um es trotzdem auszuführen, geben Sie „%1“ ein:</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>Nothing runs unless you type “%1” to override the ledger.</source>
        <translation>Es läuft nichts, solange Sie nicht „%1“ eingeben, um das Ledger zu übergehen.</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>Ledger: %1</translation>
    </message>
    <message>
        <source>One step per statement</source>
        <translation>Ein Schritt pro Anweisung</translation>
    </message>
    <message>
        <source>The migration&apos;s tool runs it in one transaction. Split it into one step per statement only if you want to confirm each: every step then says which key a table goes without until a later step.</source>
        <translation>Das Werkzeug der Migration führt sie in einer Transaktion aus. Teilen Sie sie nur dann in einen Schritt pro Anweisung auf, wenn Sie jeden bestätigen möchten: Jeder Schritt nennt dann, welcher Schlüssel einer Tabelle bis zu einem späteren Schritt fehlt.</translation>
    </message>
    <message>
        <source>Step %1 backs up %2 with %3 before step %4 writes to it, then reads the file back to verify it.</source>
        <translation>Schritt %1 sichert %2 mit %3, bevor Schritt %4 darauf schreibt, und liest die Datei danach zur Prüfung zurück.</translation>
    </message>
    <message>
        <source>Estimate from the live statistics: %1.</source>
        <translation>Schätzung aus den aktuellen Statistiken: %1.</translation>
    </message>
    <message>
        <source>Skipped by the operator: %1 is NOT backed up and cannot be restored from this run.</source>
        <translation>Vom Bediener übersprungen: %1 ist NICHT gesichert und kann aus diesem Lauf nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Gesichert: %1</translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes, method %3.</source>
        <translation>%1 Zeilen, %2 Bytes, Methode %3.</translation>
    </message>
    <message>
        <source>sha256 %1</source>
        <translation>sha256 %1</translation>
    </message>
    <message>
        <source>Verified: the file&apos;s checksum matches the manifest and it holds the %1 rows counted in the same snapshot.</source>
        <translation>Geprüft: Die Prüfsumme der Datei stimmt mit dem Manifest überein, und sie enthält die %1 Zeilen, die im selben Schnappschuss gezählt wurden.</translation>
    </message>
    <message>
        <source>Skipping it leaves the table without a backup: type its name “%1” and press Skip.</source>
        <translation>Beim Überspringen bleibt die Tabelle ohne Sicherung: Geben Sie ihren Namen „%1“ ein und klicken Sie auf „Überspringen“.</translation>
    </message>
    <message>
        <source>To skip the backup of %1, type its name:</source>
        <translation>Um die Sicherung von %1 zu überspringen, geben Sie ihren Namen ein:</translation>
    </message>
</context>
<context>
    <name>strata::Session</name>
    <message>
        <source>Not connected to a database.</source>
        <translation>Nicht mit einer Datenbank verbunden.</translation>
    </message>
</context>
<context>
    <name>strata::SqlView</name>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
</context>
<context>
    <name>strata::SquashView</name>
    <message>
        <source>The migration folder with the full chain</source>
        <translation>Der Migrationsordner mit der vollständigen Kette</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner …</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei …</translation>
    </message>
    <message>
        <source>Tool of the folder</source>
        <translation>Werkzeug des Ordners</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <source>Ledger surgery for:</source>
        <translation>Eingriff in die Ledger-Tabelle für:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was sich unterscheidet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Files and lines</source>
        <translation>Dateien und Zeilen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>The ledger surgery script appears here when the baseline is equivalent.</source>
        <translation>Das Skript für den Eingriff in die Ledger-Tabelle erscheint hier, wenn die Baseline gleichwertig ist.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Consolidation report</source>
        <translation>Konsolidierungsbericht</translation>
    </message>
    <message>
        <source>Ledger surgery</source>
        <translation>Eingriff in die Ledger-Tabelle</translation>
    </message>
    <message>
        <source>Migration folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Baseline folder</source>
        <translation>Ordner der Baseline</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte …</translation>
    </message>
    <message>
        <source>No ledger surgery is known for this folder&apos;s tool; choose one.</source>
        <translation>Für das Werkzeug dieses Ordners ist kein Eingriff in die Ledger-Tabelle bekannt; wählen Sie eines.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>The check could not be completed.</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Identical: the baseline gives the same schema as the chain (%n object(s)).</source>
        <translation>
            <numerusform>Identisch: Die Baseline ergibt dasselbe Schema wie die Kette (%n Objekt).</numerusform>
            <numerusform>Identisch: Die Baseline ergibt dasselbe Schema wie die Kette (%n Objekte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not equivalent: %n difference(s).</source>
        <translation>
            <numerusform>Nicht gleichwertig: %n Unterschied.</numerusform>
            <numerusform>Nicht gleichwertig: %n Unterschiede.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the runbook…</source>
        <translation>Im Runbook öffnen …</translation>
    </message>
    <message>
        <source>Ledger surgery runs only through the Runbook tab, one step at a time.</source>
        <translation>Der Eingriff in die Ledger-Tabelle läuft nur über den Reiter „Runbook“, ein Schritt nach dem anderen.</translation>
    </message>
    <message>
        <source>ledger surgery for %1</source>
        <translation>Eingriff in die Ledger-Tabelle für %1</translation>
    </message>
    <message>
        <source>Filter differences and findings (object, kind, file, text)</source>
        <translation>Unterschiede und Befunde filtern (Objekt, Art, Datei, Text)</translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation>Unterschiede (%1)</translation>
    </message>
    <message>
        <source>Consolidation report (%1)</source>
        <translation>Konsolidierungsbericht (%1)</translation>
    </message>
    <message>
        <source>The candidate baseline: a .sql file or a folder (empty: audit the chain alone)</source>
        <translation>Die vorgesehene Baseline: eine .sql-Datei oder ein Ordner (leer: nur die Kette prüfen)</translation>
    </message>
    <message>
        <source>Pick the chain and a baseline, then Check. With only the chain, Check audits it.</source>
        <translation>Wählen Sie die Kette und eine Baseline, dann Prüfen. Ist nur die Kette gewählt, wird nur sie geprüft.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Migrations (%1)</source>
        <translation>Migrationen (%1)</translation>
    </message>
    <message>
        <source>Pick the migration folder first.</source>
        <translation>Wählen Sie zuerst den Migrationsordner.</translation>
    </message>
    <message>
        <source>a private scratch server</source>
        <translation>einem privaten Hilfsserver</translation>
    </message>
    <message>
        <source>Auditing the chain (replay on %1)…</source>
        <translation>Prüfe die Kette (Wiedergabe auf %1) …</translation>
    </message>
    <message>
        <source>Replaying the chain and the baseline on %1…</source>
        <translation>Kette und Baseline werden auf %1 wiedergegeben …</translation>
    </message>
    <message>
        <source>The audit could not be completed.</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>in a transaction</source>
        <translation>in einer Transaktion</translation>
    </message>
    <message>
        <source>outside (%1)</source>
        <translation>außerhalb (%1)</translation>
    </message>
    <message>
        <source>the chain replays.</source>
        <translation>die Kette lässt sich wiedergeben.</translation>
    </message>
    <message>
        <source>the replay could not run: %1</source>
        <translation>die Wiedergabe konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>the replay stops at %1, line %2.</source>
        <translation>die Wiedergabe bricht bei %1, Zeile %2, ab.</translation>
    </message>
    <message numerus="yes">
        <source>Audit of %n migration(s): %1 blocking, %2 warning(s), %3 info; %4</source>
        <translation>
            <numerusform>Prüfung von %n Migration: %1 blockierend, %2 Warnung(en), %3 Info; %4</numerusform>
            <numerusform>Prüfung von %n Migrationen: %1 blockierend, %2 Warnung(en), %3 Info; %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::StartPage</name>
    <message>
        <source>&lt;h1&gt;Strata&lt;/h1&gt;&lt;p&gt;Review a PostgreSQL schema before you change it: migration history, schema diffs, pre-flight checks and guided runbooks.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Strata&lt;/h1&gt;&lt;p&gt;Prüfen Sie ein PostgreSQL-Schema, bevor Sie es ändern: Migrationshistorie, Schemavergleiche, Vorabprüfungen und geführte Runbooks.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>A private PostgreSQL server with a multi-tenant support-desk schema and one risky pending migration.</source>
        <translation>Ein privater PostgreSQL-Server mit dem mandantenfähigen Schema eines Helpdesks und einer riskanten ausstehenden Migration.</translation>
    </message>
    <message>
        <source>Connect to a database…</source>
        <translation>Mit einer Datenbank verbinden …</translation>
    </message>
    <message>
        <source>libpq URIs, key=value strings, service files and ~/.pgpass. Review sessions are read-only.</source>
        <translation>libpq-URIs, Schlüssel=Wert-Zeichenketten, Dienstdateien und ~/.pgpass. Prüfsitzungen sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte Verbindungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>strata::ViewActions</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Charts are saved as .png or .svg files.</source>
        <translation>Diagramme werden als .png- oder .svg-Dateien gespeichert.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern …</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Diagramm als SVG speichern …</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
</context>
<context>
    <name>strata::catalog::nodes</name>
    <message>
        <source>The expression is empty.</source>
        <translation>Der Ausdruck ist leer.</translation>
    </message>
    <message>
        <source>Unexpected text after the expression.</source>
        <translation>Unerwarteter Text nach dem Ausdruck.</translation>
    </message>
    <message>
        <source>The expression is nested too deeply.</source>
        <translation>Der Ausdruck ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>Unexpected “%1” in the expression.</source>
        <translation>Unerwartetes „%1“ im Ausdruck.</translation>
    </message>
    <message>
        <source>An expression node has no type.</source>
        <translation>Ein Knoten des Ausdrucks hat keinen Typ.</translation>
    </message>
    <message>
        <source>The expression ends inside a node.</source>
        <translation>Der Ausdruck endet innerhalb eines Knotens.</translation>
    </message>
    <message>
        <source>Expected a field name, found “%1”.</source>
        <translation>Feldname erwartet, „%1“ gefunden.</translation>
    </message>
    <message>
        <source>The expression ends inside a constant.</source>
        <translation>Der Ausdruck endet innerhalb einer Konstante.</translation>
    </message>
    <message>
        <source>A constant holds “%1”, which is not a byte.</source>
        <translation>Eine Konstante enthält „%1“, das kein Byte ist.</translation>
    </message>
    <message>
        <source>The expression ends inside a list.</source>
        <translation>Der Ausdruck endet innerhalb einer Liste.</translation>
    </message>
</context>
<context>
    <name>strata::fleet::FleetTargetsModel</name>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>abgewichen</translation>
    </message>
    <message>
        <source>failed/dirty</source>
        <translation>fehlgeschlagen/unvollständig</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Schema %1 of %2</source>
        <translation>Schema %1 von %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>would fail: %1</source>
        <translation>würde scheitern: %1</translation>
    </message>
    <message numerus="yes">
        <source>ok, %n warning(s)</source>
        <translation>
            <numerusform>ok, %n Warnung</numerusform>
            <numerusform>ok, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
</context>
</TS>
