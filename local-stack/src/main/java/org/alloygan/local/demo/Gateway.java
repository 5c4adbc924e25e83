package org.alloygan.local.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.alloygan.local.client.ClientException;
import org.alloygan.local.client.GatewayClient;
import org.alloygan.local.client.ProgressBar;

/**
 * The demo's calls to the gateway, over the CLI's {@link GatewayClient}: JSON in and out, uploads, and waiting on
 * jobs with a progress bar. Every failure becomes a {@link DemoException} naming the call.
 */
final class Gateway {

	private final GatewayClient client;

	Gateway(String baseUrl, String apiKey) {
		this.client = new GatewayClient(baseUrl, apiKey);
	}

	String baseUrl() {
		return this.client.baseUrl();
	}

	JsonNode get(String path) {
		return orNullNode(call("GET " + path, () -> this.client.get(path)).body());
	}

	/** POSTs JSON; any of the expected statuses is success. */
	JsonNode post(String path, Object body, int... expectedStatuses) {
		return expect("POST " + path, call("POST " + path, () -> this.client.postJson(path, body)), expectedStatuses);
	}

	JsonNode upload(String path, String fileName, byte[] content) {
		return expect("POST " + path,
				call("POST " + path, () -> this.client.postFile(path, fileName, content, "text/csv")), 202);
	}

	/**
	 * Polls a job through the gateway's jobs read model, drawing a progress bar, until it ends (a job the read
	 * model has not seen yet is waited for).
	 * @return the finished job; a failed job throws with its reason
	 */
	JsonNode awaitJob(String jobId, String label, PrintStream out, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		JsonNode job = null;
		while (Instant.now().isBefore(deadline)) {
			GatewayClient.Response response = call("GET job " + jobId, () -> this.client.getOrNull("/api/v1/jobs/" + jobId));
			if (response != null) {
				job = response.body();
				progress(out, label, job.path("progress").asDouble(), job.path("message").asText(""));
				String state = job.path("state").asText();
				if (state.equals("SUCCEEDED")) {
					out.println();
					return job;
				}
				if (state.equals("FAILED")) {
					out.println();
					throw new DemoException(label + " failed: " + job.path("message").asText());
				}
			}
			sleep(500);
		}
		out.println();
		throw new DemoException(label + " did not finish within " + timeout + " (last: " + job + ")");
	}

	static void progress(PrintStream out, String label, double progress, String message) {
		out.print("\r    " + String.format("%-110s", ProgressBar.render(label, progress, message)));
		out.flush();
	}

	private static GatewayClient.Response call(String what, Supplier<GatewayClient.Response> call) {
		try {
			return call.get();
		}
		catch (ClientException ex) {
			throw new DemoException(what + ": " + ex.getMessage(), ex);
		}
	}

	private static JsonNode expect(String what, GatewayClient.Response response, int... expectedStatuses) {
		if (Arrays.stream(expectedStatuses).noneMatch((status) -> status == response.status())) {
			throw new DemoException(what + " answered " + response.status() + ": " + response.raw());
		}
		return orNullNode(response.body());
	}

	private static JsonNode orNullNode(JsonNode body) {
		return (body != null) ? body : NullNode.getInstance();
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoException("interrupted", ex);
		}
	}

}
