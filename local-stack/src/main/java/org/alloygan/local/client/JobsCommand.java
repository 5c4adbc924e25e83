package org.alloygan.local.client;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alloygan jobs}: jobs of every service, newest first. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List jobs of every service, newest first.")
public class JobsCommand extends ClientCommand {

	@Option(names = "--state", description = "QUEUED, RUNNING, SUCCEEDED or FAILED.")
	String state;

	@Option(names = "--type", description = "MINING, IMPORT, DATASET_VERSION, TRAINING, DESIGN or MEASUREMENT_UPLOAD.")
	String type;

	@Option(names = "--created-after", description = "ISO instant, e.g. 2026-11-25T00:00:00Z.")
	String createdAfter;

	@Option(names = "--page", defaultValue = "0", description = "Page, from 0 (default: ${DEFAULT-VALUE}).")
	int page;

	@Option(names = "--size", defaultValue = "20", description = "Jobs per page, 1 to 200 (default: ${DEFAULT-VALUE}).")
	int size;

	@Override
	void run(GatewayClient client) {
		List<String> query = new ArrayList<>();
		if (this.state != null) {
			query.add("state=" + Query.encode(this.state.toUpperCase()));
		}
		if (this.type != null) {
			query.add("type=" + Query.encode(this.type.toUpperCase()));
		}
		if (this.createdAfter != null) {
			query.add("createdAfter=" + Query.encode(this.createdAfter));
		}
		query.add("page=" + this.page);
		query.add("size=" + this.size);
		GatewayClient.Response response = client.get("/api/v1/jobs?" + String.join("&", query));
		if (json()) {
			printer().json(response.body());
		}
		else {
			printer().table(response.body(),
					List.of("id", "type", "state", "progress", "service", "createdAt", "message"));
		}
	}

}
