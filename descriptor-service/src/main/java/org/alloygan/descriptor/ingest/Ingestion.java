package org.alloygan.descriptor.ingest;


import org.alloygan.core.events.AlloyRecordExtracted;
import org.alloygan.core.events.MeasurementRecorded;
import org.alloygan.core.events.Topics;
import org.alloygan.descriptor.observation.ObservationInput;
import org.alloygan.descriptor.observation.Observations;
import org.alloygan.descriptor.observation.Outcome;
import org.alloygan.descriptor.observation.SourceType;
import org.alloygan.support.kafka.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Literature records and lab measurements become observations (idempotently: by event id and by source
 * key); {@code PendingObservations} cuts the dataset versions that follow.
 */
@Service
class Ingestion {

	private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

	private final ProcessedEvents processed;

	private final Observations observations;

	Ingestion(ProcessedEvents processed, Observations observations) {
		this.processed = processed;
		this.observations = observations;
	}

	@Transactional
	void record(AlloyRecordExtracted event) {
		if (!this.processed.claim(event.eventId(), Topics.RECORDS_EXTRACTED)) {
			return;
		}
		String ref = "document/" + event.documentId() + "/passage/" + event.passageStart() + "-" + event.passageEnd();
		accept(new ObservationInput(null, event.atomicPercent(), event.tgK(), event.txK(), event.tlK(), event.dmaxMm(),
				null, event.heatingRateKPerMin(), SourceType.LITERATURE, ref, "record:" + event.recordId(), null,
				event.toString()));
	}

	@Transactional
	void record(MeasurementRecorded event) {
		if (!this.processed.claim(event.eventId(), Topics.MEASUREMENTS_RECORDED)) {
			return;
		}
		String ref = "measurement/" + event.measurementId() + "/revision/" + event.revision() + " (lab " + event.lab()
				+ ", sample " + event.sampleId() + ")";
		accept(new ObservationInput(null, event.atomicPercent(), event.tgK(), event.txK(), event.tlK(), null, null,
				event.heatingRateKPerMin(), SourceType.LAB, ref,
				"measurement:" + event.measurementId() + ":" + event.revision(), "measurement:" + event.measurementId(),
				event.toString()));
	}

	private void accept(ObservationInput input) {
		Outcome outcome = this.observations.record(input);
		if (outcome.status() == Outcome.Status.REJECTED) {
			log.info("Rejected {}: {}", input.sourceRef(), outcome.reason());
		}
	}


}
