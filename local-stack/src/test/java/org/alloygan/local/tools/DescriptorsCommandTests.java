package org.alloygan.local.tools;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DescriptorsCommandTests {

	@TempDir
	Path dir;

	@Test
	void writesOneRowPerInputWithDescriptorsOrAnError() throws Exception {
		Path in = this.dir.resolve("in.csv");
		Files.writeString(in, """
				id,composition,Tg_K,Tx_K,Tl_K
				a,Cu50Zr50,675,720,1226
				b,Zr41.2Ti13.8Cu12.5Ni10Be22.5,,,
				c,Qq50Zr50,,,
				d,Cu46Zr46Al8,705,abc,1170
				""");
		Path out = this.dir.resolve("out.csv");
		int exit = new CommandLine(new DescriptorsCommand()).execute(in.toString(), "--out", out.toString());
		assertThat(exit).isZero();
		List<CSVRecord> rows;
		try (Reader reader = Files.newBufferedReader(out)) {
			rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).get("id")).isEqualTo("a");
		assertThat(rows.get(0).get("canonical_key")).isEqualTo("Cu50.00Zr50.00");
		assertThat(Double.parseDouble(rows.get(0).get("dH_mix_kJ_mol"))).isEqualTo(-23.0);
		assertThat(Double.parseDouble(rows.get(0).get("Trg"))).isCloseTo(675.0 / 1226.0, within(1e-12));
		assertThat(rows.get(0).get("error")).isEmpty();
		assertThat(rows.get(1).get("Trg")).isEmpty();
		assertThat(rows.get(1).get("family")).isEqualTo("Zr");
		assertThat(rows.get(2).get("error")).contains("Qq");
		assertThat(rows.get(3).get("error")).contains("Tx_K 'abc' is not a number");
	}

	@Test
	void readsASpreadsheetSavedWithSemicolonsAndDecimalCommas() throws Exception {
		Path in = this.dir.resolve("tabelle.csv");
		Files.writeString(in, "composition;Tg_K;Tx_K;Tl_K\nCu50Zr50;675,5;720;1226\n");
		Path out = this.dir.resolve("out.csv");
		assertThat(new CommandLine(new DescriptorsCommand()).execute(in.toString(), "--out", out.toString())).isZero();
		List<CSVRecord> rows;
		try (Reader reader = Files.newBufferedReader(out)) {
			rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.get("canonical_key")).isEqualTo("Cu50.00Zr50.00");
			assertThat(Double.parseDouble(row.get("Trg"))).isCloseTo(675.5 / 1226.0, within(1e-12));
		});
	}

}
