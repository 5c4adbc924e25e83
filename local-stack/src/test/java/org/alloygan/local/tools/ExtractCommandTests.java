package org.alloygan.local.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.local.AlloyGanCommand;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./alloygan extract} end to end on files, no services. */
class ExtractCommandTests {

	private final ObjectMapper json = new ObjectMapper();

	@TempDir
	Path dir;

	private int run(String... args) {
		return new CommandLine(new AlloyGanCommand()).execute(args);
	}

	private List<JsonNode> lines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map((line) -> {
			try {
				return this.json.readTree(line);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	@Test
	void writesOneLinePerJsonlIdWithRecordsInTheIssuesShape() throws IOException {
		Path in = this.dir.resolve("passages.jsonl");
		Files.writeString(in, """
				{"id": "p1", "text": "Tg, Tx and Tl of Zr41.2Ti13.8Cu12.5Ni10Be22.5 are 625, 705 and 993 K (DSC at 20 K/min)."}
				{"id": 2, "text": "The samples were annealed at 700 K for 2 h under a pressure of 5 MPa in 2019."}
				""");
		Path out = this.dir.resolve("out/records.jsonl");
		assertThat(run("extract", in.toString(), "--out", out.toString())).isZero();
		List<JsonNode> lines = lines(out);
		assertThat(lines).hasSize(2);
		JsonNode first = lines.get(0);
		assertThat(first.get("id").asText()).isEqualTo("p1");
		JsonNode record = first.get("records").get(0);
		assertThat(record.get("composition").get("Zr").asDouble()).isEqualTo(41.2);
		assertThat(record.get("composition").fieldNames().next()).isEqualTo("Zr");
		double sum = 0;
		for (JsonNode amount : record.get("composition")) {
			sum += amount.asDouble();
		}
		assertThat(sum).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(record.get("composition_text").asText()).isEqualTo("Zr41.2Ti13.8Cu12.5Ni10Be22.5");
		assertThat(record.get("Tg_K").asDouble()).isEqualTo(625.0);
		assertThat(record.get("Tx_K").asDouble()).isEqualTo(705.0);
		assertThat(record.get("Tl_K").asDouble()).isEqualTo(993.0);
		assertThat(record.get("Dmax_mm").isNull()).isTrue();
		assertThat(record.get("heating_rate_K_min").asDouble()).isEqualTo(20.0);
		assertThat(record.get("evidence").asText()).contains("625, 705 and 993 K");
		assertThat(lines.get(1).get("id").asInt()).isEqualTo(2);
		assertThat(lines.get(1).get("records")).isEmpty();
	}

	@Test
	void readsAGeneratedPdfAndATextFile() throws IOException {
		Path pdf = this.dir.resolve("paper.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				content.setLeading(14);
				content.newLineAtOffset(50, 740);
				for (String line : List.of("Table 2 Thermal data measured at 0.33 K/s.", "Alloy Tg (K) Tx (K) Dmax (mm)",
						"Pd40Cu30Ni10P20 575 661 72", "Mg65Cu25Gd10 421 480 8")) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			document.save(pdf.toFile());
		}
		Path out = this.dir.resolve("pdf.jsonl");
		assertThat(run("extract", pdf.toString(), "--out", out.toString())).isZero();
		JsonNode line = lines(out).get(0);
		assertThat(line.get("id").asText()).isEqualTo("paper.pdf");
		assertThat(line.get("records")).hasSize(2);
		assertThat(line.get("records").get(1).get("composition_text").asText()).isEqualTo("Mg65Cu25Gd10");
		assertThat(line.get("records").get(1).get("Dmax_mm").asDouble()).isEqualTo(8.0);
		assertThat(line.get("records").get(1).get("Tx_K").asDouble()).isEqualTo(480.0);

		Path text = this.dir.resolve("notes.txt");
		Files.writeString(text, "The Cu46Zr46Al8 glass has a Tg of 428 °C.\n");
		Path textOut = this.dir.resolve("text.jsonl");
		assertThat(run("extract", text.toString(), "--out", textOut.toString())).isZero();
		assertThat(lines(textOut).get(0).get("records").get(0).get("Tg_K").asDouble()).isEqualTo(701.15);
	}

	@Test
	void badInputIsReportedWithItsLineAndNothingIsWritten() throws IOException {
		Path in = this.dir.resolve("bad.jsonl");
		Files.writeString(in, "{\"id\": \"a\", \"text\": \"fine\"}\n{\"text\": \"no id\"}\n");
		Path out = this.dir.resolve("never.jsonl");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		java.io.PrintStream original = System.err;
		System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			assertThat(run("extract", in.toString(), "--out", out.toString())).isEqualTo(2);
			assertThat(run("extract", in.toString(), "--out", out.toString(), "--extractor", "llm")).isEqualTo(2);
		}
		finally {
			System.setErr(original);
		}
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.jsonl:2: missing \"id\"");
		assertThat(out).doesNotExist();
	}

}
