package org.alloygan.local.client;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code alloygan import <file.csv>}: imports a CSV into the dataset (needs the curator role). */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import a CSV into the dataset (formula or wide form; curator role).")
public class ImportCommand extends ClientCommand {

	@Parameters(index = "0", description = "The CSV file.")
	Path file;

	@Mixin
	JobSubmission submission = new JobSubmission();

	@Override
	void run(GatewayClient client) {
		JsonNode accepted = client.postFile("/api/v1/datasets/imports", this.file, "text/csv").body();
		JsonNode report = this.submission.handle(this, client, accepted);
		if (report != null) {
			show(report);
		}
	}

}
