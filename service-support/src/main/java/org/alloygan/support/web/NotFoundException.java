package org.alloygan.support.web;

/** Thrown when a resource named in a request does not exist; rendered as a 404 problem. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
