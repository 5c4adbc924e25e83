package org.alloygan.gan.training;

import org.alloygan.core.events.JobType;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobResumption;

import org.springframework.stereotype.Component;

/**
 * A training job whose instance stopped (a crash, a node drained mid-training) is run again by the replica that
 * notices, rather than failed: a retraining triggered by a new dataset version, the step that closes the design loop,
 * would otherwise be lost until the next version. Its plan is stored, its dataset version pinned and its seed fixed,
 * so the rerun trains the same models; those the job had already registered are kept, not trained twice.
 */
@Component
class TrainingResumption implements JobResumption {

	private final ModelTraining training;

	private final TrainingPlans plans;

	TrainingResumption(ModelTraining training, TrainingPlans plans) {
		this.training = training;
		this.plans = plans;
	}

	@Override
	public JobType type() {
		return JobType.TRAINING;
	}

	@Override
	public void resume(Job job) {
		ModelTraining.Plan plan = this.plans.find(job.id())
			.orElseThrow(() -> new IllegalStateException(
					"its plan was not stored (queued by an older version of gan-service); start the training again"));
		this.training.resume(job.id(), plan);
	}

}
