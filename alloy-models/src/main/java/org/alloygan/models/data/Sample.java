package org.alloygan.models.data;

import java.util.Objects;

import org.alloygan.core.composition.Composition;

/**
 * One observation of an alloy used for training or evaluation.
 *
 * <p>
 * Every measurement is optional because sources differ: the MMG data give Tg, Tx and Tl; Ward et al. give only the
 * glass-forming class. A regressor uses the samples that have its target, the classifier those with a class.
 *
 * @param source where the sample came from, for messages (e.g. {@code "line 12"} or a dataset row id)
 * @param composition the normalised composition; its {@link Composition#canonicalKey()} groups cross-validation folds
 * @param tg glass transition temperature in K, or null
 * @param tx onset crystallisation temperature in K, or null
 * @param tl liquidus temperature in K, or null
 * @param gfa glass-forming class, or null when the source does not say
 */
public record Sample(String source, Composition composition, Double tg, Double tx, Double tl, GfaClass gfa) {

	public Sample {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(composition, "composition");
		check("Tg", tg);
		check("Tx", tx);
		check("Tl", tl);
	}

	/** A sample with measured temperatures (any may be null) and no class. */
	public static Sample thermal(String source, Composition composition, Double tg, Double tx, Double tl) {
		return new Sample(source, composition, tg, tx, tl, null);
	}

	/** A sample with a glass-forming class only. */
	public static Sample gfa(String source, Composition composition, GfaClass gfa) {
		return new Sample(source, composition, null, null, null, Objects.requireNonNull(gfa, "gfa"));
	}

	private static void check(String name, Double kelvin) {
		if (kelvin != null && !(kelvin > 0 && kelvin < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException(name + " must be a positive temperature in K or null, was " + kelvin);
		}
	}

}
