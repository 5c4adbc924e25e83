-- What each training job was asked to train, kept so that another replica can run the job again when the one
-- running it stopped (ModelTraining.resume) instead of failing it, which would lose a retraining that a new dataset
-- version triggered. dataset_version_id is the version the job trains on, pinned when it starts (a plan may say
-- "the latest"). Jobs queued before this migration have no plan here and are failed as before.
CREATE TABLE training_plan (
    job_id             UUID PRIMARY KEY,
    plan               TEXT NOT NULL, -- JSON of ModelTraining.Plan
    dataset_version_id BIGINT
);
