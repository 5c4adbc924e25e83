package org.alloygan.core.descriptor;

import java.util.List;

/**
 * Descriptors computed from a composition and tabulated element data alone, so they are known for
 * any candidate alloy before it is made. Formulas, units and references are in
 * {@code docs/descriptors.md}; x<sub>i</sub> are mole fractions.
 *
 * <p>
 * A descriptor whose element data are incomplete (no Miracle radius for He, no Takeuchi–Inoue
 * value for a pair with Rf...) is {@code NaN}, and {@link #missing()} says which value was
 * missing; the other descriptors are still valid. Primitive doubles keep the calculator free of
 * boxing in bulk runs.
 *
 * @param family the base element (largest at.%), e.g. Zr for Vit1
 * @param componentCount number of elements
 * @param atomicSizeMismatch δ = 100·√(Σ x<sub>i</sub>(1 − r<sub>i</sub>/r̄)²), in %, Miracle radii
 * @param mixingEnthalpy ΔH<sub>mix</sub> = Σ<sub>i&lt;j</sub> 4x<sub>i</sub>x<sub>j</sub>ΔH<sub>ij</sub>, kJ/mol
 * @param mixingEntropy ΔS<sub>mix</sub> = −R Σ x<sub>i</sub> ln x<sub>i</sub>, J/(mol·K)
 * @param electronegativityDifference Δχ = √(Σ x<sub>i</sub>(χ<sub>i</sub> − χ̄)²), Pauling scale
 * @param meanVec Σ x<sub>i</sub> VEC<sub>i</sub>
 * @param meanMeltingPoint Σ x<sub>i</sub> T<sub>m,i</sub>, K
 * @param meltingPointDeviation √(Σ x<sub>i</sub>(T<sub>m,i</sub> − T̄<sub>m</sub>)²), K
 * @param meanAtomicWeight Σ x<sub>i</sub> M<sub>i</sub>, g/mol
 * @param atomicWeightDeviation √(Σ x<sub>i</sub>(M<sub>i</sub> − M̄)²), g/mol
 * @param missing one message per descriptor that is NaN, naming the elements or pairs without data;
 * empty when everything could be computed
 */
public record CompositionDescriptors(String family, int componentCount, double atomicSizeMismatch,
		double mixingEnthalpy, double mixingEntropy, double electronegativityDifference, double meanVec,
		double meanMeltingPoint, double meltingPointDeviation, double meanAtomicWeight, double atomicWeightDeviation,
		List<String> missing) {

	public CompositionDescriptors {
		missing = List.copyOf(missing);
	}

	/** Whether every descriptor could be computed. */
	public boolean complete() {
		return this.missing.isEmpty();
	}

}
