package org.alloygan.models.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.descriptor.CompositionDescriptors;
import org.alloygan.core.descriptor.DescriptorCalculator;
import org.alloygan.core.element.ElementProperty;
import org.alloygan.core.element.ElementTable;
import org.alloygan.core.element.MixingEnthalpyTable;
import org.alloygan.core.element.PeriodicTable;

/**
 * Turns compositions into model features: {@value #DESCRIPTOR_COUNT} descriptors followed by the mole fraction of
 * every element from H (Z = 1) to Pu (Z = 94), in order of Z.
 *
 * <p>
 * The element vocabulary is fixed rather than taken from the training data so that every model (each regressor and the
 * classifier, trained on different data sets) shares one feature layout: a batch is featurised once for all of them,
 * and a model file can check that it was trained on the layout the code computes ({@link #names()} is stored with it).
 * Elements absent from a model's training data are constant zero columns there, which trees never split on; models
 * report such elements as out of domain instead. Compositions with an element beyond Pu are rejected.
 *
 * <p>
 * The descriptors (details and references in {@code docs/descriptors.md} and {@code docs/models.md}):
 * <ol start="0">
 * <li>{@code componentCount}, and the ten values of {@link CompositionDescriptors}: {@code atomicSizeMismatch} δ,
 * {@code mixingEnthalpy} ΔH<sub>mix</sub>, {@code mixingEntropy} ΔS<sub>mix</sub>, {@code electronegativityDifference}
 * Δχ, {@code meanVec}, {@code meanMeltingPoint}, {@code meltingPointDeviation}, {@code meanAtomicWeight},
 * {@code atomicWeightDeviation};</li>
 * <li>and, from the same element table: {@code meanRadius} r̄ (Miracle, pm), {@code radiusRatio} r<sub>max</sub> /
 * r<sub>min</sub>, {@code meanElectronegativity} χ̄, {@code vecDeviation}, {@code minMeltingPoint},
 * {@code maxMeltingPoint}, {@code minPairEnthalpy} (most negative Takeuchi–Inoue ΔH<sub>ij</sub> among the pairs),
 * {@code maxFraction} (share of the base element).</li>
 * </ol>
 * Thread-safe and immutable.
 */
public final class FeatureSet {

	/** Number of descriptor columns before the element fractions. */
	public static final int DESCRIPTOR_COUNT = 18;

	/** Highest atomic number in the vocabulary (Pu). */
	public static final int MAX_Z = 94;

	/** Rows per parallel task when featurising a large batch. */
	private static final int CHUNK = 4096;

	private static final List<String> DESCRIPTOR_NAMES = List.of("componentCount", "atomicSizeMismatch",
			"mixingEnthalpy", "mixingEntropy", "electronegativityDifference", "meanVec", "meanMeltingPoint",
			"meltingPointDeviation", "meanAtomicWeight", "atomicWeightDeviation", "meanRadius", "radiusRatio",
			"meanElectronegativity", "vecDeviation", "minMeltingPoint", "maxMeltingPoint", "minPairEnthalpy",
			"maxFraction");

	private static final FeatureSet STANDARD = new FeatureSet(DescriptorCalculator.standard(), ElementTable.standard(),
			MixingEnthalpyTable.standard());

	private final DescriptorCalculator calculator;

	private final MixingEnthalpyTable enthalpies;

	private final double[] radius;

	private final double[] electronegativity;

	private final double[] vec;

	private final double[] meltingPoint;

	private final List<String> names;

	private FeatureSet(DescriptorCalculator calculator, ElementTable elements, MixingEnthalpyTable enthalpies) {
		this.calculator = calculator;
		this.enthalpies = enthalpies;
		this.radius = elements.column(ElementProperty.MIRACLE_RADIUS);
		this.electronegativity = elements.column(ElementProperty.ELECTRONEGATIVITY);
		this.vec = elements.column(ElementProperty.VEC);
		this.meltingPoint = elements.column(ElementProperty.MELTING_POINT);
		List<String> names = new ArrayList<>(DESCRIPTOR_NAMES);
		for (int z = 1; z <= MAX_Z; z++) {
			names.add("x_" + PeriodicTable.symbol(z));
		}
		this.names = Collections.unmodifiableList(names);
	}

	/** The feature set on the element data embedded in alloy-core; the only one models are trained on. */
	public static FeatureSet standard() {
		return STANDARD;
	}

	/** Column names: the descriptors, then {@code x_H} ... {@code x_Pu}. */
	public List<String> names() {
		return this.names;
	}

