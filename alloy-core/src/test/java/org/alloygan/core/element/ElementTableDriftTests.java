package org.alloygan.core.element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Compares the embedded tables with the shared source files, so a changed source or a hand edit of
 * the generated tables is noticed; rerun {@code scripts/generate-element-tables.py} to fix drift.
 * Skipped when the shared data are absent (system property {@code alloygan.data-dir}, else
 * {@code ../shared/data} from the repository root or {@code ../../shared/data} from the module).
 */
class ElementTableDriftTests {

	private static final Set<String> MISSING = Set.of("", "NA", "None", "Missing");

	/** Properties copied unchanged, with their column in elements_magpie_merged.csv. */
	private static final Map<ElementProperty, String> SOURCE_COLUMNS = Map.of(ElementProperty.ATOMIC_WEIGHT,
			"atomic_weight", ElementProperty.MIRACLE_RADIUS, "miracle_radius_pm", ElementProperty.ELECTRONEGATIVITY,
			"pauling_electronegativity", ElementProperty.MELTING_POINT, "melting_point_K");

	private static Path elementsDir;

	@BeforeAll
	static void findSharedData() {
		String property = System.getProperty("alloygan.data-dir");
		Stream<Path> candidates = (property != null) ? Stream.of(Path.of(property))
				: Stream.of(Path.of("../shared/data"), Path.of("../../shared/data"));
		elementsDir = candidates.map((dir) -> dir.resolve("elements"))
			.filter((dir) -> Files.isRegularFile(dir.resolve("elements_magpie_merged.csv")))
			.findFirst()
			.orElse(null);
	}

	@Test
	void elementValuesMatchTheMergedMagpieTable() throws IOException {
		List<String[]> rows = csv(source("elements_magpie_merged.csv"));
		List<String> header = Arrays.asList(rows.get(0));
		ElementTable table = ElementTable.standard();
		for (String[] row : rows.subList(1, rows.size())) {
			int z = Integer.parseInt(row[header.indexOf("Z")]);
			String symbol = row[header.indexOf("symbol")];
			assertThat(PeriodicTable.symbol(z)).isEqualTo(symbol);
			for (Map.Entry<ElementProperty, String> column : SOURCE_COLUMNS.entrySet()) {
				same(table.value(z, column.getKey()), number(row[header.indexOf(column.getValue())]), symbol);
			}
			double vec = (z >= 57 && z <= 71) ? 3 : number(row[header.indexOf("ns_valence")])
					+ number(row[header.indexOf("np_valence")]) + number(row[header.indexOf("nd_valence")]);
			same(table.value(z, ElementProperty.VEC), vec, symbol);
		}
		assertThat(rows).hasSize(113);
	}

	@Test
	void sampleMatchesTheOriginalMagpieTables() throws IOException {
		// the merged CSV is itself derived; check it has not drifted from the per-property tables
		ElementTable table = ElementTable.standard();
		for (String symbol : List.of("Be", "B", "Al", "Ti", "Fe", "Ni", "Cu", "Zr", "Pd", "La", "Gd", "Pt", "He")) {
			int z = PeriodicTable.atomicNumber(symbol);
			same(table.value(z, ElementProperty.MIRACLE_RADIUS), line("MiracleRadius.table", z), symbol);
			same(table.value(z, ElementProperty.ELECTRONEGATIVITY), line("Electronegativity.table", z), symbol);
			same(table.value(z, ElementProperty.MELTING_POINT), line("MeltingT.table", z), symbol);
			same(table.value(z, ElementProperty.ATOMIC_WEIGHT), line("AtomicWeight.table", z), symbol);
		}
	}

	@Test
	void pairEnthalpiesMatchTheTakeuchiInoueTable() throws IOException {
		List<String> lines = Files.readAllLines(source("MiedemaLiquidDeltaHf.tsv"), StandardCharsets.UTF_8);
		MixingEnthalpyTable table = MixingEnthalpyTable.standard();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.trim().split("\\s+");
			assertThat(table.enthalpy(cells[0], cells[1])).as(line).isEqualTo(Double.parseDouble(cells[2]));
		}
		assertThat(table.pairCount()).isEqualTo(lines.size() - 1);
	}

	/** Boxed, because NaN (no value) must equal NaN here. */
	private static void same(double actual, double expected, String symbol) {
		assertThat(Double.valueOf(actual)).as(symbol).isEqualTo(Double.valueOf(expected));
	}

	private static Path source(String name) {
		assumeTrue(elementsDir != null, "shared data not found; set -Dalloygan.data-dir");
		return elementsDir.resolve(name);
	}

	private static double line(String table, int z) throws IOException {
		List<String> lines = Files.readAllLines(source("magpie_elementdata/" + table), StandardCharsets.UTF_8);
		return number(lines.get(z - 1));
	}

	private static List<String[]> csv(Path path) throws IOException {
		return Files.readAllLines(path, StandardCharsets.UTF_8).stream().map((line) -> line.split(",", -1)).toList();
	}

	private static double number(String cell) {
		String trimmed = cell.trim();
		return MISSING.contains(trimmed) ? Double.NaN : Double.parseDouble(trimmed);
	}

}
