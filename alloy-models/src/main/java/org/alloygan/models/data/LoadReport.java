package org.alloygan.models.data;

import java.util.List;

/**
 * What reading a CSV file did with each row, so nothing is dropped silently.
 *
 * @param layout {@code "formula"} (a {@code composition} column) or {@code "wide"} (one column per element)
 * @param rows data rows read
 * @param kept rows turned into samples
 * @param renormalised kept rows of the wide layout whose element amounts summed to within 100 ± 1 at.% but not to 100
 * and were rescaled to 100
 * @param zeroElements rows of the formula layout from which an element written with amount zero was dropped
 * ({@code Ag0Cu70Fe30} read as Cu70Fe30)
 * @param withWarnings kept rows whose formula the parser read with a warning (a fixed letter case, an equal split of
 * {@code (Cu,Ni)}, ...)
 * @param rejected every row that was not kept, with its line and reason
 * @param ignoredColumns header columns that are neither elements, temperatures, a class nor known bookkeeping
 */
public record LoadReport(String layout, int rows, int kept, int renormalised, int zeroElements, int withWarnings,
		List<Rejection> rejected, List<String> ignoredColumns) {

	public LoadReport {
		rejected = List.copyOf(rejected);
		ignoredColumns = List.copyOf(ignoredColumns);
	}

	/** One line, e.g. {@code "3197 rows (wide layout): 3125 kept (69 renormalised to 100 at.%), 72 rejected"}. */
	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append(this.rows).append(" rows (").append(this.layout).append(" layout): ").append(this.kept).append(" kept");
		if (this.renormalised > 0) {
			text.append(" (").append(this.renormalised).append(" renormalised to 100 at.%)");
		}
		if (this.zeroElements > 0) {
			text.append(", ").append(this.zeroElements).append(" with a zero-amount element dropped");
		}
		if (this.withWarnings > 0) {
			text.append(", ").append(this.withWarnings).append(" read with parser warnings");
		}
		text.append(", ").append(this.rejected.size()).append(" rejected");
		return text.toString();
	}

	/**
	 * A row that was not used.
	 *
	 * @param line 1-based line in the file (the header is line 1)
	 * @param reason why, e.g. {@code "element amounts sum to 86.00 at.%, not within 100 ± 1"}
	 */
	public record Rejection(long line, String reason) {
	}

}
