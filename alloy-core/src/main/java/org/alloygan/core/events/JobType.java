package org.alloygan.core.events;

/** The kinds of long-running work the suite does; each is owned by one service. */
public enum JobType {

	/** mining-service: extract alloy records from documents. */
	MINING,
	/** descriptor-service: bulk CSV import into the dataset. */
	IMPORT,
	/** descriptor-service: cut an immutable dataset version. */
	DATASET_VERSION,
	/** gan-service: train a CGAN / baseline / surrogate model. */
	TRAINING,
	/** gan-service: generate and screen candidate compositions. */
	DESIGN,
	/** feedback-service: a CSV upload of lab measurements. */
	MEASUREMENT_UPLOAD

}
