package org.alloygan.gan.cgan;

/** A saved model is missing, incomplete, corrupt or unreadable; the message says which file. */
public class ModelArtifactException extends RuntimeException {

	public ModelArtifactException(String message) {
		super(message);
	}

	public ModelArtifactException(String message, Throwable cause) {
		super(message, cause);
	}

}
