package org.alloygan.local.client;

import picocli.CommandLine.Command;

/** {@code alloygan upload <file.csv>}: uploads lab measurements (needs the experimentalist role). */
@Command(name = "upload", mixinStandardHelpOptions = true,
		description = "Upload lab measurements as CSV (experimentalist role); columns as for 'measure'.")
public class UploadCommand extends CsvSubmission {

	@Override
	String endpoint() {
		return "/api/v1/measurements/uploads";
	}

}
