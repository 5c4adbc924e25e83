-- Model versions of every kind (CGAN, its baselines, surrogates), with provenance and metrics.
CREATE TABLE model_version (
    id                 UUID PRIMARY KEY,
    kind               TEXT        NOT NULL,
    dataset_version_id BIGINT,
    hyper_parameters   TEXT        NOT NULL,
    metrics            TEXT,
    artifact_path      TEXT,
    artifact_sha256    TEXT,
    active             BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX model_version_one_active_per_kind ON model_version (kind) WHERE active;
