package org.alloygan.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroundingTests {

	private final Grounding grounding = new Grounding();

	private ExtractedRecord check(String passage, Candidate candidate) {
		return this.grounding.check(Passage.of(passage), candidate, "test", "m", "p");
	}

	@Test
	void acceptsValuesPrintedInTheirOwnOrAnotherUnit() {
		ExtractedRecord record = check("Cu₄₆Zr₄₆Al₈ rods (2 cm) show Tg = 428 °C at 0.33 K/s.",
				new Candidate("Cu₄₆Zr₄₆Al₈", 701.15, null, null, 20.0, 19.8, 0.8));
		assertThat(record.accepted()).as(record.rejection()).isTrue();
		assertThat(record.composition().canonicalKey()).isEqualTo("Al8.00Cu46.00Zr46.00");
		assertThat(record.extractor()).isEqualTo("test");
	}

	@Test
	void rejectsAnAlloyOrNumberThePassageDoesNotPrint() {
		ExtractedRecord record = check("The Cu50Zr50 glass has Tg = 670 K.",
				new Candidate("Cu46Zr46Al8", 50.0, null, null, null, null, 0.9));
		assertThat(record.accepted()).isFalse();
		// the 50 of Cu50Zr50 is an amount, not a stand-alone number
		assertThat(record.rejection()).contains("composition 'Cu46Zr46Al8' is not in the passage")
			.contains("Tg 50 K is not in the passage");
	}

	@Test
	void rejectsImplausibleOrderAmbiguousCompositionsAndEmptyRecords() {
		assertThat(check("Pr72(Cu,Ni)21Al7 has Tg = 409 K and Tx = 400 K.",
				new Candidate("Pr72(Cu,Ni)21Al7", 409.0, 400.0, null, null, null, 0.9))
			.rejection()).contains("ambiguous").contains("Tg (409 K) must be below Tx (400 K)");
		assertThat(check("Cu50Zr50 was cast.", new Candidate("Cu50Zr50", null, null, null, null, null, 0.9))
			.rejection()).contains("no Tg, Tx, Tl or Dmax given");
		assertThat(check("Cu50Zr50 at 100 K.", new Candidate("Cu50Zr50", 100.0, null, null, null, null, 0.9))
			.rejection()).contains("outside 200-2500 K");
	}

}
