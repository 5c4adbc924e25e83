package org.alloygan.feedback.upload;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.events.JobType;
import org.alloygan.feedback.measurement.Field;
import org.alloygan.feedback.measurement.JsonColumns;
import org.alloygan.feedback.measurement.MeasurementInput;
import org.alloygan.feedback.measurement.MeasurementReader;
import org.alloygan.feedback.measurement.Measurements;
import org.alloygan.feedback.measurement.SubmissionResult;
import org.alloygan.support.job.Job;
import org.alloygan.support.job.JobResumption;
import org.alloygan.support.job.Jobs;
import org.alloygan.support.json.StoredJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV uploads of measurements as a job. The file is stored with the job in one transaction before any row
 * is read (so nothing is lost); then each data line is submitted in its own transaction together with its
 * line of the report, so a line that fails never takes the others with it, and what was done survives a
 * crash half-way.
 */
@Service
class MeasurementUploads implements JobResumption {

	private static final Logger log = LoggerFactory.getLogger(MeasurementUploads.class);

	/** Job progress is announced every this many rows (each announcement is an event). */
	static final int PROGRESS_EVERY = 50;

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final Measurements measurements;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final ObjectMapper json;

	private final Clock clock;

	MeasurementUploads(JdbcClient jdbc, Jobs jobs, Measurements measurements, TransactionTemplate transaction,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.measurements = measurements;
		this.transaction = transaction;
		this.executor = executor;
		this.json = json;
		this.clock = clock;
	}

	/** Stores the file and queues the job; call {@link #startAsync} once this has committed. */
	@Transactional
	public Job queue(String fileName, byte[] content) {
		Job job = this.jobs.queue(JobType.MEASUREMENT_UPLOAD, "measurement upload " + fileName + " queued");
		this.jdbc.sql("INSERT INTO measurement_upload (id, file_name, content, created_at) VALUES (?, ?, ?, ?)")
			.params(job.id(), fileName, content, Timestamp.from(this.clock.instant()))
			.update();
		return job;
	}

	void startAsync(UUID uploadId) {
		this.executor.execute(() -> run(uploadId));
	}

	@Override
	public JobType type() {
		return JobType.MEASUREMENT_UPLOAD;
	}

	/**
	 * Continues, on this instance, an upload whose instance stopped (a crash, a node drained mid-upload) rather than
	 * failing it: the file is stored with it and every line's outcome was stored with the counts in one transaction,
	 * so the upload goes on with the lines not yet stored and its report comes out whole.
	 */
	@Override
	public void resume(Job job) {
		startAsync(job.id());
	}

	void run(UUID uploadId) {
		String link = "/api/v1/measurements/uploads/" + uploadId;
		try {
			byte[] content = this.jdbc.sql("SELECT content FROM measurement_upload WHERE id = ?")
				.param(uploadId)
				.query(byte[].class)
				.single();
			CsvLines file = new CsvLines(content);
			CsvLines.Header header;
			try {
				header = file.header();
			}
			catch (IllegalArgumentException ex) {
				this.transaction.executeWithoutResult((status) -> {
					this.jdbc.sql("UPDATE measurement_upload SET header_error = ?, finished_at = ? WHERE id = ?")
						.params(ex.getMessage(), Timestamp.from(this.clock.instant()), uploadId)
						.update();
					this.jobs.failed(uploadId, ex.getMessage());
				});
				return;
			}
			List<CsvLines.Line> rows = file.rows(header);
			// each line is stored in its own transaction with the counts: after an interruption, go on after them
			Counts counts = storedCounts(uploadId);
			Set<Integer> done = new HashSet<>(this.jdbc.sql("SELECT line FROM measurement_upload_row WHERE upload_id = ?")
				.param(uploadId)
				.query(Integer.class)
				.list());
			this.transaction.executeWithoutResult(
					(status) -> this.jobs.running(uploadId, 0.0, "reading " + rows.size() + " data line(s)"));
			for (CsvLines.Line row : rows) {
				if (done.contains(row.number())) {
					continue;
				}
				process(uploadId, row, counts);
				if (counts.total % PROGRESS_EVERY == 0 && counts.total < rows.size()) {
					this.transaction.executeWithoutResult((status) -> this.jobs.running(uploadId,
							counts.total / (double) rows.size(), counts.summary()));
				}
			}
			this.transaction.executeWithoutResult((status) -> {
				this.jdbc.sql("UPDATE measurement_upload SET finished_at = ? WHERE id = ?")
					.params(Timestamp.from(this.clock.instant()), uploadId)
					.update();
				this.jobs.succeeded(uploadId, link, counts.summary());
			});
		}
		catch (RuntimeException ex) {
			log.error("Measurement upload {} failed", uploadId, ex);
			this.transaction.executeWithoutResult((status) -> this.jobs.failed(uploadId,
					"upload failed: " + ex.getMessage() + "; the rows reported at " + link + " were processed"));
		}
	}

	private void process(UUID uploadId, CsvLines.Line row, Counts counts) {
		String source = "upload/" + uploadId + "/line/" + row.number();
		SubmissionResult result;
		try {
			result = this.transaction.execute((status) -> {
				SubmissionResult submitted = (row.error() != null)
						? new SubmissionResult(SubmissionResult.Status.REJECTED, null, null, null, null, List.of(),
								List.of(), List.of(row.error()))
						: this.measurements.submit(read(row), source);
				store(uploadId, row, submitted);
				counts.add(submitted);
				updateCounts(uploadId, counts);
				return submitted;
			});
		}
		catch (RuntimeException ex) {
			// The row's own transaction rolled back; report it so the line is not silently missing.
			log.error("Line {} of upload {} could not be stored", row.number(), uploadId, ex);
			SubmissionResult failed = new SubmissionResult(SubmissionResult.Status.REJECTED, null, null, null, null,
					List.of(), List.of(),
					List.of("line " + row.number() + " could not be stored (" + ex.getMessage() + "); upload it again"));
			this.transaction.executeWithoutResult((status) -> {
				store(uploadId, row, failed);
				counts.add(failed);
				updateCounts(uploadId, counts);
			});
		}
	}

