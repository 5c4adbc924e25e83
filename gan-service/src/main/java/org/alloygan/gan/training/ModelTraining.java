package org.alloygan.gan.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.descriptor.ReportedTemperatures;
import org.alloygan.core.events.JobType;
import org.alloygan.gan.cgan.CganTrainer;
import org.alloygan.gan.cgan.GroupedSplit;
import org.alloygan.gan.cgan.Hyperparameters;
import org.alloygan.gan.cgan.MetricPoint;
import org.alloygan.gan.cgan.ModelKind;
import org.alloygan.gan.cgan.SavedModel;
import org.alloygan.gan.cgan.TrainingResult;
import org.alloygan.gan.cgan.TrainingRow;
import org.alloygan.gan.cgan.TrainingSet;
import org.alloygan.gan.dataset.DatasetClient;
import org.alloygan.gan.dataset.GanProperties;
import org.alloygan.gan.engine.EngineProperties;
import org.alloygan.gan.model.ModelRegistry;
import org.alloygan.gan.model.ModelVersion;
import org.alloygan.gan.surrogate.ClassifierTraining;
import org.alloygan.gan.surrogate.SurrogateTraining;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobResumption;
import org.alloygan.support.job.Jobs;
import org.alloygan.support.json.StoredJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Training as a job: read a dataset version, split it by alloy, train each requested kind with DJL, the
 * property surrogate and (when the version has enough alloys with a GFA class) the GFA classifier, save each
 * artifact, register each version (promoted when no worse than the active one of its kind). What the data do not
 * allow is skipped with the reason in the job's message, as long as something could be trained.
 */
@Service
public class ModelTraining implements JobResumption {

	private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

	/** Rows with Tg/Tx/Tl needed to train the CGAN and the surrogate. */
	static final int MIN_THERMAL_ROWS = 20;

	private final Jobs jobs;

	private final DatasetClient dataset;

	private final ModelRegistry registry;

	private final TrainingProperties properties;

	private final GanProperties gan;

	private final EngineProperties engine;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final ObjectMapper json;

	private final SurrogateTraining surrogates;

	private final ClassifierTraining classifiers;

	private final TrainingPlans plans;

	ModelTraining(SurrogateTraining surrogates, ClassifierTraining classifiers, TrainingPlans plans, Jobs jobs, DatasetClient dataset, ModelRegistry registry, TrainingProperties properties,
			GanProperties gan, EngineProperties engine, TransactionTemplate transaction,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, ObjectMapper json) {
		this.surrogates = surrogates;
		this.classifiers = classifiers;
		this.plans = plans;
		this.jobs = jobs;
		this.dataset = dataset;
		this.registry = registry;
		this.properties = properties;
		this.gan = gan;
		this.engine = engine;
		this.transaction = transaction;
		this.executor = executor;
		this.json = json;
	}

	/** What one job trains. */
	record Plan(Long datasetVersionId, List<ModelKind> kinds, int generatorUpdates, long seed, boolean surrogates,
			boolean classifier, double propertyLossWeight) {

		/** The same plan on a given dataset version. */
		Plan onVersion(long versionId) {
			return new Plan(versionId, this.kinds, this.generatorUpdates, this.seed, this.surrogates, this.classifier,
					this.propertyLossWeight);
		}

	}

	Plan plan(TrainingRequest request) {
		return new Plan(request.datasetVersionId(),
				(request.kinds() != null && !request.kinds().isEmpty()) ? request.kinds() : this.properties.kinds(),
				(request.generatorUpdates() != null) ? request.generatorUpdates() : this.properties.generatorUpdates(),
				(request.seed() != null) ? request.seed() : this.properties.seed(),
				(request.surrogates() != null) ? request.surrogates() : this.properties.surrogates(),
				(request.classifier() != null) ? request.classifier() : this.properties.classifier(),
				(request.propertyLossWeight() != null) ? request.propertyLossWeight()
						: Hyperparameters.defaults().propertyLossWeight());
	}

