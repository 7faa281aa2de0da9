-- Every item table is read by document (export, reading a document back, deleting one): index that column.
CREATE INDEX IF NOT EXISTS repairs_document ON repairs(document);
CREATE INDEX IF NOT EXISTS events_document ON events(document);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document);
CREATE INDEX IF NOT EXISTS quantities_document ON quantities(document);
CREATE INDEX IF NOT EXISTS stances_document ON stances(document);
-- Profiles look actors up by country and quotes and stances by the speaker's or holder's roll-up key.
CREATE INDEX IF NOT EXISTS actors_country ON actors(country);
CREATE INDEX IF NOT EXISTS quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX IF NOT EXISTS stances_holder_key ON stances(holder_key);
