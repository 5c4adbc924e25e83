package org.alloygan.support.outbox;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forwards committed outbox rows to Kafka in id order and marks them published. Rows are locked with
 * SKIP LOCKED so several replicas of a service can relay side by side. A send that fails rolls the batch
 * back; it is retried on the next tick, so delivery is at-least-once and consumers drop duplicates by eventId.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, String> kafka;

	private final TransactionTemplate transaction;

	private final OutboxProperties properties;

	private volatile boolean failing;

	public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
			OutboxProperties properties) {
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.transaction = transaction;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${alloygan.outbox.poll-interval:200ms}")
	public void relay() {
		try {
			int sent;
			do {
				sent = this.transaction.execute((status) -> relayBatch());
			}
			while (sent == this.properties.batchSize());
			if (this.failing) {
				log.info("Outbox relay reaches Kafka again; pending events are being delivered");
				this.failing = false;
			}
		}
		catch (RuntimeException ex) {
			if (!this.failing) {
				log.warn("Outbox relay cannot deliver events to Kafka ({}); they stay queued and are retried",
						ex.getMessage());
				this.failing = true;
			}
		}
	}

	private int relayBatch() {
		List<PendingEvent> batch = this.jdbc
			.sql("SELECT id, topic, msg_key, payload FROM outbox_event WHERE published_at IS NULL "
					+ "ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
			.param(this.properties.batchSize())
			.query(PendingEvent.class)
			.list();
		if (batch.isEmpty()) {
			return 0;
		}
		for (PendingEvent event : batch) {
			try {
				this.kafka.send(new ProducerRecord<>(event.topic(), event.msgKey(), event.payload()))
					.get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while sending outbox event " + event.id(), ex);
			}
			catch (Exception ex) {
				throw new IllegalStateException("sending outbox event " + event.id() + " to " + event.topic()
						+ " failed: " + ex.getMessage(), ex);
			}
		}
		this.jdbc.sql("UPDATE outbox_event SET published_at = now() WHERE id = ANY(?)")
			.param(batch.stream().map(PendingEvent::id).toArray(Long[]::new))
			.update();
		return batch.size();
	}

	record PendingEvent(long id, String topic, String msgKey, String payload) {
	}

}
