package org.alloygan.benchmarks.mining;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An annotated corpus: passages with the records a careful reader takes from them (JSONL, one
 * {@code {"id", "tags", "text", "gold": [records]}} per line, records in the CLI's output shape).
 */
public record Corpus(List<Item> items) {

	/** The development corpus shipped with the benchmarks (see {@code benchmarks/corpus-src}). */
	public static final String DEV = "/mining/dev-corpus.jsonl";

	/** One annotated passage. */
	public record Item(String id, List<String> tags, String text, List<Gold> gold) {
	}

	/** One gold record; null where the passage states no value. */
	public record Gold(String composition, Double tgK, Double txK, Double tlK, Double dmaxMm, Double heatingRateKPerMin) {
	}

	public static Corpus load(String resourceOrPath) {
		try (InputStream in = resourceOrPath.startsWith("/") && Corpus.class.getResource(resourceOrPath) != null
				? Corpus.class.getResourceAsStream(resourceOrPath) : Files.newInputStream(Path.of(resourceOrPath))) {
			ObjectMapper json = new ObjectMapper();
			List<Item> items = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = json.readTree(line);
				List<String> tags = new ArrayList<>();
				node.path("tags").forEach((tag) -> tags.add(tag.asText()));
				List<Gold> gold = new ArrayList<>();
				for (JsonNode record : node.path("gold")) {
					gold.add(new Gold(record.get("composition").asText(), number(record, "Tg_K"), number(record, "Tx_K"),
							number(record, "Tl_K"), number(record, "Dmax_mm"), number(record, "heating_rate_K_min")));
				}
				items.add(new Item(node.get("id").asText(), tags, node.get("text").asText(), gold));
			}
			return new Corpus(items);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read corpus " + resourceOrPath, ex);
		}
	}

	private static Double number(JsonNode record, String field) {
		JsonNode value = record.get(field);
		return (value == null || value.isNull()) ? null : value.asDouble();
	}

}
