-- Where an event happened (the gazetteer's place, the words that named it) and how exactly its date is known
-- (day | week | month | year), whether its sentence is in the lead paragraph and which sentence it is. Existing rows
-- keep NULL there; a stored date is a day's unless known otherwise.
ALTER TABLE events ADD COLUMN date_precision TEXT;
ALTER TABLE events ADD COLUMN location_name TEXT;
ALTER TABLE events ADD COLUMN location_country TEXT;
ALTER TABLE events ADD COLUMN location_admin1 TEXT;
ALTER TABLE events ADD COLUMN location_lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN location_lon DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN location_start INTEGER;
ALTER TABLE events ADD COLUMN location_end INTEGER;
-- GDELT's IsRootEvent (the event's sentence is in the article's lead paragraph) and SentenceID (1-based)
ALTER TABLE events ADD COLUMN in_lead INTEGER;
ALTER TABLE events ADD COLUMN sentence_no INTEGER;
UPDATE events SET date_precision = 'day' WHERE date IS NOT NULL;
CREATE INDEX events_location_country ON events(location_country, date);

-- undated events count in actor profiles as 'undated' instead of dropping out (a store made by the issue-17
-- branch counted them already, under its migration 0007_undated_months: they are not counted twice)
INSERT INTO actor_months (actor, month, quad, given, received)
SELECT actor, 'undated', quad, sum(given), sum(received) FROM (
    SELECT source_key AS actor, quad, 1 AS given, 0 AS received
    FROM events WHERE negated = 0 AND hypothetical = 0 AND date IS NULL AND source_key IS NOT NULL
    UNION ALL
    SELECT source, quad, 1, 0
    FROM events WHERE negated = 0 AND hypothetical = 0 AND date IS NULL AND source <> coalesce(source_key, '')
    UNION ALL
    SELECT target_key, quad, 0, 1
    FROM events WHERE negated = 0 AND hypothetical = 0 AND date IS NULL AND target_key IS NOT NULL
    UNION ALL
    SELECT target, quad, 0, 1
    FROM events WHERE negated = 0 AND hypothetical = 0 AND date IS NULL AND target IS NOT NULL AND target <> coalesce(target_key, '')
) AS counted
WHERE NOT EXISTS (SELECT 1 FROM actor_months WHERE month = 'undated')
GROUP BY actor, quad;
