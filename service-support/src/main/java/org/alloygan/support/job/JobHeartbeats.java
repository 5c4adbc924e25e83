package org.alloygan.support.job;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.alloygan.core.events.JobType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps this instance's unfinished jobs alive and fails those of instances that stopped (or, for a type with a
 * {@link JobResumption}, takes them over and runs them again): at start (a restarted service's own earlier jobs, once
 * stale) and then on every heartbeat. Best effort: a database that is slow or away must not stop the service, and the
 * next tick tries again.
 */
public class JobHeartbeats {

	private static final Logger log = LoggerFactory.getLogger(JobHeartbeats.class);

	/** Counter of jobs found abandoned ({@code alloygan_jobs_abandoned_total} in Prometheus). */
	public static final String ABANDONED = "alloygan.jobs.abandoned";

	private final Jobs jobs;

	private final JobsProperties properties;

	private final Map<JobType, JobResumption> resumptions;

	private final MeterRegistry meters;

	public JobHeartbeats(Jobs jobs, JobsProperties properties, List<JobResumption> resumptions, MeterRegistry meters) {
		this.jobs = jobs;
		this.properties = properties;
		this.resumptions = resumptions.stream().collect(Collectors.toMap(JobResumption::type, Function.identity()));
		this.meters = meters;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void atStart() {
		recoverAbandoned();
	}

	@Scheduled(initialDelayString = "${alloygan.jobs.heartbeat-interval:30s}",
			fixedDelayString = "${alloygan.jobs.heartbeat-interval:30s}")
	public void beat() {
		try {
			this.jobs.heartbeat();
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the heartbeat of this instance's jobs: {}", ex.getMessage());
		}
		recoverAbandoned();
	}

	private void recoverAbandoned() {
		try {
			Jobs.Recovery recovery = this.jobs.recoverAbandoned(this.properties.staleAfter(),
					this.resumptions.keySet(), this.properties.resumedElsewhere());
			if (recovery.failed() > 0) {
				log.warn("Marked {} job(s) as failed: the instance running them stopped (no heartbeat for {})",
						recovery.failed(), this.properties.staleAfter());
			}
			recovery.failedJobs().forEach((job) -> count(job, "failed"));
			recovery.adopted().forEach(this::resume);
		}
		catch (RuntimeException ex) {
			log.warn("Could not check for jobs abandoned by a stopped instance: {}", ex.getMessage());
		}
	}

	/** Runs a job taken over from a stopped instance again; one that cannot be started is failed with the reason. */
	void resume(Job job) {
		log.warn("Resuming {} job {}: the instance running it stopped", job.type(), job.id());
		try {
			this.resumptions.get(job.type()).resume(job);
			count(job, "taken_over");
		}
		catch (RuntimeException ex) {
			log.warn("Could not resume job {}: {}", job.id(), ex.getMessage());
			this.jobs.failed(job.id(), "interrupted, and could not be resumed: " + ex.getMessage());
			count(job, "not_restarted");
		}
	}

	/** Jobs whose instance stopped, by type and what became of them: a rising count means instances keep dying. */
	private void count(Job job, String outcome) {
		this.meters.counter(ABANDONED, "type", job.type().name(), "outcome", outcome).increment();
	}

}
