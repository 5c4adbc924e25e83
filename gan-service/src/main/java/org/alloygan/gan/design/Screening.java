package org.alloygan.gan.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted.Prediction;
import org.alloygan.models.GfaProbabilities;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;

/**
 * Turns raw generator output into the candidates a lab can make: valid, distinct, within the constraints,
 * novel enough, and (when a surrogate is active) predicted within tolerance of the targets and (when a GFA
 * classifier is active) likely to form a glass, best first.
 * Counts why the others were dropped.
 */
final class Screening {

	/** P(glass) a candidate needs when a GFA classifier is active and the request sets no minimum. */
	static final double DEFAULT_MIN_GLASS_PROBABILITY = 0.5;

	/** Width of the bands of mean relative miss within which candidates are ranked by P(glass). */
	static final double RANK_BAND = 0.01;

	private final DesignRequest request;

	private final DesignRequest.Constraints constraints;

	private final Map<String, Integer> dropped = new LinkedHashMap<>();

	private final Set<String> seen = new LinkedHashSet<>();

	/** The element constraints as symbols, null when not given: checked for every generated composition. */
	private final Set<String> forbidden;

	private final Set<String> allowed;

	private final Set<String> required;

	private final String baseElement;

	Screening(DesignRequest request) {
		this.request = request;
		this.constraints = (request.constraints() != null) ? request.constraints() : DesignRequest.Constraints.NONE;
		this.forbidden = symbols(this.constraints.forbiddenElements());
		this.allowed = symbols(this.constraints.allowedElements());
		this.required = symbols(this.constraints.requiredElements());
		this.baseElement = (this.constraints.baseElement() != null) ? symbol(this.constraints.baseElement()) : null;
	}

	private static Set<String> symbols(List<String> elements) {
		if (elements == null) {
			return null;
		}
		Set<String> symbols = new LinkedHashSet<>();
		elements.forEach((e) -> symbols.add(symbol(e)));
		return symbols;
	}

	/** A candidate on its way through screening. */
	static final class Candidate {

		final Composition composition;

		KnownAlloys.Nearest nearest;

		Map<String, Prediction> predicted = Map.of();

		Double score;

		GfaProbabilities gfa;

		Candidate(Composition composition) {
			this.composition = composition;
		}

	}

