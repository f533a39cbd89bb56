-- The catalog, shaped after Open Referral HSDS 3.0. Human-readable fields
-- hold JSON objects of locale -> text (HSDS keeps one language per dataset).

CREATE TABLE catalog_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
INSERT INTO catalog_meta (key, value) VALUES ('generation', '0');

CREATE TABLE taxonomy_term (
    id       TEXT PRIMARY KEY,
    taxonomy TEXT NOT NULL
) STRICT;
INSERT INTO taxonomy_term (id, taxonomy) VALUES
    ('residence', 'witaj-category'), ('civil-registration', 'witaj-category'),
    ('employment', 'witaj-category'), ('tax-insurance', 'witaj-category'),
    ('health', 'witaj-category'), ('education', 'witaj-category'),
    ('language-courses', 'witaj-category'), ('housing', 'witaj-category'),
    ('legal-aid', 'witaj-category'), ('social-welfare', 'witaj-category'),
    ('crisis-support', 'witaj-category'), ('integration', 'witaj-category'),
    ('emergency', 'witaj-category');

CREATE TABLE organization (
    id      TEXT PRIMARY KEY,
    city    TEXT NOT NULL,
    name    TEXT NOT NULL,
    website TEXT
) STRICT;

CREATE TABLE service (
    id                  TEXT PRIMARY KEY,
    city                TEXT NOT NULL,
    organization_id     TEXT NOT NULL REFERENCES organization (id),
    category            TEXT NOT NULL REFERENCES taxonomy_term (id),
    status              TEXT NOT NULL,
    name                TEXT NOT NULL,
    description         TEXT NOT NULL,
    application_process TEXT NOT NULL,
    fees_description    TEXT NOT NULL,
    keywords            TEXT NOT NULL,
    url                 TEXT,
    email               TEXT,
    free                INTEGER,
    source_url          TEXT NOT NULL,
    last_verified       TEXT NOT NULL,
    machine_translated  TEXT NOT NULL
) STRICT;
CREATE INDEX service_city ON service (city, category);

CREATE TABLE location (
    id            TEXT PRIMARY KEY,
    city          TEXT NOT NULL,
    latitude      REAL,
    longitude     REAL,
    accessibility TEXT NOT NULL
) STRICT;

CREATE TABLE address (
    location_id TEXT PRIMARY KEY REFERENCES location (id) ON DELETE CASCADE,
    address_1   TEXT NOT NULL,
    city        TEXT NOT NULL,
    postal_code TEXT,
    country     TEXT NOT NULL
) STRICT;

CREATE TABLE service_at_location (
    service_id  TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    location_id TEXT NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, location_id)
) STRICT;

CREATE TABLE phone (
    service_id  TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    number      TEXT NOT NULL,
    description TEXT NOT NULL,
    languages   TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
) STRICT;

-- HSDS schedules carry a fixed UTC offset and no holidays; Witaj keeps the
-- OpenStreetMap expression and its named time zone, and converts on export.
CREATE TABLE schedule (
    service_id    TEXT PRIMARY KEY REFERENCES service (id) ON DELETE CASCADE,
    opening_hours TEXT NOT NULL,
    timezone      TEXT NOT NULL DEFAULT 'Europe/Warsaw'
) STRICT;

CREATE TABLE language (
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    PRIMARY KEY (service_id, code)
) STRICT;

CREATE TABLE required_document (
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    document   TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
) STRICT;

CREATE TABLE guide (
    id                 TEXT PRIMARY KEY,
    categories         TEXT NOT NULL,
    title              TEXT NOT NULL,
    summary            TEXT NOT NULL,
    steps              TEXT NOT NULL,
    checklist          TEXT NOT NULL,
    source_url         TEXT NOT NULL,
    last_verified      TEXT NOT NULL,
    machine_translated TEXT NOT NULL
) STRICT;
