package org.alloygan.gateway.job;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.events.JobType;
import org.alloygan.gateway.GatewayTestBase;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.Jobs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** GET /api/v1/jobs/{id}/events: Server-Sent Events from the current state to a terminal one. */
class JobEventsIntegrationTests extends GatewayTestBase {

	static final HttpClient CLIENT = HttpClient.newHttpClient();

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	Jobs jobs;

	@Autowired
	JobStreams streams;

	@Test
	void aSubscriberSeesEveryStateUntilTheJobSucceedsAndThenTheStreamEnds() throws Exception {
		Job job = this.jobs.queue(JobType.TRAINING, "queued");
		awaitInReadModel(job.id());

		List<String> lines = new CopyOnWriteArrayList<>();
		CompletableFuture<HttpResponse<Stream<String>>> stream = subscribe(job.id(), lines);
		await().atMost(Duration.ofSeconds(20)).until(() -> states(lines).contains("QUEUED"));

		this.jobs.running(job.id(), 0.25, "epoch 5 of 20");
		await().atMost(Duration.ofSeconds(20)).until(() -> states(lines).contains("RUNNING"));
		this.jobs.running(job.id(), 0.75, "epoch 15 of 20");
		this.jobs.succeeded(job.id(), "/api/v1/models/" + job.id(), "trained");

		HttpResponse<Stream<String>> response = stream.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/event-stream"));
		List<String> states = states(lines);
		assertThat(states).first().isEqualTo("QUEUED");
		assertThat(states).last().isEqualTo("SUCCEEDED");
		assertThat(states).containsSubsequence("QUEUED", "RUNNING", "SUCCEEDED");
		assertThat(lines).contains("event:job");
		assertThat(ids(lines)).isSorted().doesNotHaveDuplicates();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.streams.subscribers() == 0);
	}

	@Test
	void aFinishedJobGivesOneEventAndEnds() throws Exception {
		Job job = this.jobs.queue(JobType.IMPORT, "queued");
		this.jobs.failed(job.id(), "bad CSV header");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "FAILED".equals(jobState(job.id())));
		List<String> lines = new CopyOnWriteArrayList<>();
		subscribe(job.id(), lines).get(30, TimeUnit.SECONDS);
		assertThat(states(lines)).containsExactly("FAILED");
	}

	@Test
	void unknownJobsAndMissingKeysAreProblems() throws Exception {
		HttpResponse<String> unknown = CLIENT.send(request(UUID.randomUUID(), key("viewer")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		HttpResponse<String> anonymous = CLIENT.send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/jobs/" + UUID.randomUUID() + "/events"))
					.header("Accept", "text/event-stream")
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	/** Completes when the server ends the stream; the lines arrive in {@code lines} as they come. */
	private CompletableFuture<HttpResponse<Stream<String>>> subscribe(UUID id, List<String> lines) {
		return CLIENT.sendAsync(request(id, key("viewer")).build(), HttpResponse.BodyHandlers.ofLines())
			.thenApply((response) -> {
				response.body().forEach(lines::add);
				return response;
			});
	}

	private HttpRequest.Builder request(UUID id, String key) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/jobs/" + id + "/events"))
			.header("Accept", "text/event-stream")
			.header("X-API-Key", key);
	}

	private static List<String> states(List<String> lines) {
		return lines.stream().filter((line) -> line.startsWith("data:")).map((line) -> {
			try {
				return (String) JSON.readValue(line.substring(5), Map.class).get("state");
			}
			catch (Exception ex) {
				throw new IllegalStateException(line, ex);
			}
		}).toList();
	}

	private static List<Long> ids(List<String> lines) {
		return lines.stream().filter((line) -> line.startsWith("id:")).map((line) -> Long.parseLong(line.substring(3))).toList();
	}

	private void awaitInReadModel(UUID id) {
		await().atMost(Duration.ofSeconds(30)).until(() -> jobState(id) != null);
	}

	private String jobState(UUID id) {
		Map<?, ?> job = as(key("viewer")).getForEntity("/api/v1/jobs/" + id, Map.class).getBody();
		return (job != null) ? (String) job.get("state") : null;
	}

}
