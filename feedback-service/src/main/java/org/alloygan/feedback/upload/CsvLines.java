package org.alloygan.feedback.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alloygan.core.csv.SpreadsheetCsv;
import org.alloygan.feedback.measurement.Field;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A measurement CSV read line by line: the header is checked first, then every physical line is parsed as
 * a CSV record of its own. A malformed line (an unbalanced quote, a wrong number of fields) is thereby
 * rejected with its line number while the lines before and after it are still read; a parser over the
 * whole file would stop at the first unbalanced quote. The price: a quoted field may not span lines.
 *
 * <p>
 * Files saved by spreadsheets in comma-decimal locales (semicolons or tabs between fields, {@code 625,5}) are read as
 * written ({@link SpreadsheetCsv}), decimal commas in the temperature and heating-rate columns.
 */
final class CsvLines {

	private static final Set<Field> TEMPERATURES = EnumSet.of(Field.TG, Field.TX, Field.TL, Field.TG_K, Field.TX_K,
			Field.TL_K, Field.TG_C, Field.TX_C, Field.TL_C);

	/** The columns that hold numbers: a decimal comma there is read as a point. */
	private static final Set<Field> NUMBERS = numbers();

	private final List<String> lines;

	private final char delimiter;

	/** One line as one record, with the file's delimiter. */
	private final CSVFormat format;

	/** The checked header: which column holds which field. */
	record Header(int line, List<String> names, Map<Field, Integer> columns) {
	}

	/** One data line: its values by field, or why it could not be read. */
	record Line(int number, String raw, Map<Field, String> values, String error) {
	}

	/**
	 * Reads UTF-8 (with or without byte-order mark); a file that is not valid UTF-8 is read as Windows-1252,
	 * which is what spreadsheet programs on Windows write, so "°C" survives either way.
	 */
	CsvLines(byte[] content) {
		String text = decode(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		this.lines = List.of(text.split("\r\n|\r|\n", -1));
		String header = this.lines.stream().filter((line) -> !line.isBlank()).findFirst().orElse("");
		this.delimiter = SpreadsheetCsv.delimiter(header);
		this.format = CSVFormat.DEFAULT.builder().setTrim(true).setDelimiter(this.delimiter).get();
	}

	/** Number of non-blank lines after the header, for progress. */
	int dataLines(Header header) {
		return (int) this.lines.stream().skip(header.line()).filter((line) -> !line.isBlank()).count();
	}

	/**
	 * The first non-blank line, checked: every column must name a known field, none twice, and the
	 * required ones must be there.
	 * @throws IllegalArgumentException with every problem of the header
	 */
	Header header() {
		int index = 0;
		while (index < this.lines.size() && this.lines.get(index).isBlank()) {
			index++;
		}
		if (index == this.lines.size()) {
			throw new IllegalArgumentException("the file is empty: expected a header line such as "
					+ "lab,sample_id,composition,Tg_K,Tx_K,Tl_K");
		}
		int lineNumber = index + 1;
		List<String> names;
		try {
			names = parse(this.lines.get(index), this.format);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("the header (line " + lineNumber + ") is malformed: " + ex.getMessage());
		}
		List<String> problems = new ArrayList<>();
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name.isEmpty()) {
				problems.add("column " + (i + 1) + " has no name");
				continue;
			}
			Optional<Field> field = Field.byName(name);
			if (field.isEmpty()) {
				problems.add("unknown column '" + name + "'");
				continue;
			}
			Integer previous = columns.put(field.get(), i);
			if (previous != null) {
				problems.add("columns '" + names.get(previous) + "' and '" + name + "' are both "
						+ field.get().documentedName());
			}
		}
		require(columns, Field.LAB, problems);
		require(columns, Field.SAMPLE_ID, problems);
		if (!columns.containsKey(Field.COMPOSITION) && !columns.containsKey(Field.CANDIDATE_ID)) {
			problems.add("neither a composition nor a candidate_id column");
		}
		if (columns.keySet().stream().noneMatch(TEMPERATURES::contains)) {
			problems.add("no temperature column (Tg_K, Tx_K, Tl_K or Tg_C, Tx_C, Tl_C)");
		}
		for (Field bare : List.of(Field.TG, Field.TX, Field.TL)) {
			if (columns.containsKey(bare) && !columns.containsKey(Field.UNIT)) {
				problems.add("column '" + names.get(columns.get(bare)) + "' does not declare its unit: name it "
						+ bare.documentedName() + "_K or " + bare.documentedName() + "_C, or add a unit column");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("the header (line " + lineNumber + ") is not usable: "
					+ String.join("; ", problems) + ". Known columns: " + String.join(", ", csvNames()));
		}
		return new Header(lineNumber, names, columns);
	}

	/** The data lines after the header, blank lines skipped. */
	List<Line> rows(Header header) {
		List<Line> rows = new ArrayList<>();
		for (int i = header.line(); i < this.lines.size(); i++) {
			String raw = this.lines.get(i);
			if (!raw.isBlank()) {
				rows.add(row(header, i + 1, raw));
			}
		}
		return rows;
	}

	private Line row(Header header, int number, String raw) {
		List<String> values;
		try {
			values = parse(raw, this.format);
		}
		catch (IllegalArgumentException ex) {
			return new Line(number, raw, null, "line " + number + ": " + ex.getMessage());
		}
		if (values.size() != header.names().size()) {
			return new Line(number, raw, null, "line " + number + " has " + values.size() + " field(s), the header has "
					+ header.names().size());
		}
		Map<Field, String> byField = new EnumMap<>(Field.class);
		header.columns().forEach((field, column) -> {
			String value = values.get(column);
			byField.put(field, NUMBERS.contains(field) ? SpreadsheetCsv.number(value, this.delimiter) : value);
		});
		return new Line(number, raw, byField, null);
	}

	/** One line as one CSV record. */
	private static List<String> parse(String line, CSVFormat format) {
		try (CSVParser parser = CSVParser.parse(line, format)) {
			List<CSVRecord> records = parser.getRecords();
			if (records.size() != 1) {
				throw new IllegalArgumentException("not one CSV record");
			}
			return records.get(0).toList();
		}
		catch (IOException | UncheckedIOException ex) {
			String message = String.valueOf((ex instanceof UncheckedIOException unchecked) ? unchecked.getCause().getMessage()
					: ex.getMessage());
			if (message.contains("EOF reached before encapsulated token finished")) {
				throw new IllegalArgumentException("malformed CSV: unbalanced quote, a quoted field is not closed on "
						+ "this line (quoted fields may not span lines)");
			}
			throw new IllegalArgumentException("malformed CSV: "
					+ message.replace("(startline 1) ", "").replace("at line: 1, ", "at "));
		}
	}

	private static void require(Map<Field, Integer> columns, Field field, List<String> problems) {
		if (!columns.containsKey(field)) {
			problems.add("no " + csvName(field) + " column");
		}
	}

	private static Set<Field> numbers() {
		Set<Field> numbers = EnumSet.copyOf(TEMPERATURES);
		numbers.add(Field.HEATING_RATE);
		return numbers;
	}

	private static List<String> csvNames() {
		return java.util.Arrays.stream(Field.values()).map(CsvLines::csvName).toList();
	}

	/** CSV spelling of a field name: sample_id rather than sampleId. */
	static String csvName(Field field) {
		return switch (field) {
			case SAMPLE_ID -> "sample_id";
			case CANDIDATE_ID -> "candidate_id";
			case HEATING_RATE -> "heating_rate_K_min";
			case MEASURED_ON -> "date";
			default -> field.documentedName();
		};
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

}
