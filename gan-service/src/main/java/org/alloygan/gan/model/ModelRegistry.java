package org.alloygan.gan.model;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alloygan.core.events.ModelTrained;
import org.alloygan.core.events.Topics;
import org.alloygan.support.outbox.Outbox;
import org.alloygan.support.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Model versions of every kind; one is active per kind. A new version is promoted only when its score is
 * no worse than the active one's (or by an explicit call), and every registration is announced on
 * alloy.model.trained.v1.
 */
@Service
public class ModelRegistry {

	/** Every column but the training curves, which can be long. */
	private static final String WITHOUT_CURVES = "id, kind, dataset_version_id, training_job_id, seed, hyper_parameters, "
			+ "metrics, NULL AS curves, data_ranges, artifact_path, artifact_sha256, active, created_at, promoted_at";

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final Clock clock;

	ModelRegistry(JdbcClient jdbc, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** What a training run produced, ready to be registered. */
	public record NewModel(UUID id, String kind, long datasetVersionId, UUID trainingJobId, long seed,
			String hyperParametersJson, String metricsJson, String curvesJson, String dataRangesJson,
			String artifactPath, String artifactSha256, double score, Map<String, Double> headlineMetrics) {
	}

	/**
	 * Registers a model and promotes it when no model of its kind is active or its score is no worse.
	 * @param lowerIsBetter whether a lower score is better (divergences) or a higher one (R², F1)
	 * @return the stored version
	 */
	@Transactional
	public ModelVersion register(NewModel model, boolean lowerIsBetter) {
		this.jdbc.sql("""
				INSERT INTO model_version (id, kind, dataset_version_id, training_job_id, seed, hyper_parameters,
				    metrics, curves, data_ranges, artifact_path, artifact_sha256, active, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)""")
			.params(model.id(), model.kind(), model.datasetVersionId(), model.trainingJobId(), model.seed(),
					model.hyperParametersJson(), model.metricsJson(), model.curvesJson(), model.dataRangesJson(),
					model.artifactPath(), model.artifactSha256(), Timestamp.from(this.clock.instant()))
			.update();
		Optional<Double> activeScore = this.jdbc
			.sql("SELECT CAST(metrics::json ->> 'score' AS DOUBLE PRECISION) FROM model_version WHERE kind = ? AND active")
			.param(model.kind())
			.query(Double.class)
			.optional();
		boolean promote = activeScore.isEmpty()
				|| (lowerIsBetter ? model.score() <= activeScore.get() : model.score() >= activeScore.get());
		if (promote) {
			activate(model.id(), model.kind());
		}
		this.outbox.append(Topics.MODEL_TRAINED, model.id().toString(), new ModelTrained(UUID.randomUUID(),
				this.clock.instant(), model.id(), model.kind(), model.datasetVersionId(), model.headlineMetrics(), promote));
		return get(model.id()).orElseThrow();
	}

	/** Makes a model the active one of its kind, whatever its metrics (an operator's explicit decision). */
	@Transactional
	public ModelVersion promote(UUID id) {
		ModelVersion model = get(id).orElseThrow(() -> new NotFoundException("model " + id + " does not exist"));
		activate(id, model.kind());
		return get(id).orElseThrow();
	}

	private void activate(UUID id, String kind) {
		this.jdbc.sql("UPDATE model_version SET active = FALSE WHERE kind = ? AND active").param(kind).update();
		this.jdbc.sql("UPDATE model_version SET active = TRUE, promoted_at = ? WHERE id = ?")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<ModelVersion> get(UUID id) {
		return this.jdbc.sql("SELECT * FROM model_version WHERE id = ?").param(id).query(ModelVersion.class).optional();
	}

	@Transactional(readOnly = true)
	public Optional<ModelVersion> active(String kind) {
		// Asked on every design and prediction batch: without the training curves, which can be long.
		return this.jdbc.sql("SELECT " + WITHOUT_CURVES + " FROM model_version WHERE kind = ? AND active")
			.param(kind)
			.query(ModelVersion.class)
			.optional();
	}

	/** The models a training job registered, by kind (a job trains each kind at most once); without curves. */
	@Transactional(readOnly = true)
	public Map<String, ModelVersion> trainedBy(UUID trainingJobId) {
		return this.jdbc.sql("SELECT " + WITHOUT_CURVES + " FROM model_version WHERE training_job_id = ?")
			.param(trainingJobId)
			.query(ModelVersion.class)
			.stream()
			.collect(Collectors.toMap(ModelVersion::kind, Function.identity(), (a, b) -> a));
	}

	/** Newest first; without curves, which can be long. */
	@Transactional(readOnly = true)
	public List<ModelVersion> list(String kind) {
		return this.jdbc.sql("SELECT " + WITHOUT_CURVES + " FROM model_version "
				+ "WHERE (CAST(? AS TEXT) IS NULL OR kind = ?) ORDER BY created_at DESC")
			.params(kind, kind)
			.query(ModelVersion.class)
			.list();
	}

}
