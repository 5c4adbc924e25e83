package org.alloygan.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs an extractor over passages and grounds what it reports. Passages are read
 * {@link Extractor#parallelism()} at a time; results are handed to the caller's sink one at a time on the
 * calling thread, as they complete, so the sink needs no locking (mining-service commits each one with
 * the job's progress).
 */
public final class PassageMiner {

	private final Extractor extractor;

	private final Grounding grounding = new Grounding();

	public PassageMiner(Extractor extractor) {
		this.extractor = Objects.requireNonNull(extractor, "extractor");
	}

	public Extractor extractor() {
		return this.extractor;
	}

	/** Extracts and grounds one passage; a failing extractor gives a failed result, never an exception. */
	public PassageResult mine(Passage passage) {
		Extraction extraction;
		try {
			extraction = this.extractor.extract(passage);
		}
		catch (RuntimeException ex) {
			extraction = Extraction.failed("extractor error: " + ex, null, TokenUsage.NONE);
		}
		List<ExtractedRecord> records = new ArrayList<>();
		for (Candidate candidate : extraction.candidates()) {
			records.add(this.grounding.check(passage, candidate, this.extractor.name(), this.extractor.model(),
					this.extractor.promptVersion()));
		}
		return new PassageResult(passage, records, extraction.failure(), extraction.rawReply(), extraction.usage());
	}

	/**
	 * Mines every passage, handing each result to {@code sink} on this thread as soon as it is ready.
	 * @throws RuntimeException what the sink threw (the passages still being read are abandoned)
	 */
	public void mineAll(List<Passage> passages, Consumer<PassageResult> sink) {
		int threads = Math.min(Math.max(1, this.extractor.parallelism()), passages.size());
		if (threads <= 1) {
			passages.forEach((passage) -> sink.accept(mine(passage)));
			return;
		}
		AtomicInteger ids = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, (runnable) -> {
			Thread thread = new Thread(runnable, "mining-" + this.extractor.name() + "-" + ids.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			ExecutorCompletionService<PassageResult> completion = new ExecutorCompletionService<>(pool);
			passages.forEach((passage) -> completion.submit(() -> mine(passage)));
			for (int i = 0; i < passages.size(); i++) {
				sink.accept(completion.take().get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while mining", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("mining a passage failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
