-- Asserted events with no date (neither the event's nor the document's) count in actor profiles under the
-- month 'undated' instead of being left out; counts for events stored before this migration are added here.
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
GROUP BY actor, quad;
