/**
 * Element symbols and the embedded element data (atomic weight, Miracle radius, Pauling
 * electronegativity, VEC, melting point) plus the Takeuchi–Inoue binary mixing-enthalpy table.
 *
 * <p>
 * {@link org.alloygan.core.element.PeriodicTable} knows all 118 symbols; {@link org.alloygan.core.element.ElementTable}
 * and {@link org.alloygan.core.element.MixingEnthalpyTable} are read once from
 * {@code elements.csv} / {@code mixing-enthalpy.csv} in this package's resources, which
 * {@code scripts/generate-element-tables.py} derives from the shared matminer data (provenance in
 * each file's header and in {@code docs/descriptors.md}). A value the source does not have is
 * {@code NaN}, never 0, so callers can report it.
 */
package org.alloygan.core.element;
