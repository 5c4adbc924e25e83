-- The GFA classifier that screened a design (model_version of kind CLASSIFIER), and each candidate's predicted
-- glass-forming class probabilities. Both null when no classifier was active.
ALTER TABLE design ADD COLUMN classifier_model_id UUID;
ALTER TABLE design_candidate ADD COLUMN gfa TEXT; -- JSON {noGlass, ribbon, bmg, glass}
