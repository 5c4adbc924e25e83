package org.alloygan.core.events;

/**
 * Kafka topic names: the message contracts between services. Versioned so that a breaking change gets a
 * new topic while old consumers drain the old one.
 */
public final class Topics {

	/** Job lifecycle events from every service, read by the gateway's jobs read model. */
	public static final String JOBS = "alloy.jobs.v1";

	/** Alloy records extracted from literature (mining -> descriptor). */
	public static final String RECORDS_EXTRACTED = "alloy.records.extracted.v1";

	/** Lab measurements of Tg/Tx/Tl (feedback -> descriptor). */
	public static final String MEASUREMENTS_RECORDED = "alloy.measurements.recorded.v1";

	/** A new immutable dataset version exists (descriptor -> gan). */
	public static final String DATASET_VERSIONED = "alloy.dataset.versioned.v1";

	/** A model version was trained (gan -> anyone). */
	public static final String MODEL_TRAINED = "alloy.model.trained.v1";

	/** A design job finished with screened candidates (gan -> feedback). */
	public static final String DESIGNS_COMPLETED = "alloy.designs.completed.v1";

	/** Suffix of the dead-letter topic that poison messages of a topic go to after bounded retries. */
	public static final String DEAD_LETTER_SUFFIX = ".DLT";

	private Topics() {
	}

	public static String deadLetterOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
