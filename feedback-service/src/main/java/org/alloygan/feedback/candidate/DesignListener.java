package org.alloygan.feedback.candidate;

import org.alloygan.core.events.DesignCompleted;
import org.alloygan.core.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin listener: finished designs go to {@link DesignCandidates}; poison messages end on the DLT. */
@Component
class DesignListener {

	private final DesignCandidates candidates;

	DesignListener(DesignCandidates candidates) {
		this.candidates = candidates;
	}

	@KafkaListener(topics = Topics.DESIGNS_COMPLETED)
	void onDesign(DesignCompleted event) {
		this.candidates.record(event);
	}

}
