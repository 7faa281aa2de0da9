-- Demarche store, version 1: one row per document and per item read from it; every item keeps its offsets.
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    doc_id       TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    simhash      INTEGER NOT NULL,
    sim_band0    INTEGER NOT NULL,
    sim_band1    INTEGER NOT NULL,
    sim_band2    INTEGER NOT NULL,
    sim_band3    INTEGER NOT NULL,
    duplicate_of INTEGER REFERENCES documents(id),
    source       TEXT NOT NULL,
    url          TEXT,
    title        TEXT,
    published    TEXT,
    language     TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_band0 ON documents(sim_band0);
CREATE INDEX documents_band1 ON documents(sim_band1);
CREATE INDEX documents_band2 ON documents(sim_band2);
CREATE INDEX documents_band3 ON documents(sim_band3);

CREATE TABLE repairs (
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL
);

CREATE TABLE actors (
    document    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT,
    code        TEXT,
    affiliation TEXT,
    PRIMARY KEY (document, actor_id)
);
CREATE INDEX actors_actor ON actors(actor_id);

CREATE TABLE mentions (
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(document, actor_id);

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    document     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source       TEXT NOT NULL,
    target       TEXT,
    source_key TEXT,
    target_key TEXT,
    cameo        TEXT NOT NULL,
    root         TEXT NOT NULL,
    plover       TEXT,
    quad         INTEGER NOT NULL,
    goldstein    REAL NOT NULL,
    negated      INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    date         TEXT,
    trigger      TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    rule         TEXT NOT NULL
);
CREATE INDEX events_source ON events(source_key, date);
CREATE INDEX events_target ON events(target_key, date);
CREATE INDEX events_source_id ON events(source, date);
CREATE INDEX events_target_id ON events(target, date);
CREATE INDEX events_code ON events(cameo);
CREATE INDEX events_date ON events(date);

CREATE TABLE quotes (
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL,
    speaker TEXT, speaker_key TEXT, speaker_text TEXT, cue TEXT
);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE quantities (
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value REAL NOT NULL, approximate INTEGER NOT NULL, unit TEXT, category TEXT NOT NULL, subject TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
);

CREATE TABLE stances (
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    holder TEXT NOT NULL, holder_key TEXT, topic TEXT NOT NULL, target TEXT, polarity TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX stances_holder ON stances(holder);
CREATE INDEX stances_topic ON stances(topic);
