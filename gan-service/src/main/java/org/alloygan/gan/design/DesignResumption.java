package org.alloygan.gan.design;

import org.alloygan.core.events.JobType;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobResumption;

import org.springframework.stereotype.Component;

/**
 * A design whose instance stopped (a crash, a node drained mid-design, or designs still queued behind it) is run
 * again by the replica that notices, rather than failed: its request is stored, and with its seed the design comes
 * out the same. A client waiting on another replica sees it finish there.
 */
@Component
class DesignResumption implements JobResumption {

	private final Designs designs;

	DesignResumption(Designs designs) {
		this.designs = designs;
	}

	@Override
	public JobType type() {
		return JobType.DESIGN;
	}

	@Override
	public void resume(Job job) {
		this.designs.resume(job.id());
	}

}
