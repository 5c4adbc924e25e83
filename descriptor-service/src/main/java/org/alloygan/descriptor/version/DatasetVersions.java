package org.alloygan.descriptor.version;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.alloygan.core.events.DatasetVersioned;
import org.alloygan.core.events.Topics;
import org.alloygan.support.outbox.Outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cuts immutable dataset versions and announces each on alloy.dataset.versioned.v1. */
@Service
public class DatasetVersions {

	private final JdbcClient jdbc;

	private final DatasetRows rows;

	private final Outbox outbox;

	private final Clock clock;

	DatasetVersions(JdbcClient jdbc, DatasetRows rows, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** A version asked for, and whether it was cut now or is the latest one, unchanged. */
	public record Cut(DatasetVersion version, boolean created) {
	}

	/** Cuts a version of every observation committed so far; versions are serialised by a table lock. */
	@Transactional
	public DatasetVersion cut(String reason) {
		return cut(reason, false).version();
	}

	/**
	 * A version on request: the latest one when its rows (checksum) and rule are what a new version would have, so that
	 * asking twice, or a script asking every night, neither makes identical versions nor has the models retrain on the
	 * same data. Imports and new observations always cut (their versions always differ: counts of observations are part
	 * of the rows).
	 */
	@Transactional
	public Cut cutUnlessUnchanged(String reason) {
		return cut(reason, true);
	}

	private Cut cut(String reason, boolean reuseUnchanged) {
		this.jdbc.sql("LOCK TABLE dataset_version IN EXCLUSIVE MODE").update();
		long maxObservation = this.jdbc.sql("SELECT coalesce(max(id), 0) FROM observation").query(Long.class).single();
		if (maxObservation == 0) {
			throw new IllegalStateException("the dataset has no observations yet; import or ingest some first");
		}
		Optional<DatasetVersion> previous = latest();
		long observationCount = this.jdbc.sql("SELECT count(*) FROM observation WHERE id <= ?")
			.param(maxObservation)
			.query(Long.class)
			.single();
		long newObservations = observationCount - previous.map(DatasetVersion::observationCount).orElse(0L);
		String sha256;
		int rowCount;
		try (Stream<DatasetRow> stream = this.rows.asOf(maxObservation, GfaRule.CURRENT)) {
			sha256 = DatasetCsv.sha256(stream);
		}
		if (reuseUnchanged && previous.isPresent() && previous.get().sha256().equals(sha256)
				&& previous.get().gfaRule() == GfaRule.CURRENT) {
			return new Cut(previous.get(), false);
		}
		rowCount = this.jdbc.sql("SELECT count(DISTINCT alloy_id) FROM observation WHERE id <= ?")
			.param(maxObservation)
			.query(Integer.class)
			.single();
		long id = this.jdbc.sql("""
				INSERT INTO dataset_version (max_observation_id, row_count, observation_count, new_observations,
				    sha256, reason, created_at, gfa_rule)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(maxObservation, rowCount, observationCount, newObservations, sha256, reason,
					Timestamp.from(this.clock.instant()), GfaRule.CURRENT.name())
			.query(Long.class)
			.single();
		DatasetVersion version = get(id).orElseThrow();
		this.outbox.append(Topics.DATASET_VERSIONED, Long.toString(id),
				new DatasetVersioned(UUID.randomUUID(), version.createdAt(), id, rowCount, observationCount,
						newObservations, sha256, reason, version.rowsLink()));
		return new Cut(version, true);
	}

	@Transactional(readOnly = true)
	public Optional<DatasetVersion> get(long id) {
		return this.jdbc.sql(SELECT + " WHERE v.id = ?").param(id).query(DatasetVersion.class).optional();
	}

	@Transactional(readOnly = true)
	public Optional<DatasetVersion> latest() {
		return this.jdbc.sql(SELECT + " ORDER BY v.id DESC LIMIT 1").query(DatasetVersion.class).optional();
	}

	@Transactional(readOnly = true)
	public List<DatasetVersion> list() {
		return this.jdbc.sql(SELECT + " ORDER BY v.id DESC").query(DatasetVersion.class).list();
	}


	private static final String SELECT = """
			SELECT v.id, v.max_observation_id, v.row_count, v.observation_count, v.new_observations,
			       v.row_count - coalesce((SELECT p.row_count FROM dataset_version p WHERE p.id < v.id
			                               ORDER BY p.id DESC LIMIT 1), 0) AS row_delta,
			       v.sha256, v.reason, v.created_at, v.gfa_rule
			FROM dataset_version v""";

}
