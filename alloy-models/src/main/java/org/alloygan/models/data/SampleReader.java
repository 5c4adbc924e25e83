package org.alloygan.models.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.composition.CompositionException;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.composition.ParsedComposition;
import org.alloygan.core.csv.SpreadsheetCsv;
import org.alloygan.core.element.PeriodicTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads training samples from CSV in either of two layouts, told apart by the header.
 *
 * <ul>
 * <li><b>formula</b>: a {@code composition} column read by {@link CompositionParser}, plus any of {@code Tg_K},
 * {@code Tx_K}, {@code Tl_K} and/or {@code gfa_type} ({@code BMG}, {@code Ribbon}, blank = no glass). A
 * {@code comment} saying "invalid formula" (as in Ward et al. 2018) rejects the row even if the text parses, since the
 * source itself says the formula was garbled. An element written with amount zero ({@code Ag0Cu70Fe30}, about 1,080
 * rows of Ward et al., from composition series) is read as absent, as {@link CompositionParser} reads it, since the
 * formula states the element is absent; such rows are counted apart from rows read with other warnings.</li>
 * <li><b>wide</b>: one column per element symbol holding at.% (as {@code mmg_tg_tx_tl.csv}) and {@code T_g},
 * {@code T_x}, {@code T_l}. Rows whose amounts sum to within 100 ± 1 at.% are rescaled to 100 (rounding in the
 * source); the others are rejected, since a row summing to 86 at.% most likely lost an element and rescaling would
 * invent a different alloy.</li>
 * </ul>
 *
 * <p>
 * Temperatures: a blank or {@code NaN} cell is "not measured"; a cell that is not a positive number rejects the row.
 * Every rejection is listed in the {@link LoadReport} with its line. Thread-safe.
 */
public final class SampleReader {

	/** Wide rows whose amounts sum to within this many at.% of 100 are rescaled; others are rejected. */
	public static final double SUM_TOLERANCE = 1.0;

	private static final Map<String, String> TEMPERATURE_COLUMNS = Map.of("tg_k", "Tg", "t_g", "Tg", "tg", "Tg",
			"tx_k", "Tx", "t_x", "Tx", "tx", "Tx", "tl_k", "Tl", "t_l", "Tl", "tl", "Tl");

	private static final Set<String> BOOKKEEPING = Set.of("heating_rate", "material_id", "id", "comment", "d_max",
			"dtx", "unnamed: 4", "source", "reference");

	private final CompositionParser parser;

	public SampleReader() {
		this(new CompositionParser());
	}

	public SampleReader(CompositionParser parser) {
		this.parser = Objects.requireNonNull(parser, "parser");
	}

