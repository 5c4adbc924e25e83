package org.alloygan.feedback.measurement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the text values of one submission (JSON item or CSV row) into a {@link MeasurementInput}. Every
 * value that cannot be read becomes a problem naming the field; reading goes on, so a row is rejected
 * with all its reasons at once.
 *
 * <p>
 * Units are never guessed: each temperature is declared in kelvin or degrees Celsius, either by its name
 * ({@code Tg_K}, {@code Tg_C}) or by the {@code unit} field ({@code Tg} with {@code unit} K or °C).
 * Kelvin values are rounded to 0.01 K, so 351.85 °C and 625 K are the same value.
 */
public final class MeasurementReader {

	/** K = °C + this. */
	public static final double CELSIUS_OFFSET = 273.15;

	/** Plain decimal numbers only: no NaN, Infinity, hexadecimal or a trailing 'd'. */
	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private MeasurementReader() {
	}

	/**
	 * @param values field -> text as given (blank means absent)
	 * @param atomicPercent a composition given as element -> at.% (JSON), or null
	 * @param readProblems problems the caller already found (unknown fields, wrong JSON types)
	 * @param raw the submission as received
	 */
	public static MeasurementInput read(Map<Field, String> values, Map<String, Double> atomicPercent,
			List<String> readProblems, String raw) {
		Map<Field, String> given = new EnumMap<>(Field.class);
		values.forEach((field, value) -> {
			if (value != null && !value.isBlank()) {
				given.put(field, value.trim());
			}
		});
		List<String> problems = new ArrayList<>(readProblems);
		Set<String> units = new LinkedHashSet<>();
		String unit = unit(given.get(Field.UNIT), problems);
		Double tg = temperature("Tg", Field.TG, Field.TG_K, Field.TG_C, given, unit, units, problems);
		Double tx = temperature("Tx", Field.TX, Field.TX_K, Field.TX_C, given, unit, units, problems);
		Double tl = temperature("Tl", Field.TL, Field.TL_K, Field.TL_C, given, unit, units, problems);
		if (given.containsKey(Field.UNIT) && !given.containsKey(Field.TG) && !given.containsKey(Field.TX)
				&& !given.containsKey(Field.TL)) {
			problems.add("unit is given but there is no Tg, Tx or Tl for it to apply to "
					+ "(Tg_K / Tg_C carry their own unit)");
		}
		if (Stream.of(Field.TG, Field.TX, Field.TL, Field.TG_K, Field.TX_K, Field.TL_K, Field.TG_C, Field.TX_C, Field.TL_C)
			.noneMatch(given::containsKey)) {
			problems.add("no temperature given: Tg, Tx and/or Tl, each with its unit (Tg_K, Tg_C, or Tg with unit)");
		}
		String declared = units.isEmpty() ? null : (units.size() == 1) ? units.iterator().next() : "mixed";
		return new MeasurementInput(given.get(Field.LAB), given.get(Field.SAMPLE_ID),
				candidateId(given.get(Field.CANDIDATE_ID), problems), given.get(Field.COMPOSITION), atomicPercent, tg,
				tx, tl, declared, (given.get(Field.METHOD) != null) ? given.get(Field.METHOD).toUpperCase(Locale.ROOT)
						: null,
				number(Field.HEATING_RATE, given, problems), given.get(Field.OPERATOR),
				date(given.get(Field.MEASURED_ON), problems), given.get(Field.NOTES), problems, raw);
	}

	/** Rounds kelvin to 0.01 K: finer than any DSC/DTA resolves, and it makes °C and K inputs compare equal. */
	static double roundKelvin(double kelvin) {
		return Math.round(kelvin * 100.0) / 100.0;
	}

	private static String unit(String text, List<String> problems) {
		if (text == null) {
			return null;
		}
		String unit = text.replace("°", "").replace("º", "").trim().toUpperCase(Locale.ROOT);
		return switch (unit) {
			case "K", "KELVIN" -> "K";
			case "C", "DEGC", "CELSIUS" -> "°C";
			default -> {
				problems.add("unit '" + text + "' is neither K nor °C");
				yield null;
			}
		};
	}

	private static Double temperature(String name, Field bare, Field kelvin, Field celsius, Map<Field, String> given,
			String unit, Set<String> units, List<String> problems) {
		List<Field> present = Stream.of(bare, kelvin, celsius).filter(given::containsKey).toList();
		if (present.isEmpty()) {
			return null;
		}
		if (present.size() > 1) {
			problems.add(name + " is given more than once ("
					+ String.join(", ", present.stream().map(Field::documentedName).toList()) + ")");
			return null;
		}
		Field field = present.get(0);
		Double value = number(field, given, problems);
		if (value == null) {
			return null;
		}
		String valueUnit = (field == kelvin) ? "K" : (field == celsius) ? "°C" : unit;
		if (valueUnit == null) {
			if (!given.containsKey(Field.UNIT)) {
				problems.add(name + " has no unit: add unit (K or °C), or name the field " + name + "_K or " + name
						+ "_C");
			}
			return null;
		}
		units.add(valueUnit);
		return roundKelvin(valueUnit.equals("K") ? value : value + CELSIUS_OFFSET);
	}

	private static Double number(Field field, Map<Field, String> given, List<String> problems) {
		String text = given.get(field);
		if (text == null) {
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			problems.add(field.documentedName() + " '" + text + "' is not a number");
			return null;
		}
		return Double.valueOf(text);
	}

	private static UUID candidateId(String text, List<String> problems) {
		if (text == null) {
			return null;
		}
		if (!UUID_TEXT.matcher(text).matches()) {
			problems.add("candidateId '" + text + "' is not a candidate id (a UUID)");
			return null;
		}
		return UUID.fromString(text);
	}

	private static LocalDate date(String text, List<String> problems) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add("measuredOn '" + text + "' is not a date as yyyy-mm-dd");
			return null;
		}
	}

}
