package org.alloygan.benchmarks.mining;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alloygan.extraction.ExtractedRecord;
import org.alloygan.extraction.Extractor;
import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageKind;
import org.alloygan.extraction.PassageMiner;
import org.alloygan.extraction.PassageResult;
import org.alloygan.extraction.llm.LlmExtractor;
import org.alloygan.extraction.llm.LlmSettings;
import org.alloygan.extraction.rules.RuleBasedExtractor;
import org.alloygan.extraction.text.DocumentText;
import org.alloygan.extraction.text.PassageSplitter;

/**
 * Precision, recall and F1 of an extractor on an annotated corpus, and the rule-based extractor's
 * throughput on one thread.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.alloygan.benchmarks.mining.MiningEvaluation \
 *     [--corpus FILE.jsonl] [--extractor rules|llm] [--errors] [--throughput-seconds 10]
 * </pre>
 * The LLM extractor reads ALLOYGAN_LLM_BASE_URL, ALLOYGAN_LLM_MODEL and ALLOYGAN_LLM_API_KEY.
 */
public final class MiningEvaluation {

	private MiningEvaluation() {
	}

	public static void main(String[] args) {
		String corpusPath = Corpus.DEV;
		String extractorName = "rules";
		boolean errors = false;
		int throughputSeconds = 10;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--corpus" -> corpusPath = args[++i];
				case "--extractor" -> extractorName = args[++i];
				case "--errors" -> errors = true;
				case "--throughput-seconds" -> throughputSeconds = Integer.parseInt(args[++i]);
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		Corpus corpus = Corpus.load(corpusPath);
		try (Extractor extractor = extractor(extractorName)) {
			long started = System.nanoTime();
			List<CorpusMiner.Mined> mined = CorpusMiner.mine(corpus, extractor);
			double seconds = (System.nanoTime() - started) / 1e9;
			Scores scores = CorpusMiner.score(mined);
			int passages = mined.stream().mapToInt(CorpusMiner.Mined::passages).sum();
			long rejected = mined.stream()
				.flatMap((item) -> item.results().stream())
				.flatMap((result) -> result.records().stream())
				.filter((record) -> !record.accepted())
				.count();
			long failed = mined.stream()
				.flatMap((item) -> item.results().stream())
				.filter(PassageResult::failed)
				.count();
			long gold = corpus.items().stream().mapToLong((item) -> item.gold().size()).sum();
			long negatives = corpus.items().stream().filter((item) -> item.gold().isEmpty()).count();
			System.out.printf(Locale.ROOT, "corpus %s: %d texts (%d without any record), %d passages, %d gold records%n",
					corpusPath, corpus.items().size(), negatives, passages, gold);
			System.out.printf(Locale.ROOT, "extractor %s (%s%s), %.2f s%n", extractor.name(), extractor.model(),
					(extractor.promptVersion() != null) ? ", prompt " + extractor.promptVersion() : "", seconds);
			System.out.println("Tg/Tx/Tl/Dmax triples: " + scores.headline());
			scores.byProperty.forEach((property, count) -> System.out.printf("  %-13s %s%n", property, count));
			System.out.printf("records rejected by grounding: %d; passages failed: %d%n", rejected, failed);
			if (errors) {
				System.out.println("false positives:");
				scores.falsePositives.forEach((triple) -> System.out.println("  + " + triple));
				System.out.println("false negatives:");
				scores.falseNegatives.forEach((triple) -> System.out.println("  - " + triple));
			}
			if (extractor instanceof RuleBasedExtractor && throughputSeconds > 0) {
				throughput(corpus, extractor, throughputSeconds);
			}
		}
	}

	/**
	 * Passages per second on this thread: extraction and grounding, after a warm-up; on the corpus passages
	 * as they are, and on paragraph-sized ones (ten prose passages joined, the length of a paper's paragraph).
	 */
	static void throughput(Corpus corpus, Extractor extractor, int seconds) {
		List<Passage> passages = new ArrayList<>();
		for (Corpus.Item item : corpus.items()) {
			passages.addAll(PassageSplitter.split(DocumentText.plain(item.text())));
		}
		measure("corpus passages", passages, extractor, seconds);
		List<Passage> paragraphs = new ArrayList<>();
		List<Passage> prose = passages.stream().filter((p) -> p.kind() == PassageKind.PARAGRAPH).toList();
		for (int i = 0; i + 10 <= prose.size(); i += 10) {
			String text = String.join(" ", prose.subList(i, i + 10).stream().map(Passage::text).toList());
			paragraphs.add(new Passage(paragraphs.size(), PassageKind.PARAGRAPH, text, 0, text.length(), null, null));
		}
		measure("paragraph-sized passages", paragraphs, extractor, seconds);
	}

	private static void measure(String label, List<Passage> passages, Extractor extractor, int seconds) {
		long characters = passages.stream().mapToLong((passage) -> passage.text().length()).sum();
		PassageMiner miner = new PassageMiner(extractor);
		long sink = 0;
		long warmUpEnd = System.nanoTime() + Duration.ofSeconds(Math.max(2, seconds / 3)).toNanos();
		while (System.nanoTime() < warmUpEnd) {
			for (Passage passage : passages) {
				sink += miner.mine(passage).records().size();
			}
		}
		long count = 0;
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuStarted = threads.getCurrentThreadCpuTime();
		long started = System.nanoTime();
		long end = started + Duration.ofSeconds(seconds).toNanos();
		while (System.nanoTime() < end) {
			for (Passage passage : passages) {
				sink += miner.mine(passage).records().size();
			}
			count += passages.size();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
		// on a shared machine the thread does not get a whole core: passages per CPU-second is what one core does
		System.out.printf(Locale.ROOT,
				"throughput on %d %s (mean %d chars), one thread, extraction + grounding: %.0f passages/s "
						+ "wall-clock, %.0f passages per CPU-second (the thread had %.0f%% of a core) (sink %d)%n",
				passages.size(), label, characters / passages.size(), count / elapsed, count / cpu, 100 * cpu / elapsed,
				sink % 10);
	}

	private static Extractor extractor(String name) {
		if (name.equals("rules")) {
			return new RuleBasedExtractor();
		}
		Map<String, String> env = System.getenv();
		String baseUrl = env.get("ALLOYGAN_LLM_BASE_URL");
		String model = env.get("ALLOYGAN_LLM_MODEL");
		if (baseUrl == null || model == null) {
			throw new IllegalArgumentException("--extractor llm needs ALLOYGAN_LLM_BASE_URL and ALLOYGAN_LLM_MODEL");
		}
		return new LlmExtractor(new LlmSettings(URI.create(baseUrl), model, env.get("ALLOYGAN_LLM_API_KEY"),
				Duration.ofSeconds(120), 4, 0, 3, Duration.ofSeconds(1), true));
	}

	/** For tests: the scores of an extractor on a corpus. */
	static Scores evaluate(Corpus corpus, Extractor extractor) {
		return CorpusMiner.score(CorpusMiner.mine(corpus, extractor));
	}

	static List<ExtractedRecord> accepted(List<CorpusMiner.Mined> mined) {
		return mined.stream().flatMap((item) -> item.accepted().stream()).toList();
	}

}