	/**
	 * Reads a UTF-8 CSV file.
	 * @throws IOException if the file cannot be read
	 * @throws IllegalArgumentException if the header fits neither layout or names no target
	 */
	public LoadedSamples read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader);
		}
	}

	/** Reads CSV text; see {@link #read(Path)}. */
	public LoadedSamples read(Reader reader) throws IOException {
		BufferedReader lines = new BufferedReader(reader);
		char delimiter = SpreadsheetCsv.delimiter(lines);
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).setDelimiter(delimiter).get();
		try (CSVParser csv = CSVParser.parse(lines, format)) {
			Header header = Header.of(csv.getHeaderNames(), delimiter);
			return header.composition >= 0 ? readFormula(csv, header) : readWide(csv, header);
		}
	}

	private LoadedSamples readFormula(CSVParser csv, Header header) {
		if (header.temperatures.isEmpty() && header.gfa < 0) {
			throw new IllegalArgumentException(
					"the file has a 'composition' column but none of Tg_K, Tx_K, Tl_K or gfa_type to learn from");
		}
		Counts counts = new Counts();
		List<Sample> samples = new ArrayList<>();
		for (CSVRecord record : csv) {
			long line = record.getRecordNumber() + 1;
			counts.rows++;
			try {
				if (header.comment >= 0 && cell(record, header.comment).toLowerCase(Locale.ROOT).contains("invalid formula")) {
					throw new IllegalArgumentException("the source marks the formula as invalid");
				}
				String text = cell(record, header.composition);
				if (text.isEmpty()) {
					throw new IllegalArgumentException("empty composition");
				}
				ParsedComposition parsed = this.parser.parse(text);
				if (!parsed.absentElements().isEmpty()) {
					counts.zeroElements++;
				}
				if (parsed.hasOtherWarnings()) {
					counts.withWarnings++;
				}
				samples.add(sample(record, line, header, parsed.composition()));
			}
			catch (IllegalArgumentException ex) {
				counts.rejected.add(new LoadReport.Rejection(line, reason(ex)));
			}
		}
		return counts.result("formula", samples, header.ignored);
	}

	private LoadedSamples readWide(CSVParser csv, Header header) {
		if (header.elements.isEmpty()) {
			throw new IllegalArgumentException("the header has neither a 'composition' column nor element columns "
					+ "(Cu, Zr, ...); columns: " + csv.getHeaderNames());
		}
		if (header.temperatures.isEmpty() && header.gfa < 0) {
			throw new IllegalArgumentException("the file has element columns but none of T_g, T_x, T_l (or Tg_K, "
					+ "Tx_K, Tl_K) or gfa_type to learn from");
		}
		Counts counts = new Counts();
		List<Sample> samples = new ArrayList<>();
		for (CSVRecord record : csv) {
			long line = record.getRecordNumber() + 1;
			counts.rows++;
			try {
				Map<String, Double> amounts = new LinkedHashMap<>();
				double sum = 0;
				for (Map.Entry<String, Integer> element : header.elements.entrySet()) {
					double amount = number(number(record, element.getValue(), header), element.getKey(), 0.0);
					if (amount < 0) {
						throw new IllegalArgumentException(element.getKey() + " is negative (" + amount + ")");
					}
					if (amount > 0) {
						amounts.put(element.getKey(), amount);
						sum += amount;
					}
				}
				if (Math.abs(sum - 100) > SUM_TOLERANCE) {
					throw new IllegalArgumentException(String.format(Locale.ROOT,
							"element amounts sum to %.2f at.%%, not within 100 ± %.0f", sum, SUM_TOLERANCE));
				}
				Sample sample = sample(record, line, header, Composition.of(amounts));
				if (Math.abs(sum - 100) >= 0.005) {
					counts.renormalised++;
				}
				samples.add(sample);
			}
			catch (IllegalArgumentException ex) {
				counts.rejected.add(new LoadReport.Rejection(line, reason(ex)));
			}
		}
		return counts.result("wide", samples, header.ignored);
	}

	private static Sample sample(CSVRecord record, long line, Header header, Composition composition) {
		Double tg = temperature(record, header, "Tg");
		Double tx = temperature(record, header, "Tx");
		Double tl = temperature(record, header, "Tl");
		GfaClass gfa = (header.gfa >= 0) ? GfaClass.parse(cell(record, header.gfa)) : null;
		return new Sample("line " + line, composition, tg, tx, tl, gfa);
	}

	private static Double temperature(CSVRecord record, Header header, String name) {
		Integer column = header.temperatures.get(name);
		if (column == null) {
			return null;
		}
		double kelvin = number(number(record, column, header), name, Double.NaN);
		if (Double.isNaN(kelvin)) {
			return null;
		}
		if (!(kelvin > 0) || Double.isInfinite(kelvin)) {
			throw new IllegalArgumentException(name + " must be a positive temperature in K, was " + kelvin);
		}
		return kelvin;
	}

	private static double number(String cell, String column, double blank) {
		if (cell.isEmpty() || cell.equalsIgnoreCase("nan")) {
			return blank;
		}
		try {
			return Double.parseDouble(cell);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " is not a number: '" + cell + "'");
		}
	}

	/** A numeric cell, a decimal comma read as a point in a file not separated by commas. */
	private static String number(CSVRecord record, int column, Header header) {
		return SpreadsheetCsv.number(cell(record, column), header.delimiter);
	}

	private static String cell(CSVRecord record, int column) {
		return (column < record.size()) ? record.get(column).strip() : "";
	}

	private static String reason(IllegalArgumentException ex) {
		return (ex instanceof CompositionException composition) ? "composition: " + composition.getMessage()
				: ex.getMessage();
	}

	/** Column positions found in the header. */
	private static final class Header {

		int composition = -1;

		int gfa = -1;

		int comment = -1;

		final Map<String, Integer> temperatures = new LinkedHashMap<>();

		final Map<String, Integer> elements = new LinkedHashMap<>();

		final List<String> ignored = new ArrayList<>();

		/** The file's delimiter: where it is not a comma, numbers may have decimal commas. */
		char delimiter = ',';

		static Header of(List<String> names, char delimiter) {
			Header header = new Header();
			header.delimiter = delimiter;
			for (int i = 0; i < names.size(); i++) {
				String name = names.get(i).strip();
				String lower = name.toLowerCase(Locale.ROOT);
				if (lower.equals("composition") || lower.equals("formula")) {
					header.composition = i;
				}
				else if (lower.equals("gfa_type")) {
					header.gfa = i;
				}
				else if (lower.equals("comment")) {
					header.comment = i;
				}
				else if (TEMPERATURE_COLUMNS.containsKey(lower)) {
					header.temperatures.put(TEMPERATURE_COLUMNS.get(lower), i);
				}
				else if (PeriodicTable.isElement(name)) {
					header.elements.put(name, i);
				}
				else if (!BOOKKEEPING.contains(lower) && !name.isEmpty()) {
					header.ignored.add(name);
				}
			}
			return header;
		}

	}

	/** Running counts while reading. */
	private static final class Counts {

		int rows;

		int renormalised;

		int withWarnings;

		int zeroElements;

		final List<LoadReport.Rejection> rejected = new ArrayList<>();

		LoadedSamples result(String layout, List<Sample> samples, List<String> ignored) {
			return new LoadedSamples(samples,
					new LoadReport(layout, this.rows, samples.size(), this.renormalised, this.zeroElements,
							this.withWarnings, this.rejected, ignored));
		}

	}

}
