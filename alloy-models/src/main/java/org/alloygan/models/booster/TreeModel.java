package org.alloygan.models.booster;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.alloygan.models.features.FeatureMatrix;

/**
 * A trained XGBoost model with one or more outputs per row.
 *
 * <p>
 * Training and prediction always run XGBoost on one thread ({@code nthread = 1}): with OpenMP on a busy 2-core
 * machine, two spinning threads were more than ten times slower than one, and parallelism is better spent across
 * models and row chunks from Java. One thread also makes the result independent of the machine. Prediction is
 * thread-safe (XGBoost's in-place prediction keeps no shared state), so callers may predict chunks concurrently.
 */
public final class TreeModel {

	private final Booster booster;

	private final Objective objective;

	private final int outputs;

	private final byte[] bytes;

	private TreeModel(Booster booster, Objective objective, int outputs, byte[] bytes) {
		this.booster = booster;
		this.objective = objective;
		this.outputs = outputs;
		this.bytes = bytes;
	}

	/**
	 * Trains a model.
	 * @param features training rows
	 * @param labels one label per row (a class index 0..classes-1 for classification)
	 * @param weights one weight per row, or null for equal weights
	 * @param objective what to fit
	 * @param params hyper-parameters
	 */
	public static TreeModel fit(FeatureMatrix features, float[] labels, float[] weights, Objective objective,
			BoostingParams params) {
		if (labels.length != features.rows()) {
			throw new IllegalArgumentException(features.rows() + " rows but " + labels.length + " labels");
		}
		if (features.rows() == 0) {
			throw new IllegalArgumentException("no training rows");
		}
		Map<String, Object> xgb = params.xgboost();
		xgb.put("nthread", 1);
		xgb.put("verbosity", 0);
		objective.configure(xgb);
		DMatrix matrix = null;
		try {
			matrix = new DMatrix(features.values(), features.rows(), features.columns(), Float.NaN);
			matrix.setLabel(labels);
			if (weights != null) {
				matrix.setWeight(weights);
			}
			Booster booster = XGBoost.train(matrix, xgb, params.rounds(), new HashMap<>(), null, null);
			booster.setParam("nthread", 1);
			return new TreeModel(booster, objective, objective.outputs(), booster.toByteArray("ubj"));
		}
		catch (XGBoostError ex) {
			throw new IllegalStateException("XGBoost training failed: " + ex.getMessage(), ex);
		}
		finally {
			if (matrix != null) {
				matrix.dispose();
			}
		}
	}

	/**
	 * Reads a model written by {@link #bytes()}.
	 * @throws IOException if the bytes are not a model
	 */
	public static TreeModel read(byte[] bytes, Objective objective) throws IOException {
		Objects.requireNonNull(objective, "objective");
		try {
			Booster booster = XGBoost.loadModel(bytes);
			booster.setParam("nthread", 1);
			return new TreeModel(booster, objective, objective.outputs(), bytes.clone());
		}
		catch (XGBoostError ex) {
			throw new IOException("not a readable XGBoost model: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Predicts every row: {@code rows × outputs()} values, row-major (probabilities for classification).
	 */
	public float[] predict(FeatureMatrix features) {
		if (features.rows() == 0) {
			return new float[0];
		}
		try {
			float[][] predictions = this.booster.inplace_predict(features.values(), features.rows(),
					features.columns(), Float.NaN);
			float[] flat = new float[features.rows() * this.outputs];
			for (int r = 0; r < predictions.length; r++) {
				System.arraycopy(predictions[r], 0, flat, r * this.outputs, this.outputs);
			}
			return flat;
		}
		catch (XGBoostError ex) {
			throw new IllegalStateException("XGBoost prediction failed: " + ex.getMessage(), ex);
		}
	}

	/** Values per row: 1 for regression, the class count for classification. */
	public int outputs() {
		return this.outputs;
	}

	/** What the model was fitted to. */
	public Objective objective() {
		return this.objective;
	}

	/** The model in XGBoost's UBJSON format, for model files. */
	public byte[] bytes() {
		return this.bytes.clone();
	}

	/**
	 * What a model fits.
	 *
	 * @param name XGBoost objective, e.g. {@code reg:squarederror} or {@code multi:softprob}
	 * @param classes number of classes for {@code multi:softprob}, 0 otherwise
	 */
	public record Objective(String name, int classes) {

		/** Least squares regression. */
		public static Objective squaredError() {
			return new Objective("reg:squarederror", 0);
		}

		/** Class probabilities for {@code classes} classes. */
		public static Objective softmax(int classes) {
			return new Objective("multi:softprob", classes);
		}

		int outputs() {
			return (this.classes > 0) ? this.classes : 1;
		}

		void configure(Map<String, Object> params) {
			params.put("objective", this.name);
			if (this.classes > 0) {
				params.put("num_class", this.classes);
			}
		}

	}

}
