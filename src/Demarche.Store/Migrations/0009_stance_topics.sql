-- Stances grouped by issue: the topic's key (the same for the same issue across articles, computed by the stances
-- stage), how firmly the stance is held (strong | weak | NULL) and the words of its evidence, cut from the document
-- in C# on UTF-16 offsets when the stance is written. Rows stored before this migration take their lower-case topic
-- as key (the stage's aliases are not known to SQL) and get their evidence from TextSlices.StanceEvidence.
ALTER TABLE stances ADD COLUMN topic_key TEXT;
ALTER TABLE stances ADD COLUMN strength TEXT;
ALTER TABLE stances ADD COLUMN evidence TEXT;
UPDATE stances SET topic_key = lower(topic) WHERE topic_key IS NULL;
CREATE INDEX stances_topic_key ON stances(topic_key);
