package org.alloygan.support.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;
import org.alloygan.support.outbox.Outbox;
import org.alloygan.support.testing.SupportDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances sharing one real PostgreSQL database, as replicas of a service do. */
class JobsOwnershipTests {

	private static final Duration STALE = Duration.ofMinutes(2);

	private static SupportDatabase database;

	private static JdbcClient jdbc;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T12:00:00Z"));

	@BeforeAll
	static void start() {
		database = new SupportDatabase("jobs");
		jdbc = database.jdbc();
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@Test
	void aLiveReplicasJobsSurviveWhileAStoppedInstancesJobsAreFailedOnceStale() {
		Jobs first = jobs("gan-service/a/1");
		Jobs second = jobs("gan-service/b/1");
		Job live = first.queue(JobType.DESIGN, "queued");
		first.running(live.id(), 0.5, "working");
		Job orphan = second.queue(JobType.DESIGN, "queued on the replica that then stopped");
		Job done = second.queue(JobType.DESIGN, "finished");
		second.succeeded(done.id(), "/somewhere", "done");

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(first.recoverAbandoned(STALE, Set.of(), Set.of()).failed()).as("nothing is stale yet").isZero();
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(first.heartbeat()).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(10));

		Jobs restarted = jobs("gan-service/a/2");
		assertThat(restarted.recoverAbandoned(STALE, Set.of(), Set.of()).failed()).isEqualTo(1);
		assertThat(state(orphan)).isEqualTo(JobState.FAILED);
		assertThat(first.get(orphan.id()).orElseThrow().message()).contains("interrupted");
		assertThat(state(live)).as("the first instance's heartbeat keeps its job").isEqualTo(JobState.RUNNING);
		assertThat(state(done)).isEqualTo(JobState.SUCCEEDED);

		this.clock.advance(Duration.ofMinutes(3));
		assertThat(restarted.recoverAbandoned(STALE, Set.of(), Set.of()).failed()).as("the first instance stopped beating")
			.isEqualTo(1);
		assertThat(state(live)).isEqualTo(JobState.FAILED);
	}

	@Test
	void aStoppedInstancesJobOfAResumableTypeIsTakenOverOnceAndOthersAreFailed() {
		Jobs stopped = jobs("gan-service/c/1");
		Job design = stopped.queue(JobType.DESIGN, "queued on the replica that then stopped");
		stopped.running(design.id(), 0.4, "generating");
		Job training = stopped.queue(JobType.TRAINING, "queued too");
		this.clock.advance(STALE.plusSeconds(1));

		Jobs survivor = jobs("gan-service/d/1");
		Jobs.Recovery recovery = survivor.recoverAbandoned(STALE, Set.of(JobType.DESIGN), Set.of());
		assertThat(recovery.failed()).isEqualTo(1);
		assertThat(recovery.adopted()).singleElement().satisfies((job) -> {
			assertThat(job.id()).isEqualTo(design.id());
			assertThat(job.state()).isEqualTo(JobState.QUEUED);
			assertThat(job.message()).contains("resumed on gan-service/d/1");
		});
		assertThat(state(design)).isEqualTo(JobState.QUEUED);
		assertThat(state(training)).isEqualTo(JobState.FAILED);
		assertThat(jdbc.sql("SELECT owner FROM job WHERE id = ?").param(design.id()).query(String.class).single())
			.isEqualTo("gan-service/d/1");
		assertThat(survivor.recoverAbandoned(STALE, Set.of(JobType.DESIGN), Set.of()).adopted())
			.as("its heartbeat is fresh: the survivor owns it now")
			.isEmpty();

		// taken over at most once: if the survivor stops too, the job is failed
		this.clock.advance(STALE.plusSeconds(1));
		Jobs third = jobs("gan-service/e/1");
		Jobs.Recovery again = third.recoverAbandoned(STALE, Set.of(JobType.DESIGN), Set.of());
		assertThat(again.adopted()).isEmpty();
		assertThat(again.failed()).isEqualTo(1);
		assertThat(state(design)).isEqualTo(JobState.FAILED);
	}

	@Test
	void jobsResumedElsewhereAreLeftForTheInstancesThatTakeThemOver() {
		Jobs stoppedTrainer = jobs("gan-service-training/h/1");
		Job training = stoppedTrainer.queue(JobType.TRAINING, "queued on the training pod that then stopped");
		stoppedTrainer.running(training.id(), 0.3, "CGAN: 300/1000 generator updates");
		Job design = stoppedTrainer.queue(JobType.DESIGN, "queued there too");
		this.clock.advance(STALE.plusSeconds(1));

		// an inference replica notices first: it deals with the design, and leaves the training alone
		Jobs inference = jobs("gan-service/i/1");
		Jobs.Recovery noticed = inference.recoverAbandoned(STALE, Set.of(JobType.DESIGN), Set.of(JobType.TRAINING));
		assertThat(noticed.adopted()).extracting(Job::id).containsExactly(design.id());
		assertThat(noticed.failed()).isZero();
		assertThat(state(training)).isEqualTo(JobState.RUNNING);

		// the restarted training pod takes it over
		Jobs trainer = jobs("gan-service-training/h/2");
		Jobs.Recovery taken = trainer.recoverAbandoned(STALE, Set.of(JobType.DESIGN, JobType.TRAINING), Set.of());
		assertThat(taken.adopted()).extracting(Job::id).containsExactly(training.id());
		assertThat(state(training)).isEqualTo(JobState.QUEUED);
		trainer.succeeded(training.id(), "/api/v1/models/x", "trained");
		inference.succeeded(design.id(), "/api/v1/designs/y", "designed");
	}

	@Test
	void aTakenOverJobThatCannotBeStartedIsFailedWithTheReason() {
		Jobs stopped = jobs("gan-service/f/1");
		Job design = stopped.queue(JobType.DESIGN, "queued on the replica that then stopped");
		this.clock.advance(STALE.plusSeconds(1));
		Jobs survivor = jobs("gan-service/g/1");
		JobResumption broken = new JobResumption() {
			@Override
			public JobType type() {
				return JobType.DESIGN;
			}

			@Override
			public void resume(Job job) {
				throw new IllegalStateException("design " + job.id() + " has an unreadable request");
			}
		};
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		JobHeartbeats heartbeats = new JobHeartbeats(survivor, new JobsProperties(Duration.ofSeconds(30), STALE, Set.of()),
				List.of(broken), meters);
		Job adopted = survivor.recoverAbandoned(STALE, Set.of(JobType.DESIGN), Set.of()).adopted().get(0);

		heartbeats.resume(adopted);

		Job failed = survivor.get(design.id()).orElseThrow();
		assertThat(failed.state()).isEqualTo(JobState.FAILED);
		assertThat(failed.message()).contains("could not be resumed").contains("unreadable request");
		// operators see it: abandoned jobs are counted by type and outcome
		assertThat(meters.counter(JobHeartbeats.ABANDONED, "type", "DESIGN", "outcome", "not_restarted").count())
			.isEqualTo(1.0);
	}

	private JobState state(Job job) {
		return jobs("reader").get(job.id()).orElseThrow().state();
	}

	private Jobs jobs(String instance) {
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
		return new Jobs(jdbc, new Outbox(jdbc, json), this.clock, "gan-service", instance);
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
