package org.alloygan.local.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.composition.ParsedComposition;
import org.alloygan.core.descriptor.CompositionDescriptors;
import org.alloygan.core.descriptor.DescriptorCalculator;
import org.alloygan.core.csv.SpreadsheetCsv;
import org.alloygan.core.descriptor.ThermalDescriptors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alloygan descriptors IN.csv --out OUT.csv}: offline, one output row per input row with the
 * canonical composition, every descriptor, and an error column for rows that failed.
 */
@Command(name = "descriptors", mixinStandardHelpOptions = true,
		description = "Compute descriptors for a CSV with a 'composition' column (and optional Tg_K,Tx_K,Tl_K); no services needed.")
public class DescriptorsCommand implements Callable<Integer> {

	static final List<String> OUTPUT_COLUMNS = List.of("canonical_key", "formula", "family", "n_components",
			"delta_pct", "dH_mix_kJ_mol", "dS_mix_J_molK", "delta_chi", "VEC", "Tm_mean_K", "Tm_std_K", "M_mean_g_mol",
			"M_std_g_mol", "Trg", "gamma", "dTx_K", "omega", "gamma_m", "xi", "beta", "warnings", "error");

	@Parameters(index = "0", paramLabel = "IN.csv", description = "Input CSV with a 'composition' column.")
	Path input;

	@Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Output CSV.")
	Path output;

	private char delimiter = ',';

	@Override
	public Integer call() throws IOException {
		CompositionParser parser = new CompositionParser();
		DescriptorCalculator calculator = DescriptorCalculator.standard();
		int rows = 0;
		int failed = 0;
		try (BufferedReader reader = Files.newBufferedReader(this.input, StandardCharsets.UTF_8);
				CSVParser csv = open(reader);
				Writer writer = Files.newBufferedWriter(this.output, StandardCharsets.UTF_8)) {
			List<String> inputColumns = csv.getHeaderNames();
			String compositionColumn = inputColumns.stream()
				.filter((name) -> name.equalsIgnoreCase("composition"))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						this.input + " has no 'composition' column (columns: " + inputColumns + ")"));
			List<String> header = new ArrayList<>(inputColumns);
			header.addAll(OUTPUT_COLUMNS);
			try (CSVPrinter out = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
				for (CSVRecord record : csv) {
					rows++;
					List<Object> values = new ArrayList<>(record.toList());
					while (values.size() < inputColumns.size()) {
						values.add("");
					}
					try {
						ParsedComposition parsed = parser.parse(record.get(compositionColumn));
						CompositionDescriptors d = calculator.calculate(parsed.composition());
						ThermalDescriptors t = ThermalDescriptors.of(number(record, "Tg_K", this.delimiter),
								number(record, "Tx_K", this.delimiter), number(record, "Tl_K", this.delimiter));
						List<String> warnings = new ArrayList<>(parsed.warnings());
						warnings.addAll(d.missing());
						values.addAll(List.of(parsed.composition().canonicalKey(), parsed.composition().formula(),
								d.family(), d.componentCount()));
						for (double v : new double[] { d.atomicSizeMismatch(), d.mixingEnthalpy(), d.mixingEntropy(),
								d.electronegativityDifference(), d.meanVec(), d.meanMeltingPoint(),
								d.meltingPointDeviation(), d.meanAtomicWeight(), d.atomicWeightDeviation() }) {
							values.add(Double.isNaN(v) ? "" : v);
						}
						for (Double v : new Double[] { t.trg(), t.gamma(), t.deltaTx(), t.omega(), t.gammaM(), t.xi(),
								t.beta() }) {
							values.add((v != null) ? v : "");
						}
						values.add(String.join("; ", warnings));
						values.add("");
					}
					catch (IllegalArgumentException ex) {
						failed++;
						while (values.size() < header.size() - 1) {
							values.add("");
						}
						values.add(ex.getMessage());
					}
					out.printRecord(values);
				}
			}
		}
		System.out.printf(Locale.ROOT, "%d rows written to %s (%d with an error)%n", rows, this.output, failed);
		return 0;
	}

	/** The input, comma-separated or as a spreadsheet in a comma-decimal locale saves it ({@link SpreadsheetCsv}). */
	private CSVParser open(BufferedReader reader) throws IOException {
		this.delimiter = SpreadsheetCsv.delimiter(reader);
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setDelimiter(this.delimiter)
			.get()
			.parse(reader);
	}

	private static Double number(CSVRecord record, String column, char delimiter) {
		if (!record.isMapped(column) || !record.isSet(column) || record.get(column).isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(SpreadsheetCsv.number(record.get(column), delimiter).trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " '" + record.get(column) + "' is not a number");
		}
	}

}
