package org.alloygan.extraction.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.alloygan.extraction.ExtractedRecord;
import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageKind;
import org.alloygan.extraction.PassageMiner;
import org.alloygan.extraction.PassageResult;
import org.alloygan.extraction.llm.StubChatServer.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LlmExtractorTests {

	private static final String PASSAGE = "The Zr41.2Ti13.8Cu12.5Ni10Be22.5 alloy has Tg = 352 °C and Tx of 705 K "
			+ "at 20 K/min.";

	private static final String GOOD = """
			{"records": [{"composition": "Zr41.2Ti13.8Cu12.5Ni10Be22.5", "Tg": {"value": 352, "unit": "°C"},
			  "Tx": {"value": 705, "unit": "K"}, "Tl": null, "Dmax": null,
			  "heating_rate": {"value": 20, "unit": "K/min"}, "confidence": 0.9}]}""";

	private static LlmSettings settings(StubChatServer server, Duration timeout, int concurrency) {
		return new LlmSettings(server.baseUrl(), "stub-model", "secret", timeout, concurrency, 0, 2,
				Duration.ofMillis(10), true);
	}

	private static PassageResult mine(StubChatServer server, Duration timeout) {
		try (LlmExtractor llm = new LlmExtractor(settings(server, timeout, 2))) {
			return new PassageMiner(llm).mine(Passage.of(PASSAGE));
		}
	}

	@Test
	void goodJsonBecomesAGroundedRecordWithProvenanceAndUsage() throws Exception {
		try (StubChatServer server = new StubChatServer((request) -> Answer.reply(GOOD))) {
			PassageResult result = mine(server, Duration.ofSeconds(5));
			assertThat(result.failed()).isFalse();
			ExtractedRecord record = result.records().get(0);
			assertThat(record.accepted()).as(record.rejection()).isTrue();
			assertThat(record.tgK()).isEqualTo(625.15);
			assertThat(record.txK()).isEqualTo(705.0);
			assertThat(record.heatingRateKPerMin()).isEqualTo(20.0);
			assertThat(record.composition().percentOf("Zr")).isEqualTo(41.2);
			assertThat(record.extractor()).isEqualTo("llm");
			assertThat(record.model()).isEqualTo("stub-model");
			assertThat(record.promptVersion()).isEqualTo(ExtractionPrompt.VERSION);
			assertThat(result.usage().requests()).isEqualTo(1);
			assertThat(result.usage().totalTokens()).isEqualTo(120);
			var request = server.requests().get(0);
			assertThat(request.path("model").asText()).isEqualTo("stub-model");
			assertThat(request.path("response_format").path("type").asText()).isEqualTo("json_object");
			assertThat(request.path("messages").path(1).path("content").asText()).contains(PASSAGE);
		}
	}

	@Test
	void malformedJsonGetsOneRepairRetry() throws Exception {
		try (StubChatServer server = new StubChatServer((request) -> (request.messageCount() == 2)
				? Answer.reply("Sure! Here are the records: {\"records\": [") : Answer.reply(GOOD))) {
			PassageResult result = mine(server, Duration.ofSeconds(5));
			assertThat(result.failed()).isFalse();
			assertThat(result.accepted()).hasSize(1);
			assertThat(result.usage().requests()).isEqualTo(2);
			var repair = server.requests().get(1).path("messages");
			assertThat(repair.size()).isEqualTo(4);
			assertThat(repair.path(2).path("role").asText()).isEqualTo("assistant");
			assertThat(repair.path(3).path("content").asText()).contains("not valid JSON");
		}
	}

	@Test
	void aSecondMalformedReplyFailsThePassageKeepingTheRawReplies() throws Exception {
		try (StubChatServer server = new StubChatServer((request) -> Answer
			.reply("{\"records\": [{\"composition\": \"Zr41.2Ti13.8Cu12.5Ni10Be22.5\", \"Tg\": 625}]}"))) {
			PassageResult result = mine(server, Duration.ofSeconds(5));
			assertThat(result.failed()).isTrue();
			assertThat(result.failure()).contains("after one repair retry").contains("records[0].Tg");
			assertThat(result.rawReply()).contains("first reply:").contains("repair reply:").contains("\"Tg\": 625");
			assertThat(result.records()).isEmpty();
		}
	}

	@Test
	void aHallucinatedValueIsRejectedByGrounding() throws Exception {
		String invented = GOOD.replace("\"value\": 705", "\"value\": 712");
		try (StubChatServer server = new StubChatServer((request) -> Answer.reply(invented))) {
			PassageResult result = mine(server, Duration.ofSeconds(5));
			assertThat(result.accepted()).isEmpty();
			assertThat(result.records()).singleElement()
				.satisfies((record) -> assertThat(record.rejection()).contains("Tx 712 K is not in the passage"));
		}
	}

	@Test
	void tooManyRequestsIsRetriedAfterTheServersDelay() throws Exception {
		try (StubChatServer server = new StubChatServer((request) -> (request.index() == 0)
				? Answer.status(429, Map.of("Retry-After", "0.2")) : Answer.reply(GOOD))) {
			long started = System.nanoTime();
			PassageResult result = mine(server, Duration.ofSeconds(5));
			assertThat(result.accepted()).hasSize(1);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
			assertThat(server.requests()).hasSize(2);
		}
	}

	@Test
	void aTimeoutIsRetriedAndPersistentTimeoutsFailThePassage() throws Exception {
		try (StubChatServer server = new StubChatServer(
				(request) -> (request.index() == 0) ? Answer.slow(GOOD, 2000) : Answer.reply(GOOD))) {
			assertThat(mine(server, Duration.ofMillis(300)).accepted()).hasSize(1);
		}
		try (StubChatServer server = new StubChatServer((request) -> Answer.slow(GOOD, 2000))) {
			PassageResult result = mine(server, Duration.ofMillis(200));
			assertThat(result.failed()).isTrue();
			assertThat(result.failure()).contains("after 3 attempts").contains("no answer within 200 ms");
		}
	}

	@Test
	void anUnauthorisedRequestIsNotRetried() throws Exception {
		try (StubChatServer server = new StubChatServer((request) -> Answer.status(401, Map.of()))) {
			PassageResult result = mine(server, Duration.ofSeconds(5));
			assertThat(result.failure()).contains("HTTP 401");
			assertThat(server.requests()).hasSize(1);
		}
	}

	@Test
	void requestsInFlightNeverExceedTheConcurrencyLimit() throws Exception {
		try (StubChatServer server = new StubChatServer((request) -> Answer.slow("{\"records\": []}", 200));
				LlmExtractor llm = new LlmExtractor(settings(server, Duration.ofSeconds(5), 3))) {
			List<Passage> passages = IntStream.range(0, 12)
				.mapToObj((i) -> new Passage(i, PassageKind.PARAGRAPH, "text " + i, 0, 6, null, null))
				.toList();
			List<PassageResult> results = new ArrayList<>();
			new PassageMiner(llm).mineAll(passages, results::add);
			assertThat(results).hasSize(12).noneMatch(PassageResult::failed);
			// the limit is reached (passages are read concurrently) and never exceeded; wall-clock figures
			// are in the benchmark, a shared test machine is too noisy to assert them
			assertThat(server.maxInFlight()).isEqualTo(3);
		}
	}

}
