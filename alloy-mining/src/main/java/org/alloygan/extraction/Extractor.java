package org.alloygan.extraction;

/**
 * Reads alloy records from a passage. Implementations are thread-safe; {@link #parallelism()} says how many
 * passages are worth reading at once.
 */
public interface Extractor extends AutoCloseable {

	/** The name a job or the CLI selects it by ({@code rules}, {@code llm}); recorded with every record. */
	String name();

	/** The model (for the LLM extractor) or rule-set version that produced the records. */
	String model();

	/** The version of the prompt, null when there is none. */
	String promptVersion();

	/** Passages to read concurrently: 1 for CPU-bound extractors, the request concurrency for an LLM. */
	default int parallelism() {
		return 1;
	}

	/** Never throws for a bad passage or a failing server: the problem is returned as a failure. */
	Extraction extract(Passage passage);

	@Override
	default void close() {
	}

}
