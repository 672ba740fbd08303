-- Dated assessment snapshots. The full assessment is kept as JSON; the
-- summary columns let history be listed and charted without parsing it.
-- DOUBLE PRECISION rather than REAL: PostgreSQL's REAL is 4 bytes and would
-- round the readiness figures; SQLite treats both names as REAL (8 bytes).

CREATE TABLE snapshots (
    id                 TEXT PRIMARY KEY,
    person_id          TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at         TEXT NOT NULL,
    framework_id       TEXT NOT NULL,
    framework_version  TEXT NOT NULL,
    level              TEXT,
    readiness_next     DOUBLE PRECISION,
    readiness_cto      DOUBLE PRECISION,
    assessment         TEXT NOT NULL
);

CREATE INDEX snapshots_by_person ON snapshots (person_id, created_at);
