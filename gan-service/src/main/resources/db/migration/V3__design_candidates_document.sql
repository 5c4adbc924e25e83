-- A design's candidates become one JSON document on the design row (the array GET /api/v1/designs/{id} returns),
-- written once when the design finishes: a row per candidate cost a thousand inserts and index entries per design
-- and bought nothing, since candidates are never queried or changed one by one (feedback-service keeps its own
-- copy from the design event). Existing candidates are carried over in the same JSON shape.
--
-- design_candidate stays for one release, as docs/operations.md asks of migrations: during a rolling update a pod
-- of the previous version still writes its designs' candidates there, and GET /api/v1/designs/{id} falls back to
-- those rows when the document is missing (Designs.get). A later migration drops the table.
ALTER TABLE design ADD COLUMN candidates TEXT; -- JSON array, best first; null until the design has finished

UPDATE design d
SET candidates = (
    SELECT json_agg(json_strip_nulls(json_build_object(
               'id', c.id, 'rank', c.rank, 'formula', c.formula, 'canonicalKey', c.canonical_key,
               'composition', c.composition::json, 'predicted', c.predicted::json, 'novelty', c.novelty,
               'nearestKnown', c.nearest_known, 'score', c.score, 'gfa', c.gfa::json))
               ORDER BY c.rank)::text
    FROM design_candidate c
    WHERE c.design_id = d.id)
WHERE d.finished_at IS NOT NULL;
