package org.alloygan.descriptor.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alloygan.core.csv.SpreadsheetCsv;
import org.alloygan.core.element.PeriodicTable;
import org.alloygan.descriptor.observation.GfaClass;
import org.alloygan.descriptor.observation.ObservationInput;
import org.alloygan.descriptor.observation.SourceType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import CSV into observations, one per data row, recognising the column names that published
 * data sets use. A row that cannot be read becomes a {@link Row} with an error, never an exception that
 * would lose the rows after it.
 */
final class CsvRows implements AutoCloseable {

	/** Rows of a wide-form file must sum to 100 at.% within this; others have a component missing. */
	static final double WIDE_SUM_TOLERANCE = 1.0;

	private static final Map<String, String> ALIASES = aliases();

	private final CSVParser parser;

	private final CsvFormat format;

	private final Map<String, String> columns;

	private final List<String> elementColumns;

	private final String importId;

	/** ',' or, for files from spreadsheets in comma-decimal locales, ';' or a tab ({@link SpreadsheetCsv}). */
	private final char delimiter;


	/** One data row: an observation to record, or why the line could not be read. */
	record Row(long line, ObservationInput observation, String error, String raw) {
	}

	CsvRows(Reader reader, String importId) throws IOException {
		this.importId = importId;
		BufferedReader lines = new BufferedReader(reader);
		this.delimiter = SpreadsheetCsv.delimiter(lines);
		this.parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(this.delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.get()
			.parse(lines);
		this.columns = new LinkedHashMap<>();
		this.elementColumns = new ArrayList<>();
		for (String header : this.parser.getHeaderNames()) {
			String canonical = ALIASES.get(normalise(header));
			if (canonical != null) {
				this.columns.putIfAbsent(canonical, header);
			}
			else if (PeriodicTable.isElement(header.trim())) {
				this.elementColumns.add(header);
			}
		}
		if (this.columns.containsKey("composition")) {
			this.format = CsvFormat.FORMULA;
		}
		else if (this.elementColumns.size() >= 2) {
			this.format = CsvFormat.WIDE;
		}
		else {
			throw new IllegalArgumentException("the CSV header " + this.parser.getHeaderNames()
					+ " has neither a 'composition' column nor element columns (Cu, Zr, ...)");
		}
	}

	CsvFormat format() {
		return this.format;
	}

	Iterable<Row> rows() {
		Iterator<CSVRecord> records = this.parser.iterator();
		return () -> new Iterator<>() {
			@Override
			public boolean hasNext() {
				try {
					return records.hasNext();
				}
				catch (UncheckedIOException ex) {
					throw new IllegalArgumentException("the CSV is malformed near line "
							+ (CsvRows.this.parser.getCurrentLineNumber() + 1) + ": " + ex.getCause().getMessage(), ex);
				}
			}

			@Override
			public Row next() {
				return toRow(records.next());
			}
		};
	}

	private Row toRow(CSVRecord record) {
		long line = record.getRecordNumber() + 1;
		String raw = String.join(",", record.values());
		try {
			if (!record.isConsistent()) {
				return new Row(line, null, "line " + line + " has " + record.size() + " fields, the header has "
						+ this.parser.getHeaderNames().size(), raw);
			}
			String compositionText = null;
			Map<String, Double> atomicPercent = null;
			if (this.format == CsvFormat.FORMULA) {
				compositionText = text(record, "composition");
				if (compositionText == null) {
					return new Row(line, null, "line " + line + ": empty composition", raw);
				}
			}
			else {
				atomicPercent = wideComposition(record);
			}
			Double tg = kelvin(record, "tg");
			Double tx = kelvin(record, "tx");
			Double tl = kelvin(record, "tl");
			Double dmax = number(record, "dmax");
			ObservationInput input = new ObservationInput(compositionText, atomicPercent, tg, tx, tl, dmax,
					gfaClass(record, tg, tx, dmax), number(record, "heating_rate"),
					SourceType.IMPORT, "import/" + this.importId + "/line/" + line,
					sourceKey(raw), null, raw);
			return new Row(line, input, null, raw);
		}
		catch (IllegalArgumentException ex) {
			return new Row(line, null, "line " + line + ": " + ex.getMessage(), raw);
		}
	}

	/**
	 * The row's glass-forming class: null when the file has no GFA column. A blank cell in a GFA column means "no
	 * glass" (Ward et al. 2018 write the non-glass-formers that way, with Dmax 0), which the classifier needs as its
	 * negative examples; but a row that also reports a glass transition or crystallisation temperature, or a
	 * positive Dmax, did form a glass, so there a blank cell is read as "class not given" (null) rather than as a
	 * contradiction.
	 */
	private GfaClass gfaClass(CSVRecord record, Double tg, Double tx, Double dmax) {
		String column = this.columns.get("gfa");
		if (column == null) {
			return null;
		}
		String value = record.get(column);
		if (value == null || value.isBlank()) {
			boolean glassy = tg != null || tx != null || (dmax != null && dmax > 0);
			return glassy ? null : GfaClass.NO_GLASS;
		}
		return GfaClass.parse(value);
	}

	/**
	 * Rows are keyed by their content, so uploading a file again, or a corrected version of it, adds only the
	 * rows that are new; an identical row is the same observation.
	 */
	static String sourceKey(String raw) {
		try {
			return "csv-row:" + HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Double> wideComposition(CSVRecord record) {
		Map<String, Double> amounts = new LinkedHashMap<>();
		double sum = 0;
		for (String column : this.elementColumns) {
			String value = record.get(column);
			if (value == null || value.isBlank()) {
				continue;
			}
			double amount = parse(column, value);
			if (amount < 0) {
				throw new IllegalArgumentException(column + " is negative (" + value + ")");
			}
			if (amount > 0) {
				amounts.put(column.trim(), amount);
				sum += amount;
			}
		}
		if (amounts.isEmpty()) {
			throw new IllegalArgumentException("no element has a non-zero amount");
		}
		if (Math.abs(sum - 100.0) > WIDE_SUM_TOLERANCE) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"the at.%% columns sum to %.2f, not 100±%.0f: a component is probably missing", sum,
					WIDE_SUM_TOLERANCE));
		}
		return amounts;
	}

