package org.alloygan.extraction.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompositionFinderTests {

	private final CompositionFinder finder = new CompositionFinder();

	@Test
	void findsFormulasAsPapersPrintThem() {
		assertThat(this.finder.find("Alloys Zr41.2 Ti13.8 Cu12.5 Ni10 Be22.5, (Cu50Zr50)92Al8 and "
				+ "[(Fe0.5Co0.5)0.75B0.2Si0.05]96Nb4 (see Cu₄₆Zr₄₆Al₈).")).extracting(CompositionFinder.Mention::text)
			.containsExactly("Zr41.2 Ti13.8 Cu12.5 Ni10 Be22.5", "(Cu50Zr50)92Al8", "[(Fe0.5Co0.5)0.75B0.2Si0.05]96Nb4",
					"Cu₄₆Zr₄₆Al₈");
	}

	@Test
	void ignoresWordsSystemsSeriesAndMarksPhases() {
		assertThat(this.finder.find("In Zr-Cu-Al glasses, Tl and As were absent; the (Cu0.5Zr0.5)100-xAlx series "
				+ "and Cu50-xZr50 were cast.")).isEmpty();
		// Cu10Zr7 sums to 17, which alloy-core refuses as a percentage; Al2O3 reads as a ratio, so a phase
		assertThat(this.finder.find("It crystallizes into Cu10Zr7 and CuZr2 in an Al2O3 crucible."))
			.extracting(CompositionFinder.Mention::text, CompositionFinder.Mention::phase)
			.containsExactly(org.assertj.core.api.Assertions.tuple("CuZr2", true),
					org.assertj.core.api.Assertions.tuple("Al2O3", true));
		assertThat(this.finder.find("Cu50Zr50.")).singleElement().satisfies((m) -> assertThat(m.phase()).isFalse());
	}

}
