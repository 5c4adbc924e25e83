-- Lab measurements of designed (or any) alloys, kept as revisions, and the design candidates they are
-- compared with.

-- Candidates of finished design jobs, copied from DesignCompleted events so that a measurement can be
-- linked to its candidate and checked against what was predicted without calling gan-service.
CREATE TABLE design_candidate (
    id                 UUID PRIMARY KEY,        -- the candidate id
    design_id          UUID        NOT NULL,
    rank               INT         NOT NULL,
    composition        TEXT        NOT NULL,    -- JSON object element -> at.% (normalised to 100)
    canonical_key      TEXT        NOT NULL,
    predicted          TEXT        NOT NULL,    -- JSON object property -> {value, lower, upper}; {} when none
    generator_model_id UUID,
    surrogate_model_id UUID,                    -- null when no surrogate was active
    received_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX design_candidate_design ON design_candidate (design_id, rank);
CREATE INDEX design_candidate_surrogate ON design_candidate (surrogate_model_id);

-- A measurement is one sample of one lab; its content lives in revisions.
CREATE TABLE measurement (
    id              UUID PRIMARY KEY,
    lab             TEXT        NOT NULL,
    sample_id       TEXT        NOT NULL,
    latest_revision INT         NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (lab, sample_id)
);

-- Every accepted submission that differs from the latest revision; never updated or deleted, so the
-- history of corrections stays visible.
CREATE TABLE measurement_revision (
    measurement_id     UUID             NOT NULL REFERENCES measurement (id),
    revision           INT              NOT NULL,
    candidate_id       UUID REFERENCES design_candidate (id),
    composition        TEXT             NOT NULL, -- JSON object element -> at.% (as cast, normalised to 100)
    canonical_key      TEXT             NOT NULL,
    formula            TEXT             NOT NULL,
    composition_source TEXT             NOT NULL, -- GIVEN or CANDIDATE
    max_composition_difference DOUBLE PRECISION, -- at.%, against the candidate, when both were known
    flags              TEXT             NOT NULL, -- JSON array, e.g. "as-cast composition differs ..."
    warnings           TEXT             NOT NULL, -- JSON array of what the composition parser assumed
    tg_k               DOUBLE PRECISION,
    tx_k               DOUBLE PRECISION,
    tl_k               DOUBLE PRECISION,
    declared_unit      TEXT,                     -- the unit the temperatures were given in: K, °C or mixed
    method             TEXT,                     -- DSC or DTA
    heating_rate_k_min DOUBLE PRECISION,
    operator           TEXT,
    measured_on        DATE,
    notes              TEXT,
    fingerprint        TEXT             NOT NULL, -- sha256 of the normalised content: an identical re-submission is a duplicate
    source             TEXT             NOT NULL, -- api, or upload/<id>/line/<n>
    recorded_at        TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (measurement_id, revision)
);
CREATE INDEX measurement_revision_candidate ON measurement_revision (candidate_id);

-- CSV uploads: the file is stored with the job before any row is read, so nothing is lost.
CREATE TABLE measurement_upload (
    id             UUID PRIMARY KEY, -- also the job id
    file_name      TEXT        NOT NULL,
    content        BYTEA       NOT NULL,
    header_error   TEXT,
    total_rows     INT         NOT NULL DEFAULT 0,
    accepted_rows  INT         NOT NULL DEFAULT 0,
    duplicate_rows INT         NOT NULL DEFAULT 0,
    rejected_rows  INT         NOT NULL DEFAULT 0,
    flagged_rows   INT         NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ
);

-- The per-row report of an upload: what happened to every data line, with its reasons.
CREATE TABLE measurement_upload_row (
    upload_id      UUID    NOT NULL REFERENCES measurement_upload (id),
    line           INT     NOT NULL, -- physical line number in the file, the header being line 1
    status         TEXT    NOT NULL, -- ACCEPTED, DUPLICATE, REJECTED
    measurement_id UUID,
    revision       INT,
    lab            TEXT,
    sample_id      TEXT,
    flags          TEXT    NOT NULL, -- JSON array
    warnings       TEXT    NOT NULL, -- JSON array
    reasons        TEXT    NOT NULL, -- JSON array, why the row was rejected
    raw            TEXT    NOT NULL,
    PRIMARY KEY (upload_id, line)
);
