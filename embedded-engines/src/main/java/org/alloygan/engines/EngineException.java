package org.alloygan.engines;

/** An embedded engine could not be prepared, started or stopped; the message says why and where to look. */
public class EngineException extends RuntimeException {

	public EngineException(String message) {
		super(message);
	}

	public EngineException(String message, Throwable cause) {
		super(message, cause);
	}

}
