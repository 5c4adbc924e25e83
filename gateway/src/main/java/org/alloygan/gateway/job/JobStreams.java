package org.alloygan.gateway.job;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Event streams of jobs: each subscriber gets the job's current state at once, then every
 * change, and the stream ends after a terminal state (SUCCEEDED or FAILED). Changes this gateway applies
 * are pushed right after commit; a sweep every {@code poll-interval} re-reads subscribed jobs, which
 * catches changes applied by another replica (they share the read model's database) and any missed
 * push. Each event carries the job's version as its id, so nothing is sent twice to a subscriber.
 */
@Component
class JobStreams implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobStreams.class);

	private final JobViews views;

	private final JobEventsProperties properties;

	private final Map<UUID, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();

	/** Pushes leave the Kafka listener's thread at once, so a slow client never holds up the read model. */
	private final ExecutorService pushes = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "job-events-push");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean running;

	JobStreams(JobViews views, JobEventsProperties properties) {
		this.views = views;
		this.properties = properties;
	}

	/** Subscribes to a job that exists; the first event (its current state) is sent before this returns. */
	SseEmitter subscribe(UUID jobId) {
		SseEmitter emitter = new SseEmitter(this.properties.timeout().toMillis());
		Subscription subscription = new Subscription(jobId, emitter);
		Set<Subscription> forJob = this.subscriptions.computeIfAbsent(jobId, (id) -> ConcurrentHashMap.newKeySet());
		forJob.add(subscription);
		emitter.onCompletion(() -> remove(subscription));
		emitter.onTimeout(() -> {
			remove(subscription);
			emitter.complete();
		});
		emitter.onError((ex) -> remove(subscription));
		// registered first, read second: a change committed in between is sent by the push or the sweep
		this.views.find(jobId)
			.ifPresent((view) -> subscription.send(view.toResponse(), view.version(), this::remove));
		return emitter;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(JobChanged changed) {
		Set<Subscription> forJob = this.subscriptions.get(changed.job().id());
		if (forJob == null || forJob.isEmpty()) {
			return;
		}
		this.pushes.execute(() -> forJob.forEach((subscription) -> subscription.send(changed.job(), changed.version(),
				this::remove)));
	}

	@Scheduled(fixedDelayString = "${alloygan.gateway.job-events.poll-interval:1s}")
	void sweep() {
		if (this.subscriptions.isEmpty()) {
			return;
		}
		List<JobView> current = this.views.findAll(Set.copyOf(this.subscriptions.keySet()));
		for (JobView view : current) {
			Set<Subscription> forJob = this.subscriptions.getOrDefault(view.id(), Set.of());
			forJob.forEach((subscription) -> subscription.send(view.toResponse(), view.version(), this::remove));
		}
		Instant quietSince = Instant.now().minus(this.properties.heartbeat());
		this.subscriptions.values()
			.forEach((forJob) -> forJob.forEach((subscription) -> subscription.heartbeatIfQuietSince(quietSince,
					this::remove)));
	}

	int subscribers() {
		return this.subscriptions.values().stream().mapToInt(Set::size).sum();
	}

	private void remove(Subscription subscription) {
		this.subscriptions.computeIfPresent(subscription.jobId, (id, forJob) -> {
			forJob.remove(subscription);
			return forJob.isEmpty() ? null : forJob;
		});
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Ends open streams before the web server's graceful shutdown waits for requests to finish. */
	@Override
	public void stop() {
		this.running = false;
		this.subscriptions.values().forEach((forJob) -> forJob.forEach((subscription) -> subscription.emitter.complete()));
		this.subscriptions.clear();
		this.pushes.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static final class Subscription {

		private final UUID jobId;

		private final SseEmitter emitter;

		private long sentVersion = -1;

		private Instant lastSent = Instant.now();

		private boolean done;

		Subscription(UUID jobId, SseEmitter emitter) {
			this.jobId = jobId;
			this.emitter = emitter;
		}

		synchronized void send(JobResponse job, long version, java.util.function.Consumer<Subscription> onEnd) {
			if (this.done || version <= this.sentVersion) {
				return;
			}
			try {
				this.emitter.send(SseEmitter.event()
					.id(Long.toString(version))
					.name("job")
					.data(job, MediaType.APPLICATION_JSON));
				this.sentVersion = version;
				this.lastSent = Instant.now();
				if (job.state().isTerminal()) {
					this.done = true;
					this.emitter.complete();
					onEnd.accept(this);
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client went away (or the stream was completed meanwhile)
				this.done = true;
				log.debug("SSE stream of job {} ended: {}", this.jobId, ex.getMessage());
				onEnd.accept(this);
			}
		}

		synchronized void heartbeatIfQuietSince(Instant quietSince, java.util.function.Consumer<Subscription> onEnd) {
			if (this.done || this.lastSent.isAfter(quietSince)) {
				return;
			}
			try {
				this.emitter.send(SseEmitter.event().comment("keep-alive"));
				this.lastSent = Instant.now();
			}
			catch (IOException | IllegalStateException ex) {
				this.done = true;
				onEnd.accept(this);
			}
		}

	}

}
