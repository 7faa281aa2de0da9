-- Covering indexes for actor profiles: events given and received per month and quad class.
CREATE INDEX events_source_profile ON events(source_key, date, quad, negated, hypothetical);
CREATE INDEX events_target_profile ON events(target_key, date, quad, negated, hypothetical);
