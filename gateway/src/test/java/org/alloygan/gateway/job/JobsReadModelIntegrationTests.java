package org.alloygan.gateway.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.alloygan.core.events.JobEvent;
import org.alloygan.core.events.JobState;
import org.alloygan.core.events.JobType;
import org.alloygan.core.events.Topics;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.Jobs;
import org.alloygan.gateway.GatewayTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Jobs announced through a service's outbox travel over the real broker into the gateway's read model
 * and are served with their states; bad ids and unknown paths are problems.
 */
class JobsReadModelIntegrationTests extends GatewayTestBase {

	@Autowired
	Jobs jobs;

	/** A viewer's client: reading jobs needs the least role there is. */
	TestRestTemplate api;

	@BeforeEach
	void viewer() {
		this.api = as(key("viewer"));
	}

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Test
	void aJobShowsUpWithEachStateItPassesThrough() {
		Job job = this.jobs.queue(JobType.IMPORT, "import of 3 rows queued");
		assertThat(awaitJob(job.id(), "QUEUED").get("message")).isEqualTo("import of 3 rows queued");

		this.jobs.running(job.id(), 0.5, "halfway");
		Map<?, ?> running = awaitJob(job.id(), "RUNNING");
		assertThat(running.get("progress")).isEqualTo(0.5);
		assertThat(running.get("type")).isEqualTo("IMPORT");
		assertThat(running.get("service")).isEqualTo("gateway");

		this.jobs.succeeded(job.id(), "/api/v1/datasets/imports/" + job.id(), "3 rows accepted");
		Map<?, ?> done = awaitJob(job.id(), "SUCCEEDED");
		assertThat(done.get("progress")).isEqualTo(1.0);
		assertThat(done.get("resultLink")).isEqualTo("/api/v1/datasets/imports/" + job.id());
	}

	@Test
	void aFailedJobCarriesItsReason() {
		Job job = this.jobs.queue(JobType.TRAINING, "queued");
		this.jobs.failed(job.id(), "dataset version 7 has no rows");
		assertThat(awaitJob(job.id(), "FAILED").get("message")).isEqualTo("dataset version 7 has no rows");
	}

