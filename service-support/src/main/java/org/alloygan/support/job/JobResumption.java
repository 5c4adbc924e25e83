package org.alloygan.support.job;

import org.alloygan.core.events.JobType;

/**
 * Runs jobs of one type again when the instance running them stopped, instead of failing them: for jobs whose input
 * is stored and whose result does not depend on which instance makes it. The bean that runs a type of job
 * implements it (at most one per type).
 * A job is taken over at most once; one that its new instance cannot start is failed with the reason.
 */
public interface JobResumption {

	/** The type of job this takes over. */
	JobType type();

	/**
	 * Starts the job again on this instance (it is QUEUED and owned by this instance when this is called); returns
	 * once it is started, not finished. The job must reach SUCCEEDED or FAILED like any other.
	 * @throws RuntimeException if the job cannot be started; it is then failed with the exception's message
	 */
	void resume(Job job);

}
