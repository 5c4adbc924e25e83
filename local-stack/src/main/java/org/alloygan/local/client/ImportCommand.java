package org.alloygan.local.client;

import picocli.CommandLine.Command;

/** {@code alloygan import <file.csv>}: imports a CSV into the dataset (needs the curator role). */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import a CSV into the dataset (formula or wide form; curator role).")
public class ImportCommand extends CsvSubmission {

	@Override
	String endpoint() {
		return "/api/v1/datasets/imports";
	}

}
