-- Actor profiles, counted as events are written: events given and received per actor, month and quad class
-- (asserted events with a date only). An actor is both its roll-up key (a state, ISR for ISRGOV) and, when
-- different, its own id (a person), as the profile is asked for either.
CREATE TABLE actor_months (
    actor    TEXT NOT NULL,
    month    TEXT NOT NULL,
    quad     INTEGER NOT NULL,
    given    INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor, month, quad)
);
INSERT INTO actor_months (actor, month, quad, given, received)
SELECT actor, month, quad, sum(given), sum(received) FROM (
    SELECT source_key AS actor, substr(date, 1, 7) AS month, quad, 1 AS given, 0 AS received
    FROM events WHERE negated = 0 AND hypothetical = 0 AND date IS NOT NULL AND source_key IS NOT NULL
    UNION ALL
    SELECT source, substr(date, 1, 7), quad, 1, 0
    FROM events WHERE negated = 0 AND hypothetical = 0 AND date IS NOT NULL AND source <> coalesce(source_key, '')
    UNION ALL
    SELECT target_key, substr(date, 1, 7), quad, 0, 1
    FROM events WHERE negated = 0 AND hypothetical = 0 AND date IS NOT NULL AND target_key IS NOT NULL
    UNION ALL
    SELECT target, substr(date, 1, 7), quad, 0, 1
    FROM events WHERE negated = 0 AND hypothetical = 0 AND date IS NOT NULL AND target IS NOT NULL AND target <> coalesce(target_key, '')
) AS counted
GROUP BY actor, month, quad;
