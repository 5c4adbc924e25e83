package org.alloygan.testsupport;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs as a service instance that stopped mid-job leaves them in its database: RUNNING, owned by that instance, their
 * heartbeat ten minutes old (stale for the default of two minutes), so the next heartbeat of the instance under test
 * takes them over.
 */
public final class AbandonedJobs {

	private AbandonedJobs() {
	}

	/** Inserts such a job of {@code type} (a JobType name) and returns its id. */
	public static UUID insert(JdbcClient jdbc, String type, String message) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO job (id, type, state, progress, message, created_at, updated_at, owner, heartbeat_at)
				VALUES (?, ?, 'RUNNING', 0.2, ?, now() - interval '10 minutes', now() - interval '10 minutes',
				        'stopped-instance/1', now() - interval '10 minutes')""")
			.params(id, type, message)
			.update();
		return id;
	}

}
