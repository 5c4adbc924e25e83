package org.alloygan.models;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.alloygan.models.booster.BoostingParams;

/**
 * Provenance stored with a model file, for the model registry.
 *
 * @param kind {@link SurrogateModel#KIND} or {@link GfaClassifier#KIND}
 * @param features feature names in column order ({@link org.alloygan.models.features.FeatureSet#names()}); a file whose
 * names differ from what the code computes is refused on load
 * @param params tree hyper-parameters
 * @param settings other training settings (calibration folds, interval level, class weighting, ...), as text
 * @param trainingRows samples trained on (per target for regressors: see {@code settings})
 * @param elements elements present in the training data, alphabetical; predictions for alloys with other elements are
 * flagged as extrapolations
 * @param provenance caller-supplied facts such as the dataset version and its content hash
 * @param metrics caller-supplied evaluation results (e.g. grouped cross-validation), name to value
 */
public record ModelInfo(String kind, List<String> features, BoostingParams params, Map<String, String> settings,
		int trainingRows, List<String> elements, Map<String, String> provenance, Map<String, Double> metrics) {

	public ModelInfo {
		Objects.requireNonNull(kind, "kind");
		features = List.copyOf(features);
		Objects.requireNonNull(params, "params");
		settings = sorted(settings);
		elements = List.copyOf(elements);
		provenance = sorted(provenance);
		metrics = sorted(metrics);
	}

	/** The same information with these metrics added (replacing any with the same name). */
	public ModelInfo withMetrics(Map<String, Double> more) {
		Map<String, Double> all = new TreeMap<>(this.metrics);
		all.putAll(more);
		return new ModelInfo(this.kind, this.features, this.params, this.settings, this.trainingRows, this.elements,
				this.provenance, all);
	}

	private static <V> Map<String, V> sorted(Map<String, V> map) {
		// sorted so that the manifest, and with it the artifact hash, does not depend on map order
		return java.util.Collections.unmodifiableMap(new TreeMap<>((map != null) ? map : Map.of()));
	}

}
