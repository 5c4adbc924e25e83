package org.alloygan.local.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.alloygan.extraction.ExtractedRecord;
import org.alloygan.extraction.Extractor;
import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageMiner;
import org.alloygan.extraction.PassageResult;
import org.alloygan.extraction.TokenUsage;
import org.alloygan.extraction.llm.LlmExtractor;
import org.alloygan.extraction.llm.LlmSettings;
import org.alloygan.extraction.rules.RuleBasedExtractor;
import org.alloygan.extraction.text.DocumentReader;
import org.alloygan.extraction.text.DocumentText;
import org.alloygan.extraction.text.MediaType;
import org.alloygan.extraction.text.PassageSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alloygan extract IN --out OUT.jsonl}: literature mining without services. IN is a PDF, an HTML or
 * text file, or a JSONL file of {@code {"id": ..., "text": ...}} lines; OUT gets one line per input id with
 * its accepted records. Rejected records and failed passages go to {@code --report} (and are counted on
 * stderr), so nothing an extractor produced is silently lost.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = "Extract alloy compositions and Tg/Tx/Tl/Dmax from a PDF, HTML, text or JSONL file.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every passage was read", "1:some passages failed (the output has the rest)",
				"2:bad input or settings, nothing written" })
public class ExtractCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "IN", description = "A .pdf, .html, .txt or .jsonl file.")
	Path input;

	@Option(names = "--out", required = true, paramLabel = "OUT.jsonl", description = "Where to write the records.")
	Path output;

	@Option(names = "--extractor", defaultValue = "rules", description = "rules (offline, default) or llm.")
	String extractor;

	@Option(names = "--report", paramLabel = "FILE",
			description = "Also write rejected records and failed passages (with reasons and raw replies) as JSONL.")
	Path report;

	@Option(names = "--llm-base-url", defaultValue = "${env:ALLOYGAN_LLM_BASE_URL}",
			description = "OpenAI-compatible server root, e.g. http://localhost:11434 (env ALLOYGAN_LLM_BASE_URL).")
	String llmBaseUrl;

	@Option(names = "--llm-model", defaultValue = "${env:ALLOYGAN_LLM_MODEL}",
			description = "Model name (env ALLOYGAN_LLM_MODEL).")
	String llmModel;

	@Option(names = "--llm-api-key", defaultValue = "${env:ALLOYGAN_LLM_API_KEY}",
			description = "Bearer token, if the server needs one (env ALLOYGAN_LLM_API_KEY).")
	String llmApiKey;

	@Option(names = "--llm-concurrency", defaultValue = "4", description = "Requests in flight (default 4).")
	int concurrency;

	@Option(names = "--llm-rps", defaultValue = "0", description = "Requests per second, 0 = unlimited (default).")
	double requestsPerSecond;

	@Option(names = "--llm-timeout", defaultValue = "60", description = "Seconds per request (default 60).")
	int timeoutSeconds;

	@Option(names = "--llm-retries", defaultValue = "3", description = "Retries on timeout, 429, 5xx (default 3).")
	int retries;

	private final ObjectMapper json = new ObjectMapper();

	/** One input: its id as given (a string or a number) and its text. */
	private record Input(JsonNode id, DocumentText text) {
	}

	@Override
	public Integer call() {
		PrintStream err = System.err;
		List<Input> inputs;
		try {
			inputs = readInputs();
		}
		catch (IllegalArgumentException ex) {
			err.println("extract: " + ex.getMessage());
			return 2;
		}
		Extractor chosen;
		try {
			chosen = extractor();
		}
		catch (IllegalArgumentException ex) {
			err.println("extract: " + ex.getMessage());
			return 2;
		}
		IdentityHashMap<Passage, Integer> owner = new IdentityHashMap<>();
		List<Passage> passages = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			for (Passage passage : PassageSplitter.split(inputs.get(i).text())) {
				owner.put(passage, i);
				passages.add(passage);
			}
		}
		List<List<PassageResult>> results = new ArrayList<>();
		inputs.forEach((input) -> results.add(new ArrayList<>()));
		long started = System.nanoTime();
		try (Extractor extractor = chosen) {
			new PassageMiner(extractor).mineAll(passages, (result) -> results.get(owner.get(result.passage())).add(result));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Counts counts = new Counts();
		try {
			write(inputs, results, counts);
		}
		catch (IOException ex) {
			err.println("extract: cannot write " + ex.getMessage());
			return 2;
		}
		err.printf("extract: %d input(s), %d passage(s) in %.1f s with %s: %d record(s) written, %d rejected, "
				+ "%d passage(s) failed%s%n", inputs.size(), passages.size(), seconds, chosen.name(), counts.accepted,
				counts.rejected, counts.failed, (counts.usage.requests() > 0) ? "; " + counts.usage.requests()
						+ " LLM request(s), " + counts.usage.totalTokens() + " tokens" : "");
		if ((counts.rejected > 0 || counts.failed > 0) && this.report == null) {
			err.println("extract: add --report FILE to see the rejected records and failed passages with reasons");
		}
		return (counts.failed > 0) ? 1 : 0;
	}

	private Extractor extractor() {
		switch (this.extractor) {
			case RuleBasedExtractor.NAME:
				return new RuleBasedExtractor();
			case LlmExtractor.NAME:
				if (blank(this.llmBaseUrl) || blank(this.llmModel)) {
					throw new IllegalArgumentException("--extractor llm needs --llm-base-url and --llm-model "
							+ "(or ALLOYGAN_LLM_BASE_URL and ALLOYGAN_LLM_MODEL)");
				}
				return new LlmExtractor(new LlmSettings(URI.create(this.llmBaseUrl.strip()), this.llmModel.strip(),
						this.llmApiKey, Duration.ofSeconds(this.timeoutSeconds), this.concurrency,
						this.requestsPerSecond, this.retries, Duration.ofMillis(500), true), this.json);
			default:
				throw new IllegalArgumentException("unknown extractor '" + this.extractor + "'; use rules or llm");
		}
	}

	private List<Input> readInputs() {
		byte[] content;
		try {
			content = Files.readAllBytes(this.input);
		}
		catch (NoSuchFileException ex) {
			throw new IllegalArgumentException(this.input + " does not exist");
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read " + this.input + ": " + ex.getMessage());
		}
		String name = this.input.getFileName().toString();
		String lower = name.toLowerCase();
		if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
			return jsonLines(new String(content, StandardCharsets.UTF_8));
		}
		MediaType type = MediaType.detect(name, null, content);
		return List.of(new Input(TextNode.valueOf(name), DocumentReader.read(type, content)));
	}

	private List<Input> jsonLines(String content) {
		List<Input> inputs = new ArrayList<>();
		String[] lines = content.split("\r?\n", -1);
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n];
			if (line.isBlank()) {
				continue;
			}
			String where = this.input + ":" + (n + 1) + ": ";
			JsonNode node;
			try {
				node = this.json.readTree(line);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalArgumentException(where + "not JSON (" + ex.getOriginalMessage() + ")");
			}
			if (node == null || !node.isObject()) {
				throw new IllegalArgumentException(where + "expected an object {\"id\": ..., \"text\": ...}");
			}
			JsonNode id = node.get("id");
			JsonNode text = node.get("text");
			if (id == null || id.isNull() || id.isContainerNode()) {
				throw new IllegalArgumentException(where + "missing \"id\" (a string or a number)");
			}
			if (text == null || !text.isTextual()) {
				throw new IllegalArgumentException(where + "missing \"text\" (a string)");
			}
			inputs.add(new Input(id, DocumentText.plain(text.asText())));
		}
		return inputs;
	}

	private void write(List<Input> inputs, List<List<PassageResult>> results, Counts counts) throws IOException {
		if (this.output.toAbsolutePath().getParent() != null) {
			Files.createDirectories(this.output.toAbsolutePath().getParent());
		}
		try (BufferedWriter out = Files.newBufferedWriter(this.output, StandardCharsets.UTF_8);
				BufferedWriter report = (this.report != null) ? Files.newBufferedWriter(this.report, StandardCharsets.UTF_8)
						: null) {
			for (int i = 0; i < inputs.size(); i++) {
				List<PassageResult> mined = new ArrayList<>(results.get(i));
				mined.sort(Comparator.comparingInt((PassageResult result) -> result.passage().index()));
				List<ExtractedRecord> kept = new ArrayList<>();
				for (PassageResult result : mined) {
					counts.usage = counts.usage.plus(result.usage());
					if (result.failed()) {
						counts.failed++;
						writeLine(report, failure(inputs.get(i).id(), result));
					}
					for (ExtractedRecord record : result.records()) {
						if (!record.accepted()) {
							counts.rejected++;
							writeLine(report, rejection(inputs.get(i).id(), record, result.rawReply()));
						}
						else if (kept.stream().noneMatch(record::sameFindingAs)) {
							kept.add(record);
						}
					}
				}
				counts.accepted += kept.size();
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("id", inputs.get(i).id());
				line.put("records", kept.stream().map(ExtractCommand::output).toList());
				writeLine(out, line);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private void writeLine(BufferedWriter writer, Object value) {
		if (writer == null) {
			return;
		}
		try {
			writer.write(this.json.writeValueAsString(value));
			writer.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A record in the output shape (composition in at.%, base element first). */
	static Map<String, Object> output(ExtractedRecord record) {
		Map<String, Double> composition = new LinkedHashMap<>();
		record.composition()
			.atomicPercent()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> composition.put(entry.getKey(), entry.getValue()));
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("composition", composition);
		line.put("composition_text", record.compositionText());
		line.put("Tg_K", record.tgK());
		line.put("Tx_K", record.txK());
		line.put("Tl_K", record.tlK());
		line.put("Dmax_mm", record.dmaxMm());
		line.put("heating_rate_K_min", record.heatingRateKPerMin());
		line.put("evidence", record.passage().text());
		return line;
	}

	private static Map<String, Object> rejection(JsonNode id, ExtractedRecord record, String rawReply) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("id", id);
		line.put("status", "REJECTED");
		line.put("reason", record.rejection());
		line.put("composition_text", record.compositionText());
		line.put("Tg_K", record.tgK());
		line.put("Tx_K", record.txK());
		line.put("Tl_K", record.tlK());
		line.put("Dmax_mm", record.dmaxMm());
		line.put("heating_rate_K_min", record.heatingRateKPerMin());
		line.put("passage", record.passage().index());
		line.put("evidence", record.passage().text());
		line.put("raw_reply", rawReply);
		return line;
	}

	private static Map<String, Object> failure(JsonNode id, PassageResult result) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("id", id);
		line.put("status", "FAILED");
		line.put("reason", result.failure());
		line.put("passage", result.passage().index());
		line.put("evidence", result.passage().text());
		line.put("raw_reply", result.rawReply());
		return line;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static final class Counts {

		int accepted;

		int rejected;

		int failed;

		TokenUsage usage = TokenUsage.NONE;

	}

}
