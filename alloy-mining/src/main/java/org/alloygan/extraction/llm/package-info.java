/**
 * The LLM extractor (the paper's step I): any OpenAI-compatible chat-completions server, a versioned prompt
 * asking for JSON, strict parsing with one repair retry, and rate, concurrency, timeout and retry limits
 * (Resilience4j). Plain JDK HttpClient and Jackson, so the offline CLI uses it without a Spring context.
 */
package org.alloygan.extraction.llm;
