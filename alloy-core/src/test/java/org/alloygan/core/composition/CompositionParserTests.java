package org.alloygan.core.composition;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CompositionParserTests {

	private final CompositionParser parser = new CompositionParser();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Zr41.2Ti13.8Cu12.5Ni10Be22.5          | Be22.50Cu12.50Ni10.00Ti13.80Zr41.20
			Pd40Cu30Ni10P20                       | Cu30.00Ni10.00P20.00Pd40.00
			Cu36Zr48Al8Ag8                        | Ag8.00Al8.00Cu36.00Zr48.00
			(Cu50Zr43Al7)98Si2                    | Al6.86Cu49.00Si2.00Zr42.14
			[(Fe0.6Co0.4)0.75B0.2Si0.05]96Nb4     | B19.20Co28.80Fe43.20Nb4.00Si4.80
			{[(Fe0.6Co0.4)0.75B0.2Si0.05]96Nb4}   | B19.20Co28.80Fe43.20Nb4.00Si4.80
			Cu0.5Zr0.5                            | Cu50.00Zr50.00
			CuZr                                  | Cu50.00Zr50.00
			Fe2B                                  | B33.33Fe66.67
			Cu0.5NiAlCoCrFe                       | Al18.19Co18.18Cr18.18Cu9.09Fe18.18Ni18.18
			(CaCu)70Mg30                          | Ca35.00Cu35.00Mg30.00
			(Fe70Mo5Ni5)P12.5(C5B2.5)             | B2.50C5.00Fe70.00Mo5.00Ni5.00P12.50
			(Cu50Zr50)                            | Cu50.00Zr50.00
			La55.4Al18.4(CuNi)26.2                | Al18.40Cu13.10La55.40Ni13.10
			Zr 41.2 Ti 13.8 Cu 12.5 Ni 10 Be 22.5 | Be22.50Cu12.50Ni10.00Ti13.80Zr41.20
			Cu₅₀Zr₄₃Al₇                           | Al7.00Cu50.00Zr43.00
			Cu50Zr43Al7 at.%                      | Al7.00Cu50.00Zr43.00
			Cu50Zr43Al7 (at. %)                   | Al7.00Cu50.00Zr43.00
			at% Cu50Zr43Al7                       | Al7.00Cu50.00Zr43.00
			Cu50Zr43Al7at.-%                      | Al7.00Cu50.00Zr43.00
			Cu50Zr43Al7 mol%                      | Al7.00Cu50.00Zr43.00
			Cu33.3Zr33.3Al33.3                    | Al33.34Cu33.33Zr33.33
			""")
	void readsWhatPapersPrint(String text, String key) {
		ParsedComposition parsed = this.parser.parse(text);
		assertThat(parsed.composition().canonicalKey()).isEqualTo(key);
		assertThat(parsed.warnings()).isEmpty();
		assertThat(parsed.ambiguous()).isFalse();
	}

	@Test
	void spellingsOfOneAlloyAreEqual() {
		Composition expected = this.parser.parse("Cu50Zr50").composition();
		for (String text : new String[] { "Zr50Cu50", "Cu0.5Zr0.5", "CuZr", "ZrCu", "(CuZr)100", "Cu 50 Zr 50 at.%" }) {
			assertThat(this.parser.parse(text).composition()).as(text).isEqualTo(expected);
		}
	}

	@Test
	void alternativesAreSplitEquallyAndFlagged() {
		ParsedComposition parsed = this.parser.parse("Pr72(Cu,Ni)21Al7");
		assertThat(parsed.composition().atomicPercent()).containsExactly(Map.entry("Al", 7.0), Map.entry("Cu", 10.5),
				Map.entry("Ni", 10.5), Map.entry("Pr", 72.0));
		assertThat(parsed.ambiguous()).isTrue();
		assertThat(parsed.warnings()).singleElement().asString().contains("Cu/Ni", "position 4", "split equally");
	}

	@Test
	void sumsNearHundredAreNormalisedWithAWarning() {
		ParsedComposition parsed = this.parser.parse("Cu50Zr49");
		assertThat(parsed.composition().canonicalKey()).isEqualTo("Cu50.51Zr49.49");
		assertThat(parsed.warnings()).singleElement().asString().contains("sum to 99", "normalised to 100");
	}

	@Test
	void fractionsNotSummingToOneGetAWarning() {
		ParsedComposition parsed = this.parser.parse("Cu0.5Zr0.4");
		assertThat(parsed.composition().canonicalKey()).isEqualTo("Cu55.56Zr44.44");
		assertThat(parsed.warnings()).singleElement().asString().contains("sum to 0.9");
	}

	@Test
	void weightPercentIsConvertedWithAtomicWeights() {
		// independent check with the atomic weights of Cu (63.546) and Zr (91.224)
		double cu = 50 / 63.546;
		double zr = 50 / 91.224;
		Composition composition = this.parser.parseWeightPercent("Cu50Zr50").composition();
		assertThat(composition.percentOf("Cu")).isEqualTo(Math.round(cu / (cu + zr) * 1e4) / 100.0);
		assertThat(composition.canonicalKey()).isEqualTo("Cu58.94Zr41.06");
		assertThat(this.parser.parseWeightPercent("Cu50Zr50 wt.%").warnings()).isEmpty();
	}

	@Test
	void weightMarkerInAtomicEntryPointConvertsWithAWarning() {
		ParsedComposition parsed = this.parser.parse("Cu50Zr50 wt.%");
		assertThat(parsed.composition().canonicalKey()).isEqualTo("Cu58.94Zr41.06");
		assertThat(parsed.warnings()).singleElement().asString().contains("wt.%");
	}

	@Test
	void nestedGroupsInWeightPercentAreMassShares() {
		// (Cu50Zr50)90Al10 wt.%: 45 g Cu, 45 g Zr, 10 g Al
		double cu = 45 / 63.546;
		double zr = 45 / 91.224;
		double al = 10 / 26.9815386;
		Composition composition = this.parser.parseWeightPercent("(Cu50Zr50)90Al10").composition();
		assertThat(composition.percentOf("Al")).isEqualTo(Math.round(al / (cu + zr + al) * 1e4) / 100.0);
	}

	@Test
	void caseTyposAreFixedWithAWarningWhenOnlyOneReadingIsValid() {
		ParsedComposition parsed = this.parser.parse("ZR41.2TI13.8CU12.5NI10BE22.5");
		assertThat(parsed.composition().canonicalKey()).isEqualTo("Be22.50Cu12.50Ni10.00Ti13.80Zr41.20");
		assertThat(parsed.warnings()).containsExactly("read 'ZR' at position 0 as Zr (letter case fixed)",
				"read 'TI' at position 6 as Ti (letter case fixed)", "read 'CU' at position 12 as Cu (letter case fixed)",
				"read 'NI' at position 18 as Ni (letter case fixed)",
				"read 'BE' at position 22 as Be (letter case fixed)");
		assertThat(this.parser.parse("cu50zr50").composition().canonicalKey()).isEqualTo("Cu50.00Zr50.00");
		// CO could be C + O; only Co makes Zr50CO50 a valid percent composition
		assertThat(this.parser.parse("Zr50CO50").composition().canonicalKey()).isEqualTo("Co50.00Zr50.00");
	}

	@Test
	void asWrittenReadingWinsWhenValid() {
		ParsedComposition parsed = this.parser.parse("CO");
		assertThat(parsed.composition().canonicalKey()).isEqualTo("C50.00O50.00");
		assertThat(parsed.warnings()).isEmpty();
	}

	@Test
	void tracesBelowResolutionAreDroppedWithAWarning() {
		ParsedComposition absent = this.parser.parse("Au0Cu30Mg70");
		assertThat(absent.composition().canonicalKey()).isEqualTo("Cu30.00Mg70.00");
		assertThat(absent.warnings()).singleElement().asString().contains("Au", "amount 0", "absent");
		assertThat(absent.absentElements()).containsExactly("Au");
		assertThat(absent.hasOtherWarnings()).isFalse();
		ParsedComposition parsed = this.parser.parse("Fe79.999B20Si0.001");
		assertThat(parsed.composition().canonicalKey()).isEqualTo("B20.00Fe80.00");
		assertThat(parsed.warnings()).singleElement().asString().contains("Si", "dropped");
		assertThat(parsed.absentElements()).isEmpty();
		assertThat(parsed.hasOtherWarnings()).isTrue();
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			""                               | 0  | no composition
			"   "                            | 0  | no composition
			at.%                             | 0  | no composition
			Cu50Xx50                         | 4  | unknown element symbol 'Xx'
			Mo52Cr14Fel4P12B8                | 10 | unknown element symbol 'l'
			Q                                | 0  | unknown element symbol 'Q'
			Cu50Zr-50                        | 6  | cannot be negative
			Cu0                              | 0  | every amount
			(Cu50Zr50)0Al5                   | 10 | greater than 0
			Cu50Zr40                         | 0  | sum to 90; percentages must sum to 100 ± 2
			(Ce70La80)68Al10Cu20Co2          | 0  | the group at position 0 sum to 150
			Cu50Zr                           | 4  | no amount after Zr
			(ZrNb)72.8                       | 0  | sum to 72.8
			(Cu50Zr43Al7                     | 0  | '(' is never closed
			Cu50Zr43Al7)                     | 11 | ')' without a matching opening bracket
			(Cu50Zr50]90Al10                 | 9  | expected ')' to close '(' at position 0
			Cu50Zr50#                        | 8  | unexpected character '#'
			Zr77.5Be22.                      | 10 | expected a digit after the decimal point
			Cu50Zr50%                        | 8  | '%' without 'at' or 'wt'
			50Cu50                           | 0  | a number must follow an element
			Cu50,Zr50                        | 4  | ',' is only allowed between alternatives
			()Cu                             | 0  | empty brackets
			Pr72(CuZr,Ni)21Al7               | 5  | must be a single element symbol
			Pr72(Cu0.5,Ni)21Al7              | 5  | cannot carry its own amount
			Pr72(Cu,Cu)21Al7                 | 8  | named twice
			Cu50at.%Zr50                     | 4  | must come before or after the formula
			at.% Cu50Zr50 wt.%               | 14 | marked both at.% and wt.%
			alcocrfeni                       | 0  | letter case is ambiguous
			""")
	void reportsErrorsWithTheirPosition(String text, int position, String reason) {
		CompositionException error = catchThrowableOfType(CompositionException.class, () -> this.parser.parse(text));
		assertThat(error).as(text).isNotNull();
		assertThat(error.reason()).contains(reason);
		assertThat(error.position()).isEqualTo(position);
		assertThat(error.input()).isEqualTo(text);
		assertThat(error.getMessage()).contains("at position " + position);
	}

	@Test
	void weightEntryPointRejectsAtomicMarkerAndElementsWithoutWeight() {
		assertThatExceptionOfType(CompositionException.class)
			.isThrownBy(() -> this.parser.parseWeightPercent("Cu50Zr50 at.%"))
			.satisfies((error) -> assertThat(error.position()).isEqualTo(9))
			.withMessageContaining("given as weight percent");
		assertThatExceptionOfType(CompositionException.class)
			.isThrownBy(() -> this.parser.parseWeightPercent("Cu50Og50"))
			.satisfies((error) -> assertThat(error.position()).isEqualTo(4))
			.withMessageContaining("no atomic weight for Og");
	}

}
