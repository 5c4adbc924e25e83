package org.alloygan.core.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GFA fields of {@link DesignCompleted} are backward compatible: events written before them read with nulls, and
 * a reader that does not know them (the services' mappers ignore unknown properties, as Spring Boot configures them)
 * reads new events.
 */
class DesignCompletedJsonTests {

	private final ObjectMapper json = JsonMapper.builder()
		.findAndAddModules()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	/** The event as it was before the classifier. */
	record FormerDesignCompleted(UUID eventId, Instant occurredAt, UUID designId, UUID generatorModelId,
			UUID surrogateModelId, List<FormerCandidate> candidates) {
	}

	record FormerCandidate(UUID candidateId, int rank, Map<String, Double> atomicPercent,
			Map<String, DesignCompleted.Prediction> predicted) {
	}

	@Test
	void anEventFromBeforeTheClassifierReadsWithNulls() throws Exception {
		FormerDesignCompleted former = new FormerDesignCompleted(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"),
				UUID.randomUUID(), UUID.randomUUID(), null, List.of(new FormerCandidate(UUID.randomUUID(), 1,
						Map.of("Cu", 50.0, "Zr", 50.0), Map.of("Tg_K", new DesignCompleted.Prediction(700, 650.0, 750.0)))));
		DesignCompleted read = this.json.readValue(this.json.writeValueAsString(former), DesignCompleted.class);
		assertThat(read.classifierModelId()).isNull();
		assertThat(read.candidates()).singleElement().satisfies((c) -> {
			assertThat(c.gfa()).isNull();
			assertThat(c.predicted().get("Tg_K").value()).isEqualTo(700);
		});
		assertThat(read).isEqualTo(new DesignCompleted(former.eventId(), former.occurredAt(), former.designId(),
				former.generatorModelId(), null, List.of(new DesignCompleted.Candidate(
						former.candidates().get(0).candidateId(), 1, Map.of("Cu", 50.0, "Zr", 50.0),
						former.candidates().get(0).predicted()))));
	}

	@Test
	void aNewEventRoundTripsAndAFormerReaderIgnoresTheNewFields() throws Exception {
		DesignCompleted event = new DesignCompleted(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"),
				UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				List.of(new DesignCompleted.Candidate(UUID.randomUUID(), 1, Map.of("Pd", 40.0, "Ni", 40.0, "P", 20.0),
						Map.of(), new DesignCompleted.Gfa(0.1, 0.3, 0.6, 0.9))),
				UUID.randomUUID());
		String text = this.json.writeValueAsString(event);
		assertThat(text).contains("\"classifierModelId\"").contains("\"glass\":0.9");
		assertThat(this.json.readValue(text, DesignCompleted.class)).isEqualTo(event);
		FormerDesignCompleted former = this.json.readValue(text, FormerDesignCompleted.class);
		assertThat(former.designId()).isEqualTo(event.designId());
		assertThat(former.candidates().get(0).atomicPercent()).containsEntry("Pd", 40.0);
	}

}
