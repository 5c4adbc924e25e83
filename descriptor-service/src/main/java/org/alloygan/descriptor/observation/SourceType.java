package org.alloygan.descriptor.observation;

/** Where an observation came from. */
public enum SourceType {

	/** A bulk CSV import. */
	IMPORT,
	/** A record extracted from a document by mining-service. */
	LITERATURE,
	/** A lab measurement from feedback-service. */
	LAB

}
