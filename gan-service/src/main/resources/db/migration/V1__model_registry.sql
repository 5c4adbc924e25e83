-- Model versions of every kind (CGAN, its baselines, surrogates), with provenance and metrics.
CREATE TABLE model_version (
    id                 UUID PRIMARY KEY,
    kind               TEXT        NOT NULL,
    dataset_version_id BIGINT      NOT NULL,
    training_job_id    UUID,
    seed               BIGINT      NOT NULL,
    hyper_parameters   TEXT        NOT NULL, -- JSON
    metrics            TEXT        NOT NULL, -- JSON: final metrics, timings, row counts
    curves             TEXT,                 -- JSON: metric points every N generator updates
    data_ranges        TEXT,                 -- JSON: min/max of each target seen in the training data
    artifact_path      TEXT        NOT NULL,
    artifact_sha256    TEXT        NOT NULL,
    active             BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ NOT NULL,
    promoted_at        TIMESTAMPTZ
);
CREATE UNIQUE INDEX model_version_one_active_per_kind ON model_version (kind) WHERE active;
CREATE INDEX model_version_kind_created ON model_version (kind, created_at DESC);

-- Design requests (the id is also the job id) and their screened candidates.
CREATE TABLE design (
    id                 UUID PRIMARY KEY,
    idempotency_key    TEXT UNIQUE,
    request            TEXT        NOT NULL, -- JSON as received (normalised)
    generator_model_id UUID,
    surrogate_model_id UUID,
    summary            TEXT,                 -- JSON: generated, kept, why others were dropped
    created_at         TIMESTAMPTZ NOT NULL,
    finished_at        TIMESTAMPTZ
);

CREATE TABLE design_candidate (
    id            UUID PRIMARY KEY,
    design_id     UUID             NOT NULL REFERENCES design (id),
    rank          INT              NOT NULL,
    canonical_key TEXT             NOT NULL,
    formula       TEXT             NOT NULL,
    composition   TEXT             NOT NULL, -- JSON element -> at.%
    predicted     TEXT,                      -- JSON property -> {value, lower, upper}
    novelty       DOUBLE PRECISION NOT NULL, -- at.% that must change to reach the nearest known alloy
    nearest_known TEXT,
    score         DOUBLE PRECISION
);
CREATE INDEX design_candidate_design ON design_candidate (design_id, rank);
