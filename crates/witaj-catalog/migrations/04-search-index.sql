-- Each city's data version, bumped in the same transaction as its rows.
CREATE TABLE city_data (
    city    TEXT PRIMARY KEY,
    version INTEGER NOT NULL
) STRICT;

-- Each city's search index, saved beside its rows so a catalog opens without
-- rebuilding it. An index built from another data version or other category
-- words (`terms`, a checksum of them) is stale and rebuilt.
CREATE TABLE search_index (
    city       TEXT PRIMARY KEY,
    built_from INTEGER NOT NULL,
    terms      INTEGER NOT NULL,
    bytes      BLOB NOT NULL
) STRICT;
