package org.alloygan.descriptor.importing;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alloygan.core.events.JobType;
import org.alloygan.descriptor.observation.ObservationInput;
import org.alloygan.descriptor.observation.Observations;
import org.alloygan.descriptor.observation.Outcome;
import org.alloygan.descriptor.observation.SourceType;
import org.alloygan.descriptor.version.DatasetVersions;
import org.alloygan.descriptor.version.VersioningProperties;
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
 * Bulk CSV import as a job. The uploaded file is stored with the job in one transaction (so it is never
 * lost), then read in chunks, each chunk committed with the job's progress and the counts so far; every row ends
 * accepted, duplicate, or rejected with its reason.
 */
@Service
class DatasetImports implements JobResumption {

	private static final Logger log = LoggerFactory.getLogger(DatasetImports.class);

	static final int CHUNK = 250;

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final Observations observations;

	private final DatasetVersions versions;

	private final VersioningProperties versioning;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final Clock clock;

	DatasetImports(JdbcClient jdbc, Jobs jobs, Observations observations, DatasetVersions versions,
			VersioningProperties versioning, TransactionTemplate transaction,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.observations = observations;
		this.versions = versions;
		this.versioning = versioning;
		this.transaction = transaction;
		this.executor = executor;
		this.clock = clock;
	}

	/** Stores the file and queues the job; call {@link #startAsync} once this has committed. */
	@Transactional
	public Job queue(String fileName, byte[] content) {
		Job job = this.jobs.queue(JobType.IMPORT, "import of " + fileName + " queued");
		this.jdbc.sql("INSERT INTO dataset_import (id, file_name, content, created_at) VALUES (?, ?, ?, ?)")
			.params(job.id(), fileName, content, Timestamp.from(this.clock.instant()))
			.update();
		return job;
	}

	void startAsync(UUID importId) {
		this.executor.execute(() -> run(importId));
	}

	@Override
	public JobType type() {
		return JobType.IMPORT;
	}

	/**
	 * Continues, on this instance, an import whose instance stopped (a crash, a node drained mid-import) rather than
	 * failing it: the file is stored with it, and each chunk of rows was committed together with the counts so far,
	 * so the import goes on after the rows those counts cover and its report comes out as if it had not stopped.
	 */
	@Override
	public void resume(Job job) {
		startAsync(job.id());
	}

	Optional<ImportReport.Row> report(UUID id) {
		return this.jdbc.sql("""
				SELECT id, file_name, format, total_rows, accepted_rows, duplicate_rows, rejected_rows, version_id,
				       created_at, finished_at
				FROM dataset_import WHERE id = ?""")
			.param(id)
			.query(ImportReport.Row.class)
			.optional();
	}

	void run(UUID importId) {
		try {
			Stored stored = this.jdbc.sql("""
					SELECT content, accepted_rows, duplicate_rows, rejected_rows FROM dataset_import WHERE id = ?""")
				.param(importId)
				.query(Stored.class)
				.single();
			byte[] content = stored.content();
			// zero for a new import; after an interruption, what the committed chunks counted
			Counts counts = new Counts(stored.acceptedRows(), stored.duplicateRows(), stored.rejectedRows());
			int committed = counts.total();
			int read = 0;
			try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(content),
					StandardCharsets.UTF_8); CsvRows rows = new CsvRows(reader, importId.toString())) {
				this.jdbc.sql("UPDATE dataset_import SET format = ? WHERE id = ?")
					.params(rows.format().name(), importId)
					.update();
				long totalLines = Math.max(1, countLines(content) - 1);
				List<CsvRows.Row> chunk = new ArrayList<>(CHUNK);
				for (CsvRows.Row row : rows.rows()) {
					if (read++ < committed) {
						continue;
					}
					chunk.add(row);
					if (chunk.size() == CHUNK) {
						commit(importId, chunk, counts, totalLines);
					}
				}
				commit(importId, chunk, counts, totalLines);
			}
			Long versionId = (this.versioning.afterImport() && counts.accepted > 0)
					? this.transaction.execute((status) -> this.versions.cut("import " + importId).id()) : null;
			this.transaction.executeWithoutResult((status) -> {
				this.jdbc.sql("UPDATE dataset_import SET finished_at = ?, version_id = ? WHERE id = ?")
					.params(Timestamp.from(this.clock.instant()), versionId, importId)
					.update();
				this.jobs.succeeded(importId, "/api/v1/datasets/imports/" + importId,
						counts.summary() + ((versionId != null) ? "; dataset version " + versionId : ""));
			});
		}
		catch (Exception ex) {
			log.warn("Import {} failed: {}", importId, ex.getMessage());
			String reason = (ex instanceof IllegalArgumentException) ? ex.getMessage()
					: "import failed: " + ex.getMessage();
			this.transaction.executeWithoutResult((status) -> this.jobs.failed(importId, reason));
		}
	}

	private void commit(UUID importId, List<CsvRows.Row> chunk, Counts counts, long totalLines) {
		if (chunk.isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			for (CsvRows.Row row : chunk) {
				Outcome outcome = (row.error() != null) ? this.observations.reject(unreadable(importId, row), row.error())
						: this.observations.record(row.observation());
				counts.add(outcome.status());
			}
			this.jdbc.sql("""
					UPDATE dataset_import SET total_rows = ?, accepted_rows = ?, duplicate_rows = ?, rejected_rows = ?
					WHERE id = ?""")
				.params(counts.total(), counts.accepted, counts.duplicate, counts.rejected, importId)
				.update();
			this.jobs.running(importId, Math.min(0.99, counts.total() / (double) totalLines), counts.summary());
		});
		chunk.clear();
	}

	private static ObservationInput unreadable(UUID importId, CsvRows.Row row) {
		return new ObservationInput(null, null, null, null, null, null, null, null, SourceType.IMPORT,
				"import/" + importId + "/line/" + row.line(), CsvRows.sourceKey(row.raw()), null, row.raw());
	}



	private static long countLines(byte[] content) {
		long lines = 0;
		for (byte b : content) {
			if (b == '\n') {
				lines++;
			}
		}
		return (content.length > 0 && content[content.length - 1] != '\n') ? lines + 1 : lines;
	}

	/** An import as stored: the file, and the counts of the rows committed so far. */
	record Stored(byte[] content, int acceptedRows, int duplicateRows, int rejectedRows) {
	}

	private static final class Counts {

		int accepted;

		int duplicate;

		int rejected;

		Counts(int accepted, int duplicate, int rejected) {
			this.accepted = accepted;
			this.duplicate = duplicate;
			this.rejected = rejected;
		}

		void add(Outcome.Status status) {
			switch (status) {
				case ACCEPTED -> this.accepted++;
				case DUPLICATE -> this.duplicate++;
				case REJECTED -> this.rejected++;
			}
		}

		int total() {
			return this.accepted + this.duplicate + this.rejected;
		}

		String summary() {
			return this.total() + " rows read: " + this.accepted + " accepted, " + this.duplicate + " duplicate, "
					+ this.rejected + " rejected";
		}

	}

}
