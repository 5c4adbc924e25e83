package org.alloygan.core.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.element.ElementProperty;
import org.alloygan.core.element.ElementTable;
import org.alloygan.core.element.MixingEnthalpyTable;

/**
 * Computes {@link CompositionDescriptors} from element data.
 *
 * <p>
 * Built for bulk use (a GAN proposes millions of candidates): element properties are copied into
 * arrays indexed by atomic number once, and {@link #calculate(Composition)} only loops over the
 * composition's atomic numbers and fractions, with no lookups by name, regex or boxing. Missing data
 * show up as NaN while computing; only then are the messages built. Thread-safe.
 */
public final class DescriptorCalculator {

	/** Molar gas constant, J/(mol·K) (CODATA 2018, exact). */
	static final double GAS_CONSTANT = 8.314462618;

	private final MixingEnthalpyTable enthalpies;

	private final double[] radius;

	private final double[] electronegativity;

	private final double[] vec;

	private final double[] meltingPoint;

	private final double[] atomicWeight;

	public DescriptorCalculator(ElementTable elements, MixingEnthalpyTable enthalpies) {
		this.enthalpies = enthalpies;
		this.radius = elements.column(ElementProperty.MIRACLE_RADIUS);
		this.electronegativity = elements.column(ElementProperty.ELECTRONEGATIVITY);
		this.vec = elements.column(ElementProperty.VEC);
		this.meltingPoint = elements.column(ElementProperty.MELTING_POINT);
		this.atomicWeight = elements.column(ElementProperty.ATOMIC_WEIGHT);
	}

	/** A calculator on the element data embedded in alloy-core. */
	public static DescriptorCalculator standard() {
		return Holder.STANDARD;
	}

	/**
	 * All composition descriptors; any that lack element data are NaN and listed in
	 * {@link CompositionDescriptors#missing()}.
	 */
	public CompositionDescriptors calculate(Composition composition) {
		int n = composition.size();
		double entropy = 0;
		double enthalpy = 0;
		for (int i = 0; i < n; i++) {
			double xi = composition.fraction(i);
			entropy -= xi * Math.log(xi);
			for (int j = i + 1; j < n; j++) {
				enthalpy += 4 * xi * composition.fraction(j)
						* this.enthalpies.enthalpy(composition.atomicNumber(i), composition.atomicNumber(j));
			}
		}
		double meanRadius = mean(composition, this.radius);
		double delta = 100 * Math.sqrt(relativeVariance(composition, this.radius, meanRadius));
		double meanMeltingPoint = mean(composition, this.meltingPoint);
		double meanWeight = mean(composition, this.atomicWeight);
		CompositionDescriptors descriptors = new CompositionDescriptors(composition.baseElement(), n, delta, enthalpy,
				GAS_CONSTANT * entropy, deviation(composition, this.electronegativity), mean(composition, this.vec),
				meanMeltingPoint, deviation(composition, this.meltingPoint), meanWeight,
				deviation(composition, this.atomicWeight), List.of());
		if (Double.isNaN(delta + enthalpy + descriptors.electronegativityDifference() + descriptors.meanVec()
				+ meanMeltingPoint + meanWeight)) {
			return withMissing(descriptors, composition);
		}
		return descriptors;
	}

	private static double mean(Composition composition, double[] values) {
		double mean = 0;
		for (int i = 0; i < composition.size(); i++) {
			mean += composition.fraction(i) * values[composition.atomicNumber(i)];
		}
		return mean;
	}

	/** Σ x_i (v_i − mean)²; two passes rather than E[v²] − mean² to avoid cancellation. */
	private static double deviation(Composition composition, double[] values) {
		double mean = mean(composition, values);
		double sum = 0;
		for (int i = 0; i < composition.size(); i++) {
			double d = values[composition.atomicNumber(i)] - mean;
			sum += composition.fraction(i) * d * d;
		}
		return Math.sqrt(sum);
	}

	/** Σ x_i (1 − v_i / mean)². */
	private static double relativeVariance(Composition composition, double[] values, double mean) {
		double sum = 0;
		for (int i = 0; i < composition.size(); i++) {
			double d = 1 - values[composition.atomicNumber(i)] / mean;
			sum += composition.fraction(i) * d * d;
		}
		return sum;
	}

	/** The slow path: name every element or pair without data. */
	private CompositionDescriptors withMissing(CompositionDescriptors d, Composition composition) {
		List<String> missing = new ArrayList<>();
		note(missing, "atomicSizeMismatch", "Miracle radius", this.radius, composition);
		StringJoiner pairs = new StringJoiner(", ");
		for (int i = 0; i < composition.size(); i++) {
			for (int j = i + 1; j < composition.size(); j++) {
				if (Double.isNaN(this.enthalpies.enthalpy(composition.atomicNumber(i), composition.atomicNumber(j)))) {
					pairs.add(composition.symbol(i) + "-" + composition.symbol(j));
				}
			}
		}
		if (pairs.length() > 0) {
			missing.add("mixingEnthalpy: no Takeuchi-Inoue pair enthalpy for " + pairs);
		}
		note(missing, "electronegativityDifference", "Pauling electronegativity", this.electronegativity, composition);
		note(missing, "meanVec", "VEC", this.vec, composition);
		note(missing, "meanMeltingPoint, meltingPointDeviation", "melting point", this.meltingPoint, composition);
		note(missing, "meanAtomicWeight, atomicWeightDeviation", "atomic weight", this.atomicWeight, composition);
		return new CompositionDescriptors(d.family(), d.componentCount(), d.atomicSizeMismatch(), d.mixingEnthalpy(),
				d.mixingEntropy(), d.electronegativityDifference(), d.meanVec(), d.meanMeltingPoint(),
				d.meltingPointDeviation(), d.meanAtomicWeight(), d.atomicWeightDeviation(), missing);
	}

	private static void note(List<String> missing, String descriptors, String property, double[] values,
			Composition composition) {
		StringJoiner elements = new StringJoiner(", ");
		for (int i = 0; i < composition.size(); i++) {
			if (Double.isNaN(values[composition.atomicNumber(i)])) {
				elements.add(composition.symbol(i));
			}
		}
		if (elements.length() > 0) {
			missing.add(descriptors + ": no " + property + " for " + elements);
		}
	}

	private static final class Holder {

		static final DescriptorCalculator STANDARD = new DescriptorCalculator(ElementTable.standard(),
				MixingEnthalpyTable.standard());

	}

}
