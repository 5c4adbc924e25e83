-- mining-service: documents, their passages, mining jobs and the records they extracted.

-- A document as uploaded: the original bytes are kept (nothing is lost, a better extractor can re-read
-- them), plus the text read from them. The same bytes twice are one document (sha256).
CREATE TABLE document (
    id          UUID PRIMARY KEY,
    sha256      TEXT        NOT NULL UNIQUE,
    file_name   TEXT,
    media_type  TEXT        NOT NULL,
    title       TEXT,
    doi         TEXT,
    year        INT,
    size_bytes  BIGINT      NOT NULL,
    content     BYTEA       NOT NULL,
    text        TEXT        NOT NULL,
    page_count  INT         NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

-- Paragraphs, captions and table rows with their offsets into document.text (and page, for PDFs).
CREATE TABLE passage (
    document_id  UUID NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    idx          INT  NOT NULL,
    kind         TEXT NOT NULL,
    page         INT,
    start_offset INT  NOT NULL,
    end_offset   INT  NOT NULL,
    text         TEXT NOT NULL,
    context      TEXT,
    PRIMARY KEY (document_id, idx)
);

-- A mining job (same id as its row in job): which extractor, how far, what it cost.
CREATE TABLE mining_job (
    id                UUID PRIMARY KEY,
    extractor         TEXT        NOT NULL,
    model             TEXT,
    prompt_version    TEXT,
    passages_total    INT         NOT NULL DEFAULT 0,
    passages_done     INT         NOT NULL DEFAULT 0,
    passages_failed   INT         NOT NULL DEFAULT 0,
    records_accepted  INT         NOT NULL DEFAULT 0,
    records_rejected  INT         NOT NULL DEFAULT 0,
    records_duplicate INT         NOT NULL DEFAULT 0,
    llm_requests      BIGINT      NOT NULL DEFAULT 0,
    prompt_tokens     BIGINT      NOT NULL DEFAULT 0,
    completion_tokens BIGINT      NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ
);

CREATE TABLE mining_job_document (
    job_id      UUID NOT NULL REFERENCES mining_job (id) ON DELETE CASCADE,
    document_id UUID NOT NULL REFERENCES document (id),
    position    INT  NOT NULL,
    PRIMARY KEY (job_id, document_id)
);

-- Passages an extractor could not read (a malformed reply after the repair retry, a server that kept
-- failing), with the raw reply kept for audit.
CREATE TABLE passage_failure (
    job_id      UUID        NOT NULL REFERENCES mining_job (id) ON DELETE CASCADE,
    document_id UUID        NOT NULL REFERENCES document (id),
    passage_idx INT         NOT NULL,
    reason      TEXT        NOT NULL,
    raw_reply   TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (job_id, document_id, passage_idx)
);

-- Every record an extractor reported. Only ACCEPTED ones were published (on alloy.records.extracted.v1,
-- in the same transaction); REJECTED ones failed the grounding check (reason says why); DUPLICATE ones
-- repeat an accepted record of the same document (abstract, text and table often say the same thing).
CREATE TABLE extracted_record (
    id                 UUID PRIMARY KEY,
    job_id             UUID             NOT NULL REFERENCES mining_job (id) ON DELETE CASCADE,
    document_id        UUID             NOT NULL REFERENCES document (id),
    passage_idx        INT              NOT NULL,
    page               INT,
    passage_start      INT              NOT NULL,
    passage_end        INT              NOT NULL,
    status             TEXT             NOT NULL CHECK (status IN ('ACCEPTED', 'REJECTED', 'DUPLICATE')),
    reason             TEXT,
    composition_text   TEXT,
    canonical_key      TEXT,
    atomic_percent     JSONB,
    tg_k               DOUBLE PRECISION,
    tx_k               DOUBLE PRECISION,
    tl_k               DOUBLE PRECISION,
    dmax_mm            DOUBLE PRECISION,
    heating_rate_k_min DOUBLE PRECISION,
    confidence         DOUBLE PRECISION NOT NULL,
    extractor          TEXT             NOT NULL,
    model              TEXT,
    prompt_version     TEXT,
    evidence           TEXT             NOT NULL,
    raw_reply          TEXT,
    created_at         TIMESTAMPTZ      NOT NULL
);
CREATE INDEX extracted_record_document ON extracted_record (document_id, status);
CREATE INDEX extracted_record_job ON extracted_record (job_id);
CREATE INDEX extracted_record_finding ON extracted_record (document_id, canonical_key) WHERE status = 'ACCEPTED';
