package org.alloygan.descriptor.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alloygan.core.composition.CompositionParser;
import org.alloygan.descriptor.observation.ObservationInput;
import org.alloygan.descriptor.observation.PropertyChecks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated set {@code ./alloygan demo} imports without the public data (shipped by local-stack) goes through
 * the import as it is: formula layout, its citation columns ignored, every row an observation that passes the
 * checks the service applies before storing it.
 */
class CuratedImportTests {

	private static final Path CURATED = Path.of("../local-stack/src/main/resources/demo/curated/curated_tg_tx_tl.csv");

	@Test
	void everyRowOfTheCuratedSetIsAnAcceptableObservation() throws IOException {
		assertThat(Files.isRegularFile(CURATED)).as(CURATED.toAbsolutePath().toString()).isTrue();
		CompositionParser parser = new CompositionParser();
		List<CsvRows.Row> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(CURATED, StandardCharsets.UTF_8);
				CsvRows csv = new CsvRows(reader, "curated-test")) {
			assertThat(csv.format()).isEqualTo(CsvFormat.FORMULA);
			csv.rows().forEach(rows::add);
		}
		assertThat(rows).hasSize(138);
		for (CsvRows.Row row : rows) {
			assertThat(row.error()).as("line %d", row.line()).isNull();
			ObservationInput input = row.observation();
			assertThat(input.compositionText()).as("line %d", row.line()).isNotBlank();
			assertThat(parser.parse(input.compositionText()).warnings()).as("line %d", row.line()).isEmpty();
			assertThat(input.tgK()).isNotNull();
			assertThat(input.txK()).isNotNull();
			assertThat(input.tlK()).isNotNull();
			assertThat(PropertyChecks.problems(input)).as("line %d", row.line()).isEmpty();
			assertThat(input.sourceRef()).isEqualTo("import/curated-test/line/" + row.line());
		}
	}

}
