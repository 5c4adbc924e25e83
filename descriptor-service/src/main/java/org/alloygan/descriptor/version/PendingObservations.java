package org.alloygan.descriptor.version;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.alloygan.core.events.JobType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cuts a dataset version when enough observations arrived since the last one, or when some did and then
 * nothing more came for the quiet period (see {@link VersioningProperties}).
 */
@Component
class PendingObservations {

	private static final Logger log = LoggerFactory.getLogger(PendingObservations.class);

	private final JdbcClient jdbc;

	private final DatasetVersions versions;

	private final VersioningProperties properties;

	private final Clock clock;

	PendingObservations(JdbcClient jdbc, DatasetVersions versions, VersioningProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${alloygan.dataset.versioning.check-interval:2s}")
	void check() {
		if (this.properties.afterNewObservations() <= 0) {
			return;
		}
		try {
			// An import cuts its own version when it has ended; cutting on the way would give one version per few
			// dozen of its rows, each announced and trained on. Observations that arrive meanwhile go into that one.
			if (importRunning()) {
				return;
			}
			Pending pending = this.jdbc.sql("""
					SELECT count(*) AS count, max(created_at) AS newest FROM observation
					WHERE id > coalesce((SELECT max(max_observation_id) FROM dataset_version), 0)""")
				.query(Pending.class)
				.single();
			if (pending.count() == 0) {
				return;
			}
			Instant quietSince = this.clock.instant().minus(this.properties.quietPeriod());
			if (pending.count() >= this.properties.afterNewObservations()) {
				this.versions.cut(pending.count() + " new observation(s) since the last version");
			}
			else if (pending.newest().toInstant().isBefore(quietSince)) {
				this.versions.cut(pending.count() + " new observation(s), then none for " + this.properties.quietPeriod());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check for pending observations: {}", ex.getMessage());
		}
	}

	private boolean importRunning() {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM job WHERE type = ? AND state IN ('QUEUED', 'RUNNING'))")
			.param(JobType.IMPORT.name())
			.query(Boolean.class)
			.single();
	}

	record Pending(long count, Timestamp newest) {
	}

}
