-- Which service instance runs a job, and when it last said it was alive: jobs whose instance stopped are failed
-- (by any replica, or by the restarted service) once the heartbeat is stale, while live replicas keep theirs.
ALTER TABLE job ADD COLUMN owner TEXT;
ALTER TABLE job ADD COLUMN heartbeat_at TIMESTAMPTZ;
CREATE INDEX job_unfinished_owner ON job (owner) WHERE state IN ('QUEUED', 'RUNNING');
