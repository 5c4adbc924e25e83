package org.alloygan.models;

import java.io.IOException;

/**
 * A model directory whose content does not match its recorded SHA-256 (a changed, truncated or swapped file), or that
 * was written for other features or another format. Loading stops rather than predict with a model nobody trained.
 */
public class ModelIntegrityException extends IOException {

	private static final long serialVersionUID = 1L;

	public ModelIntegrityException(String message) {
		super(message);
	}

}