	private static MeasurementInput read(CsvLines.Line row) {
		return MeasurementReader.read(row.values(), null, List.of(), row.raw());
	}

	private void store(UUID uploadId, CsvLines.Line row, SubmissionResult result) {
		String lab = (result.lab() != null) ? result.lab() : value(row, Field.LAB);
		String sample = (result.sampleId() != null) ? result.sampleId() : value(row, Field.SAMPLE_ID);
		this.jdbc.sql("""
				INSERT INTO measurement_upload_row (upload_id, line, status, measurement_id, revision, lab, sample_id,
				    flags, warnings, reasons, raw)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(uploadId, row.number(), result.status().name(), result.measurementId(), result.revision(), lab,
					sample, write(result.flags()), write(result.warnings()), write(result.reasons()), row.raw())
			.update();
	}

	private Counts storedCounts(UUID uploadId) {
		return this.jdbc.sql("""
				SELECT total_rows, accepted_rows, duplicate_rows, rejected_rows, flagged_rows FROM measurement_upload
				WHERE id = ?""")
			.param(uploadId)
			.query((rs, n) -> new Counts(rs.getInt("total_rows"), rs.getInt("accepted_rows"),
					rs.getInt("duplicate_rows"), rs.getInt("rejected_rows"), rs.getInt("flagged_rows")))
			.single();
	}

	private void updateCounts(UUID uploadId, Counts counts) {
		this.jdbc.sql("""
				UPDATE measurement_upload SET total_rows = ?, accepted_rows = ?, duplicate_rows = ?, rejected_rows = ?,
				    flagged_rows = ? WHERE id = ?""")
			.params(counts.total, counts.accepted, counts.duplicate, counts.rejected, counts.flagged, uploadId)
			.update();
	}

	Optional<UploadReport> report(UUID id, SubmissionResult.Status status, int page, int size) {
		return this.jdbc.sql("""
				SELECT u.id, u.file_name, j.state, j.message, u.header_error, u.total_rows, u.accepted_rows,
				       u.duplicate_rows, u.rejected_rows, u.flagged_rows, u.created_at, u.finished_at
				FROM measurement_upload u LEFT JOIN job j ON j.id = u.id WHERE u.id = ?""")
			.param(id)
			.query((rs, n) -> new UploadReport(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("state"), rs.getString("message"), rs.getString("header_error"),
					rs.getInt("total_rows"), rs.getInt("accepted_rows"), rs.getInt("duplicate_rows"),
					rs.getInt("rejected_rows"), rs.getInt("flagged_rows"), rs.getTimestamp("created_at").toInstant(),
					(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toInstant() : null,
					rows(id, status, page, size), page, size))
			.optional();
	}

	private List<UploadReport.Row> rows(UUID id, SubmissionResult.Status status, int page, int size) {
		String filter = (status != null) ? status.name() : null;
		return this.jdbc.sql("""
				SELECT line, status, measurement_id, revision, lab, sample_id, flags, warnings, reasons, raw
				FROM measurement_upload_row WHERE upload_id = ? AND (CAST(? AS TEXT) IS NULL OR status = ?)
				ORDER BY line LIMIT ? OFFSET ?""")
			.params(id, filter, filter, size, (long) page * size)
			.query((rs, n) -> new UploadReport.Row(rs.getInt("line"),
					SubmissionResult.Status.valueOf(rs.getString("status")), rs.getObject("measurement_id", UUID.class),
					JsonColumns.nullableInt(rs, "revision"), rs.getString("lab"), rs.getString("sample_id"),
					JsonColumns.strings(this.json, rs.getString("flags")),
					JsonColumns.strings(this.json, rs.getString("warnings")),
					JsonColumns.strings(this.json, rs.getString("reasons")), rs.getString("raw")))
			.list();
	}

	private static String value(CsvLines.Line row, Field field) {
		String value = (row.values() != null) ? row.values().get(field) : null;
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private String write(Object value) {
		return StoredJson.write(this.json, value);
	}

	private static final class Counts {

		int total;

		int accepted;

		int duplicate;

		int rejected;

		int flagged;

		Counts(int total, int accepted, int duplicate, int rejected, int flagged) {
			this.total = total;
			this.accepted = accepted;
			this.duplicate = duplicate;
			this.rejected = rejected;
			this.flagged = flagged;
		}

		void add(SubmissionResult result) {
			this.total++;
			switch (result.status()) {
				case ACCEPTED -> {
					this.accepted++;
					if (!result.flags().isEmpty()) {
						this.flagged++;
					}
				}
				case DUPLICATE -> this.duplicate++;
				case REJECTED -> this.rejected++;
			}
		}

		String summary() {
			return this.total + " rows read: " + this.accepted + " accepted (" + this.flagged + " flagged), "
					+ this.duplicate + " duplicate, " + this.rejected + " rejected";
		}

	}

	static Map<String, Object> links(UUID id) {
		return Map.of("uploadId", id, "jobId", id, "job", "/api/v1/jobs/" + id, "report",
				"/api/v1/measurements/uploads/" + id);
	}

}
