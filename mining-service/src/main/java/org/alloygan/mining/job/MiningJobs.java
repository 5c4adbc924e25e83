package org.alloygan.mining.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alloygan.core.events.JobType;
import org.alloygan.extraction.Extractor;
import org.alloygan.extraction.Passage;
import org.alloygan.extraction.PassageMiner;
import org.alloygan.extraction.PassageResult;
import org.alloygan.mining.config.Extractors;
import org.alloygan.mining.document.Documents;
import org.alloygan.mining.record.Records;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobResumption;
import org.alloygan.support.job.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs documents through an extractor as a job. Each passage's outcome (records, failure, token usage)
 * commits in its own transaction together with the job's progress, so a crash loses at most the passage in
 * flight and every accepted record is published exactly when it is stored.
 */
@Service
class MiningJobs implements JobResumption {

	private static final Logger log = LoggerFactory.getLogger(MiningJobs.class);

	/** Documents one job may name; more belong in several jobs. */
	static final int MAX_DOCUMENTS = 1000;

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final Documents documents;

	private final Records records;

	private final Extractors extractors;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final Clock clock;

	MiningJobs(JdbcClient jdbc, Jobs jobs, Documents documents, Records records, Extractors extractors,
			TransactionTemplate transaction, @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.documents = documents;
		this.records = records;
		this.extractors = extractors;
		this.transaction = transaction;
		this.executor = executor;
		this.clock = clock;
	}

