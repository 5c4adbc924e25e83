package org.alloygan.gan.design;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.alloygan.core.composition.Composition;
import org.alloygan.gan.cgan.TrainingRow;
import org.alloygan.gan.dataset.DatasetClient;

import org.springframework.stereotype.Component;

/**
 * The alloys of a dataset version, for novelty: how many at.% must change to turn a candidate into the
 * nearest known alloy (half the L1 distance; 0 = a known alloy, 100 = nothing in common).
 */
@Component
class KnownAlloys {

	private final DatasetClient dataset;

	private final Map<Long, Index> byVersion = new ConcurrentHashMap<>();

	KnownAlloys(DatasetClient dataset) {
		this.dataset = dataset;
	}

	/** Nearest known alloy and the distance to it. */
	record Nearest(String formula, double novelty) {
	}

	Index of(long datasetVersionId) {
		return this.byVersion.computeIfAbsent(datasetVersionId, (id) -> new Index(this.dataset.trainingRows(id)));
	}

	static final class Index {

		private final Map<String, Integer> column = new HashMap<>();

		private final double[][] known;

		private final String[] formulas;

		Index(List<TrainingRow> rows) {
			this.known = new double[rows.size()][];
			this.formulas = new String[rows.size()];
			rows.forEach((row) -> row.atomicPercent().keySet().forEach((el) -> this.column.putIfAbsent(el, this.column.size())));
			for (int i = 0; i < rows.size(); i++) {
				Composition composition = Composition.of(rows.get(i).atomicPercent());
				this.known[i] = dense(composition.atomicPercent());
				this.formulas[i] = composition.formula();
			}
		}

		Nearest nearest(Map<String, Double> atomicPercent) {
			double[] candidate = dense(atomicPercent);
			double outside = 0;
			for (Map.Entry<String, Double> e : atomicPercent.entrySet()) {
				if (!this.column.containsKey(e.getKey())) {
					outside += e.getValue();
				}
			}
			double best = Double.POSITIVE_INFINITY;
			int bestIndex = -1;
			for (int i = 0; i < this.known.length; i++) {
				double distance = outside;
				double[] k = this.known[i];
				for (int c = 0; c < k.length && distance < best; c++) {
					distance += Math.abs(k[c] - candidate[c]);
				}
				if (distance < best) {
					best = distance;
					bestIndex = i;
				}
			}
			return (bestIndex < 0) ? new Nearest(null, 100.0) : new Nearest(this.formulas[bestIndex], best / 2.0);
		}

		private double[] dense(Map<String, Double> atomicPercent) {
			double[] v = new double[this.column.size()];
			atomicPercent.forEach((el, pct) -> {
				Integer c = this.column.get(el);
				if (c != null) {
					v[c] = pct;
				}
			});
			return v;
		}

	}

}
