/**
 * Glass-forming-ability descriptors: {@link org.alloygan.core.descriptor.ThermalDescriptors} from
 * measured Tg, Tx, Tl, and {@link org.alloygan.core.descriptor.CompositionDescriptors} (δ,
 * ΔH<sub>mix</sub>, ΔS<sub>mix</sub>, Δχ, VEC, melting point and atomic weight statistics) from a
 * composition via {@link org.alloygan.core.descriptor.DescriptorCalculator}.
 *
 * <p>
 * Policy for missing element data: the calculator never substitutes 0; it returns the descriptors
 * it can compute and sets the others to NaN with a message in
 * {@link org.alloygan.core.descriptor.CompositionDescriptors#missing()} naming the element or pair,
 * so a caller can drop the row, impute, or store it partially, but cannot miss the gap. Definitions
 * and references: {@code docs/descriptors.md}.
 */
package org.alloygan.core.descriptor;
