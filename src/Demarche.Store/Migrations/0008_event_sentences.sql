-- The text of each event's sentence, cut from the document in C# (UTF-16 offsets) when the event is written,
-- so that queries and exports never slice text with SQL substr, which counts code points, not UTF-16 units,
-- and shifts after an emoji. Rows stored before this migration are filled by TextSlices.EventSentences (the
-- same migration was 0006_event_sentences on the issue-17 branch; see RenamedMigrations).
ALTER TABLE events ADD COLUMN sentence TEXT;
