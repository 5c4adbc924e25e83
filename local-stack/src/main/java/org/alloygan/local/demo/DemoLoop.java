package org.alloygan.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The closed loop, driven only through the gateway: import a dataset, mine documents, cut a version, train,
 * design for a realistic Zr-based target, feed back (synthetic, labelled) measurements of two candidates,
 * compare predicted with measured, and watch the model retrain.
 */
final class DemoLoop {

	/** What to import. */
	record Dataset(String fileName, byte[] content, String source) {

		/** The curated set in the launcher jar: published alloys, each with its citation (see its SOURCES.md). */
		static final String CURATED_RESOURCE = "/demo/curated/curated_tg_tx_tl.csv";

		/**
		 * The small curated data set shipped with AlloyGAN, for a machine without {@code ../shared/data}: real
		 * published alloys with Tg, Tx, Tl and the paper each row comes from.
		 */
		static Dataset curated() {
			byte[] content;
			try (InputStream in = DemoLoop.class.getResourceAsStream(CURATED_RESOURCE)) {
				if (in == null) {
					throw new DemoException("the curated data set " + CURATED_RESOURCE + " is missing from the launcher jar; "
							+ "pass one with --data FILE.csv (formula form: composition,Tg_K,Tx_K,Tl_K; or the wide MMG form)");
				}
				content = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new DemoException("cannot read the curated data set " + CURATED_RESOURCE, ex);
			}
			long alloys = new String(content, StandardCharsets.UTF_8).lines().skip(1).filter((l) -> !l.isBlank()).count();
			return new Dataset("curated_tg_tx_tl.csv", content, "shipped with AlloyGAN: " + alloys
					+ " published alloys with citations (local-stack/src/main/resources/demo/curated/SOURCES.md)");
		}

	}

	/** What the demo leaves behind for a caller that wants to check it. */
	record Result(JsonNode design, JsonNode model, JsonNode retrained) {
	}

	/**
	 * The registry's rule applied to one model of a kind: it is promoted exactly when no model of its kind was
	 * active when it was registered, or its score is no worse than that model's. The active model at registration
	 * is the one promoted last before it was created (read from {@code promotedAt} and {@code createdAt}).
	 *
	 * @param model the model, as {@code GET /api/v1/models} lists it
	 * @param previous the model active when it was registered, or null when there was none
	 * @param promoted whether the registry promoted it ({@code promotedAt} is set)
	 * @param noWorse whether its score is no worse than the previous model's (true when there was none)
	 * @param lowerIsBetter how the scores compare, from {@code metrics.scoreName}
	 */
	record Promotion(JsonNode model, JsonNode previous, boolean promoted, boolean noWorse, boolean lowerIsBetter) {

		/** Whether what the registry did agrees with the rule. */
		boolean ruleHeld() {
			return this.promoted == this.noWorse;
		}

		/** One line for the demo's output: promoted or not, and why. */
		String explanation() {
			String direction = this.lowerIsBetter ? "lower is better" : "higher is better";
			if (this.previous == null) {
				return this.promoted ? "promoted: no model of its kind was active"
						: "not promoted although no model of its kind was active";
			}
			String scores = String.format(Locale.ROOT, "score %s %s the active model's %s (%s)", score(this.model),
					this.noWorse ? "is no worse than" : "is worse than", score(this.previous), direction);
			if (!this.promoted) {
				return "not promoted: " + scores + "; the active model " + this.previous.path("id").asText()
						+ " keeps serving";
			}
			return "promoted: " + scores + (this.model.path("active").asBoolean() ? ""
					: "; a newer model has been promoted since");
		}

		private static String score(JsonNode model) {
			JsonNode score = model.path("metrics").path("score");
			return score.isNumber() ? String.format(Locale.ROOT, "%.4f", score.asDouble()) : "(none)";
		}

	}

