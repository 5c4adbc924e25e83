package org.alloygan.gan.cgan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the "wide" table of {@code glasses/mmg_tg_tx_tl.csv}: one at.% column per element, then
 * {@code Heating_Rate}, {@code T_g}, {@code T_x}, {@code T_l}. The values are plain numbers, so a
 * plain split suffices. Rows whose amounts sum to 100 +- {@value #TOLERANCE_AT_PERCENT} are
 * renormalised to 100; the others are rejected, since a larger gap means a missing or mistyped
 * element rather than rounding.
 */
public final class WideCsv {

	/** Largest gap from 100 at.% that is treated as rounding. */
	public static final double TOLERANCE_AT_PERCENT = 5.0;

	private static final Set<String> NON_ELEMENT_COLUMNS = Set.of("Heating_Rate", "T_g", "T_x", "T_l");

	private WideCsv() {
	}

	/**
	 * What was read.
	 * @param rows accepted rows, amounts in at.% summing to 100
	 * @param read data lines read
	 * @param renormalised accepted rows that did not sum to 100 and were rescaled
	 * @param rejected rows further than the tolerance from 100
	 */
	public record Result(List<TrainingRow> rows, int read, int renormalised, int rejected) {

		public Result {
			rows = List.copyOf(rows);
		}

	}

	public static Result read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		String[] header = lines.get(0).trim().split(",");
		Map<String, Integer> column = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			column.put(header[i].trim(), i);
		}
		for (String name : NON_ELEMENT_COLUMNS) {
			if (!column.containsKey(name)) {
				throw new IllegalArgumentException(file + " has no column " + name);
			}
		}
		List<TrainingRow> rows = new ArrayList<>();
		int read = 0;
		int renormalised = 0;
		int rejected = 0;
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			read++;
			String[] cells = line.split(",", -1);
			Map<String, Double> amounts = new HashMap<>();
			double sum = 0;
			for (int i = 0; i < header.length; i++) {
				Double value = number(cells[i]);
				if (!NON_ELEMENT_COLUMNS.contains(header[i]) && value != null && value > 0) {
					amounts.put(header[i], value);
					sum += value;
				}
			}
			if (Math.abs(sum - 100) > TOLERANCE_AT_PERCENT) {
				rejected++;
				continue;
			}
			if (Math.abs(sum - 100) > 1e-6) {
				renormalised++;
				double scale = 100 / sum;
				amounts.replaceAll((element, amount) -> amount * scale);
			}
			rows.add(TrainingRow.of(amounts, number(cells[column.get("T_g")]), number(cells[column.get("T_x")]),
					number(cells[column.get("T_l")])));
		}
		return new Result(rows, read, renormalised, rejected);
	}

	private static Double number(String cell) {
		String s = cell.trim();
		if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
			return null;
		}
		return Double.valueOf(s);
	}

}
