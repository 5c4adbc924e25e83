package org.alloygan.feedback.upload;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alloygan.feedback.measurement.Field;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Each line is its own CSV record, so one malformed line costs only itself. */
class CsvLinesTests {

	@Test
	void aMalformedLineIsRejectedWithItsNumberAndTheLinesAroundItAreRead() {
		String csv = String.join("\n", "lab,sample_id,composition,Tg_K,Tx_K,Tl_K", "lab-a,S-1,Cu50Zr50,670,720,1230",
				"lab-a,\"S-2,Cu50Zr50,670,720,1230", "", "lab-a,S-3,Cu50Zr50,670,720", "lab-a,\"S-4\"x,Cu50Zr50,670,720,1230",
				"lab-a,\"S,5\",Cu50Zr50,670,720,1230", "");
		CsvLines lines = new CsvLines(csv.getBytes(StandardCharsets.UTF_8));
		CsvLines.Header header = lines.header();
		List<CsvLines.Line> rows = lines.rows(header);
		assertThat(rows).extracting(CsvLines.Line::number).containsExactly(2, 3, 5, 6, 7);
		assertThat(rows.get(0).error()).isNull();
		assertThat(rows.get(0).values()).containsEntry(Field.SAMPLE_ID, "S-1").containsEntry(Field.TG_K, "670");
		assertThat(rows.get(1).error()).isEqualTo("line 3: malformed CSV: unbalanced quote, a quoted field is not "
				+ "closed on this line (quoted fields may not span lines)");
		assertThat(rows.get(2).error()).isEqualTo("line 5 has 5 field(s), the header has 6");
		assertThat(rows.get(3).error()).startsWith("line 6: malformed CSV: Invalid character between encapsulated token");
		assertThat(rows.get(4).values()).containsEntry(Field.SAMPLE_ID, "S,5");
		assertThat(lines.dataLines(header)).isEqualTo(5);
	}

	@Test
	void aSpreadsheetsSemicolonsAndDecimalCommasAreReadAsWritten() {
		// what Excel saves as "CSV" in a German or French locale; numbers in other columns are left as they are
		String csv = String.join("\r\n", "lab;sample_id;composition;Tg_K;Tx_C;Tl_K;heating_rate_K_min;notes",
				"TUD-MG;S-1;Zr55Cu30Al10Ni5;684,5;490;1108;20;as cast, polished", "TUD-MG;S-2;Cu50Zr50;670;720;1,230e3;20;");
		CsvLines lines = new CsvLines(csv.getBytes(StandardCharsets.UTF_8));
		List<CsvLines.Line> rows = lines.rows(lines.header());
		assertThat(rows.get(0).error()).isNull();
		assertThat(rows.get(0).values()).containsEntry(Field.TG_K, "684.5")
			.containsEntry(Field.TX_C, "490")
			.containsEntry(Field.HEATING_RATE, "20")
			.containsEntry(Field.NOTES, "as cast, polished");
		// not a plain decimal comma: passed on as written, for the reader to reject with its reason
		assertThat(rows.get(1).values()).containsEntry(Field.TL_K, "1,230e3");

		CsvLines tabs = new CsvLines("lab\tsample_id\tcomposition\tTg_K\nlab-a\tS-9\tCu50Zr50\t670,25\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(tabs.rows(tabs.header()).get(0).values()).containsEntry(Field.SAMPLE_ID, "S-9")
			.containsEntry(Field.TG_K, "670.25");
	}

	@Test
	void decimalCommasAreNotGuessedInACommaSeparatedFile() {
		CsvLines lines = new CsvLines("lab,sample_id,composition,Tg_K\nlab-a,S-1,Cu50Zr50,\"670,5\"\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(lines.rows(lines.header()).get(0).values()).containsEntry(Field.TG_K, "670,5");
	}

	@Test
	void theHeaderMustDeclareUnitsAndKnownColumns() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvLines("lab,sample_id,composition,Tg,Tx_K,colour\n".getBytes(StandardCharsets.UTF_8))
				.header())
			.withMessageContaining("unknown column 'colour'")
			.withMessageContaining("column 'Tg' does not declare its unit: name it Tg_K or Tg_C");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvLines("sample_id,Tg_K\n".getBytes(StandardCharsets.UTF_8)).header())
			.withMessageContaining("no lab column")
			.withMessageContaining("neither a composition nor a candidate_id column");
		assertThatIllegalArgumentException().isThrownBy(() -> new CsvLines("\n\n".getBytes(StandardCharsets.UTF_8)).header())
			.withMessageContaining("the file is empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvLines("lab,sample_id,composition,Tg_K,date,measured_on\n".getBytes(StandardCharsets.UTF_8))
				.header())
			.withMessageContaining("columns 'date' and 'measured_on' are both measuredOn");
	}

	@Test
	void readsAByteOrderMarkAndWindowsSpreadsheetEncoding() {
		String csv = "\uFEFFlab,sample_id,composition,Tg_°C\r\nlab-a,S-1,Cu50Zr50,397\r\n";
		CsvLines utf8 = new CsvLines(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(utf8.header().columns()).containsKeys(Field.LAB, Field.TG_C);
		CsvLines cp1252 = new CsvLines(csv.substring(1).getBytes(Charset.forName("windows-1252")));
		CsvLines.Header header = cp1252.header();
		assertThat(header.columns()).containsKey(Field.TG_C);
		assertThat(cp1252.rows(header)).singleElement().extracting(CsvLines.Line::values).satisfies(
				(values) -> assertThat(values).containsEntry(Field.TG_C, "397"));
	}

}
