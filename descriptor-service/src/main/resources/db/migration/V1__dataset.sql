-- The curated dataset. Observations are append-only: a dataset version is "every observation up to id N",
-- so versions are immutable without copying rows, and their checksum can be re-verified at any time.

CREATE TABLE alloy (
    id               BIGSERIAL PRIMARY KEY,
    canonical_key    TEXT        NOT NULL UNIQUE,
    formula          TEXT        NOT NULL,
    family           TEXT        NOT NULL,
    n_components     INT         NOT NULL,
    composition      TEXT        NOT NULL, -- JSON object element -> at.%
    descriptors      TEXT,                 -- JSON object of composition-only descriptors
    descriptor_error TEXT,                 -- which element value or pair enthalpy was missing, if any
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX alloy_family ON alloy (family);

CREATE TABLE alloy_element (
    alloy_id   BIGINT           NOT NULL REFERENCES alloy (id),
    element    TEXT             NOT NULL,
    at_percent DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (alloy_id, element)
);
CREATE INDEX alloy_element_element ON alloy_element (element);

CREATE TABLE observation (
    id                 BIGSERIAL PRIMARY KEY,
    alloy_id           BIGINT           NOT NULL REFERENCES alloy (id),
    tg_k               DOUBLE PRECISION,
    tx_k               DOUBLE PRECISION,
    tl_k               DOUBLE PRECISION,
    dmax_mm            DOUBLE PRECISION,
    gfa_class          TEXT,
    heating_rate_k_min DOUBLE PRECISION,
    source_type        TEXT             NOT NULL, -- IMPORT, LITERATURE, LAB
    source_ref         TEXT             NOT NULL, -- import/row, document/passage, measurement/revision
    source_key         TEXT             NOT NULL UNIQUE, -- natural key that makes every way in idempotent
    lineage            TEXT             NOT NULL, -- a later observation of the same lineage (a corrected measurement) supersedes it
    created_at         TIMESTAMPTZ      NOT NULL
);
CREATE INDEX observation_alloy ON observation (alloy_id);
CREATE INDEX observation_lineage ON observation (lineage, id);

CREATE TABLE rejected_record (
    id          BIGSERIAL PRIMARY KEY,
    source_type TEXT        NOT NULL,
    source_ref  TEXT        NOT NULL,
    source_key  TEXT        NOT NULL UNIQUE,
    raw         TEXT        NOT NULL,
    reason      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE dataset_import (
    id             UUID PRIMARY KEY, -- also the job id
    file_name      TEXT        NOT NULL,
    format         TEXT,
    total_rows     INT         NOT NULL DEFAULT 0,
    accepted_rows  INT         NOT NULL DEFAULT 0,
    duplicate_rows INT         NOT NULL DEFAULT 0,
    rejected_rows  INT         NOT NULL DEFAULT 0,
    content        BYTEA       NOT NULL, -- the uploaded file, kept so nothing is lost if processing fails
    version_id     BIGINT,
    created_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ
);

CREATE TABLE dataset_version (
    id                 BIGSERIAL PRIMARY KEY,
    max_observation_id BIGINT      NOT NULL,
    row_count          INT         NOT NULL,
    observation_count  BIGINT      NOT NULL,
    new_observations   BIGINT      NOT NULL,
    sha256             TEXT        NOT NULL,
    reason             TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL
);
