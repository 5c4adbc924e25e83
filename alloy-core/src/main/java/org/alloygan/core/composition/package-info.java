/**
 * Alloy compositions: reading formulas as papers print them, normalising to at.%, and the
 * canonical key used to deduplicate and group alloys.
 *
 * <h2>API</h2>
 * <ul>
 * <li>{@link org.alloygan.core.composition.Composition}: immutable, at.% in 0.01 steps summing to
 * exactly 100; {@code of(Map)}, {@code atomicPercent()}, {@code canonicalKey()}, {@code formula()},
 * {@code baseElement()}, {@code size()}, {@code percentOf(String)}; equal iff canonical keys are
 * equal.</li>
 * <li>{@link org.alloygan.core.composition.CompositionParser}: {@code parse(String)} (at.%) and
 * {@code parseWeightPercent(String)} (wt.% converted with atomic weights), both returning a
 * {@link org.alloygan.core.composition.ParsedComposition} (composition, warnings, ambiguous).</li>
 * <li>{@link org.alloygan.core.composition.CompositionException}: what is wrong and the 0-based
 * position in the input.</li>
 * </ul>
 *
 * <h2>Canonical key and formula</h2> Key: symbols sorted alphabetically, each with its at.% to
 * exactly two decimals, e.g. {@code Al7.00Cu50.00Zr43.00}. Formula: base element (largest amount,
 * alphabetical on ties) first, then decreasing amount, trailing zeros dropped, e.g.
 * {@code Cu50Zr43Al7}; parsing a formula gives back an equal composition.
 *
 * <h2>Accepted text</h2>
 * <ul>
 * <li>Element symbols with optional decimal amounts: {@code Pd40Cu30Ni10P20}, {@code Cu0.5Zr0.5},
 * {@code Fe2B}.</li>
 * <li>Groups in {@code ()}, {@code []} or {@code {}}, nested, with an amount after the closing
 * bracket: {@code [(Fe0.6Co0.4)0.75B0.2Si0.05]96Nb4}. A group's content is normalised, then scaled
 * by the group's amount. Brackets without an amount only group: {@code (Fe70Mo5Ni5)P12.5(C5B2.5)}
 * reads as Fe70Mo5Ni5P12.5C5B2.5.</li>
 * <li>Alternatives {@code Pr72(Cu,Ni)21Al7}: split equally, a warning, {@code ambiguous = true}.</li>
 * <li>Noise: any whitespace, subscript digits ₀-₉, and an {@code at.%}, {@code at%}, {@code at.-%},
 * {@code mol%} or {@code wt.%} marker (optionally in brackets) before or after the formula.</li>
 * <li>Letter-case typos ({@code TI}, {@code ZR}, {@code cu}) when exactly one reading of the letters
 * gives a valid composition; each fix is a warning. As-written text always wins when valid, so
 * {@code CO} alone is C + O, while {@code Zr50CO50} is Zr + Co.</li>
 * </ul>
 *
 * <h2>Amount rules (applied at each bracket level)</h2>
 * <ul>
 * <li>An element without a number counts 1 ({@code CuZr} = 1:1, {@code Cu0.5NiAlCoCrFe}), except
 * next to amounts summing to more than 10 ({@code Cu50Zr}): that is a lost number, an error.</li>
 * <li>Amounts summing to more than 10 are percentages and must sum to 100 ± 2 (normalised, with a
 * warning beyond ± 0.1); smaller sums are fractions or ratios and are normalised (fractions that
 * do not sum to 1 ± 0.01 get a warning).</li>
 * <li>Errors: empty text, unknown symbol, zero or negative amount, unbalanced or mismatched
 * brackets, stray characters, ambiguous letter case, a bad sum.</li>
 * <li>An element below 0.005 at.% after normalisation is dropped with a warning.</li>
 * </ul>
 */
package org.alloygan.core.composition;
