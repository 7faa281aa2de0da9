-- Feeds followed by `watch` (one machine) and by the cluster's feed grains: the schedule, the HTTP validators
-- of the last answer (sent back as a conditional request), back-off after failures, and counts. Times are
-- UTC in ISO 8601, so that they sort as text.
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    every_seconds INTEGER NOT NULL,
    fetch_pages   INTEGER NOT NULL DEFAULT 0,
    added_at      TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    last_poll     TEXT,
    next_poll     TEXT,
    polls         BIGINT NOT NULL DEFAULT 0,
    unchanged     BIGINT NOT NULL DEFAULT 0,
    items         BIGINT NOT NULL DEFAULT 0,
    failures      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    polled_by     TEXT
);
-- The items of each feed already stored (or failed for good): when a feed changes, its old items are neither
-- downloaded (--fetch) nor analysed again. An item is its id (guid, link) or a hash of its title and content.
CREATE TABLE feed_items (
    feed    TEXT NOT NULL,
    item    TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed, item)
);
