-- People and the revisions of their profiles.
-- Portable across SQLite and PostgreSQL: ids and timestamps are TEXT made by
-- ctopath (time-ordered UUIDs, RFC 3339 UTC), so no AUTOINCREMENT / SERIAL
-- and no dialect-specific date types are needed.

CREATE TABLE people (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Every save appends a row, so no version of a profile is ever lost and an
-- edit can be undone by saving an older document again.
CREATE TABLE profiles (
    person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    revision    BIGINT NOT NULL CHECK (revision > 0),
    document    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (person_id, revision)
);

-- Small key/value state, such as which person is active.
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
