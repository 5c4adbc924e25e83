-- Shared by every service (shipped in service-support, runs before the service's own V1).

-- Transactional outbox: events are written in the same transaction as the state change that caused
-- them and forwarded to Kafka by OutboxRelay after commit, so an event is never lost nor sent for a
-- change that rolled back.
CREATE TABLE outbox_event (
    id           BIGSERIAL PRIMARY KEY,
    topic        TEXT        NOT NULL,
    msg_key      TEXT,
    payload      TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON outbox_event (id) WHERE published_at IS NULL;

-- Long-running work owned by this service; every state change also leaves on alloy.jobs.v1.
CREATE TABLE job (
    id          UUID PRIMARY KEY,
    type        TEXT             NOT NULL,
    state       TEXT             NOT NULL,
    progress    DOUBLE PRECISION NOT NULL DEFAULT 0,
    message     TEXT,
    result_link TEXT,
    created_at  TIMESTAMPTZ      NOT NULL,
    updated_at  TIMESTAMPTZ      NOT NULL
);
CREATE INDEX job_state ON job (state);

-- Events this service has consumed, so redelivered messages are not applied twice.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    topic        TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
