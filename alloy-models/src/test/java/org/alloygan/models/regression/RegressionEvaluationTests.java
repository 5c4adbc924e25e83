package org.alloygan.models.regression;

import java.util.List;

import org.alloygan.models.booster.BoostingParams;
import org.alloygan.models.data.Sample;
import org.alloygan.models.gfa.GfaEvaluation;
import org.alloygan.models.gfa.GfaOptions;
import org.alloygan.models.gfa.GfaReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegressionEvaluationTests {

	private static final List<Sample> SAMPLES = org.alloygan.models.SyntheticAccess.samples(200, 3);

	/** Random compositions can repeat (e.g. pure Cu), so count the distinct ones. */
	private static final long ALLOYS = SAMPLES.stream().map((s) -> s.composition().canonicalKey()).distinct().count();

	@Test
	void learnsASmoothRuleOnUnseenAlloysAndItsIntervalsCoverAboutAsIntended() {
		RegressionOptions options = new RegressionOptions(new BoostingParams(80, 4, 0.2, 0.9, 0.9, 1, 1, 3), 3, 0.9,
				5, 2);
		RegressionReport report = RegressionEvaluation.evaluate(SAMPLES, Target.TG, 4, 1, options);
		assertThat(report.rows()).isEqualTo(400);
		assertThat(report.alloys()).isEqualTo(ALLOYS).isGreaterThan(190);
		assertThat(report.metrics().r2()).isGreaterThan(0.9);
		assertThat(report.coverage()).isBetween(0.8, 0.98);
		assertThat(report.foldMetrics()).hasSize(4);
	}

	@Test
	void evaluationIsDeterministic() {
		RegressionOptions options = new RegressionOptions(new BoostingParams(30, 3, 0.3, 0.8, 0.8, 1, 1, 3), 3, 0.9, 5,
				2);
		RegressionReport a = RegressionEvaluation.evaluate(SAMPLES, Target.TRG, 3, 7, options);
		RegressionReport b = RegressionEvaluation.evaluate(SAMPLES, Target.TRG, 3, 7, options.withThreads(1));
		assertThat(a.metrics()).isEqualTo(b.metrics());
		assertThat(a.coverage()).isEqualTo(b.coverage());
	}

	@Test
	void classifierLearnsTheSyntheticClasses() {
		GfaReport report = GfaEvaluation.evaluate(SAMPLES, 4, 1,
				new GfaOptions(new BoostingParams(40, 4, 0.3, 0.9, 0.9, 1, 1, 3), true, 2));
		assertThat(report.alloys()).isEqualTo(ALLOYS).isGreaterThan(190);
		assertThat(report.rows()).isEqualTo(400);
		assertThat(report.threeClass().macroF1()).isGreaterThan(0.85);
		assertThat(report.binary().labels()).containsExactly("no glass", "glass");
	}

}
