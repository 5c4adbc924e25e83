package org.alloygan.extraction.rules;

import java.util.List;

import org.alloygan.extraction.Candidate;
import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RuleBasedExtractorTests {

	private final RuleBasedExtractor rules = new RuleBasedExtractor();

	private List<Candidate> read(String text) {
		return this.rules.extract(Passage.of(text)).candidates();
	}

	@Test
	void readsASinglePropertyWithItsAlloy() {
		assertThat(read("The Zr41.2Ti13.8Cu12.5Ni10Be22.5 glass shows a Tg of 625 K at a heating rate of 20 K/min."))
			.extracting(Candidate::compositionText, Candidate::tgK, Candidate::txK, Candidate::heatingRateKPerMin)
			.containsExactly(tuple("Zr41.2Ti13.8Cu12.5Ni10Be22.5", 625.0, null, 20.0));
	}

	@Test
	void zipsAPropertyListWithAValueList() {
		assertThat(read("For Cu46Zr46Al8, Tg, Tx and Tl are 701, 780 and 1163 K."))
			.extracting(Candidate::compositionText, Candidate::tgK, Candidate::txK, Candidate::tlK)
			.containsExactly(tuple("Cu46Zr46Al8", 701.0, 780.0, 1163.0));
	}

	@Test
	void zipsAlloysWithValuesRespectively() {
		assertThat(read("The Tg values of Cu50Zr50, Cu48Zr48Al4 and Cu46Zr46Al8 are 670, 685 and 701 K, respectively."))
			.extracting(Candidate::compositionText, Candidate::tgK)
			.containsExactly(tuple("Cu50Zr50", 670.0), tuple("Cu48Zr48Al4", 685.0), tuple("Cu46Zr46Al8", 701.0));
	}

	@Test
	void convertsCelsiusAndIgnoresLookAlikes() {
		assertThat(read("Pd40Cu30Ni10P20 has a glass transition temperature of 302 °C, a supercooled liquid region "
				+ "ΔTx of 95 K and Tp = 680 K; it was annealed at 600 K for 10 min."))
			.extracting(Candidate::compositionText, Candidate::tgK, Candidate::txK)
			.containsExactly(tuple("Pd40Cu30Ni10P20", 575.15, null));
	}

	@Test
	void readsNestedCompositionsAndThatOf() {
		assertThat(read("The Tg of (Cu50Zr50)92Al8 is 715 K, whereas that of [(Fe0.5Co0.5)0.75B0.2Si0.05]96Nb4 is 818 K."))
			.extracting(Candidate::compositionText, Candidate::tgK)
			.containsExactly(tuple("(Cu50Zr50)92Al8", 715.0), tuple("[(Fe0.5Co0.5)0.75B0.2Si0.05]96Nb4", 818.0));
	}

	@Test
	void carriesTheAlloyIntoTheNextSentence() {
		assertThat(read("We studied Mg65Cu25Gd10 rods. Its Tg is 421 K and the critical diameter reaches 8 mm."))
			.extracting(Candidate::compositionText, Candidate::tgK, Candidate::dmaxMm)
			.containsExactly(tuple("Mg65Cu25Gd10", 421.0, 8.0));
	}

	@Test
	void ignoresRangesDifferencesRatesAndYears() {
		assertThat(read("In 2006, Zr-based glasses such as Zr55Cu30Al10Ni5 showed Tg ranging from 650 to 700 K; "
				+ "the samples were annealed at Tg + 20 K under 10 MPa, cooled at 100 K/s.")).isEmpty();
	}

	@Test
	void readsATableRowAgainstItsHeader() {
		Passage row = new Passage(3, PassageKind.TABLE_ROW, "Cu46Zr46Al8 701 780 79 1163 0.603 8", 100, 135, 2,
				"Alloy Tg (K) Tx (K) ΔTx (K) Tl (K) Trg Dmax (mm)");
		assertThat(this.rules.extract(row).candidates())
			.extracting(Candidate::tgK, Candidate::txK, Candidate::tlK, Candidate::dmaxMm)
			.containsExactly(tuple(701.0, 780.0, 1163.0, 8.0));
	}

}
