package org.alloygan.local.client;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alloygan job <id> [--wait]}: one job; with --wait, a progress bar until it finishes. */
@Command(name = "job", mixinStandardHelpOptions = true,
		description = "Show one job; with --wait, follow it with a progress bar until it finishes.")
public class JobCommand extends ClientCommand {

	@Parameters(index = "0", description = "The job id.")
	String id;

	@Option(names = "--wait", description = "Wait until the job succeeds or fails (exit code 4 if it fails).")
	boolean wait;

	@Option(names = "--timeout", defaultValue = "PT30M", description = "How long to wait (ISO duration, default: ${DEFAULT-VALUE}).")
	Duration timeout;

	@Override
	void run(GatewayClient client) {
		JsonNode job = this.wait ? waitFor(client, this.id, this.timeout) : client.get("/api/v1/jobs/" + this.id).body();
		show(job);
	}

}
