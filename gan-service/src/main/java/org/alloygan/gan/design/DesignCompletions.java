package org.alloygan.gan.design;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

/**
 * Wakes requests that wait for a design ({@code Prefer: wait}) as soon as this instance has committed its result,
 * and hands them the design as committed, so the answer needs no read of the 0.7 MB just written.
 * A waiter also re-reads the design's state every {@link #RECHECK}, which bounds how late it sees a design finished
 * by another replica (or a signal it missed); it then reads the design itself.
 */
@Component
class DesignCompletions {

	static final Duration RECHECK = Duration.ofMillis(250);

	private final Map<UUID, CompletableFuture<DesignView>> pending = new ConcurrentHashMap<>();

	/**
	 * Called after the design's terminal state has been committed.
	 * @param design the design exactly as committed (what a read would return), null when there is none to hand over
	 * (a failed design)
	 */
	void finished(UUID id, DesignView design) {
		CompletableFuture<DesignView> signal = this.pending.remove(id);
		if (signal != null) {
			signal.complete(design);
		}
	}

	/**
	 * Returns once {@code finished} says so or {@code timeout} has passed, whichever is first.
	 * @param finished reads whether the design's state is terminal
	 * @return the finished design when this instance signalled it with one; empty otherwise (finished elsewhere or
	 * before the wait began, failed, or timed out), when the caller reads the design itself
	 */
	Optional<DesignView> await(UUID id, Duration timeout, BooleanSupplier finished) {
		long deadline = System.nanoTime() + timeout.toNanos();
		CompletableFuture<DesignView> signal = null;
		try {
			while (true) {
				// registered before the state is read: a design finishing in between completes this signal
				signal = this.pending.computeIfAbsent(id, (k) -> new CompletableFuture<>());
				long remaining = deadline - System.nanoTime();
				if (finished.getAsBoolean() || remaining <= 0) {
					return Optional.empty();
				}
				try {
					DesignView design = signal.get(Math.min(remaining, RECHECK.toNanos()), TimeUnit.NANOSECONDS);
					if (design != null) {
						return Optional.of(design);
					}
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
			return Optional.empty();
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