	/**
	 * Valid compositions, distinct from each other and from earlier batches, that satisfy the element
	 * constraints, in generation order.
	 * @param generated the generator's rounded compositions, null for a row with nothing left after rounding
	 */
	List<Candidate> admissible(List<Composition> generated) {
		List<Candidate> out = new ArrayList<>();
		for (Composition composition : generated) {
			if (composition == null) {
				drop("empty after dropping tiny fractions");
				continue;
			}
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
		int n = composition.size();
		if (this.forbidden != null) {
			for (int i = 0; i < n; i++) {
				if (this.forbidden.contains(composition.symbol(i))) {
					return "contains a forbidden element";
				}
			}
		}
		if (this.allowed != null) {
			for (int i = 0; i < n; i++) {
				if (!this.allowed.contains(composition.symbol(i))) {
					return "contains an element outside allowedElements";
				}
			}
		}
		if (this.required != null) {
			for (String element : this.required) {
				if (!contains(composition, element)) {
					return "lacks a required element";
				}
			}
		}
		if (this.constraints.maxComponents() != null && n > this.constraints.maxComponents()) {
			return "more than maxComponents elements";
		}
		if (this.baseElement != null && !composition.baseElement().equals(this.baseElement)) {
			return "base element is not " + this.baseElement;
		}
		return null;
	}

	private static boolean contains(Composition composition, String symbol) {
		for (int i = 0; i < composition.size(); i++) {
			if (composition.symbol(i).equals(symbol)) {
				return true;
			}
		}
		return false;
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
	 * The first, cheap screen, on point values of the targeted properties only, one property after the other on the
	 * candidates the previous ones kept (most candidates miss the first tolerance, so the later properties are
	 * predicted for few): keeps the candidates whose every targeted property the surrogate models is within its
	 * tolerance, the same test, on the same numbers, as {@link #screen}, which then sees only those. A targeted
	 * property the surrogate does not model is left to {@link #screen}.
	 */
	List<Candidate> prescreen(List<Candidate> candidates, PropertyPredictor.Models models) {
		if (models.surrogateId() == null || this.request.targets().isEmpty()) {
			return candidates;
		}
		List<Candidate> featurised = new ArrayList<>(candidates.size());
		List<Composition> compositions = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			if (FeatureSet.supports(c.composition)) {
				featurised.add(c);
				compositions.add(c.composition);
			}
			else {
				drop("no prediction: has an element beyond Pu, outside the models' features");
			}
		}
		List<Candidate> kept = featurised;
		FeatureMatrix features = models.features(compositions);
		for (Map.Entry<String, DesignRequest.Target> target : this.request.targets().entrySet()) {
			float[] values = models.values(target.getKey(), features);
			if (values == null) {
				continue;
			}
			double wanted = target.getValue().value();
			int[] rows = new int[kept.size()];
			int count = 0;
			for (int i = 0; i < kept.size(); i++) {
				if (Math.abs(values[i] - wanted) / Math.abs(wanted) > target.getValue().tolerance()) {
					drop("predicted " + target.getKey() + " outside tolerance");
				}
				else {
					rows[count++] = i;
				}
			}
			List<Candidate> next = new ArrayList<>(count);
			for (int k = 0; k < count; k++) {
				next.add(kept.get(rows[k]));
			}
			kept = next;
			features = features.rows(Arrays.copyOf(rows, count));
		}
		return kept;
	}

	/**
	 * Screens with what the active models predicted. With a surrogate: keeps candidates whose predicted value of
	 * every requested target is within its tolerance ({@code score} = mean relative miss). With a GFA classifier:
	 * keeps candidates with P(glass) = P(ribbon) + P(BMG) of at least {@code minGlassProbability} (default
	 * {@value #DEFAULT_MIN_GLASS_PROBABILITY}). Ranking: by the mean relative miss in bands of
	 * {@value #RANK_BAND} (1 % of the target; finer differences are far inside the surrogate's intervals), within a
	 * band by P(glass), most likely glass first, then by the exact miss; by P(glass) alone when there is no
	 * surrogate. The sort is stable, so equal candidates keep their generation order. Returns the candidates that
	 * pass in their given order: {@link #rank} orders them.
	 */
	List<Candidate> screen(List<Candidate> candidates, PropertyPredictor.Predictions predictions) {
		double minGlass = (this.constraints.minGlassProbability() != null) ? this.constraints.minGlassProbability()
				: DEFAULT_MIN_GLASS_PROBABILITY;
		List<Candidate> out = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			String miss = null;
			if (predictions.properties()) {
				c.predicted = predictions.values().get(i);
				double sum = 0;
				for (Map.Entry<String, DesignRequest.Target> target : this.request.targets().entrySet()) {
					Prediction p = c.predicted.get(target.getKey());
					if (p == null) {
						miss = "no prediction for " + target.getKey();
						break;
					}
					double relative = Math.abs(p.value() - target.getValue().value())
							/ Math.abs(target.getValue().value());
					if (relative > target.getValue().tolerance()) {
						miss = "predicted " + target.getKey() + " outside tolerance";
						break;
					}
					sum += relative;
				}
				c.score = this.request.targets().isEmpty() ? 0.0 : sum / this.request.targets().size();
			}
			if (miss == null && predictions.glass()) {
				c.gfa = predictions.gfa().get(i);
				if (c.gfa == null) {
					miss = "no GFA prediction (cannot be featurised)";
				}
				else if (c.gfa.glass() < minGlass) {
					miss = "predicted not to form a glass (P(glass) below " + minGlass + ")";
				}
			}
			if (miss != null) {
				drop(miss);
				continue;
			}
			out.add(c);
		}
		return out;
	}

	/** Orders candidates that passed {@link #screen} (possibly over several rounds), best first; see there. */
	static void rank(List<Candidate> candidates, boolean properties, boolean glass) {
		Comparator<Candidate> order = null;
		if (properties) {
			order = Comparator.comparingDouble((c) -> Math.floor(c.score / RANK_BAND));
		}
		if (glass) {
			Comparator<Candidate> byGlass = Comparator.comparingDouble((c) -> -c.gfa.glass());
			order = (order != null) ? order.thenComparing(byGlass) : byGlass;
		}
		if (properties) {
			order = order.thenComparingDouble((c) -> c.score);
		}
		if (order != null) {
			candidates.sort(order);
		}
	}

	/** For the design's summary: how candidates were screened for glass formation, or why they were not. */
	static String glassScreening(DesignRequest request, Optional<PropertyPredictor.Predictions> predictions) {
		if (predictions.isEmpty() || !predictions.get().glass()) {
			return "no GFA classifier is active: candidates are not screened for glass formation and carry no "
					+ "GFA probabilities";
		}
		Double min = (request.constraints() != null) ? request.constraints().minGlassProbability() : null;
		return "kept P(glass) >= " + ((min != null) ? min : DEFAULT_MIN_GLASS_PROBABILITY) + " (GFA classifier "
				+ predictions.get().classifierModelId() + ")"
				+ (predictions.get().properties() ? "; ranked by the mean relative miss in " + (int) (RANK_BAND * 100)
						+ " % bands, then by P(glass)" : "; ranked by P(glass)");
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
