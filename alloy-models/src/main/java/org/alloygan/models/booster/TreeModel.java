package org.alloygan.models.booster;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
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
		if (FlatPrediction.AVAILABLE) {
			float[] flat = FlatPrediction.predict(this.booster, features);
			if (flat.length != features.rows() * this.outputs) {
				throw new IllegalStateException("XGBoost returned " + flat.length + " values for " + features.rows()
						+ " rows of " + this.outputs);
			}
			return flat;
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

	/** Whether predictions take XGBoost's flat output directly ({@link FlatPrediction}); for tests. */
	static boolean flatPrediction() {
		return FlatPrediction.AVAILABLE;
	}

	/**
	 * XGBoost's in-place prediction without the {@code float[rows][outputs]} that {@link Booster#inplace_predict}
	 * builds from the flat native result (one small array per row and model, which the caller then flattens again):
	 * the same native call, {@code XGBoosterPredictFromDense} with all trees and plain values, reached through the
	 * package-private {@code XGBoostJNI} and the booster's handle. That saved about 0.1 µs per row and model, some 5 %
	 * of the predictor's time with seven 100-tree models (docs/benchmarks.md). If a future xgboost4j changes these
	 * internals the lookup fails once, at class initialisation, and {@link #predict} uses the public API instead
	 * ({@code TreeModelTests} checks that the fast path is taken and agrees with the public one).
	 */
	private static final class FlatPrediction {

		static final boolean AVAILABLE;

		private static final MethodHandle PREDICT;

		private static final MethodHandle LAST_ERROR;

		private static final MethodHandle HANDLE;

		static {
			MethodHandle predict = null;
			MethodHandle lastError = null;
			MethodHandle handle = null;
			try {
				Class<?> jni = Class.forName("ml.dmlc.xgboost4j.java.XGBoostJNI", true, Booster.class.getClassLoader());
				Method method = jni.getDeclaredMethod("XGBoosterPredictFromDense", long.class, float[].class,
						long.class, long.class, float.class, int.class, int.class, int.class, float[].class,
						float[][].class);
				method.setAccessible(true);
				Method error = jni.getDeclaredMethod("XGBGetLastError");
				error.setAccessible(true);
				Field field = Booster.class.getDeclaredField("handle");
				field.setAccessible(true);
				MethodHandles.Lookup lookup = MethodHandles.lookup();
				predict = lookup.unreflect(method);
				lastError = lookup.unreflect(error);
				handle = lookup.unreflectGetter(field);
			}
			catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
				predict = null;
			}
			AVAILABLE = predict != null;
			PREDICT = predict;
			LAST_ERROR = lastError;
			HANDLE = handle;
		}

		private FlatPrediction() {
		}

		static float[] predict(Booster booster, FeatureMatrix features) {
			float[][] out = new float[1][];
			int status;
			try {
				long handle = (long) HANDLE.invokeExact(booster);
				// iterations [0, 0) = all trees; prediction type 0 = values (probabilities), no base margin
				status = (int) PREDICT.invokeExact(handle, features.values(), (long) features.rows(),
						(long) features.columns(), Float.NaN, 0, 0, 0, (float[]) null, out);
				if (status != 0) {
					throw new IllegalStateException("XGBoost prediction failed: " + (String) LAST_ERROR.invokeExact());
				}
			}
			catch (RuntimeException | Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new IllegalStateException("XGBoost prediction failed: " + ex.getMessage(), ex);
			}
			finally {
				// the handle belongs to the booster: keep it alive until the native call has returned
				Reference.reachabilityFence(booster);
			}
			return out[0];
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
