package org.alloygan.core.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JobEvent#resumed()} is backward compatible: events from producers older than it read as never taken over. */
class JobEventJsonTests {

	private final ObjectMapper json = JsonMapper.builder()
		.findAndAddModules()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void anEventWithoutTheResumedCountReadsAsZero() throws Exception {
		JobEvent event = this.json.readValue("""
				{"eventId": "5b0c9c8e-6f3b-4d0e-9a55-2b4f0b7c9f01", "occurredAt": "2026-01-01T00:00:00Z",
				 "jobId": "0d6f8a2e-8d8c-4c1b-b0a4-6f0e0f9a1c22", "type": "IMPORT", "state": "RUNNING",
				 "progress": 0.5, "message": "500 rows read", "producer": "descriptor-service"}""", JobEvent.class);
		assertThat(event.resumed()).isZero();
		assertThat(event.state()).isEqualTo(JobState.RUNNING);
	}

	@Test
	void theCountTravels() throws Exception {
		JobEvent event = this.json.readValue("""
				{"eventId": "5b0c9c8e-6f3b-4d0e-9a55-2b4f0b7c9f01", "occurredAt": "2026-01-01T00:00:00Z",
				 "jobId": "0d6f8a2e-8d8c-4c1b-b0a4-6f0e0f9a1c22", "type": "IMPORT", "state": "QUEUED",
				 "progress": 0, "message": "resumed on b", "producer": "descriptor-service", "resumed": 1}""",
				JobEvent.class);
		assertThat(event.resumed()).isEqualTo(1);
		assertThat(this.json.readValue(this.json.writeValueAsString(event), JobEvent.class)).isEqualTo(event);
	}

}
