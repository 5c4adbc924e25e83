package org.alloygan.support.retention;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes delivered outbox rows and old processed-event ids, which otherwise grow with every event a service ever
 * sent or received. Unpublished outbox rows are never touched. Safe on several replicas at once (plain deletes).
 */
public class EventRetention {

	private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

	private final JdbcClient jdbc;

	private final RetentionProperties properties;

	private final Clock clock;

	public EventRetention(JdbcClient jdbc, RetentionProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** What one run deleted. */
	public record Pruned(int publishedEvents, int processedEvents) {
	}

	@Scheduled(initialDelayString = "${alloygan.retention.initial-delay:5m}",
			fixedDelayString = "${alloygan.retention.interval:1h}")
	public void scheduled() {
		try {
			Pruned pruned = prune();
			if (pruned.publishedEvents() + pruned.processedEvents() > 0) {
				log.info("Retention: deleted {} delivered outbox rows and {} processed-event ids",
						pruned.publishedEvents(), pruned.processedEvents());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Retention run failed ({}); it is tried again in {}", ex.getMessage(), this.properties.interval());
		}
	}

	public Pruned prune() {
		Timestamp publishedBefore = Timestamp.from(this.clock.instant().minus(this.properties.publishedEvents()));
		Timestamp processedBefore = Timestamp.from(this.clock.instant().minus(this.properties.processedEvents()));
		int published = this.jdbc
			.sql("DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?")
			.param(publishedBefore)
			.update();
		int processed = this.jdbc.sql("DELETE FROM processed_event WHERE processed_at < ?").param(processedBefore).update();
		return new Pruned(published, processed);
	}

}