	@Test
	void pollingWithTheETagAnswers304UntilTheJobChanges() {
		Job job = this.jobs.queue(JobType.DESIGN, "queued");
		awaitJob(job.id(), "QUEUED");
		ResponseEntity<Map> first = this.api.getForEntity("/api/v1/jobs/" + job.id(), Map.class);
		String etag = first.getHeaders().getETag();
		assertThat(etag).isNotBlank();
		assertThat(first.getHeaders().getCacheControl()).isEqualTo("no-cache");

		HttpHeaders ifNoneMatch = new HttpHeaders();
		ifNoneMatch.setIfNoneMatch(etag);
		assertThat(this.api.exchange("/api/v1/jobs/" + job.id(), HttpMethod.GET, new HttpEntity<>(ifNoneMatch),
				Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);

		this.jobs.running(job.id(), 0.1, "sampling");
		awaitJob(job.id(), "RUNNING");
		ResponseEntity<Map> changed = this.api.exchange("/api/v1/jobs/" + job.id(), HttpMethod.GET,
				new HttpEntity<>(ifNoneMatch), Map.class);
		assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(changed.getHeaders().getETag()).isNotEqualTo(etag);
	}

	@Test
	void replayedAndStaleEventsDoNotMoveAJobBack() throws Exception {
		UUID jobId = UUID.randomUUID();
		Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
		JobEvent succeeded = new JobEvent(UUID.randomUUID(), t0.plusSeconds(10), jobId, JobType.MINING,
				JobState.SUCCEEDED, 1.0, "done", "/api/v1/mining-jobs/" + jobId, "mining-service", 0);
		JobEvent staleRunning = new JobEvent(UUID.randomUUID(), t0.plusSeconds(5), jobId, JobType.MINING,
				JobState.RUNNING, 0.3, "still going", null, "mining-service", 0);
		send(succeeded);
		send(succeeded);
		send(staleRunning);
		awaitJob(jobId, "SUCCEEDED");
		JobEvent marker = new JobEvent(UUID.randomUUID(), t0, UUID.randomUUID(), JobType.MINING, JobState.QUEUED, 0,
				"marker", null, "mining-service", 0);
		send(marker);
		awaitJob(marker.jobId(), "QUEUED");
		Map<?, ?> job = this.api.getForObject("/api/v1/jobs/" + jobId, Map.class);
		assertThat(job.get("state")).isEqualTo("SUCCEEDED");
		assertThat(job.get("message")).isEqualTo("done");
	}

	@Test
	void aJobTakenOverByAnotherInstanceShowsAsQueuedAgainAndThenItsNewProgress() throws Exception {
		UUID jobId = UUID.randomUUID();
		Instant t0 = Instant.parse("2026-02-01T00:00:00Z");
		send(new JobEvent(UUID.randomUUID(), t0, jobId, JobType.IMPORT, JobState.RUNNING, 0.6, "6000 rows read", null,
				"descriptor-service", 0));
		awaitJob(jobId, "RUNNING");
		// a late QUEUED without a takeover is a replay and is ignored ...
		send(new JobEvent(UUID.randomUUID(), t0.plusSeconds(1), jobId, JobType.IMPORT, JobState.QUEUED, 0, "queued",
				null, "descriptor-service", 0));
		// ... the takeover's is not
		send(new JobEvent(UUID.randomUUID(), t0.plusSeconds(150), jobId, JobType.IMPORT, JobState.QUEUED, 0,
				"resumed on descriptor-service/b: the instance running it stopped", null, "descriptor-service", 1));
		Map<?, ?> queued = awaitJob(jobId, "QUEUED");
		assertThat(queued.get("message")).asString().startsWith("resumed on");
		assertThat(queued.get("resumed")).isEqualTo(1);
		send(new JobEvent(UUID.randomUUID(), t0.plusSeconds(151), jobId, JobType.IMPORT, JobState.RUNNING, 0.62,
				"6250 rows read", null, "descriptor-service", 1));
		assertThat(awaitJob(jobId, "RUNNING").get("resumed")).isEqualTo(1);
	}

	@Test
	void listsJobsFilteredByStateAndType() {
		Job training = this.jobs.queue(JobType.TRAINING, "queued");
		this.jobs.failed(training.id(), "boom");
		Job mining = this.jobs.queue(JobType.MINING, "queued");
		awaitJob(training.id(), "FAILED");
		awaitJob(mining.id(), "QUEUED");

		Map<?, ?> page = this.api.getForObject("/api/v1/jobs?state=FAILED&type=TRAINING&size=200", Map.class);
		assertThat(page.get("content").toString()).contains(training.id().toString())
			.doesNotContain(mining.id().toString());
		assertThat(page.get("size")).isEqualTo(200);
	}

	@Test
	void badIdsFiltersAndUnknownPathsAreProblems() {
		ResponseEntity<Map> badId = this.api.getForEntity("/api/v1/jobs/not-a-uuid", Map.class);
		assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badId.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(badId.getBody()).containsKeys("type", "title", "status", "detail", "instance", "correlationId");

		ResponseEntity<Map> badState = this.api.getForEntity("/api/v1/jobs?state=DANCING", Map.class);
		assertThat(badState.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		ResponseEntity<Map> missing = this.api.getForEntity("/api/v1/jobs/" + UUID.randomUUID(), Map.class);
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

		ResponseEntity<Map> unknown = this.api.getForEntity("/api/v1/no-such-thing", Map.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(unknown.getBody().toString()).doesNotContain("Exception");
	}

	@Test
	void aServiceThatDoesNotAnswerIsA503Problem() {
		ResponseEntity<Map> response = this.api.getForEntity("/api/v1/models", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aPoisonJobEventGoesToTheDeadLetterTopicAndTheListenerCarriesOn() throws Exception {
		this.kafka.send(Topics.JOBS, "poison", "{\"this is\": \"not a job event\"").get();
		Job after = this.jobs.queue(JobType.IMPORT, "after the poison");
		awaitJob(after.id(), "QUEUED");
	}

	private void send(JobEvent event) throws Exception {
		String json = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
			.writeValueAsString(event);
		this.kafka.send(Topics.JOBS, event.jobId().toString(), json).get();
	}

	private Map<?, ?> awaitJob(UUID id, String state) {
		return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			ResponseEntity<Map> response = this.api.getForEntity("/api/v1/jobs/" + id, Map.class);
			return response.getStatusCode().is2xxSuccessful() ? response.getBody() : null;
		}, (body) -> body != null && state.equals(body.get("state")));
	}

}