	/**
	 * Queues a training job (joining the caller's transaction, if any) and starts it once that has
	 * committed, so a job is never run for a trigger that rolled back.
	 */
	public Job start(Plan plan, String reason) {
		return this.transaction.execute((status) -> {
			Job job = this.jobs.queue(JobType.TRAINING, "training " + plan.kinds() + " queued (" + reason + ")");
			this.plans.save(job.id(), plan);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ModelTraining.this.executor.execute(() -> run(job.id(), plan));
				}
			});
			return job;
		});
	}

	@Override
	public JobType type() {
		return JobType.TRAINING;
	}

	/**
	 * Runs again, on this instance, a training job whose instance stopped (a crash, a node drained mid-training)
	 * rather than failing it: a retraining triggered by a new dataset version, the step that closes the design loop,
	 * would otherwise be lost until the next version. Its plan is stored, its dataset version pinned and its seed
	 * fixed, so the rerun trains the same models; those the job had already registered are kept, not trained twice.
	 * @throws IllegalStateException if the job's plan was not stored (queued by an older version)
	 */
	@Override
	public void resume(Job job) {
		Plan plan = this.plans.find(job.id())
			.orElseThrow(() -> new IllegalStateException(
					"its plan was not stored (queued by an older version of gan-service); start the training again"));
		this.executor.execute(() -> run(job.id(), plan));
	}

	void run(UUID jobId, Plan plan) {
		try {
			long versionId = (plan.datasetVersionId() != null) ? plan.datasetVersionId()
					: requireLatest(this.dataset.latestVersionId());
			this.transaction.executeWithoutResult((status) -> this.plans.pin(jobId, versionId));
			Trained trained = new Trained(this.registry.trainedBy(jobId));
			DatasetClient.VersionRows data = this.dataset.rows(versionId);
			List<TrainingRow> rows = data.thermal();
			boolean thermal = rows.size() >= MIN_THERMAL_ROWS;
			ClassifierTraining.Labelled labelled = plan.classifier()
					? ClassifierTraining.labelled(data.gfa(), versionId) : null;
			String noClassifier = plan.classifier()
					? ClassifierTraining.whyNot(labelled, this.properties.minGfaAlloys(), versionId) : null;
			boolean classifier = plan.classifier() && noClassifier == null;
			String noThermal = "dataset version " + versionId + " has " + rows.size()
					+ " rows with Tg/Tx/Tl; at least " + MIN_THERMAL_ROWS + " are needed to train";
			if (!thermal && !classifier) {
				throw new IllegalStateException(noThermal + ((noClassifier != null) ? "; and " + noClassifier : ""));
			}
			List<String> skipped = new ArrayList<>();
			if (thermal) {
				GroupedSplit.Split split = GroupedSplit.split(rows, this.properties.heldOutFraction(), plan.seed());
				Hyperparameters hp = Hyperparameters.defaults()
					.withGeneratorUpdates(plan.generatorUpdates())
					.withPropertyLossWeight(plan.propertyLossWeight());
				for (int k = 0; k < plan.kinds().size(); k++) {
					int index = k;
					trained.add(plan.kinds().get(k).name(), () -> trainOne(jobId, versionId, split, hp, plan, index));
				}
				if (plan.surrogates()) {
					trained.add(SurrogateTraining.KIND,
							() -> trainSurrogate(jobId, versionId, data, split, plan.seed(), noClassifier));
				}
			}
			else {
				skipped.add(plan.kinds() + (plan.surrogates() ? " and the surrogate" : "") + " not trained: "
						+ noThermal);
			}
			if (classifier) {
				trained.add(ClassifierTraining.KIND, () -> {
					this.transaction.executeWithoutResult((status) -> this.jobs.running(jobId, 0.99,
							"training the GFA classifier on " + labelled.alloys().size() + " alloys of dataset version "
									+ versionId));
					return this.classifiers.train(jobId, versionId, labelled, this.properties.heldOutFraction(),
							plan.seed());
				});
			}
			else if (noClassifier != null) {
				skipped.add("GFA classifier not trained: " + noClassifier);
			}
			String message = "trained on dataset version " + versionId + " (" + rows.size() + " alloys with Tg/Tx/Tl"
					+ ((labelled != null) ? ", " + labelled.alloys().size() + " with a GFA class" : "") + "): "
					+ String.join(", ", trained.outcomes) + (skipped.isEmpty() ? "" : "; " + String.join("; ", skipped));
			this.transaction.executeWithoutResult(
					(status) -> this.jobs.succeeded(jobId, "/api/v1/models/" + trained.first.id(), message));
		}
		catch (RuntimeException ex) {
			log.warn("Training job {} failed", jobId, ex);
			this.transaction.executeWithoutResult((status) -> this.jobs.failed(jobId, "training failed: " + ex.getMessage()));
		}
	}

	private ModelVersion trainSurrogate(UUID jobId, long versionId, DatasetClient.VersionRows data,
			GroupedSplit.Split split, long seed, String noClassifier) {
		this.transaction.executeWithoutResult((status) -> this.jobs.running(jobId, 0.99,
				"training the property surrogate (gradient-boosted trees) on dataset version " + versionId));
		Map<String, Object> notes = new LinkedHashMap<>();
		if (noClassifier != null) {
			notes.put("gfaClassifier", "not trained: " + noClassifier);
		}
		if (data.disagreeing() > 0) {
			notes.put("dataDisagreement", data.disagreeing() + " of the " + data.thermal().size() + " alloys with "
					+ "Tg/Tx/Tl in dataset version " + versionId + " are reported with a temperature more than "
					+ Math.round(100 * ReportedTemperatures.DISAGREEMENT) + " % of its median apart; they "
					+ "are trained on that median, and no model can predict them closer than their reports "
					+ "agree (the import report lists them as disagreements)");
		}
		return this.surrogates.train(jobId, versionId, split.train(), split.heldOut(), seed, notes);
	}

	/**
	 * The models a run of a job ends with, in order: each trained now, or kept from before an interruption (a job run
	 * again keeps what it had registered, by kind).
	 */
	private static final class Trained {

		private final Map<String, ModelVersion> earlier;

		private final List<String> outcomes = new ArrayList<>();

		private ModelVersion first;

		Trained(Map<String, ModelVersion> earlier) {
			this.earlier = earlier;
		}

		void add(String kind, Supplier<ModelVersion> training) {
			ModelVersion before = this.earlier.get(kind);
			ModelVersion model = (before != null) ? before : training.get();
			this.first = (this.first == null) ? model : this.first;
			this.outcomes.add(model.kind() + " " + model.id()
					+ (model.active() ? " (promoted)" : " (kept the active model: held-out score was worse)")
					+ ((before != null) ? " (trained before the interruption)" : ""));
		}

	}

	private ModelVersion trainOne(UUID jobId, long versionId, GroupedSplit.Split split, Hyperparameters hp, Plan plan,
			int index) {
		ModelKind kind = plan.kinds().get(index);
		int kinds = plan.kinds().size();
		AtomicLong lastReport = new AtomicLong();
		try (TrainingResult result = CganTrainer.train(TrainingSet.of(split.train()), TrainingSet.of(split.heldOut()), hp,
				kind, plan.seed(), this.engine.device().name().toLowerCase(java.util.Locale.ROOT), (point, total) -> {
					long now = System.currentTimeMillis();
					if (now - lastReport.get() >= 1000) {
						lastReport.set(now);
						double progress = (index + point.update() / (double) total) / kinds;
						this.transaction.executeWithoutResult((status) -> this.jobs.running(jobId, Math.min(0.99, progress),
								kind + " on dataset version " + versionId + ": " + point.update() + "/" + total
										+ " generator updates, sliced W "
										+ String.format(java.util.Locale.ROOT, "%.4f", point.slicedWasserstein())));
					}
				})) {
			UUID modelId = UUID.randomUUID();
			Path directory = this.gan.artifacts().resolve("models").resolve(modelId.toString());
			SavedModel saved = result.model().save(directory);
			MetricPoint last = result.finalMetrics();
			Map<String, Object> metrics = new LinkedHashMap<>();
			metrics.put("score", last.slicedWasserstein());
			metrics.put("scoreName", "slicedWasserstein (held-out, lower is better)");
			metrics.put("final", last);
			metrics.put("initial", result.initialMetrics());
			metrics.put("device", result.device());
			metrics.put("trainingSeconds", result.trainingTime().toMillis() / 1000.0);
			metrics.put("trainingRows", result.trainingRows());
			metrics.put("heldOutRows", result.heldOutRows());
			Map<String, Double> headline = Map.of("js", last.js(), "kl", last.kl(), "wasserstein", last.wasserstein(),
					"slicedWasserstein", last.slicedWasserstein());
			return this.registry.register(new ModelRegistry.NewModel(modelId, kind.name(), versionId, jobId, plan.seed(),
					write(hp), write(metrics), write(result.curve()), write(DataRanges.of(split.train())),
					directory.toString(), saved.artifactSha256(), last.slicedWasserstein(), headline), true);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot save the " + kind + " artifact: " + ex.getMessage(), ex);
		}
	}

	private static long requireLatest(Long latest) {
		if (latest == null) {
			throw new IllegalStateException("the dataset has no version yet; import data and cut a version first");
		}
		return latest;
	}

	private String write(Object value) {
		return StoredJson.write(this.json, value);
	}

}
