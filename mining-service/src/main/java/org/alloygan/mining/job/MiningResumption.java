package org.alloygan.mining.job;

import org.alloygan.core.events.JobType;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobResumption;

import org.springframework.stereotype.Component;

/**
 * A mining job whose instance stopped (a crash, a node drained mid-job) is continued by the replica that notices,
 * rather than failed: its documents are stored, and each passage it finished was committed with its records and
 * marked done, so the job goes on with the passages left and pays for no LLM request twice.
 */
@Component
class MiningResumption implements JobResumption {

	private final MiningJobs jobs;

	MiningResumption(MiningJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	public JobType type() {
		return JobType.MINING;
	}

	@Override
	public void resume(Job job) {
		this.jobs.resume(job.id());
	}

}
