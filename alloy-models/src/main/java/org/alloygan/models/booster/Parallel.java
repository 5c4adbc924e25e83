package org.alloygan.models.booster;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs independent model fits on a bounded number of threads.
 *
 * <p>
 * A fork-join pool rather than a fixed pool because fits nest (a cross-validation fold trains a regressor, which
 * trains its calibration folds): a worker that waits for nested tasks helps run them instead of blocking, so nesting
 * cannot deadlock and all levels share the same threads.
 */
public final class Parallel {

	private Parallel() {
	}

	/**
	 * {@code task(0) ... task(count - 1)} in order of index, computed on up to {@code threads} threads (on the
	 * caller's fork-join pool when called from inside one, on the common pool and the caller when {@code threads} is
	 * {@link #defaultThreads()}, else on a pool of its own).
	 */
	public static <T> List<T> map(int threads, int count, IntFunction<T> task) {
		if (ForkJoinTask.inForkJoinPool() || threads <= 1 || count <= 1) {
			IntStream indices = IntStream.range(0, count);
			return ((threads <= 1 && !ForkJoinTask.inForkJoinPool()) ? indices : indices.parallel())
				.mapToObj(task)
				.toList();
		}
		if (threads == defaultThreads()) {
			// the common pool's workers and the calling thread: one per processor, with no pool to start per call
			// (a design's screening calls this several times a round)
			return IntStream.range(0, count).parallel().mapToObj(task).toList();
		}
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			return pool.submit(() -> IntStream.range(0, count).parallel().mapToObj(task).toList()).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while training", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	/** The number of processors the JVM may use, the default thread count. */
	public static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}

}
