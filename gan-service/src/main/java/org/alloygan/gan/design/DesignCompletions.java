package org.alloygan.gan.design;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

/**
 * Wakes requests that wait for a design ({@code Prefer: wait}) as soon as this instance has committed its result.
 * A waiter also re-reads the design's state every {@link #RECHECK}, which bounds how late it sees a design finished
 * by another replica (or a signal it missed).
 */
@Component
class DesignCompletions {

	static final Duration RECHECK = Duration.ofMillis(250);

	private final Map<UUID, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();

	/** Called after the design's terminal state has been committed. */
	void finished(UUID id) {
		CompletableFuture<Void> signal = this.pending.remove(id);
		if (signal != null) {
			signal.complete(null);
		}
	}

	/**
	 * Returns once {@code finished} says so or {@code timeout} has passed, whichever is first.
	 * @param finished reads whether the design's state is terminal
	 */
	void await(UUID id, Duration timeout, BooleanSupplier finished) {
		long deadline = System.nanoTime() + timeout.toNanos();
		CompletableFuture<Void> signal = null;
		try {
			while (true) {
				// registered before the state is read: a design finishing in between completes this signal
				signal = this.pending.computeIfAbsent(id, (k) -> new CompletableFuture<>());
				long remaining = deadline - System.nanoTime();
				if (finished.getAsBoolean() || remaining <= 0) {
					return;
				}
				try {
					signal.get(Math.min(remaining, RECHECK.toNanos()), TimeUnit.NANOSECONDS);
				}
				catch (TimeoutException ex) {
					// read the state again
				}
				catch (ExecutionException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			if (signal != null && !signal.isDone()) {
				// other waiters on the same design fall back to their re-reads
				this.pending.remove(id, signal);
			}
		}
	}

	/** Designs with a waiting request, for tests. */
	int waiting() {
		return this.pending.size();
	}

}
