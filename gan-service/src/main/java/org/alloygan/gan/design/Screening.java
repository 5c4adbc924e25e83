package org.alloygan.gan.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted.Prediction;

/**
 * Turns raw generator output into the candidates a lab can make: valid, distinct, within the constraints,
 * novel enough, and (when a surrogate is active) predicted within tolerance of the targets, best first.
 * Counts why the others were dropped.
 */
final class Screening {

	private final DesignRequest request;

	private final DesignRequest.Constraints constraints;

	private final Map<String, Integer> dropped = new LinkedHashMap<>();

	private final Set<String> seen = new LinkedHashSet<>();

	Screening(DesignRequest request) {
		this.request = request;
		this.constraints = (request.constraints() != null) ? request.constraints() : DesignRequest.Constraints.NONE;
	}

	/** A candidate on its way through screening. */
	static final class Candidate {

		final Composition composition;

		KnownAlloys.Nearest nearest;

		Map<String, Prediction> predicted = Map.of();

		Double score;

		Candidate(Composition composition) {
			this.composition = composition;
		}

	}

	/**
	 * Valid compositions, distinct from each other and from earlier batches, that satisfy the element
	 * constraints, in generation order.
	 */
	List<Candidate> admissible(List<Map<String, Double>> generated) {
		List<Candidate> out = new ArrayList<>();
		for (Map<String, Double> amounts : generated) {
			if (amounts.isEmpty()) {
				drop("empty after dropping tiny fractions");
				continue;
			}
			Composition composition = Composition.of(amounts);
			if (!this.seen.add(composition.canonicalKey())) {
				drop("duplicate of an earlier candidate");
				continue;
			}
			String violation = violation(composition);
			if (violation != null) {
				drop(violation);
				continue;
			}
			out.add(new Candidate(composition));
		}
		return out;
	}

	private String violation(Composition composition) {
		Set<String> elements = composition.atomicPercent().keySet();
		if (this.constraints.forbiddenElements() != null
				&& this.constraints.forbiddenElements().stream().map(Screening::symbol).anyMatch(elements::contains)) {
			return "contains a forbidden element";
		}
		if (this.constraints.allowedElements() != null) {
			Set<String> allowed = new LinkedHashSet<>();
			this.constraints.allowedElements().forEach((e) -> allowed.add(symbol(e)));
			if (!allowed.containsAll(elements)) {
				return "contains an element outside allowedElements";
			}
		}
		if (this.constraints.requiredElements() != null && !this.constraints.requiredElements()
			.stream()
			.map(Screening::symbol)
			.allMatch(elements::contains)) {
			return "lacks a required element";
		}
		if (this.constraints.maxComponents() != null && composition.size() > this.constraints.maxComponents()) {
			return "more than maxComponents elements";
		}
		if (this.constraints.baseElement() != null
				&& !composition.baseElement().equals(symbol(this.constraints.baseElement()))) {
			return "base element is not " + symbol(this.constraints.baseElement());
		}
		return null;
	}

	/** Keeps candidates at least minNovelty at.% away from every known alloy. */
	List<Candidate> novel(List<Candidate> candidates, KnownAlloys.Index known) {
		double min = (this.constraints.minNovelty() != null) ? this.constraints.minNovelty() : 0.0;
		List<Candidate> out = new ArrayList<>();
		for (Candidate c : candidates) {
			c.nearest = known.nearest(c.composition.atomicPercent());
			if (c.nearest.novelty() < min) {
				drop("closer than minNovelty to a known alloy");
			}
			else {
				out.add(c);
			}
		}
		return out;
	}

	/**
	 * Keeps candidates whose predicted value of every requested target is within its tolerance, ranked by
	 * the mean relative miss.
	 */
	List<Candidate> withinTolerance(List<Candidate> candidates, List<Map<String, Prediction>> predictions) {
		List<Candidate> out = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			c.predicted = predictions.get(i);
			double sum = 0;
			String miss = null;
			for (Map.Entry<String, DesignRequest.Target> target : this.request.targets().entrySet()) {
				Prediction p = c.predicted.get(target.getKey());
				if (p == null) {
					miss = "no prediction for " + target.getKey();
					break;
				}
				double relative = Math.abs(p.value() - target.getValue().value()) / Math.abs(target.getValue().value());
				if (relative > target.getValue().tolerance()) {
					miss = "predicted " + target.getKey() + " outside tolerance";
					break;
				}
				sum += relative;
			}
			if (miss != null) {
				drop(miss);
				continue;
			}
			c.score = this.request.targets().isEmpty() ? 0.0 : sum / this.request.targets().size();
			out.add(c);
		}
		out.sort((a, b) -> Double.compare(a.score, b.score));
		return out;
	}

	/** Replaces the candidates' predictions (e.g. the targeted ones of the screen) with fuller ones. */
	void describe(List<Candidate> candidates, List<Map<String, Prediction>> predictions) {
		for (int i = 0; i < candidates.size(); i++) {
			candidates.get(i).predicted = predictions.get(i);
		}
	}

	void drop(String reason) {
		this.dropped.merge(reason, 1, Integer::sum);
	}

	Map<String, Integer> dropped() {
		return this.dropped;
	}

	static String symbol(String text) {
		String t = text.trim();
		return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1).toLowerCase(Locale.ROOT);
	}

}
