package org.alloygan.models.booster;

import java.util.Random;

import org.alloygan.models.features.FeatureMatrix;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TreeModelTests {

	private static final Random RANDOM = new Random(3);

	@Test
	void javaTreeWalkAgreesWithXgboostForRegressionIncludingMissingValues() throws Exception {
		FeatureMatrix train = matrix(600, 8, 0.1);
		float[] labels = new float[train.rows()];
		for (int r = 0; r < labels.length; r++) {
			labels[r] = 500 + 300 * valueOr(train.get(r, 0)) + 50 * valueOr(train.get(r, 1)) * valueOr(train.get(r, 2));
		}
		TreeModel model = TreeModel.fit(train, labels, null, TreeModel.Objective.squaredError(),
				new BoostingParams(80, 6, 0.1, 0.8, 0.8, 1, 1, 1));
		assertThat(model.compiled()).isTrue();
		FeatureMatrix test = matrix(2000, 8, 0.1);
		assertAgree(model.predict(test), model.predictWithXgboost(test), 1e-3);
		// and after a round trip through the saved bytes
		TreeModel read = TreeModel.read(model.bytes(), TreeModel.Objective.squaredError());
		assertThat(read.predict(test)).containsExactly(model.predict(test));
	}

	@Test
	void javaTreeWalkAgreesWithXgboostForClassProbabilities() {
		FeatureMatrix train = matrix(600, 6, 0.05);
		float[] labels = new float[train.rows()];
		for (int r = 0; r < labels.length; r++) {
			labels[r] = (train.get(r, 0) > 0.6f) ? 2 : (train.get(r, 1) > 0.5f) ? 1 : 0;
		}
		TreeModel model = TreeModel.fit(train, labels, null, TreeModel.Objective.softmax(3),
				new BoostingParams(40, 4, 0.3, 0.9, 0.9, 1, 1, 1));
		assertThat(model.compiled()).isTrue();
		FeatureMatrix test = matrix(1000, 6, 0.05);
		float[] java = model.predict(test);
		assertThat(java).hasSize(3000);
		assertAgree(java, model.predictWithXgboost(test), 1e-6);
		for (int r = 0; r < 1000; r++) {
			assertThat(java[3 * r] + java[3 * r + 1] + java[3 * r + 2]).isCloseTo(1f, within(1e-5f));
		}
	}

	private static float valueOr(float x) {
		return Float.isNaN(x) ? 0.5f : x;
	}

	private static void assertAgree(float[] actual, float[] expected, double tolerance) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < actual.length; i++) {
			assertThat((double) actual[i]).as("value %d", i).isCloseTo(expected[i], within(tolerance));
		}
	}

	private static FeatureMatrix matrix(int rows, int columns, double missing) {
		float[] values = new float[rows * columns];
		for (int i = 0; i < values.length; i++) {
			values[i] = (RANDOM.nextDouble() < missing) ? Float.NaN : RANDOM.nextFloat();
		}
		return new FeatureMatrix(values, rows, columns);
	}

}
