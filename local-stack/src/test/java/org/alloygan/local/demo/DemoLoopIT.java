package org.alloygan.local.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.alloygan.engines.FreePorts;
import org.alloygan.local.stack.LocalStack;
import org.alloygan.local.stack.StackLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed loop end to end through the gateway on the local stack, as {@code ./alloygan demo} runs it:
 * import the public data set (or, without it, the curated set the demo falls back to), mine, version, train CGAN + surrogate, design, upload measurements of two
 * candidates, compare predicted with measured, and see a model retrained on the newer dataset version.
 */
class DemoLoopIT {

	@TempDir
	Path data;

	@Test
	void theLoopClosesWithoutAHumanStep() throws Exception {
		// as ./alloygan demo chooses: the public MMG set when present (as in CI), else the curated set in the jar
		DemoLoop.Dataset dataset = DemoCommand.dataset(null,
				Path.of(System.getProperty("alloygan.data-dir", "../../shared/data")));
		System.out.println("DemoLoopIT imports " + dataset.source());
		int firstServicePort = FreePorts.consecutive(4);
		LocalStack.Settings settings = new LocalStack.Settings(FreePorts.next(), firstServicePort, FreePorts.next(),
				FreePorts.consecutive(2), Duration.ofMinutes(5));
		StackLayout layout = new StackLayout(Path.of(System.getProperty("alloygan.home", "..")), this.data);
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (LocalStack stack = LocalStack.start(layout, settings, System.out)) {
			Gateway gateway = new Gateway(stack.gatewayUrl(), DemoCommand.apiKey(layout));
			PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
			DemoLoop.Result result;
			try {
				result = new DemoLoop(gateway, dataset, out).run();
			}
			finally {
				System.out.println(output.toString(StandardCharsets.UTF_8));
			}
			String printed = output.toString(StandardCharsets.UTF_8);
			assertThat(printed).contains("SYNTHETIC LAB INPUT").contains("Demo finished");
			assertThat(result.design().path("candidates")).as("Zr-based candidates").isNotEmpty().allSatisfy((c) -> {
				double zr = c.path("composition").path("Zr").asDouble();
				c.path("composition").forEach((amount) -> assertThat(amount.asDouble()).isLessThanOrEqualTo(zr));
			});
			JsonNode models = gateway.get("/api/v1/models?kind=CGAN");
			long newest = models.get(0).path("datasetVersionId").asLong();
			long oldest = models.get(models.size() - 1).path("datasetVersionId").asLong();
			assertThat(newest).as("a CGAN was retrained on a dataset version that includes the measurements")
				.isGreaterThan(oldest);
			theRetrainedModelIsPromotedExactlyWhenItIsNoWorse(result, models, printed);
			JsonNode validation = gateway.get("/api/v1/validation");
			assertThat(validation.toString()).contains("relative");

			badUploadsAreRejectedRowByRowWhileGoodRowsAreKept(gateway);
		}
	}

	/**
	 * The registry's rule, checked on what GET /api/v1/models reports: the retrained CGAN is promoted if and only
	 * if its score is no worse than that of the CGAN active when it was registered; it is the active one now
	 * exactly when that holds and no CGAN has been promoted after it; and the demo said which happened.
	 */
	private static void theRetrainedModelIsPromotedExactlyWhenItIsNoWorse(DemoLoop.Result result, JsonNode models,
			String printed) {
		String id = result.retrained().path("id").asText();
		JsonNode retrained = null;
		for (JsonNode m : models) {
			retrained = m.path("id").asText().equals(id) ? m : retrained;
		}
		assertThat(retrained).as("the retrained CGAN " + id + " is listed").isNotNull();
		DemoLoop.Promotion promotion = DemoLoop.promotionOf(retrained, models);
		assertThat(promotion.previous()).as("a CGAN was active before the retraining (step 4)").isNotNull();
		assertThat(promotion.model().path("metrics").path("score").isNumber()).isTrue();
		assertThat(promotion.previous().path("metrics").path("score").isNumber()).isTrue();
		assertThat(promotion.promoted()).as(promotion.explanation()).isEqualTo(promotion.noWorse());
		java.time.Instant since = DemoLoop.instant(retrained.path("createdAt"));
		boolean promotedSince = false;
		int active = 0;
		for (JsonNode m : models) {
			java.time.Instant promotedAt = DemoLoop.instant(m.path("promotedAt"));
			promotedSince |= !m.path("id").asText().equals(id) && promotedAt != null && promotedAt.isAfter(since);
			active += m.path("active").asBoolean() ? 1 : 0;
		}
		assertThat(active).as("one active CGAN").isEqualTo(1);
		if (!promotedSince) {
			assertThat(retrained.path("active").asBoolean()).as(promotion.explanation()).isEqualTo(promotion.noWorse());
		}
		assertThat(printed).contains(promotion.promoted() ? "    promoted: " : "    not promoted: score ");
	}

	private static void badUploadsAreRejectedRowByRowWhileGoodRowsAreKept(Gateway gateway) {
		String csv = String.join("\n", "lab,sample_id,candidate_id,composition,Tg_K,Tx_K,Tl_K,method",
				"e2e-lab,ok-1,,Cu46Zr46Al8,705,780,1170,DSC",
				"e2e-lab,celsius-as-kelvin,,Cu50Zr50,150,200,930,DSC",
				"e2e-lab,tx-below-tg,,Cu46Zr46Al8,780,705,1170,DSC",
				"e2e-lab,unknown-candidate," + java.util.UUID.randomUUID() + ",,700,770,1120,DSC",
				"e2e-lab,\"broken,,Cu46Zr46Al8,700,770,1120,DSC",
				"e2e-lab,ok-2,,Zr41.2Ti13.8Cu12.5Ni10Be22.5,625,705,993,DSC") + "\n";
		JsonNode accepted = gateway.upload("/api/v1/measurements/uploads", "e2e-measurements.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		String jobId = accepted.path("jobId").asText(accepted.path("id").asText());
		gateway.awaitJob(jobId, "upload", System.out, Duration.ofMinutes(2));
		JsonNode report = gateway.get("/api/v1/measurements/uploads/" + jobId);
		assertThat(report.path("acceptedRows").asInt()).isEqualTo(2);
		assertThat(report.path("rejectedRows").asInt()).isEqualTo(4);
		String reasons = report.path("rows").toString();
		assertThat(reasons).contains("outside 200-2000 K").contains("must be below Tx").contains("unknown candidate")
			.contains("malformed CSV");
	}


}
