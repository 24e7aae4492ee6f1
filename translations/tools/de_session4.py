# German texts added in the session of 2026-11-30: the fingerprint pass read in Strata.
DE = {
('FingerprintCopy', 'The COPY stream has %1 columns; the fingerprint pass reads one.'): 'Der COPY-Datenstrom hat %1 Spalten; der Fingerabdruck-Durchgang liest eine.',
('FingerprintCopy', 'The COPY stream has a value of %1 bytes; a fingerprint has 8.'): 'Der COPY-Datenstrom enthält einen Wert mit %1 Bytes; ein Fingerabdruck hat 8.',
('FingerprintCopy', 'The COPY stream does not start with the binary COPY signature.'): 'Der COPY-Datenstrom beginnt nicht mit der Signatur des binären COPY-Formats.',
('FingerprintCopy', 'The COPY stream has a header extension, which this reader does not expect.'): 'Der COPY-Datenstrom hat eine Kopferweiterung, die dieser Leser nicht erwartet.',
('FingerprintCopy', 'The server sent data after the end of the COPY stream.'): 'Der Server hat nach dem Ende des COPY-Datenstroms weitere Daten gesendet.',
('FingerprintCopy', 'Could not read the fingerprints the server sent.'): 'Die vom Server gesendeten Fingerabdrücke konnten nicht gelesen werden.',
('FingerprintCopy', 'The COPY stream ended before its end marker.'): 'Der COPY-Datenstrom endete vor seiner Endmarke.',
}