	/** {@link Promotion} of {@code model} among {@code modelsOfItsKind} (any order, may include it). */
	static Promotion promotionOf(JsonNode model, JsonNode modelsOfItsKind) {
		Instant registered = instant(model.path("createdAt"));
		JsonNode previous = null;
		Instant previousPromotion = null;
		for (JsonNode other : modelsOfItsKind) {
			Instant promoted = instant(other.path("promotedAt"));
			if (other.path("id").asText().equals(model.path("id").asText()) || promoted == null
					|| (registered != null && promoted.isAfter(registered))) {
				continue;
			}
			if (previousPromotion == null || promoted.isAfter(previousPromotion)) {
				previous = other;
				previousPromotion = promoted;
			}
		}
		boolean lowerIsBetter = !model.path("metrics").path("scoreName").asText("").contains("higher is better");
		JsonNode score = model.path("metrics").path("score");
		boolean noWorse;
		if (previous == null) {
			noWorse = true;
		}
		else {
			JsonNode previousScore = previous.path("metrics").path("score");
			noWorse = score.isNumber() && previousScore.isNumber()
					&& (lowerIsBetter ? score.asDouble() <= previousScore.asDouble()
							: score.asDouble() >= previousScore.asDouble());
		}
		return new Promotion(model, previous, instant(model.path("promotedAt")) != null, noWorse, lowerIsBetter);
	}

	/** An instant as Jackson writes one: ISO-8601 text, or seconds since the epoch. */
	static Instant instant(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isNumber()) {
			java.math.BigDecimal seconds = node.decimalValue();
			return Instant.ofEpochSecond(seconds.longValue(),
					seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
		}
		String text = node.asText();
		return text.isBlank() ? null : Instant.parse(text);
	}

	static final Map<String, Object> TARGETS = Map.of("Tg_K", 700, "Tx_K", 770, "Tl_K", 1120);

