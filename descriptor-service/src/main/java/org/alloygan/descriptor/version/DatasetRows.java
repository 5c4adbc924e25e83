package org.alloygan.descriptor.version;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Aggregates observations into dataset rows as of an observation id. Observations are append-only and a
 * later observation of the same lineage (a corrected measurement) replaces the earlier one, so "as of id
 * N" always gives the same rows: this is what makes a version immutable.
 */
@Component
public class DatasetRows {

	private static final String ROWS_AS_OF = """
			WITH current_obs AS (
			    SELECT o.* FROM observation o
			    WHERE o.id <= :asOf
			      AND NOT EXISTS (SELECT 1 FROM observation later
			                      WHERE later.lineage = o.lineage AND later.id > o.id AND later.id <= :asOf)
			), gfa AS (
			    SELECT DISTINCT ON (alloy_id) alloy_id, gfa_class FROM (
			        SELECT alloy_id, gfa_class, count(*) AS n FROM current_obs WHERE gfa_class IS NOT NULL
			        GROUP BY alloy_id, gfa_class) counted
			    ORDER BY alloy_id, %s
			)
			SELECT a.canonical_key, a.formula, a.family, a.n_components, a.composition,
			       percentile_cont(0.5) WITHIN GROUP (ORDER BY o.tg_k) AS tg_k,
			       percentile_cont(0.5) WITHIN GROUP (ORDER BY o.tx_k) AS tx_k,
			       percentile_cont(0.5) WITHIN GROUP (ORDER BY o.tl_k) AS tl_k,
			       count(o.tg_k) AS tg_count, count(o.tx_k) AS tx_count, count(o.tl_k) AS tl_count,
			       max(o.tg_k) - min(o.tg_k) AS tg_spread_k, max(o.tx_k) - min(o.tx_k) AS tx_spread_k,
			       max(o.tl_k) - min(o.tl_k) AS tl_spread_k, max(o.dmax_mm) AS dmax_mm, gfa.gfa_class,
			       count(*) AS observations, a.descriptors
			FROM current_obs o
			JOIN alloy a ON a.id = o.alloy_id
			LEFT JOIN gfa ON gfa.alloy_id = o.alloy_id
			""";

	private final JdbcClient jdbc;

	DatasetRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static String rowsAsOf(GfaRule rule) {
		return ROWS_AS_OF.formatted(rule.order());
	}

	/**
	 * All rows as of an observation id, one class per alloy by {@code rule}, ordered by canonical key (the order the
	 * checksum is taken in).
	 */
	public Stream<DatasetRow> asOf(long observationId, GfaRule rule) {
		return this.jdbc.sql(rowsAsOf(rule) + " GROUP BY a.id, gfa.gfa_class ORDER BY a.canonical_key")
			.param("asOf", observationId)
			.query(DatasetRow.class)
			.stream();
	}

	/** Current rows matching a filter, for browsing the dataset. */
	public List<DatasetRow> search(AlloyFilter filter, int limit, long offset) {
		return this.jdbc.sql(rowsAsOf(GfaRule.CURRENT) + filter.whereClause() + " GROUP BY a.id, gfa.gfa_class" + filter.havingClause()
				+ " ORDER BY a.canonical_key LIMIT :limit OFFSET :offset")
			.param("asOf", Long.MAX_VALUE)
			.params(filter.parameters())
			.param("limit", limit)
			.param("offset", offset)
			.query(DatasetRow.class)
			.list();
	}

	public java.util.Optional<DatasetRow> byKey(String canonicalKey) {
		return this.jdbc.sql(rowsAsOf(GfaRule.CURRENT) + " WHERE a.canonical_key = :key GROUP BY a.id, gfa.gfa_class")
			.param("asOf", Long.MAX_VALUE)
			.param("key", canonicalKey)
			.query(DatasetRow.class)
			.optional();
	}

	public long count(AlloyFilter filter) {
		return this.jdbc.sql("SELECT count(*) FROM (" + rowsAsOf(GfaRule.CURRENT) + filter.whereClause()
				+ " GROUP BY a.id, gfa.gfa_class" + filter.havingClause() + ") matching")
			.param("asOf", Long.MAX_VALUE)
			.params(filter.parameters())
			.query(Long.class)
			.single();
	}

}
