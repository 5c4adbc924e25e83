package org.alloygan.local.client;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every client command shares: the connection options, output, exit codes (0 ok, 1 the API said
 * no, 2 usage, 3 gateway unreachable, 4 the job failed, 5 timed out waiting) and waiting on a job.
 */
abstract class ClientCommand implements Callable<Integer> {

	/** How long a job may be missing from the jobs read model right after it was accepted. */
	static final Duration READ_MODEL_LAG = Duration.ofSeconds(30);

	@Mixin
	ClientOptions options = new ClientOptions();

	@Spec
	CommandSpec spec;

	/** Between polls of a job; tests shorten it. */
	Duration pollInterval = Duration.ofMillis(500);

	@Override
	public Integer call() {
		try {
			run(new GatewayClient(this.options.resolveUrl(), this.options.resolveKey()));
			return 0;
		}
		catch (ClientException ex) {
			err().println("error: " + ex.getMessage());
			err().flush();
			return ex.exitCode;
		}
	}

	abstract void run(GatewayClient client);

	PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

	PrintWriter err() {
		return this.spec.commandLine().getErr();
	}

	Printer printer() {
		return new Printer(out());
	}

	boolean json() {
		return this.options.json;
	}

	/** Prints a response: its JSON with --json, else as details. */
	void show(JsonNode body) {
		if (json()) {
			printer().json(body);
		}
		else {
			printer().details(body);
		}
	}

	/**
	 * Polls the job (with ETags, so an unchanged job costs a 304) and draws a progress bar on stderr until
	 * it finishes.
	 * @return the finished job
	 * @throws ClientException with exit code 4 when the job failed, 5 on timeout
	 */
	JsonNode waitFor(GatewayClient client, String jobId, Duration timeout) {
		ProgressBar bar = new ProgressBar(err(), System.console() != null);
		Instant start = Instant.now();
		Instant deadline = start.plus(timeout);
		String etag = null;
		JsonNode job = null;
		while (true) {
			GatewayClient.Response response = client.getIfNoneMatch("/api/v1/jobs/" + jobId, etag);
			if (response.status() == 200) {
				job = response.body();
				etag = response.etag();
				bar.update(job.path("state").asText(), job.path("progress").asDouble(), job.path("message").asText(null));
				if (isTerminal(job)) {
					bar.finish();
					break;
				}
			}
			else if (response.status() == 404) {
				if (Instant.now().isAfter(start.plus(READ_MODEL_LAG))) {
					throw new ClientException("job " + jobId + " does not exist", ClientException.API_ERROR);
				}
			}
			else if (response.status() != 304) {
				client.get("/api/v1/jobs/" + jobId);
			}
			if (Instant.now().isAfter(deadline)) {
				bar.finish();
				throw new ClientException("job " + jobId + " did not finish within " + timeout + " (still "
						+ ((job != null) ? job.path("state").asText() : "unknown") + "); follow it with: alloygan job "
						+ jobId + " --wait", ClientException.TIMED_OUT);
			}
			sleep(this.pollInterval);
		}
		if ("FAILED".equals(job.path("state").asText())) {
			if (json()) {
				printer().json(job);
			}
			throw new ClientException("job " + jobId + " failed: " + job.path("message").asText(),
					ClientException.JOB_FAILED);
		}
		return job;
	}

	static boolean isTerminal(JsonNode job) {
		String state = job.path("state").asText();
		return state.equals("SUCCEEDED") || state.equals("FAILED");
	}

	/** The job id in a 202 answer ({@code jobId}, else {@code id}). */
	static String jobIdOf(JsonNode accepted) {
		if (accepted != null && accepted.hasNonNull("jobId")) {
			return accepted.get("jobId").asText();
		}
		if (accepted != null && accepted.hasNonNull("id")) {
			return accepted.get("id").asText();
		}
		throw new ClientException("the gateway accepted the request but named no job: " + accepted,
				ClientException.API_ERROR);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ClientException("interrupted", ClientException.TIMED_OUT);
		}
	}

}
