package org.alloygan.mining.document;

import java.time.Year;
import java.util.regex.Pattern;

/**
 * What the uploader says about a document; checked so that a typo is a 400, not a bad record.
 */
record DocumentMetadata(String title, String doi, Integer year) {

	private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

	static DocumentMetadata of(String title, String doi, Integer year) {
		String cleanDoi = (doi == null || doi.isBlank()) ? null
				: doi.strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
		if (cleanDoi != null && !DOI.matcher(cleanDoi).matches()) {
			throw new IllegalArgumentException("'" + doi + "' is not a DOI (expected 10.<registrant>/<suffix>)");
		}
		if (year != null && (year < 1800 || year > Year.now().getValue() + 1)) {
			throw new IllegalArgumentException("year " + year + " is not a publication year");
		}
		return new DocumentMetadata((title == null || title.isBlank()) ? null : title.strip(), cleanDoi, year);
	}

}