	private Double kelvin(CSVRecord record, String property) {
		Double kelvin = number(record, property);
		Double celsius = number(record, property + "_c");
		if (kelvin != null && celsius != null) {
			throw new IllegalArgumentException(property + " is given both in K and in °C");
		}
		return (celsius != null) ? Double.valueOf(celsius + 273.15) : kelvin;
	}

	private Double number(CSVRecord record, String canonical) {
		String value = text(record, canonical);
		return (value != null) ? parse(this.columns.get(canonical), value) : null;
	}

	private String text(CSVRecord record, String canonical) {
		String column = this.columns.get(canonical);
		if (column == null) {
			return null;
		}
		String value = record.get(column);
		return (value == null || value.isBlank()) ? null : value;
	}

	private double parse(String column, String value) {
		try {
			double number = Double.parseDouble(SpreadsheetCsv.number(value, this.delimiter).trim());
			if (!Double.isFinite(number)) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " '" + value + "' is not a number");
		}
	}

	private static String normalise(String header) {
		return header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s.()\\[\\]/]+", "_").replaceAll("_+$", "");
	}

	private static Map<String, String> aliases() {
		Map<String, String> aliases = new LinkedHashMap<>();
		put(aliases, "composition", Set.of("composition", "formula", "alloy", "composition_at_%"));
		put(aliases, "tg", Set.of("tg_k", "tg", "t_g"));
		put(aliases, "tx", Set.of("tx_k", "tx", "t_x"));
		put(aliases, "tl", Set.of("tl_k", "tl", "t_l", "tliq_k", "tliq"));
		put(aliases, "tg_c", Set.of("tg_c", "tg_°c"));
		put(aliases, "tx_c", Set.of("tx_c", "tx_°c"));
		put(aliases, "tl_c", Set.of("tl_c", "tl_°c"));
		put(aliases, "dmax", Set.of("dmax_mm", "d_max", "dmax"));
		put(aliases, "gfa", Set.of("gfa_type", "gfa_class", "gfa"));
		put(aliases, "heating_rate", Set.of("heating_rate", "heating_rate_k_min"));
		return aliases;
	}

	private static void put(Map<String, String> aliases, String canonical, Set<String> names) {
		names.forEach((name) -> aliases.put(name, canonical));
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

}
