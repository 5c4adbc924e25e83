package org.alloygan.descriptor.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alloygan.core.descriptor.ReportedTemperatures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Alloys of an import whose reports of one temperature disagree: after an import, the observations (from any source)
 * of each alloy it touched, where the highest and lowest Tg, Tx or Tl of the same composition disagree by
 * {@link ReportedTemperatures} (the rule gan-service applies to a version's rows). Such alloys usually mean misaligned columns or mixed-up rows in the
 * source; a model trained on them cannot do better than their scatter (docs/benchmarks.md, "Surrogates and GFA").
 */
@Component
class Disagreements {

	/** Examples listed, largest relative spread first. */
	static final int EXAMPLES = 5;

	private final JdbcClient jdbc;

	Disagreements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param alloys alloys with at least one disagreeing temperature
	 * @param byProperty of those, how many disagree on each of Tg_K, Tx_K, Tl_K
	 * @param examples the largest disagreements
	 * @param tolerance the relative spread beyond which reports disagree
	 */
	record Report(int alloys, Map<String, Integer> byProperty, List<Example> examples, double tolerance) {
	}

	/**
	 * @param reports the alloy's current observations of the property
	 */
	record Example(String formula, String property, double lowest, double highest, double median, int reports) {
	}

	Report of(UUID importId) {
		// every repeated report, judged below by the one rule both services apply
		List<Example> repeated = this.jdbc.sql("""
				WITH touched AS (
				    SELECT DISTINCT alloy_id FROM observation WHERE source_ref LIKE :prefix
				), current_obs AS (
				    SELECT o.* FROM observation o JOIN touched t ON t.alloy_id = o.alloy_id
				    WHERE NOT EXISTS (SELECT 1 FROM observation later WHERE later.lineage = o.lineage AND later.id > o.id)
				), spread AS (
				    SELECT a.formula, p.property, min(p.value) AS lowest, max(p.value) AS highest,
				           percentile_cont(0.5) WITHIN GROUP (ORDER BY p.value) AS median, count(*) AS reports
				    FROM current_obs o
				    JOIN alloy a ON a.id = o.alloy_id
				    CROSS JOIN LATERAL (VALUES ('Tg_K', o.tg_k), ('Tx_K', o.tx_k), ('Tl_K', o.tl_k)) AS p (property, value)
				    WHERE p.value IS NOT NULL
				    GROUP BY a.id, a.formula, p.property
				    HAVING count(*) > 1
				)
				SELECT formula, property, lowest, highest, median, reports FROM spread
				ORDER BY (highest - lowest) / median DESC, formula, property""")
			.param("prefix", "import/" + importId + "/%")
			.query(Example.class)
			.list();
		List<Example> spreads = repeated.stream()
			.filter((e) -> ReportedTemperatures.disagree(e.median(), e.highest() - e.lowest()))
			.toList();
		Set<String> alloys = new LinkedHashSet<>();
		Map<String, Integer> byProperty = new LinkedHashMap<>();
		for (String property : List.of("Tg_K", "Tx_K", "Tl_K")) {
			byProperty.put(property, 0);
		}
		for (Example spread : spreads) {
			alloys.add(spread.formula());
			byProperty.merge(spread.property(), 1, Integer::sum);
		}
		return new Report(alloys.size(), byProperty, new ArrayList<>(spreads.subList(0, Math.min(EXAMPLES,
				spreads.size()))), ReportedTemperatures.DISAGREEMENT);
	}

}
