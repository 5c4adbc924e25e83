package org.alloygan.local.client;

/** A client command that cannot go on; carries the exit code the command ends with. */
public class ClientException extends RuntimeException {

	/** The API answered with an error (4xx, 5xx). */
	static final int API_ERROR = 1;

	/** Wrong or missing arguments or settings. */
	static final int USAGE = 2;

	/** The gateway could not be reached. */
	static final int UNREACHABLE = 3;

	/** The job that was waited for failed. */
	static final int JOB_FAILED = 4;

	/** Waiting for a job took longer than --timeout. */
	static final int TIMED_OUT = 5;

	final int exitCode;

	ClientException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

}
