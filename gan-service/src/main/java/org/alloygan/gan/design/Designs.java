package org.alloygan.gan.design;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted;
import org.alloygan.core.events.JobType;
import org.alloygan.core.events.Topics;
import org.alloygan.gan.cgan.Target;
import org.alloygan.gan.model.ModelRegistry;
import org.alloygan.gan.model.ModelVersion;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobResumption;
import org.alloygan.support.job.Jobs;
import org.alloygan.support.json.StoredJson;
import org.alloygan.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Design jobs: the CGAN oversamples for the targets, screening keeps what satisfies the constraints (and,
 * with an active surrogate, the tolerances; with an active GFA classifier, a likely glass), the best are stored and
 * announced to feedback-service.
 */
@Service
class Designs implements JobResumption {

	private static final Logger log = LoggerFactory.getLogger(Designs.class);

	/** Raw candidates per generation round, per candidate requested. */
	static final int OVERSAMPLING = 4;

	static final int MIN_ROUND = 2_000;

	static final int MAX_GENERATED = 50_000;

	/**
	 * Headroom on the rounds after the first, which are sized by the share that passed so far: 15 % more than that
	 * share predicts leaves several standard deviations of binomial scatter for the thousands of candidates a round
	 * holds, so a further round is rarely needed.
	 */
	static final double ROUND_HEADROOM = 1.15;

	/** The design's columns by name, as JdbcClient maps a record; the candidates column is read beside it. */
	private static final SimplePropertyRowMapper<DesignView.Header> HEADER = new SimplePropertyRowMapper<>(
			DesignView.Header.class);

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final Outbox outbox;

	private final ModelRegistry registry;

	private final ActiveGenerator generator;

	private final KnownAlloys known;

	private final ObjectProvider<PropertyPredictor> predictor;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final ObjectMapper json;

	private final Clock clock;

	private final DesignCompletions completions;

