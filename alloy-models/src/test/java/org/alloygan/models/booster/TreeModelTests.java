package org.alloygan.models.booster;

import java.util.Random;

import org.alloygan.models.features.FeatureMatrix;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TreeModelTests {

	private static final Random RANDOM = new Random(3);

	@Test
	void regressionLearnsAndSurvivesASaveRoundTripIncludingMissingValues() throws Exception {
		FeatureMatrix train = matrix(600, 8, 0.1);
		float[] labels = labels(train);
		TreeModel model = TreeModel.fit(train, labels, null, TreeModel.Objective.squaredError(),
				new BoostingParams(80, 6, 0.1, 0.8, 0.8, 1, 1, 1));
		float[] fitted = model.predict(train);
		double error = 0;
		for (int r = 0; r < labels.length; r++) {
			error += Math.abs(fitted[r] - labels[r]);
		}
		assertThat(error / labels.length).isLessThan(10);
		FeatureMatrix test = matrix(2000, 8, 0.1);
		TreeModel read = TreeModel.read(model.bytes(), TreeModel.Objective.squaredError());
		assertThat(read.predict(test)).containsExactly(model.predict(test));
	}

	@Test
	void classProbabilitiesComeAsRowsOfThreeSummingToOne() {
		FeatureMatrix train = matrix(600, 6, 0.05);
		float[] labels = new float[train.rows()];
		for (int r = 0; r < labels.length; r++) {
			labels[r] = (train.get(r, 0) > 0.6f) ? 2 : (train.get(r, 1) > 0.5f) ? 1 : 0;
		}
		TreeModel model = TreeModel.fit(train, labels, null, TreeModel.Objective.softmax(3),
				new BoostingParams(40, 4, 0.3, 0.9, 0.9, 1, 1, 1));
		float[] probabilities = model.predict(matrix(1000, 6, 0.05));
		assertThat(probabilities).hasSize(3000);
		for (int r = 0; r < 1000; r++) {
			assertThat(probabilities[3 * r] + probabilities[3 * r + 1] + probabilities[3 * r + 2]).isCloseTo(1f,
					within(1e-5f));
		}
	}

	@Test
	void theFlatPredictionPathIsTakenAndAgreesWithXgboostsPublicApi() throws Exception {
		assertThat(TreeModel.flatPrediction()).as("xgboost4j internals changed; see TreeModel.FlatPrediction").isTrue();
		FeatureMatrix train = matrix(600, 6, 0.05);
		float[] labels = new float[train.rows()];
		for (int r = 0; r < labels.length; r++) {
			labels[r] = (train.get(r, 0) > 0.6f) ? 2 : (train.get(r, 1) > 0.5f) ? 1 : 0;
		}
		FeatureMatrix test = matrix(3000, 6, 0.1);
		for (TreeModel model : new TreeModel[] {
				TreeModel.fit(train, labels, null, TreeModel.Objective.softmax(3),
						new BoostingParams(30, 4, 0.3, 0.9, 0.9, 1, 1, 1)),
				TreeModel.fit(train, labels(train), null, TreeModel.Objective.squaredError(),
						new BoostingParams(30, 6, 0.1, 0.8, 0.8, 1, 1, 1)) }) {
			ml.dmlc.xgboost4j.java.Booster booster = ml.dmlc.xgboost4j.java.XGBoost.loadModel(model.bytes());
			float[][] rows = booster.inplace_predict(test.values(), test.rows(), test.columns(), Float.NaN);
			float[] expected = new float[test.rows() * model.outputs()];
			for (int r = 0; r < rows.length; r++) {
				System.arraycopy(rows[r], 0, expected, r * model.outputs(), model.outputs());
			}
			booster.dispose();
			assertThat(model.predict(test)).containsExactly(expected);
		}
	}

	private static float[] labels(FeatureMatrix features) {
		float[] labels = new float[features.rows()];
		for (int r = 0; r < labels.length; r++) {
			labels[r] = 500 + 300 * valueOr(features.get(r, 0)) + 50 * valueOr(features.get(r, 1)) * valueOr(features.get(r, 2));
		}
		return labels;
	}

	private static float valueOr(float x) {
		return Float.isNaN(x) ? 0.5f : x;
	}

	private static FeatureMatrix matrix(int rows, int columns, double missing) {
		float[] values = new float[rows * columns];
		for (int i = 0; i < values.length; i++) {
			values[i] = (RANDOM.nextDouble() < missing) ? Float.NaN : RANDOM.nextFloat();
		}
		return new FeatureMatrix(values, rows, columns);
	}

}
