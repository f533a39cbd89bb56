-- What the reader saved: services and guides, in the order they were added.
CREATE TABLE plan_item (
    kind TEXT NOT NULL CHECK (kind IN ('service', 'guide')),
    -- The reader's city when saved: a guide's id is unique only within a city.
    city TEXT NOT NULL,
    item_id TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    added_at TEXT NOT NULL,
    PRIMARY KEY (kind, city, item_id)
) STRICT;

-- Ticked checklist items of a guide, by position.
CREATE TABLE checklist_mark (
    city TEXT NOT NULL,
    guide_id TEXT NOT NULL,
    item INTEGER NOT NULL CHECK (item >= 0),
    PRIMARY KEY (city, guide_id, item)
) STRICT;

-- Reports, as JSON (witaj-report's record); passed_on is set once the
-- reader has sent them by e-mail or saved them to a file.
CREATE TABLE report (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    passed_on TEXT CHECK (passed_on IN ('email', 'file'))
) STRICT;
