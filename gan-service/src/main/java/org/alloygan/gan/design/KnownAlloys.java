package org.alloygan.gan.design;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.alloygan.core.composition.Composition;
import org.alloygan.gan.cgan.TrainingRow;
import org.alloygan.gan.dataset.DatasetClient;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * The alloys of a dataset version, for novelty: how many at.% must change to turn a candidate into the
 * nearest known alloy (half the L1 distance; 0 = a known alloy, 100 = nothing in common). Predictions use it too, to
 * say how far a composition lies from everything the surrogate learned from.
 */
@Component
public class KnownAlloys {

	private final DatasetClient dataset;

	private final Map<Long, Index> byVersion = new ConcurrentHashMap<>();

	KnownAlloys(DatasetClient dataset) {
		this.dataset = dataset;
	}

	/** Nearest known alloy and the distance to it. */
	public record Nearest(String formula, double novelty) {
	}

	public Index of(long datasetVersionId) {
		return this.byVersion.computeIfAbsent(datasetVersionId, (id) -> new Index(this.dataset.trainingRows(id)));
	}

	/**
	 * The version's index when descriptor-service answers at once (or it is already here); empty when it does not,
	 * for answers that can do without it rather than wait through the retries.
	 */
	public Optional<Index> ofIfReachable(long datasetVersionId) {
		try {
			return Optional.of(this.byVersion.computeIfAbsent(datasetVersionId,
					(id) -> new Index(this.dataset.trainingRowsWithoutRetries(id))));
		}
		catch (RestClientException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The known alloys column by column (one array of at.% per element), so that the distance to a candidate costs
	 * one pass per element of the candidate rather than one per element of the vocabulary: with both sides summing
	 * to 100 at.%, |k − x|₁ = Σ_{e ∈ x} (|k_e − x_e| − k_e) + Σ_e k_e.
	 */
	public static final class Index {

		private final Map<String, double[]> columns = new HashMap<>();

		private final double[] totals;

		private final String[] formulas;

		Index(List<TrainingRow> rows) {
			int n = rows.size();
			this.totals = new double[n];
			this.formulas = new String[n];
			for (int i = 0; i < n; i++) {
				Composition composition = Composition.of(rows.get(i).atomicPercent());
				this.formulas[i] = composition.formula();
				for (Map.Entry<String, Double> e : composition.atomicPercent().entrySet()) {
					this.columns.computeIfAbsent(e.getKey(), (el) -> new double[n])[i] = e.getValue();
					this.totals[i] += e.getValue();
				}
			}
		}

		public Nearest nearest(Map<String, Double> atomicPercent) {
			if (this.formulas.length == 0) {
				return new Nearest(null, 100.0);
			}
			double[] distance = new double[this.totals.length];
			double outside = 0;
			for (Map.Entry<String, Double> e : atomicPercent.entrySet()) {
				if (!this.columns.containsKey(e.getKey())) {
					outside += e.getValue();
				}
			}
			for (int i = 0; i < distance.length; i++) {
				distance[i] = this.totals[i] + outside;
			}
			for (Map.Entry<String, Double> e : atomicPercent.entrySet()) {
				double[] column = this.columns.get(e.getKey());
				if (column == null) {
					continue;
				}
				double x = e.getValue();
				for (int i = 0; i < distance.length; i++) {
					distance[i] += Math.abs(column[i] - x) - column[i];
				}
			}
			int best = 0;
			for (int i = 1; i < distance.length; i++) {
				if (distance[i] < distance[best]) {
					best = i;
				}
			}
			return new Nearest(this.formulas[best], Math.max(0.0, distance[best]) / 2.0);
		}

	}

}
