-- Event payloads are kept out of line but no longer compressed: they are written on the request path (a finished
-- design's event carries its candidates, ~0.5 MB), read once by the relay and deleted after the retention period,
-- so pglz compression cost CPU time on every request to save disk space for a few days. Applies to rows written
-- from now on.
ALTER TABLE outbox_event ALTER COLUMN payload SET STORAGE EXTERNAL;
