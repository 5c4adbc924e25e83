-- The passages each mining job has finished (its records filed, or its failure noted), committed with them, so that
-- a job taken over after its instance stopped reads only the passages left (MiningJobs.resume) and pays for no LLM
-- request twice. Jobs from before this migration have none: taken over, they read every passage again, and the
-- records found again are filed as duplicates of the first ones.
CREATE TABLE mining_job_passage (
    job_id      UUID NOT NULL REFERENCES mining_job (id) ON DELETE CASCADE,
    document_id UUID NOT NULL REFERENCES document (id),
    passage_idx INT  NOT NULL,
    PRIMARY KEY (job_id, document_id, passage_idx)
);
