-- How often a job was taken over by another instance after the one running it stopped (alloy.jobs.v1 `resumed`):
-- lets the read model accept the takeover's QUEUED event after RUNNING, and shows dashboards that it happened.
ALTER TABLE job_view ADD COLUMN resumed INT NOT NULL DEFAULT 0;
