-- How often a job was taken over from an instance that stopped (JobResumption): at most once, so a job that takes
-- its instance down with it cannot take every replica down in turn.
ALTER TABLE job ADD COLUMN resumed INT NOT NULL DEFAULT 0;
