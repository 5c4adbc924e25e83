-- How a version gives an alloy one glass-forming class when its observations report several. The versions cut so far
-- took the most frequent class (ties: alphabetical), and their rows and checksums must stay as they were; new versions
-- take the highest class, as the offline evaluation does (GfaRule).
ALTER TABLE dataset_version ADD COLUMN gfa_rule TEXT NOT NULL DEFAULT 'MOST_FREQUENT';
ALTER TABLE dataset_version ALTER COLUMN gfa_rule DROP DEFAULT;
