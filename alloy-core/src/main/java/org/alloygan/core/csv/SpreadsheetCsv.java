package org.alloygan.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * CSV as spreadsheets write it. Excel and LibreOffice in German, French and many other locales save "CSV" with
 * semicolons between fields and {@code 684,5} for 684.5, and instrument exports often use tabs; a lab should not have
 * to convert its files before uploading them. The header line tells the separator; where it is not a comma, a number
 * written with a decimal comma is the number it is.
 */
public final class SpreadsheetCsv {

	private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

	private SpreadsheetCsv() {
	}

	/** How far the header may lie from the start of a file (blank lines, a wide header of many element columns). */
	private static final int HEADER_READ_AHEAD = 1 << 20;

	/**
	 * The delimiter of a file from its first non-blank line, read ahead and given back: the reader is where it was.
	 */
	public static char delimiter(BufferedReader file) throws IOException {
		file.mark(HEADER_READ_AHEAD);
		String line;
		int read = 0;
		do {
			line = file.readLine();
			read += (line != null) ? line.length() + 2 : 0;
		}
		while (line != null && line.isBlank() && read < HEADER_READ_AHEAD / 2);
		file.reset();
		return delimiter((line != null) ? line : "");
	}

	/** ',' unless the header line has no comma and has semicolons (or else tabs). */
	public static char delimiter(String headerLine) {
		if (headerLine.contains(",")) {
			return ',';
		}
		return headerLine.contains(";") ? ';' : headerLine.contains("\t") ? '\t' : ',';
	}

	/**
	 * A numeric cell as Java reads numbers: {@code 684,5} becomes {@code 684.5} in a file not separated by commas;
	 * anything else ({@code 1.230,5}, {@code 1,2e3}, and every value of a comma-separated file) is left as written, to
	 * be rejected as not a number with its line.
	 */
	public static String number(String value, char delimiter) {
		return (delimiter != ',' && value != null && DECIMAL_COMMA.matcher(value.trim()).matches())
				? value.trim().replace(',', '.') : value;
	}

}
