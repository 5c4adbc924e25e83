package org.alloygan.support.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alloygan.core.events.JobEvent;
import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;
import org.alloygan.core.events.Topics;
import org.alloygan.support.outbox.Outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobs this service owns. Every state change is stored and queued on {@link Topics#JOBS} in one
 * transaction (joining the caller's, so a job and the domain rows it creates commit together).
 *
 * <p>
 * Each job records the instance that runs it ({@code owner}) and a heartbeat that instance renews while the job is
 * unfinished; a job whose heartbeat went stale belongs to an instance that stopped and is failed as interrupted, by
 * whichever instance notices first. Replicas sharing a database therefore never fail each other's live jobs.
 */
public class Jobs {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final Clock clock;

	private final String producer;

	private final String instance;

	/**
	 * @param producer the service's name, as job events carry it
	 * @param instance this running instance, unique among the service's replicas and restarts
	 */
	public Jobs(JdbcClient jdbc, Outbox outbox, Clock clock, String producer, String instance) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
		this.producer = producer;
		this.instance = instance;
	}

	public String instance() {
		return this.instance;
	}

	@Transactional
	public Job queue(JobType type, String message) {
		Instant now = this.clock.instant();
		Job job = new Job(UUID.randomUUID(), type, JobState.QUEUED, 0.0, message, null, now, now, 0);
		this.jdbc.sql("INSERT INTO job (id, type, state, progress, message, result_link, created_at, updated_at, owner, "
				+ "heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(job.id(), type.name(), job.state().name(), job.progress(), message, null, ts(now), ts(now),
					this.instance, ts(now))
			.update();
		announce(job);
		return job;
	}

	@Transactional
	public Job running(UUID id, double progress, String message) {
		return transition(id, JobState.RUNNING, Math.max(0.0, Math.min(1.0, progress)), message, null);
	}

	@Transactional
	public Job succeeded(UUID id, String resultLink, String message) {
		return transition(id, JobState.SUCCEEDED, 1.0, message, resultLink);
	}

	@Transactional
	public Job failed(UUID id, String reason) {
		Job current = get(id).orElseThrow(() -> new JobNotFoundException(id));
		return transition(id, JobState.FAILED, current.progress(), reason, null);
	}

	public Optional<Job> get(UUID id) {
		return this.jdbc.sql("SELECT * FROM job WHERE id = ?").param(id).query(Job.class).optional();
	}

	/** Renews the heartbeat of this instance's unfinished jobs; returns how many. */
	@Transactional
	public int heartbeat() {
		return this.jdbc
			.sql("UPDATE job SET heartbeat_at = ? WHERE owner = ? AND state IN ('QUEUED', 'RUNNING')")
			.params(ts(this.clock.instant()), this.instance)
			.update();
	}

	/** What {@link #recoverAbandoned} did: the stale jobs it failed, and those this instance took over. */
	public record Recovery(List<Job> failedJobs, List<Job> adopted) {

		/** How many stale jobs were failed. */
		public int failed() {
			return this.failedJobs.size();
		}

	}

	/**
	 * Jobs whose instance stopped can never finish there: a job counts as abandoned when its heartbeat is older than
	 * {@code staleAfter} (jobs from before heartbeats: when not updated for that long). One of a {@code resumable}
	 * type that was not taken over before is taken over: QUEUED again, owned by this instance, with a fresh heartbeat
	 * (the caller starts the adopted jobs once this has committed). Those of the types in {@code resumedElsewhere} are
	 * left untouched (not even locked), for the instances that take them over. Every other one is failed, so that
	 * dashboards do not poll forever. Rows locked by another instance doing the same are skipped.
	 */
	@Transactional
	public Recovery recoverAbandoned(Duration staleAfter, Set<JobType> resumable, Set<JobType> resumedElsewhere) {
		Instant cutoff = this.clock.instant().minus(staleAfter);
		List<Object> params = new ArrayList<>();
		params.add(ts(cutoff));
		resumedElsewhere.forEach((type) -> params.add(type.name()));
		String others = resumedElsewhere.isEmpty() ? ""
				: " AND type NOT IN (" + String.join(", ", Collections.nCopies(resumedElsewhere.size(), "?")) + ")";
		var stale = this.jdbc.sql("SELECT * FROM job WHERE state IN ('QUEUED', 'RUNNING') "
				+ "AND coalesce(heartbeat_at, updated_at) < ?" + others + " FOR UPDATE SKIP LOCKED")
			.params(params)
			.query(Job.class)
			.list();
		List<Job> failed = new ArrayList<>();
		List<Job> adopted = new ArrayList<>();
		for (Job job : stale) {
			Optional<Job> taken = resumable.contains(job.type()) ? adopt(job) : Optional.empty();
			if (taken.isPresent()) {
				adopted.add(taken.get());
			}
			else {
				failed(job.id(), "interrupted: the service instance running it stopped before it finished; submit it "
						+ "again");
				failed.add(job);
			}
		}
		return new Recovery(failed, adopted);
	}

	/** Takes a stale job over, unless it was taken over before. */
	private Optional<Job> adopt(Job job) {
		Instant now = this.clock.instant();
		String message = "resumed on " + this.instance + ": the instance running it stopped";
		int updated = this.jdbc.sql("UPDATE job SET state = 'QUEUED', progress = 0, message = ?, updated_at = ?, "
				+ "owner = ?, heartbeat_at = ?, resumed = resumed + 1 WHERE id = ? AND resumed = 0")
			.params(message, ts(now), this.instance, ts(now), job.id())
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		Job adopted = new Job(job.id(), job.type(), JobState.QUEUED, 0.0, message, null, job.createdAt(), now,
				job.resumed() + 1);
		announce(adopted);
		return Optional.of(adopted);
	}

	private Job transition(UUID id, JobState state, double progress, String message, String resultLink) {
		Job current = this.jdbc.sql("SELECT * FROM job WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Job.class)
			.optional()
			.orElseThrow(() -> new JobNotFoundException(id));
		if (current.state().isTerminal()) {
			throw new IllegalStateException("job " + id + " is already " + current.state());
		}
		Job next = new Job(id, current.type(), state, progress, message, resultLink, current.createdAt(),
				this.clock.instant(), current.resumed());
		this.jdbc.sql("UPDATE job SET state = ?, progress = ?, message = ?, result_link = ?, updated_at = ?, owner = ?, "
				+ "heartbeat_at = ? WHERE id = ?")
			.params(state.name(), progress, message, resultLink, ts(next.updatedAt()), this.instance,
					ts(next.updatedAt()), id)
			.update();
		announce(next);
		return next;
	}

	private void announce(Job job) {
		this.outbox.append(Topics.JOBS, job.id().toString(), new JobEvent(UUID.randomUUID(), job.updatedAt(), job.id(),
				job.type(), job.state(), job.progress(), job.message(), job.resultLink(), this.producer, job.resumed()));
	}

	private static java.sql.Timestamp ts(Instant instant) {
		return java.sql.Timestamp.from(instant);
	}

}
