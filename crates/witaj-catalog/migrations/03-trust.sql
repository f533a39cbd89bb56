-- How each service was checked, and whether a visit needs an appointment.
ALTER TABLE service ADD COLUMN verification TEXT NOT NULL DEFAULT 'drafted';
ALTER TABLE service ADD COLUMN appointment TEXT;
ALTER TABLE service ADD COLUMN booking_url TEXT;
ALTER TABLE service ADD COLUMN allow_http INTEGER NOT NULL DEFAULT 0;

-- A guide belongs to no city (national, bundled) or to one city (published in
-- its feed): the same id may exist on both sides without breaking either.
CREATE TABLE guide_scoped (
    id                 TEXT NOT NULL,
    city               TEXT,
    categories         TEXT NOT NULL,
    title              TEXT NOT NULL,
    summary            TEXT NOT NULL,
    steps              TEXT NOT NULL,
    checklist          TEXT NOT NULL,
    source_url         TEXT NOT NULL,
    last_verified      TEXT NOT NULL,
    machine_translated TEXT NOT NULL
) STRICT;
INSERT INTO guide_scoped (id, city, categories, title, summary, steps, checklist, source_url, last_verified, machine_translated)
    SELECT id, city, categories, title, summary, steps, checklist, source_url, last_verified, machine_translated FROM guide;
DROP TABLE guide;
ALTER TABLE guide_scoped RENAME TO guide;
CREATE UNIQUE INDEX guide_key ON guide (ifnull(city, ''), id);

-- Which pinned key signed the feed a city's data came from, so a release that
-- stops trusting a key can drop what it signed. Server-chosen validators
-- (ETag, Last-Modified) are no longer kept or sent.
ALTER TABLE city_feed ADD COLUMN key_id TEXT NOT NULL DEFAULT '';