	/** Checks the request and queues the job; call {@link #startAsync} once this has committed. */
	@Transactional
	public Job queue(List<UUID> documentIds, String extractorName) {
		if (documentIds == null || documentIds.isEmpty()) {
			throw new IllegalArgumentException("'documentIds' must name at least one document");
		}
		List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(documentIds));
		if (ids.size() > MAX_DOCUMENTS) {
			throw new IllegalArgumentException("a job may name at most " + MAX_DOCUMENTS + " documents");
		}
		if (ids.contains(null)) {
			throw new IllegalArgumentException("'documentIds' must not contain null");
		}
		List<UUID> unknown = ids.stream().filter((id) -> !this.documents.exists(id)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("unknown document id(s): " + unknown);
		}
		Extractor extractor = this.extractors.get(extractorName);
		Job job = this.jobs.queue(JobType.MINING,
				"mining " + ids.size() + " document(s) with " + extractor.name() + " queued");
		this.jdbc.sql("INSERT INTO mining_job (id, extractor, model, prompt_version, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(job.id(), extractor.name(), extractor.model(), extractor.promptVersion(),
					Timestamp.from(this.clock.instant()))
			.update();
		for (int i = 0; i < ids.size(); i++) {
			this.jdbc.sql("INSERT INTO mining_job_document (job_id, document_id, position) VALUES (?, ?, ?)")
				.params(job.id(), ids.get(i), i)
				.update();
		}
		return job;
	}

	void startAsync(UUID jobId) {
		this.executor.execute(() -> run(jobId));
	}

	@Override
	public JobType type() {
		return JobType.MINING;
	}

	/**
	 * Continues, on this instance, a job whose instance stopped (a crash, a node drained mid-job) rather than failing
	 * it: its documents are stored, and each passage it finished was committed with its records and marked done, so
	 * the job goes on with the passages left and pays for no LLM request twice.
	 */
	@Override
	public void resume(Job job) {
		startAsync(job.id());
	}

	void run(UUID jobId) {
		try {
			String extractorName = this.jdbc.sql("SELECT extractor FROM mining_job WHERE id = ?")
				.param(jobId)
				.query(String.class)
				.single();
			Extractor extractor = this.extractors.get(extractorName);
			List<UUID> documentIds = this.jdbc
				.sql("SELECT document_id FROM mining_job_document WHERE job_id = ? ORDER BY position")
				.param(jobId)
				.query(UUID.class)
				.list();
			// none for a new job; after an interruption, the passages finished before it
			Set<String> finished = new HashSet<>(this.jdbc
				.sql("SELECT document_id || '/' || passage_idx FROM mining_job_passage WHERE job_id = ?")
				.param(jobId)
				.query(String.class)
				.list());
			Map<Passage, UUID> owner = new IdentityHashMap<>();
			Map<UUID, String> dois = new java.util.HashMap<>();
			List<Passage> passages = new ArrayList<>();
			for (UUID documentId : documentIds) {
				dois.put(documentId, this.documents.doi(documentId));
				for (Passage passage : this.documents.passages(documentId)) {
					owner.put(passage, documentId);
					passages.add(passage);
				}
			}
			int total = passages.size();
			List<Passage> left = passages.stream()
				.filter((passage) -> !finished.contains(owner.get(passage) + "/" + passage.index()))
				.toList();
			this.transaction.executeWithoutResult((status) -> {
				this.jdbc.sql("UPDATE mining_job SET passages_total = ? WHERE id = ?").params(total, jobId).update();
				this.jobs.running(jobId, (total - left.size()) / (double) Math.max(1, total), "reading "
						+ left.size() + " of " + total + " passage(s) with " + extractor.name());
			});
			new PassageMiner(extractor).mineAll(left, (result) -> {
				UUID documentId = owner.get(result.passage());
				this.transaction.executeWithoutResult((status) -> commit(jobId, documentId,
						dois.get(documentId), result, total));
			});
			this.transaction.executeWithoutResult((status) -> finish(jobId, total));
		}
		catch (Exception ex) {
			log.warn("Mining job {} failed", jobId, ex);
			this.transaction.executeWithoutResult((status) -> {
				this.jdbc.sql("UPDATE mining_job SET finished_at = ? WHERE id = ?")
					.params(Timestamp.from(this.clock.instant()), jobId)
					.update();
				this.jobs.failed(jobId, "mining failed: " + ex.getMessage());
			});
		}
	}

	private void commit(UUID jobId, UUID documentId, String doi, PassageResult result, int total) {
		Records.Filed filed = this.records.file(jobId, documentId, doi, result);
		this.jdbc.sql("INSERT INTO mining_job_passage (job_id, document_id, passage_idx) VALUES (?, ?, ?)")
			.params(jobId, documentId, result.passage().index())
			.update();
		if (result.failed()) {
			this.jdbc.sql("""
					INSERT INTO passage_failure (job_id, document_id, passage_idx, reason, raw_reply, created_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(jobId, documentId, result.passage().index(), result.failure(), result.rawReply(),
						Timestamp.from(this.clock.instant()))
				.update();
		}
		Counters counters = this.jdbc.sql("""
				UPDATE mining_job SET passages_done = passages_done + 1, passages_failed = passages_failed + ?,
				    records_accepted = records_accepted + ?, records_rejected = records_rejected + ?,
				    records_duplicate = records_duplicate + ?, llm_requests = llm_requests + ?,
				    prompt_tokens = prompt_tokens + ?, completion_tokens = completion_tokens + ?
				WHERE id = ?
				RETURNING passages_done, passages_failed, records_accepted, records_rejected, records_duplicate""")
			.params(result.failed() ? 1 : 0, filed.accepted(), filed.rejected(), filed.duplicate(),
					result.usage().requests(), result.usage().promptTokens(), result.usage().completionTokens(), jobId)
			.query(Counters.class)
			.single();
		this.jobs.running(jobId, Math.min(0.99, counters.passagesDone() / (double) Math.max(1, total)),
				counters.summary(total));
	}

	private void finish(UUID jobId, int total) {
		Counters counters = this.jdbc.sql("""
				UPDATE mining_job SET finished_at = ? WHERE id = ?
				RETURNING passages_done, passages_failed, records_accepted, records_rejected, records_duplicate""")
			.params(Timestamp.from(this.clock.instant()), jobId)
			.query(Counters.class)
			.single();
		if (total > 0 && counters.passagesFailed() == total) {
			String first = this.jdbc.sql("SELECT reason FROM passage_failure WHERE job_id = ? ORDER BY created_at LIMIT 1")
				.param(jobId)
				.query(String.class)
				.optional()
				.orElse("unknown");
			this.jobs.failed(jobId, "all " + total + " passage(s) failed, e.g.: " + first);
		}
		else {
			this.jobs.succeeded(jobId, "/api/v1/mining-jobs/" + jobId, counters.summary(total));
		}
	}

	Optional<MiningJobReport> report(UUID id) {
		Optional<Job> job = this.jobs.get(id);
		if (job.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT * FROM mining_job WHERE id = ?").param(id).query((rs, row) -> {
			List<UUID> documentIds = this.jdbc
				.sql("SELECT document_id FROM mining_job_document WHERE job_id = ? ORDER BY position")
				.param(id)
				.query(UUID.class)
				.list();
			List<MiningJobReport.Failure> failures = this.jdbc.sql("""
					SELECT document_id, passage_idx, reason, raw_reply FROM passage_failure
					WHERE job_id = ? ORDER BY document_id, passage_idx""")
				.param(id)
				.query((f, n) -> new MiningJobReport.Failure(f.getObject("document_id", UUID.class),
						f.getInt("passage_idx"), f.getString("reason"), f.getString("raw_reply")))
				.list();
			long prompt = rs.getLong("prompt_tokens");
			long completion = rs.getLong("completion_tokens");
			Timestamp finished = rs.getTimestamp("finished_at");
			return new MiningJobReport(id, job.get().state().name(), job.get().progress(), job.get().message(),
					rs.getString("extractor"), rs.getString("model"), rs.getString("prompt_version"), documentIds,
					rs.getInt("passages_total"), rs.getInt("passages_done"), rs.getInt("passages_failed"),
					rs.getInt("records_accepted"), rs.getInt("records_rejected"), rs.getInt("records_duplicate"),
					new MiningJobReport.Usage(rs.getLong("llm_requests"), prompt, completion, prompt + completion),
					failures, rs.getTimestamp("created_at").toInstant(),
					(finished != null) ? finished.toInstant() : null);
		}).optional();
	}

	/** The running totals of a job. */
	record Counters(int passagesDone, int passagesFailed, int recordsAccepted, int recordsRejected,
			int recordsDuplicate) {

		String summary(int total) {
			return this.passagesDone + "/" + total + " passage(s) read: " + this.recordsAccepted + " record(s) accepted, "
					+ this.recordsRejected + " rejected, " + this.recordsDuplicate + " duplicate, "
					+ this.passagesFailed + " passage(s) failed";
		}

	}

}