	/** Number of columns. */
	public int width() {
		return this.names.size();
	}

	/** Column of the mole fraction of element {@code z}. */
	public static int elementColumn(int z) {
		return DESCRIPTOR_COUNT + z - 1;
	}

	/**
	 * Whether the composition can be featurised, i.e. has no element beyond Pu.
	 */
	public static boolean supports(Composition composition) {
		for (int i = 0; i < composition.size(); i++) {
			if (composition.atomicNumber(i) > MAX_Z) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Features of a batch; large batches are computed in parallel on the common fork-join pool.
	 * @throws IllegalArgumentException if a composition has an element beyond Pu ({@link #supports})
	 */
	public FeatureMatrix matrix(List<Composition> compositions) {
		int rows = compositions.size();
		int width = width();
		float[] values = new float[rows * width];
		int chunks = (rows + CHUNK - 1) / CHUNK;
		if (chunks <= 1 || ForkJoinPool.getCommonPoolParallelism() <= 1) {
			fill(compositions, values, 0, rows);
		}
		else {
			IntStream.range(0, chunks)
				.parallel()
				.forEach((c) -> fill(compositions, values, c * CHUNK, Math.min(rows, (c + 1) * CHUNK)));
		}
		return new FeatureMatrix(values, rows, width);
	}

	/** Features of one composition. */
	public float[] row(Composition composition) {
		float[] values = new float[width()];
		fill(composition, values, 0);
		return values;
	}

	private void fill(List<Composition> compositions, float[] values, int from, int to) {
		int width = width();
		for (int r = from; r < to; r++) {
			fill(compositions.get(r), values, r * width);
		}
	}

	private void fill(Composition composition, float[] values, int offset) {
		if (!supports(composition)) {
			throw new IllegalArgumentException(composition.formula() + " has an element beyond Pu (Z = " + MAX_Z
					+ "), outside the feature vocabulary");
		}
		CompositionDescriptors d = this.calculator.calculate(composition);
		int n = composition.size();
		double meanRadius = 0;
		double minRadius = Double.POSITIVE_INFINITY;
		double maxRadius = Double.NEGATIVE_INFINITY;
		double meanChi = 0;
		double minMelting = Double.POSITIVE_INFINITY;
		double maxMelting = Double.NEGATIVE_INFINITY;
		double minPair = (n > 1) ? Double.POSITIVE_INFINITY : 0;
		double maxFraction = 0;
		for (int i = 0; i < n; i++) {
			int z = composition.atomicNumber(i);
			double x = composition.fraction(i);
			meanRadius += x * this.radius[z];
			minRadius = Math.min(minRadius, this.radius[z]);
			maxRadius = Math.max(maxRadius, this.radius[z]);
			meanChi += x * this.electronegativity[z];
			minMelting = Math.min(minMelting, this.meltingPoint[z]);
			maxMelting = Math.max(maxMelting, this.meltingPoint[z]);
			maxFraction = Math.max(maxFraction, x);
			for (int j = i + 1; j < n; j++) {
				// Math.min ignores nothing: a NaN pair makes the feature NaN (missing), as in ΔHmix
				minPair = Math.min(minPair, this.enthalpies.enthalpy(z, composition.atomicNumber(j)));
			}
			values[offset + elementColumn(z)] = (float) x;
		}
		double vecDeviation = 0;
		for (int i = 0; i < n; i++) {
			double dv = this.vec[composition.atomicNumber(i)] - d.meanVec();
			vecDeviation += composition.fraction(i) * dv * dv;
		}
		values[offset] = n;
		values[offset + 1] = (float) d.atomicSizeMismatch();
		values[offset + 2] = (float) d.mixingEnthalpy();
		values[offset + 3] = (float) d.mixingEntropy();
		values[offset + 4] = (float) d.electronegativityDifference();
		values[offset + 5] = (float) d.meanVec();
		values[offset + 6] = (float) d.meanMeltingPoint();
		values[offset + 7] = (float) d.meltingPointDeviation();
		values[offset + 8] = (float) d.meanAtomicWeight();
		values[offset + 9] = (float) d.atomicWeightDeviation();
		values[offset + 10] = (float) meanRadius;
		values[offset + 11] = (float) (maxRadius / minRadius);
		values[offset + 12] = (float) meanChi;
		values[offset + 13] = (float) Math.sqrt(vecDeviation);
		values[offset + 14] = (float) minMelting;
		values[offset + 15] = (float) maxMelting;
		values[offset + 16] = (float) minPair;
		values[offset + 17] = (float) maxFraction;
	}

}
