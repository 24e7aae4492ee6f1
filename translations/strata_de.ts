<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AlembicFolder</name>
    <message>
        <source>“%1”, line %2: the value of %3 is not a string, a tuple of strings or None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”, line %2: revision must be one non-empty string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” assigns no revision identifier; it is not an Alembic revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” assigns no down_revision; it is read as a base revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision %1 of “%2” is also defined by “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” refers to revision %2, which no file defines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision %1 (“%2”) is its own ancestor.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the backup manifest %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Strata backup manifest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup manifest %1 has an invalid entry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>Cannot read the backup file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup of %1 is damaged: its checksum does not match the manifest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected sha256 %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup of %1 does not hold the table's data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown backup method “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup of %1 has %2 rows; the table had %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder that can be written. Nothing runs without a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to the backup folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start pg_dump: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_dump could not back up %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the backup file %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogProbe</name>
    <message>
        <source>pid %1 (%2, %3) holds %4 on %5: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no application name</source>
        <translation type="unfinished" />
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
        <source>The statement ran longer than the session's statement_timeout allows.</source>
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
    <name>CopyIo</name>
    <message>
        <source>Cannot write the backup file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The binary COPY data is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no PGCOPY signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>short header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>short header extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing trailer after %1 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negative field count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data after the trailer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <source>Rollback to %1 is possible with today's data: index %2 still enforces it (0 collisions). After the forward step, rows that differ only in (%3) can be inserted, and from then on restoring the old key fails. Run this check again before rolling back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No duplicates possible: the existing unique index %1 already covers a subset of the new key. No scan needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER COLUMN TYPE will fail: at least one value of %1 cannot be converted (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix or convert the offending values first, or give a USING expression that handles them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data check “%1” could not run: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raise the check timeout, or run the check on a replica.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 values per colliding group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will fail: %2 groups of duplicate values (%3 rows) on the new key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No duplicates on the new key %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De-duplicate first (merge or rename the rows listed below), or include a distinguishing column in the key. Until then the index build fails%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; rows with a NULL in any key column never collide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollback is NOT possible with today's data: restoring %1 would find %2 colliding groups (%3 rows) that differ only in (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollback to %1 is possible with today's data (0 collisions). Run this check again before rolling back: new rows may collide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide before the forward step: the down migration needs a de-duplication step (rename or merge the rows below), or the old key must stay scoped differently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will fail: %2 rows have NULL in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No NULLs in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backfill the NULL rows (in batches) before adding the constraint, or delete them if they are garbage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NULLs per column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows of %2 have no matching row in %3: the constraint is added NOT VALID, but VALIDATE CONSTRAINT will fail until they are fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%4 will fail: %1 rows of %2 have no matching row in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every row of %1 has its parent in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert the missing parents, set the orphans' key to NULL, or delete them; add the constraint NOT VALID to protect new rows meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing parent key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows violate %2: it is added NOT VALID, but VALIDATE CONSTRAINT will fail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows violate %2: adding it will fail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No row violates %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the rows below first; add the CHECK NOT VALID meanwhile so new rows are checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER COLUMN TYPE will fail: %1 values of %2 cannot be converted to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every value of %1 converts to %2 (the cast was tried on all rows).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every value of %1 converts to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will fail: %2 has rows, and they would get NULL in a NOT NULL column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty: adding a NOT NULL column without default works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the column with a DEFAULT, or nullable; backfill; then add NOT NULL.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DbmateFormat</name>
    <message>
        <source>“%1” is not a dbmate migration name (expected &lt;version&gt;_&lt;name&gt;.sql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has more than one “-- migrate:up” section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”: unknown dbmate option “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no “-- migrate:up” section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The migration folder “%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” exists and is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already exists with other content; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an empty folder for the demo project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No folder was given for the demo project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” exists and is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo project is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo database needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applying %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the seed data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo database is ready.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DjangoFolder</name>
    <message>
        <source>“%1” is not a numbered Django migration (expected NNNN_name.py).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” defines no Migration class; Django would refuse to load it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <source>The runbook needs PostgreSQL 10 or newer (txid_status); the server runs %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This journal belongs to the database “%1” on another server; it cannot be resumed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>journal: %1 (system %2); connected: %3 (system %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal %1 already exists. Resume it, or choose a new journal file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal's runbook does not match its checksum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This journal belongs to a different runbook (sha256 %1, the given one is %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pid %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session of the earlier run is still working on this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for it to finish and resume again, or resume with --terminate-stale to end it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 was interrupted before COMMIT was sent: it did not commit and will run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server no longer knows whether step %1 (transaction %2) committed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the step's effect by hand, then resume with --mark-done %1 or --rerun %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 committed (transaction %2) before the interruption: it is done and will not run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 did not commit (transaction %2 aborted): it will run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1's transaction %2 is still in progress on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume again once it has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 had finished: %2 is in place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 was interrupted and left the INVALID index %2; drop it before running the step again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 had not taken effect: it will run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 may have run; running it again is harmless.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 ran outside a transaction and was interrupted; Strata cannot tell whether it took effect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check its effect by hand, then resume with --mark-done %1 or --rerun %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 is not in doubt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator marked step %1 as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator chose to run step %1 again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 did not run: the backup of %2 failed. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every step of the runbook is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 is in doubt; resume the runbook to resolve it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 left the INVALID index %2; drop it before running the step again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 can lose data (%2) and needs the table name “%3” typed to confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnecting failed: %1 Resume the runbook once the server is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 is in doubt and cannot be skipped before it is resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no INVALID index to drop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The index %1 is valid; Strata drops only INVALID indexes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped the INVALID index %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlywayFolder</name>
    <message>
        <source>“%1” is not a Flyway migration name (expected V&lt;version&gt;__&lt;description&gt;.sql, U…, B… or R__&lt;description&gt;.sql); Flyway ignores it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repeatable migration “%1” is also defined by “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderFormat</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text (first bad byte on line %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The migration folder “%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The migration folder “%1” cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of “%2” is also used by “%3”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GolangMigrateFolder</name>
    <message>
        <source>“%1” is not a golang-migrate file name (expected &lt;number&gt;_&lt;title&gt;.up.sql or .down.sql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no matching .up.sql file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version of “%1” does not fit in 64 bits.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GolangMigrateLedger</name>
    <message>
        <source>golang-migrate keeps one row in %1, but it has %2; the highest version counts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ghost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dirty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out of order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>golang-migrate marked version %1 dirty: it failed half-way and needs a manual fix and “force”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ledger's current version %1 has no file in the folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is at revision %1, which no file in the folder defines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covered by the baseline at version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A earlier run was rolled back; it will run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tool recorded this migration as failed or unfinished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tool recorded this migration as failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied, but its script %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repeatable script changed since it last ran; it will run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file changed after it was applied (checksum %1 in the ledger, %2 on disk).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tool recorded this migration as failed, and its file is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the ledger, but no file in the folder (deleted, renamed or squashed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied after %1, a later version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applied, although the later %1 is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryLoader</name>
    <message>
        <source>Looking for migration ledgers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the migration folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strata does not recognise the migration format of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the format by hand (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joining ledger and files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database has no migration ledger Strata knows, and no folder was given.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Introspector</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema snapshots need PostgreSQL 14 or newer; this server runs %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot complete.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot open the journal's folder %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot flush the journal's folder to disk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal %1 already exists. Resume it, or choose a new journal file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder for the journal %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot repair the journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal %1 is damaged at line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Strata runbook journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 of the journal %2 belongs to a different runbook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the journal %1 for writing: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing more runs until the journal can be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot flush the journal %1 to disk: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LedgerReader</name>
    <message>
        <source>Could not look for migration ledgers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the ledger %1.%2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LintRules</name>
    <message>
        <source>%1 waits for a %2 lock with no lock_timeout set. While it waits in the lock queue, every later query on %3 waits behind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the migration with SET lock_timeout = '2s'; (and retry on timeout), so a long-running transaction cannot turn the wait into an outage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds a %2 lock while it scans or rewrites %3, and no statement_timeout is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set statement_timeout for the migration (SET statement_timeout = '15min';) so a slower-than-expected step is stopped instead of blocking for hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CREATE INDEX %1 without CONCURRENTLY takes a SHARE lock on %2: writes are blocked for the whole build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use CREATE INDEX CONCURRENTLY (outside a transaction block). It takes SHARE UPDATE EXCLUSIVE, so reads and writes continue; if it fails, drop the INVALID index and retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DROP INDEX %1 without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use DROP INDEX CONCURRENTLY (outside a transaction block).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding %1 validates every existing row of %2 while holding a %3 lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the constraint with NOT VALID (brief lock, new rows are checked), then run ALTER TABLE %1 VALIDATE CONSTRAINT %2; in a separate step: validation takes only SHARE UPDATE EXCLUSIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SET NOT NULL on %1.%2 scans the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First ADD CONSTRAINT %1_not_null CHECK (%1 IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE); then SET NOT NULL, which PostgreSQL 12+ proves from the valid CHECK without a scan; then drop the CHECK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 is added with a volatile default (%2): PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the column without a default (or with a constant one), set the default separately, and backfill existing rows in small batches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 is added as NOT NULL without a default: this fails as soon as the table has a row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the column nullable (or with a constant DEFAULT), backfill, then add NOT NULL through a validated CHECK constraint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 is added as serial/identity: every row gets a value, which rewrites the table and builds an index under ACCESS EXCLUSIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a nullable bigint column, backfill in batches from a sequence, build a unique index CONCURRENTLY, then add the key USING INDEX.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADD PRIMARY KEY on %1 builds its index while holding ACCESS EXCLUSIVE: reads and writes stop for the whole build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY on the key columns first, then ALTER TABLE %1 ADD CONSTRAINT ... PRIMARY KEY USING INDEX &lt;index&gt; (a brief lock).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADD UNIQUE on %1 builds its index while holding ACCESS EXCLUSIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE %1 ADD CONSTRAINT ... UNIQUE USING INDEX &lt;index&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing %1 from %2 to %3 rewrites %4 and rebuilds its indexes under an ACCESS EXCLUSIVE lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a new column of the new type, keep both in sync (trigger or application), backfill in batches, then switch readers and drop the old column. Binary-coercible changes (varchar(n) to a larger n or to text) need no rewrite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renaming column %1 to %2 breaks every running client that still uses the old name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the new column and migrate readers and writers first (or a view with the old name), then drop the old one in a later release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renaming table %1 to %2 breaks every running client that still uses the old name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename, then create a view with the old name for the transition, or deploy code that reads both names first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropping column %1 breaks clients that still select it, and its data is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop using the column in all deployed code first; keep a backup of the table; drop it in a later release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropping table %1 deletes its data and breaks clients that still use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename it first and drop it a release later, or take a backup (Strata's runbook does) before the step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DROP DATABASE in a migration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop databases by hand, never from a migration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DROP NOT NULL on %1: code that relies on the column never being NULL may break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the readers of this column before relaxing the constraint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRUNCATE ... CASCADE also empties every table that references %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Truncate the dependent tables explicitly, so the statement says what it deletes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 uses char(n): values are padded with blanks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use text (with a CHECK on length if needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 is %2: identifiers and counters outgrow 32 bits, and changing it later rewrites the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use bigint for identifiers and counters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 is %2: raising the limit later is cheap, lowering it rewrites the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use text with a CHECK (length(...) &lt;= n) constraint, which can be changed without a rewrite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 is timestamp without time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use timestamptz, which stores an absolute point in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 uses a serial type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use bigint GENERATED BY DEFAULT AS IDENTITY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not re-runnable: after a failure half-way the retry fails too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use IF NOT EXISTS / IF EXISTS for steps that run outside a transaction (CONCURRENTLY).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BEGIN inside an open transaction block: the inner BEGIN is ignored and its COMMIT ends the outer transaction early.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use one transaction per migration, or SAVEPOINTs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rewrites %2 under an ACCESS EXCLUSIVE lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule it in a maintenance window, or use an online alternative (pg_repack for rewrites of large tables).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New value %1 of enum %2 sorts %3. Enums sort by declaration order, not alphabetically: ORDER BY, comparisons and range checks on the type see the new order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the position is intended; use BEFORE/AFTER to place it. Values cannot be removed or reordered later without recreating the type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER TYPE %1 ADD VALUE %2 runs inside a transaction block: the new value cannot be used until that transaction commits ("unsafe use of new value").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run ADD VALUE in its own migration step, committed before any statement that uses the value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Index %1 on %2 is INVALID (left behind by a failed CREATE INDEX CONCURRENTLY): it enforces nothing and slows down writes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY %1; then create it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot run inside a transaction block: it will fail with "cannot run inside a transaction block".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move it out of BEGIN ... COMMIT (or mark the migration as non-transactional, e.g. dbmate's transaction:false).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will fail: a relation named %2 already exists in schema %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another name, drop the old object first, or add IF NOT EXISTS when the existing one is equivalent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will fail: %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the name and schema (search_path is %1), or that an earlier migration created it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADD COLUMN %1 will fail: %2 already has a column with that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use ADD COLUMN IF NOT EXISTS if the existing column is the same, or pick another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will fail: column %2 does not exist in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the column name (it is case-sensitive when quoted) or the migration that should have added it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADD CONSTRAINT %1 will fail: %2 already has a constraint (or index) with that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop or rename the existing one first, or choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will fail: %2 has no constraint or index named %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use IF EXISTS, or check the name in the current schema.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADD VALUE %1 will fail: enum %2 already has that value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use ADD VALUE IF NOT EXISTS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADD VALUE ... %1 %2 will fail: enum %3 has no value %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Existing values: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right now backend %1 (%2, %3, transaction open for %4 s) holds %5 on %6, which conflicts with the %7 lock this migration needs. Query: %8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for it to finish, or ask its owner; with lock_timeout set the migration gives up instead of queueing every other query behind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backend %1 has had a transaction open for %2 s touching %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any ACCESS EXCLUSIVE step waits for it. Run the migration when it has ended.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockTable</name>
    <message>
        <source>blocks all reads and writes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocks writes and most reads (plain SELECT still runs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocks writes (INSERT, UPDATE, DELETE); reads continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocks other schema changes and VACUUM; reads and writes continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocks only conflicting schema changes</source>
        <translation type="unfinished" />
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
        <source>Schema diff</source>
        <translation>Schemavergleich</translation>
    </message>
    <message>
        <source>Compare this database with another database, a saved snapshot or a migration folder replayed on a private server, and get an ordered script with its hazards.</source>
        <translation>Vergleichen Sie diese Datenbank mit einer anderen Datenbank, einem gespeicherten Schnappschuss oder einem auf einem privaten Server abgespielten Migrationsordner und erhalten Sie ein geordnetes Skript mit seinen Risiken.</translation>
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
        <source>Before DDL runs: rows that would collide on a new key, NULLs before SET NOT NULL, foreign-key orphans, lock levels, rewrites, and whether a rollback stays possible.</source>
        <translation>Bevor DDL läuft: Zeilen, die bei einem neuen Schlüssel kollidieren würden, NULL-Werte vor SET NOT NULL, verwaiste Fremdschlüssel, Sperrstufen, Neuschreibungen und ob ein Rollback möglich bleibt.</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Step through forward DDL with confirmation per step, verified table backups first, a crash-safe journal and a guided rollback.</source>
        <translation>DDL Schritt für Schritt ausführen, mit Bestätigung je Schritt, zuvor geprüften Tabellensicherungen, einem absturzsicheren Journal und einem geführten Rollback.</translation>
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
</context>
<context>
    <name>ParseTree</name>
    <message>
        <source>Syntax error at line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PgRestoreStream</name>
    <message>
        <source>No pg_restore of version %1 or newer is installed; it is needed to read the pg_dump backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start pg_restore: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_restore could not read the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_restore's output ends in the middle of a line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup's data ends inside a COPY block.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlainSqlFolder</name>
    <message>
        <source>“%1” does not start with a number; it is not part of the numbered history.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>data loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACCESS EXCLUSIVE lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table rewrite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>full table scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>index build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>~%1 rows</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Generated by Strata: %n step(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HAZARD: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs outside a transaction block.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The comment as in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The owner as in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privileges as in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column's comment as in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped to be created again after the objects it reads have changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CREATE OR REPLACE keeps the view's dependants: its columns only grow at the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 as in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Populating it runs the query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped to be created again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger %1 does not exist in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger %1 as in the target; creating it takes a SHARE ROW EXCLUSIVE lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trigger fires as in the target (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The owner is no longer subject to the policies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row level security is off in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 does not exist in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 as in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row level security is on in the target; turned on after its policies exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table owner is subject to the policies too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema %1 exists only in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema %1 does not exist in the target; it is dropped after everything in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extension %1 exists only in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extension %1 does not exist in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The extension moves to schema %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The extension is updated from version %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type %1 changes its kind; drop and create it by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds the enum value %1 in place; runs outside a transaction so that later steps can use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enum values are removed or reordered, which ALTER TYPE cannot do: the old type is renamed and a new one created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The enum with the target's values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default refers to the old enum; it is set again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converts the column to the new enum; rows holding a removed value make this step fail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default again, now of the new enum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The renamed old enum is no longer used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain %1 changes its base type or collation, which ALTER DOMAIN cannot do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain's default changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain's NOT NULL changes; setting it checks every column of the domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constraint %1 of the domain is dropped or changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks the existing values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added NOT VALID: new values are checked at once, existing ones by a separate step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks the existing values of every column of the domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attribute %1 is not in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attribute %1 is new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attribute %1 changes its type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range type %1 differs; range types cannot be altered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type %1 exists only in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A constraint that is NOT VALID in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type %1 does not exist in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequence %1 exists only in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sequence belongs to its column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequence %1 does not exist in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sequence's options change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column that owns the sequence changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The result type or the argument list changes, which CREATE OR REPLACE cannot do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists only in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The definition of %1 changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Function bodies may refer to tables created later in this script.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> The table has about %1 rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table %1 changes its partitioning, which needs the table dropped and created again: its rows are lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detached concurrently (outside a transaction) so that the parent table stays usable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detaches the partition before it is dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped to be created again with the target's definition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table %1 does not exist in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New partition of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table %1 exists only in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Creating a partition locks the parent table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partition's column is NOT NULL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partition's column has its own default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partition moves or changes its bounds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 does not exist in the target; its values are lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 is new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Every row gets a computed value, which rewrites the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> NOT NULL without a default fails when the table has rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The generation expression of %1 changes: the column is dropped and added again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds %1 with the target's generation expression; every row is computed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1.%2 was recreated; its position in the table changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 keeps its values but is no longer generated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 is no longer an identity column; its sequence is dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default of %1 changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default of %1 is set again after the type change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 changes from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> The table and its indexes are rewritten under an ACCESS EXCLUSIVE lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A temporary NOT VALID check lets SET NOT NULL skip its full scan under the exclusive lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks the existing rows while reads and writes go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the validated check instead of scanning the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The temporary check is no longer needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks every row under the exclusive lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 accepts NULL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 becomes an identity column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity column becomes GENERATED %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity sequence's options change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity sequence is renamed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sets the default of %1; existing rows keep their values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1.%2 differs in whether it is inherited; that is not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table %1 has its columns in another order; the plan keeps the current order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes whether the table is written to the WAL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage options the target does not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target's storage options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attaching scans the partition to check its bounds unless a matching CHECK constraint exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constraint %1 does not exist in the target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constraint %1 is dropped to be added again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks the existing rows without blocking writes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Builds the constraint's index concurrently (outside a transaction) without blocking writes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns the new index into the constraint; only a brief exclusive lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Columns that allow NULL are scanned to set NOT NULL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constraint of a new table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Builds the constraint's index under an exclusive lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exclusion constraints cannot be added NOT VALID or from an existing index.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added NOT VALID: only new rows are checked now, under a brief lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks every existing row while holding the lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks the existing rows under SHARE UPDATE EXCLUSIVE: reads and writes go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped concurrently (outside a transaction) so that queries are not blocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Index %1 is dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built concurrently (outside a transaction): writes go on while it builds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Index of a new relation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built under a SHARE lock: writes wait until it is done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrismaFolder</name>
    <message>
        <source>migration_lock.toml names the provider “%1”, not PostgreSQL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Prisma migration folder “%1” has no migration.sql.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” does not start with a timestamp; Prisma orders it by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has the same timestamp as “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RailsFolder</name>
    <message>
        <source>“%1” is not a Rails migration name (expected &lt;version&gt;_&lt;snake_case_name&gt;.rb).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” defines no ActiveRecord::Migration class.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>rewrite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>index build</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>BLOCKED: %n blocking finding(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>PROCEED WITH CARE: %n warning(s), nothing blocking</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>OK: nothing blocking, no warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>~%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>~%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>~%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># Migration pre-flight audit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Verdict:** %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Database:** %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (offline analysis: locks and lints only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Generated:** %1 UTC by Strata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Statements:** %1; **data checks:** %2 (%3 ms, read-only transaction, ACCESS SHARE locks only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>## Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>## Statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (rough)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>## Tables touched (live statistics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never analyzed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total with indexes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>## Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement %1 (line %2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Check:** %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Safe alternative:** %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colliding groups:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breakdown by %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample rows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Query used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>## Style notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>## Locks held on these tables right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xact s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock levels per the PostgreSQL documentation for each statement form; times are rough estimates from reltuples/relpages/pg_relation_size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration pre-flight audit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offline analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safe alternative:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Runbook</name>
    <message>
        <source>The runbook is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format_version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>steps are not numbered 1, 2, 3, ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step %1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its sha256 does not match its steps (edited by hand?)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunbookBuilder</name>
    <message>
        <source>Changes the type of column %1 of %2: a narrower type can cut or round values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drops the primary key %1 of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The script has no statements to run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no “-- migrate:down” section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has an empty %2 section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaces every row of %1 with the rows of the backup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>Schemas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materialized views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>SectionRunner</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: the section could not be split into statements.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot file is damaged or was not written by Strata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field “%1” should be %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry “%1” should be an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Strata snapshot file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds JSON, but not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The “format” field is not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The “format_version” field is missing or not a positive whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This snapshot was written by a newer Strata (format version %1; this Strata reads up to version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update Strata to read it, or take the snapshot again with this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object of objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the snapshot to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the snapshot file “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqitchFolder</name>
    <message>
        <source>“%1” has no sqitch.plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sqitch.plan, line %1: the tag @%2 comes before any change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sqitch.plan, line %1 is neither a change, a tag nor a pragma.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sqitch.plan, line %1: the change “%2” appears again without a tag in between.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deploy script “%1” of the change “%2” is missing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqitchLedger</name>
    <message>
        <source>The sqitch events table in schema “%1” could not be read: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqlSplitter</name>
    <message>
        <source>Syntax error at line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqlxFolder</name>
    <message>
        <source>“%1” is not an sqlx migration name (expected &lt;version&gt;_&lt;description&gt;.sql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no matching .up.sql file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version of “%1” does not fit in a signed 64-bit integer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatementAnalyzer</name>
    <message>
        <source>%1 → %2 is binary-coercible: no table rewrite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already proven NOT NULL (column constraint or a valid CHECK): no scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last, after %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first, before %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>order: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatementClassifier</name>
    <message>
        <source>Drops column %1 of %2 and its data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drops %1 and all its data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drops schema %1 and everything in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DROP ... CASCADE also drops every object that depends on %1, including table columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UPDATE without WHERE changes every row of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DELETE without WHERE removes every row of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRUNCATE removes every row of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drops database %1 and all its data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DROP OWNED drops every object the role owns, including tables and their data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BEGIN at line %1 is inside the transaction opened at line %2; PostgreSQL ignores it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement at line %1 cannot run inside a transaction block (opened at line %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transaction opened at line %1 is never committed or rolled back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at line %2 has no matching BEGIN.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepRunner</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statement %1 of the block at line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, at line %1 column %2 of the statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 was not started: the run was canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement was canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server rolled the transaction back at COMMIT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The failed build left the INVALID index %1. It takes space and slows writes; drop it (DROP INDEX CONCURRENTLY) before running the step again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 could not get its lock within %2 ms (%3 attempts): another session holds a conflicting lock. Nothing of this step was applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for that session to finish (or end it), then run the step again. The step gave up instead of queueing, so it did not block other sessions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableRestore</name>
    <message>
        <source>The backup %1 has no copy of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table %1 does not exist; a backup restores rows, not tables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The columns of %1 differ from the backup's; restore the table's shape first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup: %1
now: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the backup file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup of %1 does not hold the table's data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restored rows of %1 do not match the backup's manifest; nothing was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manifest %1, restored %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extract the demo project (migration folder, seed data) here instead of a temporary folder that is removed with the server.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo server running (PostgreSQL %1); the last migration in the project folder is pending. Press Ctrl+C to stop and remove it.</source>
        <translation type="unfinished" />
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
        <source>Also listen on 127.0.0.1 (a free port).</source>
        <translation>Auch auf 127.0.0.1 lauschen (freier Port).</translation>
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
        <source>Write a database's schema as a JSON snapshot</source>
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
        <source>Run “strata-cli &lt;command&gt; --help” for a command's options.</source>
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
        <translation>Zeilen (geschätzt)</translation>
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
        <source>Migration folder (leave empty to read only the database's ledger)</source>
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
        <translation><numerusform>%n Migration</numerusform><numerusform>%n Migrationen</numerusform></translation>
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
        <translation><numerusform>%n Befund im Ordner oder in der Ledger-Tabelle, z. B.: %1</numerusform><numerusform>%n Befunde im Ordner oder in der Ledger-Tabelle, z. B.: %1</numerusform></translation>
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
    <name>strata::Session</name>
    <message>
        <source>Not connected to a database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::SqlView</name>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
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
</TS>