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
 */
public record ParsedComposition(Composition composition, List<String> warnings, boolean ambiguous) {

	public ParsedComposition {
		Objects.requireNonNull(composition, "composition");
		warnings = List.copyOf(warnings);
	}

}
