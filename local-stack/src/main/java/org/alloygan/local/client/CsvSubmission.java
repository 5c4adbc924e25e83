package org.alloygan.local.client;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A command that posts one CSV file to an endpoint that answers with a job ({@code import}, {@code upload}). */
abstract class CsvSubmission extends ClientCommand {

	@Parameters(index = "0", description = "The CSV file.")
	Path file;

	@Mixin
	JobSubmission submission = new JobSubmission();

	/** Where the file goes, e.g. {@code /api/v1/datasets/imports}. */
	abstract String endpoint();

	@Override
	void run(GatewayClient client) {
		JsonNode accepted = client.postFile(endpoint(), this.file, "text/csv").body();
		JsonNode report = this.submission.handle(this, client, accepted);
		if (report != null) {
			show(report);
		}
	}

}
