package org.alloygan.descriptor.ingest;

import org.alloygan.core.events.AlloyRecordExtracted;
import org.alloygan.core.events.MeasurementRecorded;
import org.alloygan.core.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin listeners: records from mining and measurements from feedback go to {@link Ingestion}. */
@Component
class IngestListeners {

	private final Ingestion ingestion;

	IngestListeners(Ingestion ingestion) {
		this.ingestion = ingestion;
	}

	@KafkaListener(topics = Topics.RECORDS_EXTRACTED)
	void onRecord(AlloyRecordExtracted event) {
		this.ingestion.record(event);
	}

	@KafkaListener(topics = Topics.MEASUREMENTS_RECORDED)
	void onMeasurement(MeasurementRecorded event) {
		this.ingestion.record(event);
	}

}
