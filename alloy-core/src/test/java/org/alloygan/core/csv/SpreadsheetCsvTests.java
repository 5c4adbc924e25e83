package org.alloygan.core.csv;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTests {

	@Test
	void theHeaderTellsTheSeparator() throws Exception {
		assertThat(SpreadsheetCsv.delimiter("composition,Tg_K;note")).isEqualTo(',');
		assertThat(SpreadsheetCsv.delimiter("composition;Tg_K;Tx_K")).isEqualTo(';');
		assertThat(SpreadsheetCsv.delimiter("composition\tTg_K")).isEqualTo('\t');
		assertThat(SpreadsheetCsv.delimiter("composition")).isEqualTo(',');
		BufferedReader file = new BufferedReader(new StringReader("\n  \ncomposition;Tg_K\nCu50Zr50;670,5\n"));
		assertThat(SpreadsheetCsv.delimiter(file)).isEqualTo(';');
		assertThat(file.readLine()).as("the reader is given back where it was").isEmpty();
	}

	@Test
	void onlyAPlainDecimalCommaOutsideCommaSeparatedFilesIsRead() {
		assertThat(SpreadsheetCsv.number("684,5", ';')).isEqualTo("684.5");
		assertThat(SpreadsheetCsv.number(" -0,25 ", '\t')).isEqualTo("-0.25");
		assertThat(SpreadsheetCsv.number("684,5", ',')).isEqualTo("684,5");
		assertThat(SpreadsheetCsv.number("1.230,5", ';')).isEqualTo("1.230,5");
		assertThat(SpreadsheetCsv.number("1,2e3", ';')).isEqualTo("1,2e3");
		assertThat(SpreadsheetCsv.number("684.5", ';')).isEqualTo("684.5");
		assertThat(SpreadsheetCsv.number(null, ';')).isNull();
	}

}
