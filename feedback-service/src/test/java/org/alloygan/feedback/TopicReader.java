package org.alloygan.feedback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/** A test's own consumer of a topic, from the beginning, to see what the service published. */
final class TopicReader implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

	TopicReader(String bootstrapServers, String topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest"), new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(topic));
	}

	/** Reads until the records seen so far (all of them, since the beginning) satisfy {@code done}. */
	List<ConsumerRecord<String, String>> awaitRecords(Predicate<List<ConsumerRecord<String, String>>> done) {
		await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).until(() -> {
			this.consumer.poll(Duration.ofMillis(500)).forEach(this.seen::add);
			return done.test(this.seen);
		});
		return List.copyOf(this.seen);
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
