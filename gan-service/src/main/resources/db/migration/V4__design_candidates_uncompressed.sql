-- A design's candidates (about 0.7 MB of JSON for 1,000) are kept out of line but not compressed: pglz took
-- 20-30 ms to compress them when a design finished and about 10 ms to decompress them on every read, on the path a
-- lab's software waits on, to save half of the space. Applies to designs finished from now on; see
-- docs/operations.md for the disk this takes and how to compress old designs.
ALTER TABLE design ALTER COLUMN candidates SET STORAGE EXTERNAL;
