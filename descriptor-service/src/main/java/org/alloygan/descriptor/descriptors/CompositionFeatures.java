package org.alloygan.descriptor.descriptors;

import java.util.LinkedHashMap;
import java.util.Map;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.descriptor.CompositionDescriptors;
import org.alloygan.core.descriptor.DescriptorCalculator;

import org.springframework.stereotype.Component;

/**
 * The composition-only descriptors of an alloy as stored and served: named values, with the missing element
 * data reported instead of a silent zero.
 */
@Component
public class CompositionFeatures {

	private final DescriptorCalculator calculator;

	CompositionFeatures(DescriptorCalculator calculator) {
		this.calculator = calculator;
	}

	/** @param error which element values or pair enthalpies were missing; null when complete */
	public record Result(Map<String, Object> values, String error) {
	}

	public Result of(Composition composition) {
		return describe(this.calculator.calculate(composition));
	}

	static Result describe(CompositionDescriptors d) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("family", d.family());
		values.put("n_components", d.componentCount());
		put(values, "delta_pct", d.atomicSizeMismatch());
		put(values, "dH_mix_kJ_mol", d.mixingEnthalpy());
		put(values, "dS_mix_J_molK", d.mixingEntropy());
		put(values, "delta_chi", d.electronegativityDifference());
		put(values, "VEC", d.meanVec());
		put(values, "Tm_mean_K", d.meanMeltingPoint());
		put(values, "Tm_std_K", d.meltingPointDeviation());
		put(values, "M_mean_g_mol", d.meanAtomicWeight());
		put(values, "M_std_g_mol", d.atomicWeightDeviation());
		return new Result(values, d.complete() ? null : String.join("; ", d.missing()));
	}

	/** NaN (missing data) is left out rather than written as a number. */
	private static void put(Map<String, Object> values, String name, double value) {
		if (!Double.isNaN(value)) {
			values.put(name, value);
		}
	}

}
