-- The release after V3, as it announced: design_candidate goes. First the candidates of designs that pods of the
-- version before V3 finished during that rolling update (rows but no document) become documents, in V3's shape; no
-- pod of a version with V3 writes the table, so a rolling update from such a version loses nothing. (From a version
-- before V3, update to one with V3 first.) The conversion repeats V3's on purpose: an applied migration can be
-- neither changed nor called, and the documents must come out exactly as V3 made them.
UPDATE design d
SET candidates = (
    SELECT json_agg(json_strip_nulls(json_build_object(
               'id', c.id, 'rank', c.rank, 'formula', c.formula, 'canonicalKey', c.canonical_key,
               'composition', c.composition::json, 'predicted', c.predicted::json, 'novelty', c.novelty,
               'nearestKnown', c.nearest_known, 'score', c.score, 'gfa', c.gfa::json))
               ORDER BY c.rank)::text
    FROM design_candidate c
    WHERE c.design_id = d.id)
WHERE d.candidates IS NULL AND EXISTS (SELECT 1 FROM design_candidate c WHERE c.design_id = d.id);

DROP TABLE design_candidate;
