package org.alloygan.core.composition;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link CompositionParser}: the composition plus what the parser had to assume.
 *
 * @param composition the normalised composition
 * @param warnings human-readable notes on anything that was not read literally (a fixed letter
 * case, a sum normalised from 98.5 to 100, a wt.% conversion, an equal split); empty when the text
 * was unambiguous and exact
 * @param ambiguous true when the text named alternatives such as {@code (Cu,Ni)} that were split
 * equally, so the composition is a guess at what was measured
 * @param absentElements elements written with amount 0 ({@code Ag0Cu70Fe30}, as tables of composition series do),
 * read as absent; each also has a warning
 */
public record ParsedComposition(Composition composition, List<String> warnings, boolean ambiguous,
		List<String> absentElements) {

	public ParsedComposition {
		Objects.requireNonNull(composition, "composition");
		warnings = List.copyOf(warnings);
		absentElements = List.copyOf(absentElements);
	}

	/** A composition read without elements of amount 0. */
	public ParsedComposition(Composition composition, List<String> warnings, boolean ambiguous) {
		this(composition, warnings, ambiguous, List.of());
	}

	/** Whether anything other than elements of amount 0 was not read literally. */
	public boolean hasOtherWarnings() {
		return this.warnings.size() > this.absentElements.size();
	}

}
