package org.alloygan.descriptor.observation;

import java.util.ArrayList;
import java.util.List;

/**
 * The plausibility rules every observation must pass: temperatures in kelvin within 200-2000 K and in the
 * physical order Tg < Tx < Tl (a glass crystallises above its glass transition and melts above that).
 */
public final class PropertyChecks {

	public static final double MIN_K = 200;

	public static final double MAX_K = 2000;

	private PropertyChecks() {
	}

	/** @return the problems found, empty when the observation is plausible */
	public static List<String> problems(ObservationInput input) {
		List<String> problems = new ArrayList<>();
		if (!input.hasAnyProperty()) {
			problems.add("no property given (Tg, Tx, Tl, Dmax or GFA class)");
		}
		range("Tg", input.tgK(), problems);
		range("Tx", input.txK(), problems);
		range("Tl", input.tlK(), problems);
		order("Tg", input.tgK(), "Tx", input.txK(), problems);
		order("Tx", input.txK(), "Tl", input.tlK(), problems);
		order("Tg", input.tgK(), "Tl", input.tlK(), problems);
		if (input.dmaxMm() != null && (!Double.isFinite(input.dmaxMm()) || input.dmaxMm() < 0 || input.dmaxMm() > 1000)) {
			problems.add("Dmax " + input.dmaxMm() + " mm is outside 0-1000 mm");
		}
		if (input.heatingRateKPerMin() != null
				&& (!Double.isFinite(input.heatingRateKPerMin()) || input.heatingRateKPerMin() <= 0)) {
			problems.add("heating rate " + input.heatingRateKPerMin() + " K/min must be positive");
		}
		return problems;
	}

	private static void range(String name, Double kelvin, List<String> problems) {
		if (kelvin != null && !(kelvin >= MIN_K && kelvin <= MAX_K)) {
			problems.add(name + " " + kelvin + " K is outside " + (int) MIN_K + "-" + (int) MAX_K
					+ " K (given in °C? convert: K = °C + 273.15)");
		}
	}

	private static void order(String lowName, Double low, String highName, Double high, List<String> problems) {
		if (low != null && high != null && !(low < high)) {
			problems.add(lowName + " (" + low + " K) must be below " + highName + " (" + high + " K)");
		}
	}

}