	private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);

	private final Gateway gateway;

	private final Dataset dataset;

	private final PrintStream out;

	private final ObjectMapper json = new ObjectMapper();

	private int step;

	DemoLoop(Gateway gateway, Dataset dataset, PrintStream out) {
		this.gateway = gateway;
		this.dataset = dataset;
		this.out = out;
	}

	Result run() {
		Instant begin = Instant.now();
		this.out.println();
		this.out.println("AlloyGAN demo: the closed loop of inverse design, through " + this.gateway.baseUrl() + "/api/v1");

		JsonNode importReport = step("Import the dataset " + this.dataset.source(), () -> {
			JsonNode accepted = this.gateway.upload("/api/v1/datasets/imports", this.dataset.fileName(),
					this.dataset.content());
			this.gateway.awaitJob(accepted.path("jobId").asText(), "import", this.out, JOB_TIMEOUT);
			JsonNode report = this.gateway.get(accepted.path("report").asText());
			this.out.printf(Locale.ROOT, "    %d rows: %d accepted, %d duplicate, %d rejected (reasons: GET "
					+ "/api/v1/datasets/rejections)%n", report.path("totalRows").asInt(), report.path("acceptedRows").asInt(),
					report.path("duplicateRows").asInt(), report.path("rejectedRows").asInt());
			JsonNode disagreements = report.path("disagreements");
			if (disagreements.path("alloys").asInt() > 0) {
				JsonNode example = disagreements.path("examples").path(0);
				this.out.printf(Locale.ROOT, "    %d alloys are reported with a temperature more than %.0f %% apart (e.g. "
						+ "%s, %s %.0f-%.0f K over %d reports): no model can be more precise than its data%n",
						disagreements.path("alloys").asInt(), 100 * disagreements.path("tolerance").asDouble(),
						example.path("formula").asText(), example.path("property").asText(),
						example.path("lowest").asDouble(), example.path("highest").asDouble(),
						example.path("reports").asInt());
			}
			return report;
		});

		step("Mine three documents with the rule-based extractor", () -> {
			List<String> ids = new ArrayList<>();
			for (JsonNode passage : passages()) {
				JsonNode document = this.gateway.post("/api/v1/documents",
						Map.of("title", passage.path("title").asText(), "text", passage.path("text").asText()), 201, 200);
				ids.add(document.path("id").asText());
			}
			JsonNode job = this.gateway.post("/api/v1/mining-jobs", Map.of("documentIds", ids, "extractor", "rules"), 202);
			this.gateway.awaitJob(job.path("jobId").asText(), "mining", this.out, JOB_TIMEOUT);
			for (String id : ids) {
				for (JsonNode record : records(this.gateway.get("/api/v1/documents/" + id + "/records"))) {
					this.out.printf(Locale.ROOT, "    %-32s Tg %-6s Tx %-6s Tl %-6s %s%n",
							record.path("compositionText").asText(record.path("composition_text").asText("?")),
							record.path("tgK").asText("-"), record.path("txK").asText("-"), record.path("tlK").asText("-"),
							record.path("status").asText(""));
				}
			}
			return job;
		});

		JsonNode version = step("Cut a dataset version", () -> {
			JsonNode cut = this.gateway.post("/api/v1/datasets/versions", Map.of("reason", "demo"), 201, 200);
			this.out.printf(Locale.ROOT, "    version %d: %d alloys from %d observations, sha256 %s...%n",
					cut.path("id").asLong(), cut.path("rowCount").asInt(), cut.path("observationCount").asLong(),
					cut.path("sha256").asText().substring(0, 12));
			return cut;
		});
		long versionId = version.path("id").asLong();

		JsonNode model = step("Train the CGAN and the property surrogate on version " + versionId, () -> {
			String jobId = trainingJobFor(versionId);
			JsonNode done = this.gateway.awaitJob(jobId, "training", this.out, JOB_TIMEOUT);
			this.out.println("    " + done.path("message").asText());
			for (JsonNode m : this.gateway.get("/api/v1/models")) {
				if (m.path("datasetVersionId").asLong() == versionId) {
					this.out.printf(Locale.ROOT, "    %-10s %s  active=%s  %s%n", m.path("kind").asText(), m.path("id").asText(),
							m.path("active").asBoolean(), headline(m.path("metrics")));
				}
			}
			return this.gateway.get(done.path("resultLink").asText());
		});

		JsonNode design = step("Design Zr-based glasses for Tg≈700 K, Tx≈770 K, Tl≈1120 K", () -> {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("targets", TARGETS);
			request.put("count", 5);
			// Zr-based: Zr the largest amount (what the family means to a metallurgist), not merely present
			request.put("constraints", Map.of("baseElement", "Zr", "maxComponents", 6));
			request.put("seed", 1);
			JsonNode accepted = this.gateway.post("/api/v1/designs", request, 202);
			this.gateway.awaitJob(accepted.path("jobId").asText(), "design", this.out, JOB_TIMEOUT);
			JsonNode result = this.gateway.get(accepted.path("design").asText());
			printCandidates(result);
			return result;
		});
		List<JsonNode> measuredCandidates = new ArrayList<>();
		design.path("candidates").forEach((c) -> {
			if (measuredCandidates.size() < 2) {
				measuredCandidates.add(c);
			}
		});
		if (measuredCandidates.isEmpty()) {
			throw new DemoException("the design kept no candidates: " + design.path("summary"));
		}

		long versionBeforeMeasurements = latestVersionId();
		step("Upload measurements of two candidates  *** SYNTHETIC LAB INPUT, NOT REAL MEASUREMENTS ***", () -> {
			List<Map<String, Object>> measurements = new ArrayList<>();
			int i = 0;
			for (JsonNode candidate : measuredCandidates) {
				Map<String, Object> m = syntheticMeasurement(candidate, i++);
				measurements.add(m);
				this.out.printf(Locale.ROOT, "    %-28s sample %-14s Tg %.0f K, Tx %.0f K, Tl %.0f K (synthetic)%n",
						candidate.path("formula").asText(), m.get("sampleId"), m.get("Tg_K"), m.get("Tx_K"), m.get("Tl_K"));
			}
			return this.gateway.post("/api/v1/measurements", measurements, 200);
		});

		step("Predicted vs measured", () -> {
			JsonNode validation = awaitValidation(design.path("id").asText(), measuredCandidates.size());
			printValidation(validation);
			return validation;
		});

		JsonNode retrainedModel = step("Watch the loop close: measurements -> dataset version -> retrained model", () -> {
			long measuredVersion = awaitNewVersion(versionBeforeMeasurements);
			this.out.printf(Locale.ROOT, "    dataset version %d includes the measurements%n", measuredVersion);
			JsonNode retrained = awaitRetrainedModel(measuredVersion);
			this.out.printf(Locale.ROOT, "    new %s model %s trained on dataset version %d (active=%s) %s%n",
					retrained.path("kind").asText(), retrained.path("id").asText(), retrained.path("datasetVersionId").asLong(),
					retrained.path("active").asBoolean(), headline(retrained.path("metrics")));
			this.out.println("    " + promotionOf(retrained,
					this.gateway.get("/api/v1/models?kind=" + retrained.path("kind").asText())).explanation());
			return retrained;
		});

		this.out.println();
		this.out.printf(Locale.ROOT, "Demo finished in %.0f s. Where to look:%n",
				Duration.between(begin, Instant.now()).toMillis() / 1000.0);
		String api = this.gateway.baseUrl() + "/api/v1";
		this.out.println("  design and candidates   " + api + "/designs/" + design.path("id").asText());
		this.out.println("  predicted vs measured   " + api + "/designs/" + design.path("id").asText() + "/validation");
		this.out.println("  all validation          " + api + "/validation");
		this.out.println("  models (with curves)    " + api + "/models   and  " + api + "/models/" + model.path("id").asText());
		this.out.println("  jobs                    " + api + "/jobs");
		this.out.println("  dataset versions        " + api + "/datasets/versions");
		this.out.println("  import report           " + api + "/datasets/imports/" + importReport.path("id").asText());
		this.out.println("  API documentation       " + this.gateway.baseUrl() + "/swagger-ui.html");
		return new Result(design, model, retrainedModel);
	}

	private <T> T step(String title, java.util.function.Supplier<T> action) {
		this.step++;
		Instant begin = Instant.now();
		this.out.println();
		this.out.printf(Locale.ROOT, "[%d/8] %s%n", this.step, title);
		T result = action.get();
		this.out.printf(Locale.ROOT, "    done in %.1f s%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
		return result;
	}

	private JsonNode passages() {
		try (var in = DemoLoop.class.getResourceAsStream("/demo/passages.json")) {
			return this.json.readTree(in);
		}
		catch (java.io.IOException | NullPointerException ex) {
			throw new DemoException("the demo passages are missing from the launcher jar", ex);
		}
	}

	private static Iterable<JsonNode> records(JsonNode response) {
		return response.isArray() ? response : response.path("records");
	}

	/**
	 * Plausible lab values for a candidate: its predictions when it has them, else the design targets, moved
	 * by a fixed few per cent so that the comparison has something to show. Labelled synthetic everywhere.
	 */
	private static Map<String, Object> syntheticMeasurement(JsonNode candidate, int index) {
		double[] offsets = (index == 0) ? new double[] { 0.021, -0.015, 0.034 } : new double[] { -0.046, 0.028, -0.012 };
		String[] names = { "Tg_K", "Tx_K", "Tl_K" };
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("candidateId", candidate.path("id").asText());
		m.put("lab", "demo-lab");
		m.put("sampleId", "demo-" + candidate.path("id").asText().substring(0, 8));
		m.put("method", "DSC");
		m.put("heatingRateKPerMin", 20);
		m.put("notes", "SYNTHETIC demo input generated by ./alloygan demo; not a real measurement");
		for (int i = 0; i < names.length; i++) {
			JsonNode predicted = candidate.path("predicted").path(names[i]).path("value");
			double base = predicted.isNumber() ? predicted.asDouble() : ((Number) TARGETS.get(names[i])).doubleValue();
			m.put(names[i], Math.round(base * (1 + offsets[i]) * 10) / 10.0);
		}
		return m;
	}

	private JsonNode awaitValidation(String designId, int expected) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		JsonNode validation = null;
		while (Instant.now().isBefore(deadline)) {
			validation = this.gateway.get("/api/v1/designs/" + designId + "/validation");
			if (validation.path("entries").size() >= expected || validation.path("measurements").size() >= expected) {
				return validation;
			}
			Gateway.sleep(500);
		}
		return validation;
	}

	/**
	 * The training job of a version: the one its dataset-version event started (the loop needs no human),
	 * or, when the policy started none within half a minute, one requested now.
	 */
	private String trainingJobFor(long versionId) {
		java.util.regex.Pattern ofVersion = java.util.regex.Pattern.compile("dataset version " + versionId + "(\\D|$)");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			for (JsonNode job : this.gateway.get("/api/v1/jobs?type=TRAINING&size=50").path("content")) {
				if (ofVersion.matcher(job.path("message").asText()).find()) {
					return job.path("id").asText();
				}
			}
			Gateway.sleep(1000);
		}
		return this.gateway.post("/api/v1/models/training-jobs", Map.of("datasetVersionId", versionId), 202)
			.path("jobId")
			.asText();
	}

	private long latestVersionId() {
		JsonNode versions = this.gateway.get("/api/v1/datasets/versions");
		return versions.isEmpty() ? 0 : versions.get(0).path("id").asLong();
	}

	private long awaitNewVersion(long after) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			long latest = latestVersionId();
			if (latest > after) {
				return latest;
			}
			Gateway.progress(this.out, "versioning", 0, "waiting for the observations to be versioned");
			Gateway.sleep(1000);
		}
		throw new DemoException("no dataset version followed the measurements within 2 minutes");
	}

	private JsonNode awaitRetrainedModel(long version) {
		Instant deadline = Instant.now().plus(JOB_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			for (JsonNode m : this.gateway.get("/api/v1/models?kind=CGAN")) {
				if (m.path("datasetVersionId").asLong() >= version) {
					this.out.println();
					return m;
				}
			}
			JsonNode jobs = this.gateway.get("/api/v1/jobs?type=TRAINING&size=1");
			JsonNode latest = jobs.path("content").path(0);
			Gateway.progress(this.out, "retraining", latest.path("progress").asDouble(), latest.path("message").asText(""));
			Gateway.sleep(1000);
		}
		throw new DemoException("no model was retrained on a newer dataset version within " + JOB_TIMEOUT);
	}

	private void printCandidates(JsonNode design) {
		this.out.printf(Locale.ROOT, "    %-4s %-30s %-8s %-8s %-8s %-8s%n", "rank", "composition (at.%)", "Tg", "Tx", "Tl",
				"novelty");
		for (JsonNode c : design.path("candidates")) {
			JsonNode p = c.path("predicted");
			this.out.printf(Locale.ROOT, "    %-4d %-30s %-8s %-8s %-8s %.1f%n", c.path("rank").asInt(),
					c.path("formula").asText(), value(p.path("Tg_K")), value(p.path("Tx_K")), value(p.path("Tl_K")),
					c.path("novelty").asDouble());
		}
		JsonNode summary = design.path("summary");
		this.out.printf(Locale.ROOT, "    generated %d, admissible %d, kept %d%s%n", summary.path("generated").asInt(),
				summary.path("admissible").asInt(), summary.path("kept").asInt(),
				summary.has("note") ? "; " + summary.path("note").asText() : "");
		if (summary.has("surrogateCaution")) {
			this.out.println("    caution: " + summary.path("surrogateCaution").asText());
		}
	}

	private void printValidation(JsonNode validation) {
		this.out.printf(Locale.ROOT, "    %-30s %-6s %10s %10s %9s  %s%n", "candidate", "", "predicted", "measured",
				"rel.err", "within 8%");
		for (JsonNode entry : validation.path("entries")) {
			for (JsonNode c : entry.path("comparisons")) {
				this.out.printf(Locale.ROOT, "    %-30s %-6s %10.3f %10.3f %8.1f%%  %s%n", entry.path("candidateFormula").asText(),
						c.path("property").asText(), c.path("predicted").asDouble(), c.path("measured").asDouble(),
						c.path("relativeError").asDouble() * 100, c.path("withinTolerance").asBoolean() ? "yes" : "no");
			}
		}
		for (JsonNode p : validation.path("summary").path("properties")) {
			if (p.path("property").asText().equals("all")) {
				this.out.printf(Locale.ROOT, "    overall: mean relative error %.1f%%, max %.1f%%, %.0f%% within tolerance%n",
						p.path("meanRelativeError").asDouble() * 100, p.path("maxRelativeError").asDouble() * 100,
						p.path("shareWithinTolerance").asDouble() * 100);
			}
		}
	}

	private static String value(JsonNode prediction) {
		return prediction.path("value").isNumber() ? String.format(Locale.ROOT, "%.0f", prediction.path("value").asDouble())
				: "-";
	}

	private static String headline(JsonNode metrics) {
		JsonNode score = metrics.path("score");
		return score.isNumber() ? String.format(Locale.ROOT, "score %.4f (%s)", score.asDouble(),
				metrics.path("scoreName").asText("")) : "";
	}

}
