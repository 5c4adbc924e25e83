package org.alloygan.local.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.local.AlloyGanCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTests {

	@Test
	void regressionPrintsATableAndEndsWithJsonMetrics() throws Exception {
		Run run = run("evaluate", "--threads", "2", "regression", "--data", csv(), "--target", "Trg", "--folds", "3",
				"--seed", "1");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("120 rows (formula layout): 120 kept").contains("Trg: 120 rows, 120 alloys");
		JsonNode json = lastLine(run.out());
		assertThat(json.fieldNames()).toIterable().contains("r2", "mae", "rmse", "n");
		assertThat(json.get("n").asInt()).isEqualTo(120);
		// the synthetic rule is learnable: a broken pipeline would score near or below 0
		assertThat(json.get("r2").asDouble()).isGreaterThan(0.5);
		assertThat(json.get("mae").asDouble()).isPositive();
	}

	@Test
	void gfaPrintsPerClassTablesAndEndsWithJsonMetrics() throws Exception {
		Run run = run("evaluate", "--threads", "2", "gfa", "--data", csv(), "--folds", "3", "--seed", "1");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("3 classes: macro-F1").contains("glass / no glass");
		JsonNode json = lastLine(run.out());
		assertThat(json.fieldNames()).toIterable().contains("macro_f1", "accuracy", "n");
		assertThat(json.get("n").asInt()).isEqualTo(120);
		assertThat(json.get("macro_f1").asDouble()).isBetween(0.5, 1.0);
		assertThat(json.get("confusion")).hasSize(3);
	}

	@Test
	void aMissingFileOrUnknownTargetIsAClearError() throws Exception {
		Run missing = run("evaluate", "regression", "--data", "/nonexistent.csv", "--target", "Tg");
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).contains("no such file: /nonexistent.csv");
		Run target = run("evaluate", "regression", "--data", csv(), "--target", "Tm");
		assertThat(target.exit()).isEqualTo(2);
		assertThat(target.err()).contains("unknown target 'Tm'");
	}

	private static String csv() throws URISyntaxException {
		return Path.of(EvaluateCommandTests.class.getResource("/evaluate/cuzr-small.csv").toURI()).toString();
	}

	private static JsonNode lastLine(String out) throws Exception {
		List<String> lines = out.strip().lines().toList();
		return new ObjectMapper().readTree(lines.get(lines.size() - 1));
	}

	private static Run run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			int exit = new CommandLine(new AlloyGanCommand()).execute(args);
			return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private record Run(int exit, String out, String err) {
	}

}
