package org.alloygan.extraction.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alloygan.extraction.Candidate;
import org.alloygan.extraction.rules.CompositionFinder.Mention;
import org.alloygan.extraction.rules.Terms.Term;

/**
 * Reads one table row against its header: the row starts with the alloy, the header names the columns
 * ({@code Alloy  Tg (K)  Tx (K)  ΔTx (K)  Tl (K)  Dmax (mm)}) and their units. Cells are split on tabs,
 * {@code |} or runs of spaces when the header is laid out that way, else on single spaces (as PDF text
 * comes out). A row whose cell count does not match the header's columns is not guessed at.
 */
final class TableReader {

	private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t|\\s*\\|\\s*|\\s{2,}");

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	private static final Pattern UNCERTAINTY = Pattern.compile("\\s*(?:\u00b1|\\+/-)\\s*\\d+(?:\\.\\d+)?");

	private static final Pattern PLACEHOLDER = Pattern.compile("[-\u2013\u2014\u2212/\u00d7x]|n/?a|N/?A|nd|n\\.d\\.|-{2,}");

	private static final Pattern UNIT = Pattern
		.compile("^[^A-Za-z\u0394\u2206]{0,3}(K|[\u00b0\u00ba\u02da]\\s?C|\u2103|mm|cm|\u00b5m|\u03bcm)(?![A-Za-z])");

	private static final Pattern HEATING_RATE = Pattern.compile(
			"(\\d+(?:\\.\\d+)?)\\s*(?:K|[\u00b0\u00ba]\\s?C)\\s*(?:/|\u00b7|per)?\\s*(min|s)(?![A-Za-z])");

	private TableReader() {
	}

	/** One column of the header: the property it holds and the unit its values are in. */
	private record Column(Property property, Quantities.Unit unit) {
	}

	static List<Candidate> read(String row, String header, CompositionFinder finder) {
		List<Mention> mentions = finder.find(row);
		if (mentions.isEmpty() || !row.substring(0, mentions.get(0).start()).isBlank() || mentions.get(0).phase()) {
			return List.of();
		}
		Mention alloy = mentions.get(0);
		List<Column> columns = columns(header);
		if (columns.stream().noneMatch((column) -> column.property() != Property.OTHER)) {
			return List.of();
		}
		String rest = UNCERTAINTY.matcher(row.substring(alloy.end())).replaceAll("").strip();
		boolean laidOut = CELL_SEPARATOR.matcher(header.strip()).find();
		List<String> cells = new ArrayList<>(Arrays.asList(
				(laidOut ? CELL_SEPARATOR : Pattern.compile("\\s+")).split(rest.replaceFirst("^[|\\t]\\s*", ""))));
		cells.removeIf(String::isBlank);
		while (!cells.isEmpty() && !isValue(cells.get(cells.size() - 1))) {
			cells.remove(cells.size() - 1);
		}
		if (cells.size() != columns.size()) {
			return List.of();
		}
		Double tg = null;
		Double tx = null;
		Double tl = null;
		Double dmax = null;
		for (int i = 0; i < columns.size(); i++) {
			String cell = cells.get(i).strip().replaceAll("[*\u2020\u2021]+$|(?<=\\d)[a-d]$", "");
			if (!NUMBER.matcher(cell).matches()) {
				continue;
			}
			Column column = columns.get(i);
			double value = column.unit().convert(Double.parseDouble(cell));
			switch (column.property()) {
				case TG -> tg = value;
				case TX -> tx = value;
				case TL -> tl = value;
				case DMAX -> dmax = value;
				default -> {
				}
			}
		}
		Candidate candidate = new Candidate(alloy.text(), tg, tx, tl, dmax, heatingRate(header), 0.85);
		return candidate.hasProperty() ? List.of(candidate) : List.of();
	}

	/** The columns after the alloy column, from the property names in the header. */
	private static List<Column> columns(String header) {
		List<Term> terms = Terms.find(header, List.of());
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			Term term = terms.get(i);
			int next = (i + 1 < terms.size()) ? terms.get(i + 1).start() : header.length();
			String after = header.substring(term.end(), next);
			if (i > 0 && term.property() == terms.get(i - 1).property()
					&& header.substring(terms.get(i - 1).end(), term.start()).matches("\\s*[(\\[]\\s*")) {
				// "Glass transition temperature (Tg)" is one column
				continue;
			}
			Matcher unit = UNIT.matcher(after);
			Quantities.Unit found = term.property() == Property.DMAX ? Quantities.Unit.MM : Quantities.Unit.KELVIN;
			if (unit.find()) {
				String symbol = unit.group(1).toLowerCase(Locale.ROOT);
				found = switch (symbol.charAt(symbol.length() - 1)) {
					case 'k' -> Quantities.Unit.KELVIN;
					case 'c', '\u2103' -> Quantities.Unit.CELSIUS;
					default -> symbol.equals("mm") ? Quantities.Unit.MM
							: symbol.equals("cm") ? Quantities.Unit.CM : Quantities.Unit.UM;
				};
			}
			boolean compatible = (term.property() == Property.DMAX) == (found.kind() == Quantities.Kind.LENGTH)
					|| term.property() == Property.OTHER;
			columns.add(new Column(compatible ? term.property() : Property.OTHER, found));
		}
		return columns;
	}

	private static Double heatingRate(String header) {
		Matcher rate = HEATING_RATE.matcher(header);
		if (rate.find()) {
			double value = Double.parseDouble(rate.group(1));
			return rate.group(2).equals("s") ? value * 60 : value;
		}
		return null;
	}

	private static boolean isValue(String cell) {
		String stripped = cell.strip().replaceAll("[*\u2020\u2021]+$|(?<=\\d)[a-d]$", "");
		return NUMBER.matcher(stripped).matches() || PLACEHOLDER.matcher(stripped).matches();
	}

	/**
	 * Whether a line reads as a table row: an alloy first, then at least two cells, mostly numbers.
	 */
	static boolean looksLikeRow(String line, CompositionFinder finder) {
		String trimmed = line.strip();
		if (trimmed.isEmpty() || !(Character.isUpperCase(trimmed.charAt(0)) || "([{".indexOf(trimmed.charAt(0)) >= 0)) {
			return false;
		}
		Mention first = finder.mentionAt(trimmed, 0);
		if (first == null) {
			return false;
		}
		String rest = UNCERTAINTY.matcher(trimmed.substring(first.end())).replaceAll("").strip();
		String[] cells = rest.split("[\\s|]+");
		int values = 0;
		int total = 0;
		for (String cell : cells) {
			if (cell.isBlank()) {
				continue;
			}
			total++;
			if (isValue(cell)) {
				values++;
			}
		}
		return values >= 2 && values >= 0.6 * total;
	}

}
