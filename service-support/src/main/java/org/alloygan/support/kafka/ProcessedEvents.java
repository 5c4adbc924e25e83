package org.alloygan.support.kafka;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes consumers idempotent: an event id is claimed in the same transaction as the work it causes, so
 * a redelivered event is recognised and skipped.
 */
public class ProcessedEvents {

	private final JdbcClient jdbc;

	public ProcessedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return true the first time this event is seen, false for a duplicate */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean claim(UUID eventId, String topic) {
		return this.jdbc.sql("INSERT INTO processed_event (event_id, topic) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(eventId, topic)
			.update() == 1;
	}

}
