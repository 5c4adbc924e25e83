package org.alloygan.gan.surrogate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.composition.Composition;
import org.alloygan.gan.cgan.TrainingRow;
import org.alloygan.gan.dataset.GanProperties;
import org.alloygan.gan.model.ModelRegistry;
import org.alloygan.gan.model.ModelVersion;
import org.alloygan.models.ModelFiles;
import org.alloygan.models.Prediction;
import org.alloygan.models.Predictor;
import org.alloygan.models.SurrogateModel;
import org.alloygan.models.data.Sample;
import org.alloygan.models.regression.Estimate;
import org.alloygan.models.regression.RegressionOptions;
import org.alloygan.models.regression.Target;
import org.alloygan.models.validation.RegressionMetrics;
import org.alloygan.support.json.StoredJson;

import org.springframework.stereotype.Service;

/**
 * Trains the property surrogate (gradient-boosted trees with conformal intervals, from alloy-models) on the
 * same grouped split as the CGAN, scores it on the held-out alloys, and registers it.
 */
@Service
public class SurrogateTraining {

	public static final String KIND = "SURROGATE";

	static final EnumSet<Target> TARGETS = EnumSet.allOf(Target.class);

	private final ModelRegistry registry;

	private final GanProperties gan;

	private final ObjectMapper json;

	SurrogateTraining(ModelRegistry registry, GanProperties gan, ObjectMapper json) {
		this.registry = registry;
		this.gan = gan;
		this.json = json;
	}

	public ModelVersion train(UUID jobId, long datasetVersionId, List<TrainingRow> train, List<TrainingRow> heldOut,
			long seed) {
		return train(jobId, datasetVersionId, train, heldOut, seed, Map.of());
	}

	/**
	 * Trains, scores and registers the surrogate.
	 * @param notes extra entries for its registered metrics, e.g. why the job trained no GFA classifier
	 */
	public ModelVersion train(UUID jobId, long datasetVersionId, List<TrainingRow> train, List<TrainingRow> heldOut,
			long seed, Map<String, Object> notes) {
		long begin = System.nanoTime();
		RegressionOptions options = RegressionOptions.defaults().withSeed(seed);
		SurrogateModel model = SurrogateModel.train(samples(train, datasetVersionId), TARGETS, options,
				Map.of("datasetVersion", Long.toString(datasetVersionId), "trainingJob", String.valueOf(jobId)));
		double seconds = (System.nanoTime() - begin) / 1e9;
		Map<String, Object> heldOutMetrics = score(model, heldOut);
		double meanR2 = ((Number) heldOutMetrics.remove("meanR2TgTxTl")).doubleValue();
		UUID id = UUID.randomUUID();
		Path directory = this.gan.artifacts().resolve("models").resolve(id.toString());
		String sha256;
		try {
			sha256 = ModelFiles.save(model, directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot save the surrogate artifact: " + ex.getMessage(), ex);
		}
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("score", meanR2);
		metrics.put("scoreName", "mean held-out R² of Tg, Tx, Tl (higher is better)");
		metrics.put("heldOut", heldOutMetrics);
		metrics.put("trainingSeconds", seconds);
		metrics.put("trainingRows", train.size());
		metrics.put("heldOutRows", heldOut.size());
		metrics.putAll(notes);
		return this.registry.register(new ModelRegistry.NewModel(id, KIND, datasetVersionId, jobId, seed,
				write(options), write(metrics), null, null, directory.toString(), sha256, meanR2,
				Map.of("meanR2", meanR2)), false);
	}

	/** R², MAE and RMSE per property on alloys the model never saw. */
	private static Map<String, Object> score(SurrogateModel model, List<TrainingRow> heldOut) {
		List<Composition> compositions = heldOut.stream().map((r) -> Composition.of(r.atomicPercent())).toList();
		List<Prediction> predictions = new Predictor(model, null).predict(compositions);
		Map<String, Object> out = new LinkedHashMap<>();
		double r2Sum = 0;
		int r2Count = 0;
		for (Target target : TARGETS) {
			List<double[]> pairs = new ArrayList<>();
			for (int i = 0; i < heldOut.size(); i++) {
				Double actual = actual(heldOut.get(i), target);
				Estimate estimate = predictions.get(i).property(target);
				if (actual != null && estimate != null) {
					pairs.add(new double[] { actual, estimate.value() });
				}
			}
			if (pairs.size() < 2) {
				continue;
			}
			RegressionMetrics m = RegressionMetrics.of(pairs.stream().mapToDouble((p) -> p[0]).toArray(),
					pairs.stream().mapToDouble((p) -> p[1]).toArray());
			out.put(target.label(), m);
			if (target == Target.TG || target == Target.TX || target == Target.TL) {
				r2Sum += m.r2();
				r2Count++;
			}
		}
		out.put("meanR2TgTxTl", (r2Count > 0) ? r2Sum / r2Count : Double.NaN);
		return out;
	}

	private static Double actual(TrainingRow row, Target target) {
		return target.value(Sample.thermal("held-out", Composition.of(row.atomicPercent()), row.tgK(), row.txK(),
				row.tlK()));
	}

	private static List<Sample> samples(List<TrainingRow> rows, long versionId) {
		return rows.stream()
			.map((r) -> Sample.thermal("dataset-version-" + versionId, Composition.of(r.atomicPercent()), r.tgK(),
					r.txK(), r.tlK()))
			.toList();
	}

	private String write(Object value) {
		return StoredJson.write(this.json, value);
	}

}
