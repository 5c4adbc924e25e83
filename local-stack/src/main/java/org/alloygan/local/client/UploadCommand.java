package org.alloygan.local.client;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code alloygan upload <file.csv>}: uploads lab measurements (needs the experimentalist role). */
@Command(name = "upload", mixinStandardHelpOptions = true,
		description = "Upload lab measurements as CSV (experimentalist role); columns as for 'measure'.")
public class UploadCommand extends ClientCommand {

	@Parameters(index = "0", description = "The CSV file.")
	Path file;

	@Mixin
	JobSubmission submission = new JobSubmission();

	@Override
	void run(GatewayClient client) {
		JsonNode accepted = client.postFile("/api/v1/measurements/uploads", this.file, "text/csv").body();
		JsonNode result = this.submission.handle(this, client, accepted);
		if (result != null) {
			show(result);
		}
	}

}
