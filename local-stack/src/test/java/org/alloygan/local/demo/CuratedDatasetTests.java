package org.alloygan.local.demo;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.composition.ParsedComposition;
import org.alloygan.models.data.LoadedSamples;
import org.alloygan.models.data.Sample;
import org.alloygan.models.data.SampleReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated set the demo falls back to: every row a valid, cited observation that the project's own parsers
 * read, and the demo's design targets inside its ranges (gan-service refuses targets outside them).
 */
class CuratedDatasetTests {

	private static final Pattern AMOUNT = Pattern.compile("([A-Z][a-z]?)(\\d+(?:\\.\\d+)?)");

	private static final Pattern SIMPLE_FORMULA = Pattern.compile("(?:[A-Z][a-z]?\\d+(?:\\.\\d+)?)+");

	private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

	private final DemoLoop.Dataset dataset = DemoLoop.Dataset.curated();

	@Test
	void theDemoFindsTheCuratedSetInTheJarAndSaysWhereItComesFrom() {
		assertThat(this.dataset.fileName()).isEqualTo("curated_tg_tx_tl.csv");
		assertThat(this.dataset.source()).contains("138 published alloys with citations").contains("SOURCES.md");
		assertThat(DemoLoop.class.getResource("/demo/curated/SOURCES.md")).isNotNull();
	}

	@Test
	void everyRowIsAValidCitedObservation() throws IOException {
		List<CSVRecord> rows = rows();
		assertThat(rows).hasSizeBetween(60, 200);
		CompositionParser parser = new CompositionParser();
		Set<Composition> seen = new HashSet<>();
		for (CSVRecord row : rows) {
			String line = "line " + (row.getRecordNumber() + 1) + " " + row.get("composition");
			assertThat(row.isConsistent()).as(line).isTrue();
			String formula = row.get("composition");
			assertThat(formula).as(line).matches(SIMPLE_FORMULA);
			double sum = 0;
			Matcher amount = AMOUNT.matcher(formula);
			while (amount.find()) {
				sum += Double.parseDouble(amount.group(2));
			}
			assertThat(sum).as(line + ": at.% sum").isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.5));
			ParsedComposition parsed = parser.parse(formula);
			assertThat(parsed.ambiguous()).as(line).isFalse();
			assertThat(seen.add(parsed.composition())).as(line + " appears once").isTrue();
			double tg = Double.parseDouble(row.get("Tg_K"));
			double tx = Double.parseDouble(row.get("Tx_K"));
			double tl = Double.parseDouble(row.get("Tl_K"));
			assertThat(tg).as(line + ": Tg < Tx").isLessThan(tx);
			assertThat(tx).as(line + ": Tx < Tl").isLessThan(tl);
			assertThat(tg).as(line + ": inside the import's 200-2000 K").isGreaterThan(200);
			assertThat(tl).as(line).isLessThan(2000);
			assertThat(row.get("reference")).as(line + ": citation").matches(".*\\b(19|20)\\d\\d\\b.*").hasSizeGreaterThan(20);
			assertThat(row.get("doi")).as(line + ": DOI").matches(DOI);
			assertThat(row.get("source")).as(line + ": record in the compilation")
				.matches("MDF DMREF Metallic Glasses v5 _id [0-9a-f]{24}");
		}
	}

	@Test
	void theModelsSampleReaderKeepsEveryRow() throws IOException {
		LoadedSamples loaded = new SampleReader()
			.read(new StringReader(new String(this.dataset.content(), StandardCharsets.UTF_8)));
		assertThat(loaded.report().rejected()).isEmpty();
		assertThat(loaded.report().withWarnings()).isZero();
		assertThat(loaded.samples()).hasSize(rows().size())
			.allSatisfy((s) -> assertThat(s.tg()).isNotNull())
			.allSatisfy((s) -> assertThat(s.tx()).isNotNull())
			.allSatisfy((s) -> assertThat(s.tl()).isNotNull());
	}

	@Test
	void theDemoTargetsLieInsideTheZrBasedRangesAndTheWholeSet() throws IOException {
		List<Sample> samples = new SampleReader()
			.read(new StringReader(new String(this.dataset.content(), StandardCharsets.UTF_8)))
			.samples();
		List<Sample> zrBased = new ArrayList<>();
		for (Sample s : samples) {
			if (s.composition().baseElement().equals("Zr")) {
				zrBased.add(s);
			}
		}
		assertThat(zrBased).as("Zr-based alloys").hasSizeGreaterThanOrEqualTo(20);
		for (Map.Entry<String, Object> target : DemoLoop.TARGETS.entrySet()) {
			double value = ((Number) target.getValue()).doubleValue();
			assertThat(value).as(target.getKey() + " among Zr-based alloys").isBetween(min(zrBased, target.getKey()),
					max(zrBased, target.getKey()));
			assertThat(value).as(target.getKey() + " in the whole set").isBetween(min(samples, target.getKey()),
					max(samples, target.getKey()));
		}
	}

	private List<CSVRecord> rows() throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser csv = CSVParser.parse(new String(this.dataset.content(), StandardCharsets.UTF_8), format)) {
			assertThat(csv.getHeaderNames()).containsExactly("composition", "Tg_K", "Tx_K", "Tl_K", "reference", "doi",
					"source");
			return csv.getRecords();
		}
	}

	private static double min(List<Sample> samples, String property) {
		return samples.stream().mapToDouble((s) -> value(s, property)).min().orElseThrow();
	}

	private static double max(List<Sample> samples, String property) {
		return samples.stream().mapToDouble((s) -> value(s, property)).max().orElseThrow();
	}

	private static double value(Sample sample, String property) {
		return switch (property) {
			case "Tg_K" -> sample.tg();
			case "Tx_K" -> sample.tx();
			case "Tl_K" -> sample.tl();
			default -> throw new IllegalArgumentException(property);
		};
	}

}
