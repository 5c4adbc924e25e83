package org.alloygan.local.demo;

/** A demo step could not be completed; the message says which and why. */
class DemoException extends RuntimeException {

	DemoException(String message) {
		super(message);
	}

	DemoException(String message, Throwable cause) {
		super(message, cause);
	}

}
