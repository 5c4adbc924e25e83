package org.alloygan.models;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.alloygan.models.booster.Parallel;
import org.alloygan.models.data.Sample;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.regression.RegressionModel;
import org.alloygan.models.regression.RegressionOptions;
import org.alloygan.models.regression.RegressionTrainer;
import org.alloygan.models.regression.Target;

/**
 * The property surrogate: one {@link RegressionModel} per {@link Target} with its prediction intervals, trained
 * together and versioned as one artifact (registry kind {@value #KIND}). Immutable and thread-safe.
 */
public final class SurrogateModel {

	/** Model-registry kind. */
	public static final String KIND = "surrogate";

	private final Map<Target, RegressionModel> regressors;

	private final ModelInfo info;

	private final Elements elements;

	SurrogateModel(Map<Target, RegressionModel> regressors, ModelInfo info) {
		if (regressors.isEmpty()) {
			throw new IllegalArgumentException("a surrogate needs at least one regressor");
		}
		this.regressors = Collections.unmodifiableMap(new EnumMap<>(regressors));
		this.info = Objects.requireNonNull(info, "info");
		this.elements = new Elements(info.elements());
	}

	/**
	 * Trains a regressor for each target on the samples that have it.
	 * @param samples training samples (repeats of one alloy are kept; grouping is by canonical composition)
	 * @param targets properties to model
	 * @param options hyper-parameters, calibration and threads
	 * @param provenance facts to store with the model, e.g. {@code datasetVersion}
	 * @throws IllegalArgumentException if a target has fewer alloys than calibration folds
	 */
	public static SurrogateModel train(List<Sample> samples, Set<Target> targets, RegressionOptions options,
			Map<String, String> provenance) {
		RegressionTrainer trainer = new RegressionTrainer();
		List<Target> ordered = targets.stream().sorted().toList();
		// targets in parallel, each regressor's fits nested in the same pool
		List<RegressionModel> models = Parallel.map(options.threads(), ordered.size(),
				(i) -> trainer.train(samples, ordered.get(i), options));
		Map<Target, RegressionModel> regressors = new EnumMap<>(Target.class);
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("calibrationFolds", Integer.toString(options.calibrationFolds()));
		settings.put("intervalLevel", Double.toString(options.level()));
		settings.put("calibrationSeed", Long.toString(options.seed()));
		settings.put("intervals", "split-conformal on grouped out-of-fold residuals, per base element with >= "
				+ org.alloygan.models.regression.Calibration.MIN_FAMILY_RESIDUALS + " residuals, else global");
		for (RegressionModel model : models) {
			regressors.put(model.target(), model);
			settings.put("rows." + model.target().label(), Integer.toString(model.trainingRows()));
		}
		List<Sample> used = samples.stream()
			.filter((s) -> ordered.stream().anyMatch((t) -> t.value(s) != null))
			.toList();
		ModelInfo info = new ModelInfo(KIND, FeatureSet.standard().names(), options.params(), settings, used.size(),
				Elements.of(used.stream().map(Sample::composition).toList()).symbols(), provenance, Map.of());
		return new SurrogateModel(regressors, info);
	}

	/** The regressors by target. */
	public Map<Target, RegressionModel> regressors() {
		return this.regressors;
	}

	public ModelInfo info() {
		return this.info;
	}

	/** The same model with evaluation metrics added to its {@link #info()} (before saving). */
	public SurrogateModel withMetrics(Map<String, Double> metrics) {
		return new SurrogateModel(this.regressors, this.info.withMetrics(metrics));
	}

	Elements elements() {
		return this.elements;
	}

}
