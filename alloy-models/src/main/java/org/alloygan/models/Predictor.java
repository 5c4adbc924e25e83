package org.alloygan.models;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.composition.CompositionException;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.models.booster.Parallel;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.gfa.GfaModel;
import org.alloygan.models.regression.Estimate;
import org.alloygan.models.regression.RegressionModel;
import org.alloygan.models.regression.Target;

/**
 * Batch prediction with the active surrogate and/or classifier.
 *
 * <p>
 * Built for screening many candidates: the batch is cut into chunks of {@value #CHUNK} rows that are featurised once
 * (shared by every model, since all use {@link FeatureSet#standard()}) and predicted by each tree model in one call,
 * chunks running in parallel on {@code threads} threads. Thread-safe.
 */
public final class Predictor {

	/** Rows per parallel chunk. */
	static final int CHUNK = 8192;

	private final SurrogateModel surrogate;

	private final GfaClassifier classifier;

	private final int threads;

	private final CompositionParser parser = new CompositionParser();

	/**
	 * A predictor on all processors.
	 * @param surrogate the property surrogate, or null
	 * @param classifier the GFA classifier, or null
	 * @throws IllegalArgumentException if both are null
	 */
	public Predictor(SurrogateModel surrogate, GfaClassifier classifier) {
		this(surrogate, classifier, Parallel.defaultThreads());
	}

	/** A predictor on {@code threads} threads; see {@link #Predictor(SurrogateModel, GfaClassifier)}. */
	public Predictor(SurrogateModel surrogate, GfaClassifier classifier, int threads) {
		if (surrogate == null && classifier == null) {
			throw new IllegalArgumentException("a predictor needs a surrogate, a classifier or both");
		}
		this.surrogate = surrogate;
		this.classifier = classifier;
		this.threads = Math.max(1, threads);
	}

	/**
	 * Predicts every composition, in order.
	 * @throws IllegalArgumentException if a composition has an element beyond Pu (check with
	 * {@link FeatureSet#supports} first, or use {@link #predictTexts})
	 */
	public List<Prediction> predict(List<Composition> compositions) {
		int chunks = (compositions.size() + CHUNK - 1) / CHUNK;
		List<List<Prediction>> parts = Parallel.map(this.threads, chunks, (c) -> predictChunk(
				compositions.subList(c * CHUNK, Math.min(compositions.size(), (c + 1) * CHUNK))));
		List<Prediction> predictions = new ArrayList<>(compositions.size());
		parts.forEach(predictions::addAll);
		return predictions;
	}

	/**
	 * Parses and predicts composition texts; a text that cannot be parsed or featurised gets an error in its
	 * {@link PredictionResult} and the others are still predicted.
	 */
	public List<PredictionResult> predictTexts(List<String> texts) {
		List<Composition> valid = new ArrayList<>(texts.size());
		List<Integer> validIndex = new ArrayList<>(texts.size());
		PredictionResult[] results = new PredictionResult[texts.size()];
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			if (text == null || text.isBlank()) {
				results[i] = PredictionResult.failed(text, "empty composition", -1);
				continue;
			}
			try {
				Composition composition = this.parser.parse(text).composition();
				if (!FeatureSet.supports(composition)) {
					results[i] = PredictionResult.failed(text,
							"has an element beyond Pu (Z = " + FeatureSet.MAX_Z + "), outside the models' features", -1);
					continue;
				}
				valid.add(composition);
				validIndex.add(i);
			}
			catch (CompositionException ex) {
				results[i] = PredictionResult.failed(text, ex.reason(), ex.position());
			}
		}
		List<Prediction> predictions = predict(valid);
		for (int j = 0; j < predictions.size(); j++) {
			results[validIndex.get(j)] = PredictionResult.ok(texts.get(validIndex.get(j)), predictions.get(j));
		}
		return List.of(results);
	}

	private List<Prediction> predictChunk(List<Composition> compositions) {
		FeatureMatrix features = FeatureSet.standard().matrix(compositions);
		Map<Target, float[]> values = new EnumMap<>(Target.class);
		if (this.surrogate != null) {
			for (RegressionModel model : this.surrogate.regressors().values()) {
				values.put(model.target(), model.predict(features));
			}
		}
		float[] probabilities = (this.classifier != null) ? this.classifier.model().probabilities(features) : null;
		List<Prediction> predictions = new ArrayList<>(compositions.size());
		for (int r = 0; r < compositions.size(); r++) {
			Composition composition = compositions.get(r);
			String family = composition.baseElement();
			Map<Target, Estimate> properties = new EnumMap<>(Target.class);
			for (Map.Entry<Target, float[]> entry : values.entrySet()) {
				properties.put(entry.getKey(),
						this.surrogate.regressors().get(entry.getKey()).estimate(entry.getValue()[r], family));
			}
			GfaProbabilities gfa = null;
			if (probabilities != null) {
				int at = r * GfaModel.CLASSES;
				gfa = new GfaProbabilities(probabilities[at], probabilities[at + 1], probabilities[at + 2]);
			}
			predictions.add(new Prediction(composition, properties, gfa, warnings(composition)));
		}
		return predictions;
	}

	private List<String> warnings(Composition composition) {
		List<String> warnings = List.of();
		if (this.surrogate != null) {
			List<String> unseen = this.surrogate.elements().unseen(composition);
			if (unseen != null) {
				warnings = new ArrayList<>(warnings);
				warnings.add("the property surrogate was not trained on " + String.join(", ", unseen)
						+ "; its values and intervals are extrapolations");
			}
		}
		if (this.classifier != null) {
			List<String> unseen = this.classifier.elements().unseen(composition);
			if (unseen != null) {
				warnings = new ArrayList<>(warnings);
				warnings.add("the GFA classifier was not trained on " + String.join(", ", unseen)
						+ "; its probabilities are extrapolations");
			}
		}
		return warnings;
	}

}
