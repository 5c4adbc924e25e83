-- Read model of every service's jobs, fed by alloy.jobs.v1; dashboards poll it through the gateway.
CREATE TABLE job_view (
    id            UUID PRIMARY KEY,
    type          TEXT             NOT NULL,
    state         TEXT             NOT NULL,
    progress      DOUBLE PRECISION NOT NULL,
    message       TEXT,
    result_link   TEXT,
    producer      TEXT             NOT NULL,
    created_at    TIMESTAMPTZ      NOT NULL,
    updated_at    TIMESTAMPTZ      NOT NULL,
    version       BIGINT           NOT NULL
);
CREATE INDEX job_view_state_type ON job_view (state, type, created_at DESC);
CREATE INDEX job_view_created ON job_view (created_at DESC);