	Designs(JdbcClient jdbc, Jobs jobs, Outbox outbox, ModelRegistry registry, ActiveGenerator generator,
			KnownAlloys known, ObjectProvider<PropertyPredictor> predictor, TransactionTemplate transaction,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, ObjectMapper json, Clock clock,
			DesignCompletions completions) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.outbox = outbox;
		this.registry = registry;
		this.generator = generator;
		this.known = known;
		this.predictor = predictor;
		this.transaction = transaction;
		this.executor = executor;
		this.json = json;
		this.clock = clock;
		this.completions = completions;
	}

	/** The design's id (also its job id), and whether an earlier request with the same key already made it. */
	record Accepted(UUID id, boolean repeated) {
	}

	Accepted submit(DesignRequest request, String idempotencyKey) {
		if (idempotencyKey != null) {
			Optional<UUID> existing = this.jdbc.sql("SELECT id FROM design WHERE idempotency_key = ?")
				.param(idempotencyKey)
				.query(UUID.class)
				.optional();
			if (existing.isPresent()) {
				return new Accepted(existing.get(), true);
			}
		}
		ModelVersion model = this.registry.active(ActiveGenerator.KIND)
			.orElseThrow(() -> new IllegalStateException(
					"no CGAN model is active yet; train one with POST /api/v1/models/training-jobs"));
		checkTargets(request, model);
		ActiveGenerator.Loaded loaded = this.generator.current();
		ElementConstraints.check(request.constraints(), loaded.model().vocabulary(),
				"the active CGAN (dataset version " + loaded.version().datasetVersionId() + ")");
		String requestJson = write(request);
		Instant createdAt = now();
		UUID id = this.transaction.execute((status) -> {
			Job job = this.jobs.queue(JobType.DESIGN, "design of " + request.count() + " candidates queued");
			this.jdbc.sql("INSERT INTO design (id, idempotency_key, request, generator_model_id, created_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
				.params(job.id(), idempotencyKey, requestJson, model.id(), Timestamp.from(createdAt))
				.update();
			Submitted submitted = new Submitted(job.id(), request, requestJson, createdAt);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Designs.this.executor.execute(() -> run(submitted));
				}
			});
			return job.id();
		});
		return new Accepted(id, false);
	}

	private void checkTargets(DesignRequest request, ModelVersion model) {
		for (String name : request.targets().keySet()) {
			if (!DesignRequest.TARGET_NAMES.contains(name)) {
				throw new IllegalArgumentException("unknown target '" + name + "'" + DesignRequest.suggestion(name)
						+ "; targets are " + DesignRequest.TARGET_NAMES);
			}
		}
		Map<String, double[]> ranges = read(model.dataRanges(), new TypeReference<Map<String, double[]>>() {
		});
		for (Map.Entry<String, DesignRequest.Target> target : request.targets().entrySet()) {
			double[] range = ranges.get(target.getKey());
			double value = target.getValue().value();
			if (range != null && (value < range[0] || value > range[1])) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
						String.format(java.util.Locale.ROOT, "%s = %s is outside the range seen in dataset version %d: "
								+ "%.4g to %.4g", target.getKey(), value, model.datasetVersionId(), range[0], range[1]));
				problem.setTitle("Target outside the data");
				problem.setProperty("target", target.getKey());
				problem.setProperty("range", range);
				throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
			}
		}
	}

	@Override
	public JobType type() {
		return JobType.DESIGN;
	}

	/**
	 * Runs again, on this instance, a design whose instance stopped (a crash, a node drained mid-design, or designs
	 * still queued behind it) rather than failing it: from the request as stored, so with its seed it makes the same
	 * candidates. A client waiting on another replica sees it finish there.
	 * @throws IllegalStateException if the design row is missing or already finished
	 */
	@Override
	public void resume(Job job) {
		UUID id = job.id();
		Submitted submitted = this.jdbc.sql("SELECT request, created_at, finished_at FROM design WHERE id = ?")
			.param(id)
			.query((rs, row) -> {
				if (rs.getTimestamp("finished_at") != null) {
					throw new IllegalStateException("design " + id + " has already finished");
				}
				String requestJson = rs.getString("request");
				return new Submitted(id, read(requestJson, new TypeReference<DesignRequest>() {
				}), requestJson, rs.getTimestamp("created_at").toInstant());
			})
			.optional()
			.orElseThrow(() -> new IllegalStateException("design " + id + " does not exist"));
		this.executor.execute(() -> run(submitted));
	}

	/** A design as inserted, with what its answer repeats: the request as stored and when it was made. */
	record Submitted(UUID id, DesignRequest request, String requestJson, Instant createdAt) {
	}

	void run(Submitted submitted) {
		UUID id = submitted.id();
		DesignRequest request = submitted.request();
		DesignView finished = null;
		try {
			this.transaction.executeWithoutResult((status) -> this.jobs.running(id, 0.1, "generating"));
			StageTimer timer = new StageTimer();
			ActiveGenerator.Loaded loaded = this.generator.current();
			Screening screening = new Screening(request);
			int count = request.count();
			String family = (request.constraints() != null && request.constraints().baseElement() != null)
					? Screening.symbol(request.constraints().baseElement()) : null;
			if (family != null && loaded.model().metadata().conditioning().familyIndex(family) < 0) {
				family = null;
			}
			long seed = (request.seed() != null) ? request.seed() : 1L;
			// Generate in rounds until `count` candidates pass every screen or the budget is spent: constraints and
			// tolerances can reject most of what the generator proposes, and a round costs milliseconds. Each round
			// is screened in order of cost (constraints, then predicted properties, then the distance to every
			// known alloy), so the dearer screens only see what the cheaper ones kept.
			// one pair of serving models for every round, so a promotion meanwhile cannot mix versions in one design
			PropertyPredictor properties = this.predictor.getIfAvailable();
			Optional<PropertyPredictor.Models> models = (properties != null) ? properties.serving() : Optional.empty();
			KnownAlloys.Index known = this.known.of(loaded.version().datasetVersionId());
			int batch = Math.max(MIN_ROUND, count * OVERSAMPLING);
			int generated = 0;
			int admissibleCount = 0;
			Optional<PropertyPredictor.Predictions> screenedWith = Optional.empty();
			List<Screening.Candidate> passed = new ArrayList<>();
			for (int round = 0; passed.size() < count && generated < MAX_GENERATED; round++) {
				int n = Math.min(nextRound(count - passed.size(), passed.size(), generated, batch),
						MAX_GENERATED - generated);
				List<Screening.Candidate> screened = screening.admissible(
						loaded.model().candidates(target(request), family, n, seed + round, 0.5));
				generated += n;
				admissibleCount += screened.size();
				timer.lap("generate");
				if (models.isPresent()) {
					// First point values of the targeted properties alone: most candidates miss a tolerance here.
					// Then every property with its interval and the GFA class, for those left.
					if (!request.targets().isEmpty()) {
						screened = screening.prescreen(screened, models.get());
					}
					PropertyPredictor.Predictions all = models.get().predict(compositions(screened));
					screened = screening.screen(screened, all);
					screenedWith = Optional.of(all);
				}
				timer.lap("predict");
				passed.addAll(screening.novel(screened, known));
				timer.lap("novelty");
			}
			boolean byProperties = screenedWith.map(PropertyPredictor.Predictions::properties).orElse(false);
			Screening.rank(passed, byProperties, screenedWith.map(PropertyPredictor.Predictions::glass).orElse(false));
			List<Screening.Candidate> kept = passed.subList(0, Math.min(count, passed.size()));
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("requested", count);
			summary.put("generated", generated);
			summary.put("admissible", admissibleCount);
			summary.put("passed", passed.size());
			summary.put("kept", kept.size());
			summary.put("dropped", screening.dropped());
			summary.put("constraintsApplied", (request.constraints() != null) ? request.constraints()
					: DesignRequest.Constraints.NONE);
			summary.put("familyConditioned", family);
			if (!byProperties) {
				summary.put("note", "no surrogate model is active: candidates are not screened against the "
						+ "property targets and carry no predicted properties");
			}
			if (kept.size() < count) {
				summary.put("shortfall", "only " + kept.size() + " of " + count + " candidates passed screening; see "
						+ "'dropped' for why the others did not");
			}
			summary.put("glassScreening", Screening.glassScreening(request, screenedWith));
			if (byProperties && models.get().surrogateCaution() != null) {
				summary.put("surrogateCaution", models.get().surrogateCaution());
			}
			summary.put("timingsMs", timer.laps());
			UUID surrogate = screenedWith.map(PropertyPredictor.Predictions::modelId).orElse(null);
			UUID classifier = screenedWith.map(PropertyPredictor.Predictions::classifierModelId).orElse(null);
			finished = this.transaction.execute(
					(status) -> store(submitted, loaded.version().id(), surrogate, classifier, kept, summary));
			log.info("Design {}: {} candidates kept, stages {} ms, storing {} ms", id, kept.size(), timer.laps(),
					timer.sinceLastLap());
		}
		catch (RuntimeException ex) {
			log.warn("Design {} failed", id, ex);
			this.transaction.executeWithoutResult((status) -> this.jobs.failed(id, "design failed: " + ex.getMessage()));
		}
		finally {
			this.completions.finished(id, finished);
		}
	}

	/**
	 * Candidates to generate in the next round: {@code batch} for the first (or when none has passed yet), else what
	 * the share passed so far needs for the {@code missing} ones, with {@link #ROUND_HEADROOM}, between
	 * {@link #MIN_ROUND} and {@code batch}. A round that generates less than needed costs another round; one that
	 * generates more costs time on candidates that are then not kept.
	 */
	static int nextRound(int missing, int passed, int generated, int batch) {
		if (generated == 0 || passed == 0) {
			return batch;
		}
		double needed = Math.ceil(missing * ROUND_HEADROOM * generated / (double) passed);
		return (int) Math.max(Math.min(MIN_ROUND, batch), Math.min(batch, needed));
	}

	/** Whether a design with this id exists (in any state). */
	boolean exists(UUID id) {
		return this.jobs.get(id).isPresent();
	}

	/**
	 * The design once it has finished (succeeded or failed) or {@code timeout} has passed, as it stands then; empty
	 * when there is no such design.
	 */
	Optional<DesignView> await(UUID id, Duration timeout) {
		Optional<DesignView> handedOver = this.completions.await(id, timeout,
				() -> this.jobs.get(id).map((job) -> job.state().isTerminal()).orElse(true));
		return handedOver.isPresent() ? handedOver : get(id);
	}

	/** Stores the finished design and announces it; returns it as a read would return it after the commit. */
	private DesignView store(Submitted submitted, UUID generatorId, UUID surrogateId, UUID classifierId,
			List<Screening.Candidate> kept, Map<String, Object> summary) {
		UUID id = submitted.id();
		List<DesignCompleted.Candidate> announced = new ArrayList<>(kept.size());
		List<DesignView.CandidateView> candidates = new ArrayList<>(kept.size());
		int rank = 1;
		for (Screening.Candidate c : kept) {
			UUID candidateId = UUID.randomUUID();
			Map<String, Double> composition = c.composition.atomicPercent();
			DesignCompleted.Gfa gfa = (c.gfa != null) ? gfa(c) : null;
			candidates.add(new DesignView.CandidateView(candidateId, rank, c.composition.formula(),
					c.composition.canonicalKey(), composition, c.predicted.isEmpty() ? null : c.predicted,
					Reported.round(c.nearest.novelty(), 100), c.nearest.formula(),
					(c.score != null) ? Reported.round(c.score, 100_000) : null, gfa));
			announced.add(new DesignCompleted.Candidate(candidateId, rank, composition, c.predicted, gfa));
			rank++;
		}
		// The candidates as one JSON document, as GET returns them: written once and never changed, so a row per
		// candidate (a thousand inserts, index entries and, on reading, objects) would buy nothing.
		String summaryJson = write(summary);
		String candidatesJson = write(candidates);
		Instant finishedAt = now();
		this.jdbc.sql("UPDATE design SET surrogate_model_id = ?, classifier_model_id = ?, summary = ?, "
				+ "generator_model_id = ?, finished_at = ?, candidates = ? WHERE id = ?")
			.params(surrogateId, classifierId, summaryJson, generatorId, Timestamp.from(finishedAt), candidatesJson, id)
			.update();
		this.outbox.append(Topics.DESIGNS_COMPLETED, id.toString(), new DesignCompleted(UUID.randomUUID(),
				this.clock.instant(), id, generatorId, surrogateId, announced, classifierId));
		Job job = this.jobs.succeeded(id, "/api/v1/designs/" + id,
				kept.size() + " of " + summary.get("requested") + " candidates passed screening");
		DesignView.Header header = new DesignView.Header(id, submitted.requestJson(), generatorId, surrogateId,
				classifierId, summaryJson, submitted.createdAt(), finishedAt);
		return new DesignView(header, job.state().name(), job.message(), candidatesJson);
	}

	/** Now, to the microsecond PostgreSQL keeps, so a design handed over from memory reads as one read back. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	Optional<DesignView> get(UUID id) {
		// The job first: the design's summary and candidates are committed with its SUCCEEDED state, so a finished
		// state read here guarantees the read below sees them (the other order can pair a finished state with the
		// summary of a moment before).
		Optional<Job> job = this.jobs.get(id);
		if (job.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT id, request, generator_model_id, surrogate_model_id, classifier_model_id, summary, created_at,
				       finished_at, candidates
				FROM design WHERE id = ?""")
			.param(id)
			.query((rs, row) -> new DesignView(HEADER.mapRow(rs, row), job.get().state().name(), job.get().message(),
					rs.getString("candidates")))
			.optional();
	}

	private static List<Composition> compositions(List<Screening.Candidate> candidates) {
		List<Composition> compositions = new ArrayList<>(candidates.size());
		candidates.forEach((c) -> compositions.add(c.composition));
		return compositions;
	}

	private static DesignCompleted.Gfa gfa(Screening.Candidate c) {
		return new DesignCompleted.Gfa(Reported.probability(c.gfa.noGlass()), Reported.probability(c.gfa.ribbon()),
				Reported.probability(c.gfa.bmg()), Reported.probability(c.gfa.glass()));
	}

	private static Target target(DesignRequest request) {
		Map<String, DesignRequest.Target> t = request.targets();
		return new Target(value(t, "Tg_K"), value(t, "Tx_K"), value(t, "Tl_K"), value(t, "Trg"), value(t, "gamma"),
				value(t, "dTx_K")).withDerived();
	}

	private static Double value(Map<String, DesignRequest.Target> targets, String name) {
		DesignRequest.Target target = targets.get(name);
		return (target != null) ? target.value() : null;
	}

	private String write(Object value) {
		return StoredJson.write(this.json, value);
	}

	private <T> T read(String text, TypeReference<T> type) {
		return StoredJson.read(this.json, text, type);
	}

	/** Wall-clock time of each stage of a design, reported in its summary so slow stages are visible to operators. */
	private static final class StageTimer {

		private long last = System.nanoTime();

		private final Map<String, Long> nanos = new LinkedHashMap<>();

		/** Adds the time since the previous lap to {@code stage} (stages repeat once per generation round). */
		void lap(String stage) {
			long now = System.nanoTime();
			this.nanos.merge(stage, now - this.last, Long::sum);
			this.last = now;
		}

		long sinceLastLap() {
			return Math.round((System.nanoTime() - this.last) / 1e6);
		}

		Map<String, Long> laps() {
			Map<String, Long> ms = new LinkedHashMap<>();
			this.nanos.forEach((stage, ns) -> ms.put(stage, Math.round(ns / 1e6)));
			return ms;
		}

	}

}
