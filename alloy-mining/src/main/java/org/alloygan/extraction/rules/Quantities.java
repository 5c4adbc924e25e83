package org.alloygan.extraction.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with their units, grouped the way papers list them: {@code 620, 705 and 993 K} is one list whose
 * unit is printed once, {@code 620-640 K} and {@code between 620 and 640 K} are ranges, {@code Tg + 20 K}
 * and {@code 15 K higher} are differences. Heating and cooling rates, sizes, pressures, times and years are
 * told apart from temperatures by their units (a year has none).
 */
final class Quantities {

	enum Unit {

		KELVIN, CELSIUS, MM, CM, UM, K_PER_MIN, K_PER_S, NONE, OTHER;

		Kind kind() {
			return switch (this) {
				case KELVIN, CELSIUS -> Kind.TEMPERATURE;
				case MM, CM, UM -> Kind.LENGTH;
				case K_PER_MIN, K_PER_S -> Kind.RATE;
				case NONE -> Kind.NONE;
				case OTHER -> Kind.OTHER;
			};
		}

		/** The value in K, mm or K/min. */
		double convert(double number) {
			return switch (this) {
				case CELSIUS -> number + 273.15;
				case CM -> number * 10;
				case UM -> number / 1000;
				case K_PER_S -> number * 60;
				default -> number;
			};
		}

	}

	enum Kind {

		TEMPERATURE, LENGTH, RATE, NONE, OTHER

	}

	/** One number and the unit printed after it (or carried over from the end of its list). */
	record Value(int start, int end, double number, Unit unit) {

		double converted() {
			return this.unit.convert(this.number);
		}

	}

	/**
	 * Numbers printed together.
	 *
	 * @param range a range (620-640 K, from 620 to 640 K), not values of their own
	 * @param difference a difference (Tg + 20 K, 15 K higher), not a temperature
	 */
	record Group(int start, int end, List<Value> values, boolean range, boolean difference) {

		boolean all(Kind kind) {
			return this.values.stream().allMatch((value) -> value.unit().kind() == kind);
		}

		boolean any(Kind kind) {
			return this.values.stream().anyMatch((value) -> value.unit().kind() == kind);
		}

		/** Whether it can hold property values: temperatures or sizes, not a range or a difference. */
		boolean usable() {
			return !this.range && !this.difference && (any(Kind.TEMPERATURE) || any(Kind.LENGTH))
					&& this.values.stream()
						.allMatch((value) -> value.unit().kind() == Kind.TEMPERATURE
								|| value.unit().kind() == Kind.LENGTH);
		}

	}

