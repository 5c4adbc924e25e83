package org.alloygan.gan.design;

import java.time.Duration;
import java.util.Optional;
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
		this.completions.finished(id, null);
		waiter.get(30, TimeUnit.SECONDS);
		assertThat(this.completions.waiting()).isZero();
	}

	@Test
	void aWaiterIsHandedTheFinishedDesign() throws Exception {
		UUID id = UUID.randomUUID();
		CompletableFuture<Optional<DesignView>> waiter = CompletableFuture
			.supplyAsync(() -> this.completions.await(id, Duration.ofMinutes(1), () -> false));
		while (this.completions.waiting() == 0) {
			Thread.sleep(1);
		}
		DesignView design = new DesignView(null, "SUCCEEDED", "1 of 1 candidates passed screening", "[]");
		this.completions.finished(id, design);
		assertThat(waiter.get(30, TimeUnit.SECONDS)).containsSame(design);
		assertThat(this.completions.waiting()).isZero();
	}

	@Test
	void aWaiterOnADesignFinishedWithoutOneReadsItsState() throws Exception {
		UUID id = UUID.randomUUID();
		AtomicBoolean failed = new AtomicBoolean();
		CompletableFuture<Optional<DesignView>> waiter = CompletableFuture
			.supplyAsync(() -> this.completions.await(id, Duration.ofMinutes(1), failed::get));
		while (this.completions.waiting() == 0) {
			Thread.sleep(1);
		}
		failed.set(true);
		this.completions.finished(id, null);
		assertThat(waiter.get(30, TimeUnit.SECONDS)).isEmpty();
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
