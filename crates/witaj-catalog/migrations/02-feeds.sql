-- The signed feed each city's data last came from. Written in the same
-- transaction as the city's rows, so version and data never disagree.
CREATE TABLE city_feed (
    city            TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    issued          TEXT NOT NULL,
    expires         TEXT NOT NULL,
    applied_at      TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    source          TEXT NOT NULL,
    etag            TEXT,
    last_modified   TEXT
) STRICT;

-- Guides published by a city carry its id; bundled national guides have none.
ALTER TABLE guide ADD COLUMN city TEXT;
