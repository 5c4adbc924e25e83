package org.alloygan.models.data;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SampleReaderTests {

	private final SampleReader reader = new SampleReader();

	@Test
	void spreadsheetsWithSemicolonsAndDecimalCommas() throws Exception {
		LoadedSamples formula = this.reader.read(new StringReader("""
				composition;Tg_K;Tx_K;Tl_K
				Cu50Zr50;670,5;720;1230
				"""));
		assertThat(formula.samples()).singleElement().satisfies((s) -> assertThat(s.tg()).isEqualTo(670.5));
		LoadedSamples wide = this.reader.read(new StringReader("Cu\tZr\tAl\tT_g\n47,5\t47,5\t5\t701,5\n"));
		assertThat(wide.samples()).singleElement().satisfies((s) -> {
			assertThat(s.composition().canonicalKey()).isEqualTo("Al5.00Cu47.50Zr47.50");
			assertThat(s.tg()).isEqualTo(701.5);
		});
	}

	@Test
	void formulaLayoutWithTemperatures() throws Exception {
		LoadedSamples loaded = this.reader.read(new StringReader("""
				composition,Tg_K,Tx_K,Tl_K
				Cu50Zr50,670,720,1230
				Zr50Cu50,675,,
				Cu46Zr46Al8,701,773,nan
				Cu50Qq50,600,700,1000
				Pd40Ni40P20,-3,671,991
				"""));
		assertThat(loaded.report().layout()).isEqualTo("formula");
		assertThat(loaded.samples()).hasSize(3);
		Sample first = loaded.samples().get(0);
		assertThat(first.composition().canonicalKey()).isEqualTo("Cu50.00Zr50.00");
		assertThat(first.tl()).isEqualTo(1230.0);
		assertThat(loaded.samples().get(1).composition()).isEqualTo(first.composition());
		assertThat(loaded.samples().get(1).tx()).isNull();
		assertThat(loaded.samples().get(2).tl()).isNull();
		assertThat(loaded.report().rejected()).extracting(LoadReport.Rejection::line).containsExactly(5L, 6L);
		assertThat(loaded.report().rejected().get(1).reason()).contains("Tg must be a positive temperature");
	}

	@Test
	void formulaLayoutWithClassesTreatsBlankAsNoGlassAndHonoursInvalidMarks() throws Exception {
		LoadedSamples loaded = this.reader.read(new StringReader("""
				material_id,composition,gfa_type,comment
				a,Cu50Zr50,Ribbon,
				b,Cu64Zr36,BMG,
				c,Fe80B20,,
				d,Cu50Zr50,,
				e,Cu60Zr40,BMG,invalid formula
				f,Cu60Zr40,Glassy,
				g,Ag0Cu70Fe30,,
				h,Fe73Nb4Hf3Y0.0B20,Ribbon,
				"""));
		assertThat(loaded.samples()).extracting(Sample::gfa)
			.containsExactly(GfaClass.RIBBON, GfaClass.BMG, GfaClass.NO_GLASS, GfaClass.NO_GLASS, GfaClass.NO_GLASS,
					GfaClass.RIBBON);
		// zero amounts mean "absent": dropped, and counted
		assertThat(loaded.samples().get(4).composition().canonicalKey()).isEqualTo("Cu70.00Fe30.00");
		assertThat(loaded.samples().get(5).composition().canonicalKey()).isEqualTo("B20.00Fe73.00Hf3.00Nb4.00");
		assertThat(loaded.report().zeroElements()).isEqualTo(2);
		assertThat(loaded.report().withWarnings()).as("zero amounts are counted apart from other warnings").isZero();
		assertThat(loaded.report().rejected()).hasSize(2);
		assertThat(loaded.report().rejected().get(0).reason()).contains("marks the formula as invalid");
		assertThat(loaded.report().rejected().get(1).reason()).contains("gfa_type must be BMG, Ribbon or blank");
		// repeats merge to the highest class: Cu50Zr50 was reported as a ribbon and as no glass
		List<Sample> alloys = GfaSamples.byAlloy(loaded.samples());
		assertThat(alloys).hasSize(5);
		assertThat(alloys.get(0).gfa()).isEqualTo(GfaClass.RIBBON);
	}

	@Test
	void wideLayoutRenormalisesSmallDeviationsAndRejectsLargeOnes() throws Exception {
		LoadedSamples loaded = this.reader.read(new StringReader("""
				Al,Cu,Zr,Heating_Rate,T_g,T_x,T_l
				0,50,50,20,670,720,1230
				8,46,46.5,20,701,773,1160
				0,36,44,20,600,650,1100
				8,46,46,20,701,x,1160
				"""));
		assertThat(loaded.report().layout()).isEqualTo("wide");
		assertThat(loaded.report().kept()).isEqualTo(2);
		assertThat(loaded.report().renormalised()).isEqualTo(1);
		assertThat(loaded.samples().get(1).composition().percentOf("Zr")).isEqualTo(46.27);
		assertThat(loaded.report().rejected()).extracting(LoadReport.Rejection::reason)
			.containsExactly("element amounts sum to 80.00 at.%, not within 100 ± 1", "Tx is not a number: 'x'");
		assertThat(loaded.report().summary())
			.isEqualTo("4 rows (wide layout): 2 kept (1 renormalised to 100 at.%), 2 rejected");
	}

	@Test
	void aHeaderWithoutTargetsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.reader.read(new StringReader("composition,notes\nCu50Zr50,x\n")))
			.withMessageContaining("none of Tg_K, Tx_K, Tl_K or gfa_type");
		assertThatIllegalArgumentException().isThrownBy(() -> this.reader.read(new StringReader("a,b\n1,2\n")))
			.withMessageContaining("neither a 'composition' column nor element columns");
	}

	@Test
	void sharedMmgDataLoseOnlyRowsThatDoNotSumTo100() throws Exception {
		Path file = SharedData.file("glasses/mmg_tg_tx_tl.csv");
		assumeTrue(Files.exists(file), "shared data not present");
		LoadedSamples loaded = this.reader.read(file);
		assertThat(loaded.report().rows()).isEqualTo(3197);
		assertThat(loaded.report().rejected()).hasSize(72)
			.allSatisfy((r) -> assertThat(r.reason()).startsWith("element amounts sum to"));
		assertThat(loaded.samples()).allSatisfy((s) -> assertThat(s.tg()).isNotNull());
	}

}
