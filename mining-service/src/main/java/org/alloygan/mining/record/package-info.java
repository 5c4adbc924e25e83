/** Extracted records: stored with provenance, deduplicated per document, accepted ones published. */
package org.alloygan.mining.record;
