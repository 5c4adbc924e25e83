package org.alloygan.extraction.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the model is and how hard it may be pushed.
 *
 * @param baseUrl the server root, e.g. {@code http://localhost:11434} (Ollama) or
 * {@code https://api.openai.com}; {@code /v1/chat/completions} is appended (a trailing {@code /v1} is
 * accepted and not doubled)
 * @param model the model name the server knows
 * @param apiKey sent as a bearer token when not blank
 * @param timeout per request, connection included
 * @param maxConcurrency requests in flight at once
 * @param requestsPerSecond request starts per second, 0 or less for no limit
 * @param maxRetries further attempts after a timeout, a 429 or a 5xx (with exponential back-off)
 * @param initialBackoff the first back-off, doubled each retry (a Retry-After header wins when longer)
 * @param jsonMode whether to ask the server for {@code response_format: json_object}
 */
public record LlmSettings(URI baseUrl, String model, String apiKey, Duration timeout, int maxConcurrency,
		double requestsPerSecond, int maxRetries, Duration initialBackoff, boolean jsonMode) {

	public LlmSettings {
		Objects.requireNonNull(baseUrl, "the LLM base URL is not set");
		if (model == null || model.isBlank()) {
			throw new IllegalArgumentException("the LLM model is not set");
		}
		Objects.requireNonNull(timeout, "timeout");
		Objects.requireNonNull(initialBackoff, "initialBackoff");
		if (maxConcurrency < 1) {
			throw new IllegalArgumentException("max concurrency must be at least 1");
		}
		if (maxRetries < 0) {
			throw new IllegalArgumentException("retries must not be negative");
		}
	}

	/** Defaults that suit a local server: 60 s timeout, 4 in flight, no rate limit, 3 retries from 500 ms. */
	public static LlmSettings of(URI baseUrl, String model, String apiKey) {
		return new LlmSettings(baseUrl, model, apiKey, Duration.ofSeconds(60), 4, 0, 3, Duration.ofMillis(500), true);
	}

	public URI chatCompletions() {
		String root = this.baseUrl.toString().replaceAll("/+$", "");
		return URI.create(root.endsWith("/v1") ? root + "/chat/completions" : root + "/v1/chat/completions");
	}

}
