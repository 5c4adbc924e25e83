package org.alloygan.models;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.alloygan.core.element.PeriodicTable;
import org.alloygan.models.regression.Calibration;
import org.alloygan.models.regression.Estimate;
import org.alloygan.models.regression.RegressionModel;
import org.alloygan.models.regression.Target;

/**
 * Batch prediction with the active surrogate and/or classifier.
 *
 * <p>
 * Built for screening many candidates: the batch is cut into chunks of at most {@value #CHUNK} rows (at least
 * {@value #MIN_CHUNK}, and enough chunks to keep every thread busy) that are featurised once (shared by every model,
 * since all use {@link FeatureSet#standard()}) and predicted by each tree model in one call, chunks running in
 * parallel on {@code threads} threads. Thread-safe.
 */
public final class Predictor {

	/** Most rows per parallel chunk. */
	static final int CHUNK = 8192;

	/**
	 * Fewest rows per parallel chunk: a model call costs XGBoost about as much as a few rows, so a design's thousand
	 * survivors are still split between the threads (in one chunk of 8,192 they ran on one).
	 */
	static final int MIN_CHUNK = 256;

	/** Rows per parallel chunk of {@link #features}: a design's round of a few thousand candidates still splits. */
	static final int FEATURE_CHUNK = 1024;

	private final SurrogateModel surrogate;

	private final GfaClassifier classifier;

	private final int threads;

	/** The surrogate's regressors in target order; empty without a surrogate. */
	private final RegressionModel[] regressors;

	/** {@code halfWidths[m][z]}: interval half-width of regressor m for a base element of atomic number z. */
	private final double[][] halfWidths;

	private final double[] levels;

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
		this.regressors = (surrogate != null) ? surrogate.regressors().values().toArray(new RegressionModel[0])
				: new RegressionModel[0];
		// interval half-widths by the base element's atomic number, so the per-row loop does no map lookups
		this.halfWidths = new double[this.regressors.length][PeriodicTable.MAX_Z + 1];
		this.levels = new double[this.regressors.length];
		for (int m = 0; m < this.regressors.length; m++) {
			Calibration calibration = this.regressors[m].calibration();
			this.levels[m] = calibration.level();
			this.halfWidths[m][0] = calibration.globalHalfWidth();
			for (int z = 1; z <= PeriodicTable.MAX_Z; z++) {
				this.halfWidths[m][z] = calibration.halfWidth(PeriodicTable.symbol(z));
			}
		}
	}

	/**
	 * Predicts every composition, in order.
	 * @throws IllegalArgumentException if a composition has an element beyond Pu (check with
	 * {@link FeatureSet#supports} first, or use {@link #predictTexts})
	 */
	public List<Prediction> predict(List<Composition> compositions) {
		int chunk = chunkSize(compositions.size());
		int chunks = (compositions.size() + chunk - 1) / chunk;
		List<List<Prediction>> parts = Parallel.map(this.threads, chunks, (c) -> predictChunk(
				compositions.subList(c * chunk, Math.min(compositions.size(), (c + 1) * chunk))));
		List<Prediction> predictions = new ArrayList<>(compositions.size());
		parts.forEach(predictions::addAll);
		return predictions;
	}

	/** The property surrogate, or null. */
	public SurrogateModel surrogate() {
		return this.surrogate;
	}

	/** The properties this predictor's surrogate models, in the order of {@link #values}' rows; empty without one. */
	public List<Target> targets() {
		return Arrays.stream(this.regressors).map(RegressionModel::target).toList();
	}

	/**
	 * Features of compositions for {@link #values(Target, FeatureMatrix)}: computed once, then narrowed with
	 * {@link FeatureMatrix#rows} as a screen drops candidates; in parallel chunks on this predictor's threads.
	 * @throws IllegalArgumentException if a composition has an element beyond Pu (see {@link FeatureSet#supports})
	 */
	public FeatureMatrix features(List<Composition> compositions) {
		int rows = compositions.size();
		int chunks = (rows + FEATURE_CHUNK - 1) / FEATURE_CHUNK;
		if (chunks <= 1 || this.threads <= 1) {
			return FeatureSet.standard().matrix(compositions);
		}
		List<FeatureMatrix> parts = Parallel.map(this.threads, chunks, (c) -> FeatureSet.standard()
			.matrix(compositions.subList(c * FEATURE_CHUNK, Math.min(rows, (c + 1) * FEATURE_CHUNK))));
		int width = FeatureSet.standard().width();
		float[] values = new float[rows * width];
		int at = 0;
		for (FeatureMatrix part : parts) {
			System.arraycopy(part.values(), 0, values, at, part.values().length);
			at += part.values().length;
		}
		return new FeatureMatrix(values, rows, width);
	}

	/**
	 * Point predictions of one property, one per row of {@code features}: no interval, no class probabilities and no
	 * object per composition, for a first screen of many candidates.
	 * @return the values, or null when this predictor's surrogate does not model {@code target} (or it has none)
	 */
	public float[] values(Target target, FeatureMatrix features) {
		for (RegressionModel regressor : this.regressors) {
			if (regressor.target() == target) {
				return values(regressor, features);
			}
		}
		return null;
	}

	/** One regressor's point values, row chunks in parallel: XGBoost itself predicts on one thread. */
	private float[] values(RegressionModel regressor, FeatureMatrix features) {
		int rows = features.rows();
		int chunk = chunkSize(rows);
		int chunks = (rows + chunk - 1) / chunk;
		if (chunks <= 1 || this.threads <= 1) {
			return regressor.predict(features);
		}
		List<float[]> parts = Parallel.map(this.threads, chunks,
				(c) -> regressor.predict(features.rowRange(c * chunk, Math.min(rows, (c + 1) * chunk))));
		float[] values = new float[rows];
		for (int c = 0; c < chunks; c++) {
			System.arraycopy(parts.get(c), 0, values, c * chunk, parts.get(c).length);
		}
		return values;
	}

	/** Rows per chunk for {@code rows} rows: two chunks per thread, within [{@value #MIN_CHUNK}, {@value #CHUNK}]. */
	private int chunkSize(int rows) {
		int perThread = (rows + 2 * this.threads - 1) / (2 * this.threads);
		return Math.max(MIN_CHUNK, Math.min(CHUNK, perThread));
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
		float[][] values = new float[this.regressors.length][];
		for (int m = 0; m < this.regressors.length; m++) {
			values[m] = this.regressors[m].predict(features);
		}
		float[] probabilities = (this.classifier != null) ? this.classifier.model().probabilities(features) : null;
		List<Prediction> predictions = new ArrayList<>(compositions.size());
		for (int r = 0; r < compositions.size(); r++) {
			Composition composition = compositions.get(r);
			Map<Target, Estimate> properties = new EnumMap<>(Target.class);
			if (this.regressors.length > 0) {
				int family = baseAtomicNumber(composition);
				for (int m = 0; m < this.regressors.length; m++) {
					double value = values[m][r];
					double half = this.halfWidths[m][family];
					properties.put(this.regressors[m].target(),
							new Estimate(value, value - half, value + half, this.levels[m]));
				}
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

	/**
	 * The atomic number of {@link Composition#baseElement()} (the first of the largest amounts in symbol order),
	 * without a lookup by symbol.
	 */
	static int baseAtomicNumber(Composition composition) {
		int base = 0;
		for (int i = 1; i < composition.size(); i++) {
			if (composition.fraction(i) > composition.fraction(base)) {
				base = i;
			}
		}
		return composition.atomicNumber(base);
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
