package org.alloygan.local.client;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Option;

/** Options and output of commands that start a job: print the job id, or wait and print the result. */
class JobSubmission {

	@Option(names = "--wait", description = "Wait for the job with a progress bar, then print its result.")
	boolean wait;

	@Option(names = "--timeout", defaultValue = "PT30M", description = "How long to wait (ISO duration, default: ${DEFAULT-VALUE}).")
	Duration timeout;

	/**
	 * Without --wait prints the 202 answer and how to follow the job; with --wait follows it and returns the
	 * document its result link points at (or the finished job, when it has none); null when not waiting.
	 */
	JsonNode handle(ClientCommand command, GatewayClient client, JsonNode accepted) {
		String jobId = ClientCommand.jobIdOf(accepted);
		if (!this.wait) {
			command.show(accepted);
			if (!command.json()) {
				command.printer().line("follow it with: alloygan job " + jobId + " --wait");
			}
			return null;
		}
		JsonNode job = command.waitFor(client, jobId, this.timeout);
		String link = job.path("resultLink").asText(null);
		if (link == null || link.isBlank()) {
			return job;
		}
		return client.get(link).body();
	}

}
