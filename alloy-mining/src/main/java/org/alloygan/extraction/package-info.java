/**
 * Literature mining without Spring: a passage goes through an {@link org.alloygan.extraction.Extractor}
 * (rule-based or LLM), and every candidate it reports passes the {@link org.alloygan.extraction.Grounding}
 * check or is kept as rejected with the reason. Used by mining-service and by {@code ./alloygan extract}.
 */
package org.alloygan.extraction;
