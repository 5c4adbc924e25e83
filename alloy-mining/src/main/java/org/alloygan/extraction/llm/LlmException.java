package org.alloygan.extraction.llm;

import java.time.Duration;

/**
 * A chat-completions call that failed. Retryable failures (timeouts, 429, 5xx, connection errors) are
 * retried with back-off; others (401, 400, a 404 model) fail the passage at once.
 */
public class LlmException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean retryable;

	private final transient Duration retryAfter;

	public LlmException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
		this.retryAfter = retryAfter;
	}

	public boolean retryable() {
		return this.retryable;
	}

	/** What the server asked for in Retry-After, or null. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
