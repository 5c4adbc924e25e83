package org.alloygan.models;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alloygan.models.data.GfaSamples;
import org.alloygan.models.data.Sample;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.gfa.GfaModel;
import org.alloygan.models.gfa.GfaOptions;
import org.alloygan.models.gfa.GfaTrainer;

/**
 * The glass-forming-ability classifier as a versioned artifact (registry kind {@value #KIND}). Immutable and
 * thread-safe.
 */
public final class GfaClassifier {

	/** Model-registry kind. */
	public static final String KIND = "classifier";

	private final GfaModel model;

	private final ModelInfo info;

	private final Elements elements;

	GfaClassifier(GfaModel model, ModelInfo info) {
		this.model = Objects.requireNonNull(model, "model");
		this.info = Objects.requireNonNull(info, "info");
		this.elements = new Elements(info.elements());
	}

	/**
	 * Trains on the samples that have a class; repeats of one alloy are merged to its highest class
	 * ({@link GfaSamples#byAlloy}).
	 * @param provenance facts to store with the model, e.g. {@code datasetVersion}
	 */
	public static GfaClassifier train(List<Sample> samples, GfaOptions options, Map<String, String> provenance) {
		List<Sample> alloys = GfaSamples.byAlloy(samples);
		GfaModel model = new GfaTrainer().train(alloys, options);
		ModelInfo info = new ModelInfo(KIND, FeatureSet.standard().names(), options.params(),
				Map.of("balancedClassWeights", Boolean.toString(options.balanced()), "repeats",
						"merged per canonical composition to the highest class"),
				alloys.size(), Elements.of(alloys.stream().map(Sample::composition).toList()).symbols(), provenance,
				Map.of());
		return new GfaClassifier(model, info);
	}

	public GfaModel model() {
		return this.model;
	}

	public ModelInfo info() {
		return this.info;
	}

	/** The same model with evaluation metrics added to its {@link #info()} (before saving). */
	public GfaClassifier withMetrics(Map<String, Double> metrics) {
		return new GfaClassifier(this.model, this.info.withMetrics(metrics));
	}

	Elements elements() {
		return this.elements;
	}

}
