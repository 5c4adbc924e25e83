package org.alloygan.gan.training;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.support.json.StoredJson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan of every training job, stored with it so that the job can be run again by another replica
 * ({@link ModelTraining#resume}), on the dataset version it started on.
 */
@Component
class TrainingPlans {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	TrainingPlans(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores a new job's plan; joins the caller's transaction, which queues the job. */
	void save(UUID jobId, ModelTraining.Plan plan) {
		this.jdbc.sql("INSERT INTO training_plan (job_id, plan, dataset_version_id) VALUES (?, ?, ?)")
			.params(jobId, StoredJson.write(this.json, plan), plan.datasetVersionId())
			.update();
	}

	/** Records the dataset version a job resolved "the latest" to, so a rerun trains on the same data. */
	void pin(UUID jobId, long datasetVersionId) {
		this.jdbc.sql("UPDATE training_plan SET dataset_version_id = ? WHERE job_id = ? AND dataset_version_id IS NULL")
			.params(datasetVersionId, jobId)
			.update();
	}

	/** The job's plan with its dataset version pinned where it was; empty for a job queued before plans were kept. */
	Optional<ModelTraining.Plan> find(UUID jobId) {
		return this.jdbc.sql("SELECT plan, dataset_version_id FROM training_plan WHERE job_id = ?")
			.param(jobId)
			.query((rs, row) -> {
				ModelTraining.Plan plan = StoredJson.read(this.json, rs.getString("plan"), ModelTraining.Plan.class);
				long pinned = rs.getLong("dataset_version_id");
				return rs.wasNull() ? plan : plan.onVersion(pinned);
			})
			.optional();
	}

}
