package org.alloygan.gan.design;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DesignCompletionsTests {

	private final DesignCompletions completions = new DesignCompletions();

	@Test
	void aFinishedDesignIsNotWaitedFor() {
		AtomicInteger reads = new AtomicInteger();
		this.completions.await(UUID.randomUUID(), Duration.ofMinutes(1), () -> reads.incrementAndGet() > 0);
		assertThat(reads).hasValue(1);
		assertThat(this.completions.waiting()).isZero();
	}

	@Test
	void aWaiterWakesWhenTheDesignFinishes() throws Exception {
		UUID id = UUID.randomUUID();
		AtomicBoolean done = new AtomicBoolean();
		CompletableFuture<Void> waiter = CompletableFuture
			.runAsync(() -> this.completions.await(id, Duration.ofMinutes(1), done::get));
		while (this.completions.waiting() == 0) {
			Thread.sleep(1);
		}
		done.set(true);
		this.completions.finished(id);
		waiter.get(30, TimeUnit.SECONDS);
		assertThat(this.completions.waiting()).isZero();
	}

	@Test
	void aWaiterGivesUpAfterItsTimeoutAndLeavesNothingBehind() {
		AtomicInteger reads = new AtomicInteger();
		this.completions.await(UUID.randomUUID(), Duration.ofMillis(600), () -> {
			reads.incrementAndGet();
			return false;
		});
		// read at the start, after each re-check interval, and at the deadline
		assertThat(reads.get()).isBetween(2, 5);
		assertThat(this.completions.waiting()).isZero();
	}

}
