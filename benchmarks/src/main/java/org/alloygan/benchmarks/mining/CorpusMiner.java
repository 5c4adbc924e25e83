package org.alloygan.benchmarks.mining;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.alloygan.extraction.ExtractedRecord;
import org.alloygan.extraction.Extractor;
import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageMiner;
import org.alloygan.extraction.PassageResult;
import org.alloygan.extraction.text.DocumentText;
import org.alloygan.extraction.text.PassageSplitter;

/**
 * Runs a corpus through the same pipeline as {@code ./alloygan extract}: each text split into passages,
 * every passage mined and grounded, the accepted records of a text kept once each.
 */
final class CorpusMiner {

	/** What came out of one corpus item. */
	record Mined(Corpus.Item item, int passages, List<ExtractedRecord> accepted, List<PassageResult> results) {
	}

	private CorpusMiner() {
	}

	static List<Mined> mine(Corpus corpus, Extractor extractor) {
		Map<Passage, Integer> owner = new IdentityHashMap<>();
		List<Passage> passages = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		for (int i = 0; i < corpus.items().size(); i++) {
			List<Passage> split = PassageSplitter.split(DocumentText.plain(corpus.items().get(i).text()));
			counts.add(split.size());
			for (Passage passage : split) {
				owner.put(passage, i);
				passages.add(passage);
			}
		}
		List<List<PassageResult>> results = new ArrayList<>();
		corpus.items().forEach((item) -> results.add(new ArrayList<>()));
		new PassageMiner(extractor).mineAll(passages, (result) -> results.get(owner.get(result.passage())).add(result));
		List<Mined> mined = new ArrayList<>();
		for (int i = 0; i < corpus.items().size(); i++) {
			List<PassageResult> itemResults = results.get(i);
			itemResults.sort(Comparator.comparingInt((PassageResult result) -> result.passage().index()));
			List<ExtractedRecord> accepted = new ArrayList<>();
			for (PassageResult result : itemResults) {
				for (ExtractedRecord record : result.accepted()) {
					if (accepted.stream().noneMatch(record::sameFindingAs)) {
						accepted.add(record);
					}
				}
			}
			mined.add(new Mined(corpus.items().get(i), counts.get(i), accepted, itemResults));
		}
		return mined;
	}

	static Scores score(List<Mined> mined) {
		Scores scores = new Scores();
		mined.forEach((item) -> scores.add(item.item(), item.accepted()));
		return scores;
	}

}
