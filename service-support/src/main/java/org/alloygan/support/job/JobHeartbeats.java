package org.alloygan.support.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps this instance's unfinished jobs alive and fails those of instances that stopped: at start (a restarted
 * service's own earlier jobs, once stale) and then on every heartbeat. Best effort: a database that is slow or away
 * must not stop the service, and the next tick tries again.
 */
public class JobHeartbeats {

	private static final Logger log = LoggerFactory.getLogger(JobHeartbeats.class);

	private final Jobs jobs;

	private final JobsProperties properties;

	public JobHeartbeats(Jobs jobs, JobsProperties properties) {
		this.jobs = jobs;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void atStart() {
		failAbandoned();
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
		failAbandoned();
	}

	private void failAbandoned() {
		try {
			int failed = this.jobs.failAbandoned(this.properties.staleAfter());
			if (failed > 0) {
				log.warn("Marked {} job(s) as failed: the instance running them stopped (no heartbeat for {})", failed,
						this.properties.staleAfter());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check for jobs abandoned by a stopped instance: {}", ex.getMessage());
		}
	}

}
