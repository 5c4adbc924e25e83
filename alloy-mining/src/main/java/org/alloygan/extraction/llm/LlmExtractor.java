package org.alloygan.extraction.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.alloygan.extraction.Candidate;
import org.alloygan.extraction.Extraction;
import org.alloygan.extraction.Extractor;
import org.alloygan.extraction.Passage;
import org.alloygan.extraction.TokenUsage;
import org.alloygan.extraction.llm.ChatClient.Message;
import org.alloygan.extraction.llm.ChatClient.Reply;
import org.alloygan.extraction.llm.ReplyParser.MalformedReply;

/**
 * Asks a language model for the records of a passage ({@link ExtractionPrompt}) and parses its reply
 * strictly. A malformed reply gets one repair request (the model sees its reply and what is wrong with it);
 * a second malformed reply fails the passage with both raw replies kept. Every request goes through a
 * concurrency limit (bulkhead), an optional rate limit and retries with exponential back-off on timeouts,
 * 429 and 5xx (a longer Retry-After wins). One instance is meant to be shared, so its limits hold across
 * all jobs of a process.
 */
public final class LlmExtractor implements Extractor {

	public static final String NAME = "llm";

	/** Waiting for a permit longer than this means the server is hopelessly overloaded. */
	private static final Duration MAX_PERMIT_WAIT = Duration.ofMinutes(10);

	/** Back-off never grows beyond this, whatever the attempt count or Retry-After says. */
	private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

	private final LlmSettings settings;

	private final ChatClient client;

	private final Bulkhead bulkhead;

	private final RateLimiter rateLimiter;

	private final Retry retry;

	public LlmExtractor(LlmSettings settings) {
		this(settings, new ObjectMapper());
	}

	public LlmExtractor(LlmSettings settings, ObjectMapper json) {
		this.settings = settings;
		this.client = new ChatClient(settings, json);
		this.bulkhead = Bulkhead.of("llm", BulkheadConfig.custom()
			.maxConcurrentCalls(settings.maxConcurrency())
			.maxWaitDuration(MAX_PERMIT_WAIT)
			.build());
		this.rateLimiter = (settings.requestsPerSecond() > 0) ? RateLimiter.of("llm", rateLimit(settings)) : null;
		long initial = Math.max(1, settings.initialBackoff().toMillis());
		IntervalBiFunction<Object> backoff = (attempt, outcome) -> {
			long exponential = initial * (1L << Math.min(20, attempt - 1));
			long wanted = exponential;
			if (outcome.isLeft() && outcome.getLeft() instanceof LlmException failure && failure.retryAfter() != null) {
				wanted = Math.max(exponential, failure.retryAfter().toMillis());
			}
			return Math.min(wanted, MAX_BACKOFF.toMillis());
		};
		this.retry = Retry.of("llm", RetryConfig.custom()
			.maxAttempts(settings.maxRetries() + 1)
			.retryOnException((ex) -> ex instanceof LlmException failure && failure.retryable())
			.intervalBiFunction(backoff)
			.build());
	}

	private static RateLimiterConfig rateLimit(LlmSettings settings) {
		double perSecond = settings.requestsPerSecond();
		RateLimiterConfig.Builder config = RateLimiterConfig.custom().timeoutDuration(MAX_PERMIT_WAIT);
		if (perSecond >= 1) {
			return config.limitForPeriod((int) Math.round(perSecond)).limitRefreshPeriod(Duration.ofSeconds(1)).build();
		}
		return config.limitForPeriod(1).limitRefreshPeriod(Duration.ofMillis(Math.round(1000 / perSecond))).build();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String model() {
		return this.settings.model();
	}

	@Override
	public String promptVersion() {
		return ExtractionPrompt.VERSION;
	}

	@Override
	public int parallelism() {
		return this.settings.maxConcurrency();
	}

	public LlmSettings settings() {
		return this.settings;
	}

	@Override
	public Extraction extract(Passage passage) {
		List<Message> messages = new ArrayList<>(ExtractionPrompt.messages(passage));
		TokenUsage usage = TokenUsage.NONE;
		Reply first;
		try {
			first = call(messages);
		}
		catch (RuntimeException ex) {
			return Extraction.failed(describe(ex), null, usage);
		}
		usage = usage.plus(first.usage());
		try {
			return new Extraction(ReplyParser.parse(first.content()), null, first.content(), usage);
		}
		catch (MalformedReply malformed) {
			messages.add(new Message("assistant", first.content()));
			messages.add(ExtractionPrompt.repair(malformed.getMessage()));
			Reply second;
			try {
				second = call(messages);
			}
			catch (RuntimeException ex) {
				return Extraction.failed("malformed reply (" + malformed.getMessage() + "), then the repair request "
						+ "failed: " + describe(ex), first.content(), usage);
			}
			usage = usage.plus(second.usage());
			try {
				List<Candidate> candidates = ReplyParser.parse(second.content());
				return new Extraction(candidates, null, second.content(), usage);
			}
			catch (MalformedReply again) {
				return Extraction.failed("malformed reply after one repair retry: " + again.getMessage(),
						"first reply:\n" + first.content() + "\n\nrepair reply:\n" + second.content(), usage);
			}
		}
	}

	private Reply call(List<Message> messages) {
		List<Message> conversation = List.copyOf(messages);
		Supplier<Reply> call = () -> this.client.complete(conversation);
		call = Bulkhead.decorateSupplier(this.bulkhead, call);
		if (this.rateLimiter != null) {
			call = RateLimiter.decorateSupplier(this.rateLimiter, call);
		}
		return Retry.decorateSupplier(this.retry, call).get();
	}

	private String describe(RuntimeException ex) {
		if (ex instanceof LlmException failure) {
			return failure.retryable()
					? "LLM request failed after " + (this.settings.maxRetries() + 1) + " attempts: " + failure.getMessage()
					: "LLM request failed: " + failure.getMessage();
		}
		return "LLM request failed: " + ex;
	}

}
