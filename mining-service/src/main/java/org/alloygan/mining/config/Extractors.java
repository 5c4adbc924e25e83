package org.alloygan.mining.config;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.alloygan.extraction.Extractor;
import org.alloygan.extraction.llm.LlmExtractor;
import org.alloygan.extraction.llm.LlmSettings;
import org.alloygan.extraction.rules.RuleBasedExtractor;

import org.springframework.stereotype.Component;

/**
 * The extractors this service offers. One LLM extractor instance serves every job, so its concurrency and
 * rate limits hold for the whole service, not per job.
 */
@Component
public class Extractors {

	private final RuleBasedExtractor rules = new RuleBasedExtractor();

	private final LlmExtractor llm;

	private final String defaultName;

	Extractors(MiningProperties properties, ObjectMapper json) {
		MiningProperties.Llm llm = properties.llm();
		this.llm = llm.configured()
				? new LlmExtractor(new LlmSettings(URI.create(llm.baseUrl().strip()), llm.model().strip(), llm.apiKey(),
						llm.timeout(), llm.maxConcurrency(), llm.requestsPerSecond(), llm.retries(),
						llm.initialBackoff(), llm.jsonMode()), json)
				: null;
		this.defaultName = properties.defaultExtractor();
		get(this.defaultName);
	}

	/**
	 * @param name {@code rules} or {@code llm}; null for the configured default
	 * @throws IllegalArgumentException for an unknown name or an LLM extractor that is not configured
	 */
	public Extractor get(String name) {
		String wanted = (name == null || name.isBlank()) ? this.defaultName : name.strip();
		return switch (wanted) {
			case RuleBasedExtractor.NAME -> this.rules;
			case LlmExtractor.NAME -> {
				if (this.llm == null) {
					throw new IllegalArgumentException("the llm extractor is not configured: set "
							+ "alloygan.mining.llm.base-url and alloygan.mining.llm.model (ALLOYGAN_LLM_BASE_URL, "
							+ "ALLOYGAN_LLM_MODEL)");
				}
				yield this.llm;
			}
			default -> throw new IllegalArgumentException(
					"unknown extractor '" + wanted + "'; available: " + String.join(", ", available()));
		};
	}

	public List<String> available() {
		return (this.llm != null) ? List.of(RuleBasedExtractor.NAME, LlmExtractor.NAME) : List.of(RuleBasedExtractor.NAME);
	}

	@PreDestroy
	void close() {
		if (this.llm != null) {
			this.llm.close();
		}
	}

}
