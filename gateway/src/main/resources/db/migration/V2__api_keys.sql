-- API keys of the gateway. Only the SHA-256 of a key is stored (keys are 256 random bits, so a fast hash
-- is enough); revoked keys stay for the record.
CREATE TABLE api_key (
    id                    UUID PRIMARY KEY,
    name                  TEXT        NOT NULL,
    prefix                TEXT        NOT NULL,
    key_hash              TEXT        NOT NULL UNIQUE,
    roles                 TEXT        NOT NULL,
    rate_limit_per_minute BIGINT,
    created_at            TIMESTAMPTZ NOT NULL,
    created_by            TEXT,
    last_used_at          TIMESTAMPTZ,
    revoked_at            TIMESTAMPTZ,
    revoked_by            TEXT
);
