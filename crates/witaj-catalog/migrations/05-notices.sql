-- Dated announcements: national ones (city NULL, bundled) and each city's own
-- (bundled or from its feed).
CREATE TABLE notice (
    id                 TEXT NOT NULL,
    city               TEXT,
    valid_from         TEXT NOT NULL,
    valid_until        TEXT NOT NULL,
    severity           TEXT NOT NULL,
    link               TEXT,
    title              TEXT NOT NULL,
    body               TEXT NOT NULL,
    source_url         TEXT NOT NULL,
    last_verified      TEXT NOT NULL,
    machine_translated TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX notice_key ON notice (ifnull(city, ''), id);
