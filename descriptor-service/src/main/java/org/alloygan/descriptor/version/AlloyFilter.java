package org.alloygan.descriptor.version;

import java.util.HashMap;
import java.util.Map;

/**
 * Filters for browsing alloys: base-element family, an element the alloy contains, ranges of the median
 * Tg/Tx/Tl. Only named parameters reach the SQL, never the values themselves.
 */
public record AlloyFilter(String family, String element, Double tgMin, Double tgMax, Double txMin, Double txMax,
		Double tlMin, Double tlMax) {

	String whereClause() {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		if (this.family != null) {
			where.append(" AND a.family = :family");
		}
		if (this.element != null) {
			where.append(" AND EXISTS (SELECT 1 FROM alloy_element e WHERE e.alloy_id = a.id AND e.element = :element)");
		}
		return where.toString();
	}

	String havingClause() {
		StringBuilder having = new StringBuilder();
		range(having, "tg_k", "tgMin", this.tgMin, "tgMax", this.tgMax);
		range(having, "tx_k", "txMin", this.txMin, "txMax", this.txMax);
		range(having, "tl_k", "tlMin", this.tlMin, "tlMax", this.tlMax);
		return (having.length() == 0) ? "" : " HAVING TRUE" + having;
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		put(parameters, "family", this.family);
		put(parameters, "element", this.element);
		put(parameters, "tgMin", this.tgMin);
		put(parameters, "tgMax", this.tgMax);
		put(parameters, "txMin", this.txMin);
		put(parameters, "txMax", this.txMax);
		put(parameters, "tlMin", this.tlMin);
		put(parameters, "tlMax", this.tlMax);
		return parameters;
	}

	private static void range(StringBuilder having, String column, String minName, Double min, String maxName,
			Double max) {
		String median = "percentile_cont(0.5) WITHIN GROUP (ORDER BY o." + column + ")";
		if (min != null) {
			having.append(" AND ").append(median).append(" >= :").append(minName);
		}
		if (max != null) {
			having.append(" AND ").append(median).append(" <= :").append(maxName);
		}
	}

	private static void put(Map<String, Object> parameters, String name, Object value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

}
