package org.alloygan.support.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.alloygan.support.testing.SupportDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** On a real PostgreSQL with the support schema as Flyway creates it. */
class EventRetentionTests {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	private static SupportDatabase database;

	private static JdbcClient jdbc;

	@BeforeAll
	static void start() {
		database = new SupportDatabase("retention");
		jdbc = database.jdbc();
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@Test
	void deletesOnlyDeliveredEventsAndProcessedIdsOlderThanTheirRetention() {
		outbox("delivered long ago", NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(8)));
		outbox("delivered yesterday", NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)));
		outbox("never delivered", NOW.minus(Duration.ofDays(60)), null);
		processed(NOW.minus(Duration.ofDays(31)));
		UUID recent = processed(NOW.minus(Duration.ofDays(29)));

		EventRetention retention = new EventRetention(jdbc,
				new RetentionProperties(Duration.ofDays(7), Duration.ofDays(30), Duration.ofHours(1)),
				Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(retention.prune()).isEqualTo(new EventRetention.Pruned(1, 1));
		assertThat(jdbc.sql("SELECT payload FROM outbox_event ORDER BY id").query(String.class).list())
			.containsExactly("delivered yesterday", "never delivered");
		assertThat(jdbc.sql("SELECT event_id FROM processed_event").query(UUID.class).list()).containsExactly(recent);
		assertThat(retention.prune()).isEqualTo(new EventRetention.Pruned(0, 0));
	}

	private static void outbox(String payload, Instant created, Instant published) {
		jdbc.sql("INSERT INTO outbox_event (topic, payload, created_at, published_at) VALUES ('t', ?, ?, ?)")
			.params(payload, Timestamp.from(created), (published != null) ? Timestamp.from(published) : null)
			.update();
	}

	private static UUID processed(Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO processed_event (event_id, topic, processed_at) VALUES (?, 't', ?)")
			.params(id, Timestamp.from(at))
			.update();
		return id;
	}

}