	private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9.,_\\u0394\\u2206])\\d+(?:\\.\\d+)?");

	private static final Pattern THOUSANDS = Pattern.compile(",\\d{3}(?![\\d.])");

	private static final Pattern UNCERTAINTY = Pattern
		.compile("\\s*(?:\u00b1|\\+/-|\\+-)\\s*\\d+(?:\\.\\d+)?");

	private static final String DEGREE_C = "(?:[\u00b0\u00ba\u02da\u25e6]\\s?C|\u2103|oC)";

	private static final Pattern RATE = Pattern.compile("\\s*(K|" + DEGREE_C + ")\\s*(?:/|\u00b7|\u22c5|\\.|per)?\\s*"
			+ "(min(?:ute)?|s(?:ec(?:ond)?)?)(?![A-Za-z])(?:\\s*\\^?\\s*[-\u2212\u2013\u207b]\\s*[1\u00b9])?");

	private static final Pattern KELVIN = Pattern.compile("\\s*K(?![A-Za-z0-9/])");

	private static final Pattern CELSIUS = Pattern.compile("\\s*" + DEGREE_C + "(?![A-Za-z])");

	private static final Pattern LENGTH = Pattern.compile("\\s*(mm|cm|\u00b5m|\u03bcm|um)(?![A-Za-z])");

	private static final Pattern OTHER = Pattern.compile("\\s*(?:MPa|GPa|kPa|Pa|Torr|mbar|bar|atm|%|at\\.?\\s?%|"
			+ "wt\\.?\\s?%|min(?:utes?)?|h(?:ours?)?|s(?:ec(?:onds?)?)?|days?|kJ|J|g|mg|kg|Hz|eV|HV|W|nm|m|"
			+ "mol|at|wt|times|nm)(?![A-Za-z])");

	private static final Pattern LIST_SEPARATOR = Pattern
		.compile("\\s*(?:,|;|/|&|,?\\s*and|,?\\s*or|,\\s*as\\s+well\\s+as)\\s*");

	private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:-|\u2013|\u2212|~|to)\\s*");

	private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)(?:between|from|range\\s+of|ranging)\\s*$");

	private static final Pattern DIFFERENCE_BEFORE = Pattern.compile("(?i)(?:[+\u00b1]|\\bby|\\bby\\s+(?:about|"
			+ "approximately|nearly|almost|only|~)|\\b(?:increase|decrease|rise|drop|shift|difference|change|"
			+ "enhancement|reduction|width|gap|interval)\\s+(?:of|by)(?:\\s+(?:about|approximately|nearly|"
			+ "almost|~))?|T\\s?_?[gxl]\\s*[-\u2212\u2013]|\\bwider|\\bnarrower)\\s*$");

	private static final Pattern DIFFERENCE_AFTER = Pattern.compile("(?i)^\\s*\\)?\\s*(?:higher|lower|above|below|"
			+ "wider|narrower|larger|smaller|more|less|greater|increase|decrease|shift|difference|up|down)\\b");

	private Quantities() {
	}

	/**
	 * The quantities of {@code text}, in order, ignoring numbers inside {@code excluded} positions
	 * (compositions, property symbols).
	 */
	static List<Group> find(String text, boolean[] excluded) {
		List<Value> values = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(text);
		int from = 0;
		while (from < text.length() && matcher.find(from)) {
			int start = matcher.start();
			int end = matcher.end();
			from = end;
			if (excluded[start]) {
				continue;
			}
			String digits = matcher.group();
			Matcher thousands = THOUSANDS.matcher(text).region(end, text.length());
			if (digits.length() <= 2 && !digits.contains(".") && thousands.lookingAt()) {
				digits = digits + text.substring(end + 1, thousands.end());
				end = thousands.end();
			}
			double number = Double.parseDouble(digits);
			Matcher uncertainty = UNCERTAINTY.matcher(text).region(end, text.length());
			int unitAt = uncertainty.lookingAt() ? uncertainty.end() : end;
			Unit unit = Unit.NONE;
			int unitEnd = end;
			Matcher rate = RATE.matcher(text).region(unitAt, text.length());
			Matcher kelvin = KELVIN.matcher(text).region(unitAt, text.length());
			Matcher celsius = CELSIUS.matcher(text).region(unitAt, text.length());
			Matcher length = LENGTH.matcher(text).region(unitAt, text.length());
			Matcher other = OTHER.matcher(text).region(unitAt, text.length());
			if (rate.lookingAt()) {
				unit = rate.group(2).startsWith("m") ? Unit.K_PER_MIN : Unit.K_PER_S;
				unitEnd = rate.end();
			}
			else if (kelvin.lookingAt()) {
				unit = Unit.KELVIN;
				unitEnd = kelvin.end();
			}
			else if (celsius.lookingAt()) {
				unit = Unit.CELSIUS;
				unitEnd = celsius.end();
			}
			else if (length.lookingAt()) {
				unit = switch (length.group(1)) {
					case "mm" -> Unit.MM;
					case "cm" -> Unit.CM;
					default -> Unit.UM;
				};
				unitEnd = length.end();
			}
			else if (other.lookingAt()) {
				unit = Unit.OTHER;
				unitEnd = other.end();
			}
			values.add(new Value(start, unitEnd, number, unit));
			from = unitEnd;
		}
		return group(text, values);
	}

	private static List<Group> group(String text, List<Value> values) {
		List<Group> groups = new ArrayList<>();
		int i = 0;
		while (i < values.size()) {
			List<Value> members = new ArrayList<>();
			members.add(values.get(i));
			boolean range = false;
			int j = i + 1;
			while (j < values.size()) {
				Value previous = values.get(j - 1);
				String between = text.substring(previous.end(), values.get(j).start());
				if (RANGE_SEPARATOR.matcher(between).matches() && compatible(previous, values.get(j))) {
					range = true;
				}
				else if (!LIST_SEPARATOR.matcher(between).matches() || !compatible(previous, values.get(j))) {
					break;
				}
				members.add(values.get(j));
				j++;
			}
			members = carryUnits(members);
			int start = members.get(0).start();
			int end = members.get(members.size() - 1).end();
			String before = text.substring(Math.max(0, start - 40), start);
			if (members.size() == 2 && RANGE_BEFORE.matcher(before).find()) {
				range = true;
			}
			boolean difference = DIFFERENCE_BEFORE.matcher(before).find()
					|| DIFFERENCE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find();
			groups.add(new Group(start, end, members, range, difference));
			i = j;
		}
		return groups;
	}

	/** Two neighbours can share a list: a unit-less number, or the same kind of unit. */
	private static boolean compatible(Value a, Value b) {
		Kind x = a.unit().kind();
		Kind y = b.unit().kind();
		return x == Kind.NONE || y == Kind.NONE || x == y
				|| (x != Kind.OTHER && y != Kind.OTHER && x != Kind.RATE && y != Kind.RATE);
	}

	/** A number without a unit takes the unit printed after it in its list ("620, 705 and 993 K"). */
	private static List<Value> carryUnits(List<Value> members) {
		List<Value> result = new ArrayList<>(members);
		Unit carried = Unit.NONE;
		for (int k = result.size() - 1; k >= 0; k--) {
			Value value = result.get(k);
			if (value.unit() != Unit.NONE) {
				carried = value.unit();
			}
			else if (carried != Unit.NONE) {
				result.set(k, new Value(value.start(), value.end(), value.number(), carried));
			}
		}
		return result;
	}

}
