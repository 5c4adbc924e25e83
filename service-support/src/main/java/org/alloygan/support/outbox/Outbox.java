package org.alloygan.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues an event for Kafka inside the caller's transaction. Mandatory propagation: an event written
 * outside a transaction could leave without the state change it describes (a dual write).
 */
public class Outbox {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	public Outbox(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String topic, String key, Object event) {
		String payload;
		try {
			payload = this.json.writeValueAsString(event);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("event of type " + event.getClass().getName() + " is not serialisable",
					ex);
		}
		this.jdbc.sql("INSERT INTO outbox_event (topic, msg_key, payload) VALUES (?, ?, ?)")
			.params(topic, key, payload)
			.update();
	}

}
