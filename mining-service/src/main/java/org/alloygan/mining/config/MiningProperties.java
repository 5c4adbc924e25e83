package org.alloygan.mining.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code alloygan.mining.*}.
 *
 * @param defaultExtractor the extractor a job gets when it names none ({@code rules} or {@code llm})
 * @param maxDocumentSize the largest document accepted (upload or JSON text); larger ones get 413
 * @param llm the OpenAI-compatible server of the {@code llm} extractor
 */
@ConfigurationProperties(prefix = "alloygan.mining")
public record MiningProperties(@DefaultValue("rules") String defaultExtractor,
		@DefaultValue("20MB") DataSize maxDocumentSize, @DefaultValue Llm llm) {

	/**
	 * @param baseUrl server root ({@code /v1/chat/completions} is appended); blank = no LLM extractor
	 * @param model the model name; blank = no LLM extractor
	 * @param apiKey bearer token, blank for local servers
	 * @param timeout per request
	 * @param maxConcurrency requests in flight across all jobs of this service
	 * @param requestsPerSecond request starts per second across all jobs, 0 = unlimited
	 * @param retries further attempts after a timeout, 429 or 5xx
	 * @param initialBackoff first back-off, doubled per retry
	 * @param jsonMode whether to send {@code response_format: json_object}
	 */
	public record Llm(String baseUrl, String model, String apiKey, @DefaultValue("60s") Duration timeout,
			@DefaultValue("4") int maxConcurrency, @DefaultValue("0") double requestsPerSecond,
			@DefaultValue("3") int retries, @DefaultValue("500ms") Duration initialBackoff,
			@DefaultValue("true") boolean jsonMode) {

		public boolean configured() {
			return this.baseUrl != null && !this.baseUrl.isBlank() && this.model != null && !this.model.isBlank();
		}

	}

}
