package org.alloygan.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.alloygan.core.composition.Composition;
import org.alloygan.models.data.GfaClass;
import org.alloygan.models.features.FeatureMatrix;
import org.alloygan.models.features.FeatureSet;
import org.alloygan.models.data.Sample;
import org.alloygan.models.regression.Estimate;
import org.alloygan.models.regression.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PredictorTests {

	private static SurrogateModel surrogate;

	private static GfaClassifier classifier;

	@BeforeAll
	static void train() {
		List<Sample> samples = Synthetic.samples(200, 2);
		surrogate = SurrogateModel.train(samples, EnumSet.allOf(Target.class), Synthetic.regressionOptions(),
				Map.of());
		classifier = GfaClassifier.train(samples, Synthetic.gfaOptions(), Map.of());
	}

	@Test
	void predictsEveryPropertyWithAnIntervalAndProbabilitiesThatSumToOne() {
		Prediction prediction = new Predictor(surrogate, classifier).predict(List.of(comp("Cu40Zr40Al20"))).get(0);
		assertThat(prediction.properties()).containsOnlyKeys(EnumSet.allOf(Target.class));
		Estimate tg = prediction.property(Target.TG);
		// the synthetic rule gives 500 + 4*40 + 3*20 = 720 K
		assertThat(tg.value()).isCloseTo(720, within(25.0));
		assertThat(tg.lower()).isLessThan(tg.value());
		assertThat(tg.upper()).isGreaterThan(tg.value());
		assertThat(tg.level()).isEqualTo(0.9);
		GfaProbabilities gfa = prediction.gfa();
		assertThat(gfa.noGlass() + gfa.ribbon() + gfa.bmg()).isCloseTo(1, within(1e-5));
		assertThat(gfa.mostLikely()).isEqualTo(GfaClass.BMG);
		assertThat(prediction.warnings()).isEmpty();
	}

	@Test
	void pointValuesAreThePredictionsWithoutIntervals() {
		Random random = new Random(5);
		List<Composition> compositions = new ArrayList<>();
		// several feature and prediction chunks, so the parallel paths and the chunk offsets are exercised
		for (int i = 0; i < 3 * Predictor.FEATURE_CHUNK + 300; i++) {
			compositions.add(Synthetic.composition(random));
		}
		Predictor predictor = new Predictor(SurrogateModel.train(Synthetic.samples(200, 2), EnumSet.of(Target.TX, Target.TG),
				Synthetic.regressionOptions(), Map.of()), null, 2);
		assertThat(predictor.targets()).containsExactly(Target.TG, Target.TX);
		FeatureMatrix features = predictor.features(compositions);
		assertThat(features.values()).isEqualTo(FeatureSet.standard().matrix(compositions).values());
		float[] tg = predictor.values(Target.TG, features);
		List<Prediction> predictions = predictor.predict(compositions);
		for (int i = 0; i < compositions.size(); i++) {
			assertThat((double) tg[i]).isEqualTo(predictions.get(i).property(Target.TG).value());
		}
		// narrowed to some rows, the values are those of the same compositions
		float[] tx = predictor.values(Target.TX, features.rows(new int[] { 7, 3 }));
		assertThat((double) tx[0]).isEqualTo(predictions.get(7).property(Target.TX).value());
		assertThat((double) tx[1]).isEqualTo(predictions.get(3).property(Target.TX).value());
		assertThat(features.rowRange(3, 8).values()).isEqualTo(features.rows(new int[] { 3, 4, 5, 6, 7 }).values());
		assertThat(predictor.values(Target.TL, features)).isNull();
		assertThat(new Predictor(null, classifier).values(Target.TG, features)).isNull();
	}

	@Test
	void intervalsAreTheCalibrationOfTheBaseElementsFamily() {
		List<Composition> compositions = List.of(comp("Cu40Zr40Al20"), comp("Zr60Cu30Al10"), comp("Al50Cu30Zr20"),
				comp("Cu45Zr45Hf10"));
		List<Prediction> predictions = new Predictor(surrogate, null, 1).predict(compositions);
		for (int i = 0; i < compositions.size(); i++) {
			for (Target target : Target.values()) {
				Estimate estimate = predictions.get(i).property(target);
				assertThat(estimate).isEqualTo(surrogate.regressors()
					.get(target)
					.estimate(estimate.value(), compositions.get(i).baseElement()));
			}
		}
		assertThatThrownBy(() -> predictions.get(0).properties().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void theBaseElementsAtomicNumberFollowsTheCompositionsRuleIncludingTies() {
		Random random = new Random(3);
		List<Composition> compositions = new ArrayList<>(List.of(comp("Cu50Zr50"), comp("Zr50Cu50"), comp("Al20Ni40Zr40"),
				comp("Fe"), comp("Pd40Ni40P20")));
		for (int i = 0; i < 500; i++) {
			compositions.add(Synthetic.composition(random));
		}
		for (Composition composition : compositions) {
			assertThat(Predictor.baseAtomicNumber(composition)).as(composition.formula())
				.isEqualTo(org.alloygan.core.element.PeriodicTable.atomicNumber(composition.baseElement()));
		}
	}

	@Test
	void badTextsGetTheirOwnErrorsAndTheRestIsPredicted() {
		List<PredictionResult> results = new Predictor(surrogate, null)
			.predictTexts(List.of("Cu50Zr50", "Cu50Qq50", "", "Cu45Zr45Hf10", "Cu50Zr40Og10"));
		assertThat(results).extracting(PredictionResult::ok).containsExactly(true, false, false, true, false);
		assertThat(results.get(1).error()).contains("Qq");
		assertThat(results.get(1).position()).isEqualTo(4);
		assertThat(results.get(2).error()).isEqualTo("empty composition");
		assertThat(results.get(3).prediction().warnings()).singleElement()
			.asString()
			.contains("not trained on Hf");
		assertThat(results.get(4).error()).contains("beyond Pu");
		assertThat(results.get(3).prediction().gfa()).isNull();
	}

	@Test
	void aLargeBatchGivesTheSameAnswersAsOneByOneInOrder() {
		Random random = new Random(5);
		List<Composition> batch = new ArrayList<>();
		for (int i = 0; i < Predictor.CHUNK * 2 + 17; i++) {
			batch.add(Synthetic.composition(random));
		}
		List<Prediction> all = new Predictor(surrogate, classifier, 2).predict(batch);
		assertThat(all).hasSize(batch.size());
		for (int i : new int[] { 0, Predictor.CHUNK - 1, Predictor.CHUNK, batch.size() - 1 }) {
			assertThat(all.get(i))
				.isEqualTo(new Predictor(surrogate, classifier, 1).predict(Collections.singletonList(batch.get(i))).get(0));
		}
	}

	private static Composition comp(String formula) {
		return new org.alloygan.core.composition.CompositionParser().parse(formula).composition();
	}

}
