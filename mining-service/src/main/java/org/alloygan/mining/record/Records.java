package org.alloygan.mining.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.events.AlloyRecordExtracted;
import org.alloygan.core.events.Topics;
import org.alloygan.extraction.ExtractedRecord;
import org.alloygan.extraction.PassageResult;
import org.alloygan.support.json.StoredJson;
import org.alloygan.support.outbox.Outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what an extractor made of a passage. An accepted record is published on
 * {@link Topics#RECORDS_EXTRACTED} through the outbox in the caller's transaction, so it is stored as
 * accepted if and only if it is published. A record that repeats an accepted record of the same document
 * (same alloy, same values) is stored as a duplicate and not published again.
 */
@Service
public class Records {

	/** How the records of one passage were filed. */
	public record Filed(int accepted, int rejected, int duplicate) {
	}

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final ObjectMapper json;

	private final Clock clock;

	Records(JdbcClient jdbc, Outbox outbox, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Filed file(UUID jobId, UUID documentId, String doi, PassageResult result) {
		int accepted = 0;
		int rejected = 0;
		int duplicate = 0;
		Instant now = this.clock.instant();
		for (ExtractedRecord record : result.records()) {
			UUID id = UUID.randomUUID();
			String status;
			String reason = record.rejection();
			if (!record.accepted()) {
				status = "REJECTED";
				rejected++;
			}
			else {
				Optional<UUID> same = sameFinding(documentId, record);
				if (same.isPresent()) {
					status = "DUPLICATE";
					reason = "same alloy and values as accepted record " + same.get();
					duplicate++;
				}
				else {
					status = "ACCEPTED";
					accepted++;
				}
			}
			Map<String, Double> atomicPercent = (record.composition() != null) ? record.composition().atomicPercent()
					: null;
			this.jdbc.sql("""
					INSERT INTO extracted_record (id, job_id, document_id, passage_idx, page, passage_start, passage_end,
					    status, reason, composition_text, canonical_key, atomic_percent, tg_k, tx_k, tl_k, dmax_mm,
					    heating_rate_k_min, confidence, extractor, model, prompt_version, evidence, raw_reply, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, jobId, documentId, result.passage().index(), result.passage().page(),
						result.passage().start(), result.passage().end(), status, reason, record.compositionText(),
						(record.composition() != null) ? record.composition().canonicalKey() : null,
						(atomicPercent != null) ? write(atomicPercent) : null, record.tgK(), record.txK(), record.tlK(),
						record.dmaxMm(), record.heatingRateKPerMin(), record.confidence(), record.extractor(),
						record.model(), record.promptVersion(), result.passage().text(), result.rawReply(),
						Timestamp.from(now))
				.update();
			if (status.equals("ACCEPTED")) {
				this.outbox.append(Topics.RECORDS_EXTRACTED, documentId.toString(),
						new AlloyRecordExtracted(UUID.randomUUID(), now, id, documentId, doi, result.passage().page(),
								result.passage().start(), result.passage().end(), atomicPercent,
								record.compositionText(), record.tgK(), record.txK(), record.tlK(), record.dmaxMm(),
								record.heatingRateKPerMin(), record.extractor(), record.model(),
								record.promptVersion(), record.confidence(), result.passage().text()));
			}
		}
		return new Filed(accepted, rejected, duplicate);
	}

	/**
	 * @param status ACCEPTED, REJECTED or DUPLICATE; null for all
	 * @param jobId only this job's records; null for all
	 */
	List<RecordView> ofDocument(UUID documentId, String status, UUID jobId) {
		return this.jdbc.sql("""
				SELECT id, job_id, document_id, status, reason, composition_text, atomic_percent::text AS atomic_percent,
				       tg_k, tx_k, tl_k, dmax_mm, heating_rate_k_min, confidence, extractor, model, prompt_version, page,
				       passage_idx, passage_start, passage_end, evidence, raw_reply, created_at
				FROM extracted_record
				WHERE document_id = ? AND (CAST(? AS TEXT) IS NULL OR status = ?) AND (CAST(? AS UUID) IS NULL OR job_id = ?)
				ORDER BY passage_idx, created_at, id""")
			.params(documentId, status, status, jobId, jobId)
			.query(this::view)
			.list();
	}

	private Optional<UUID> sameFinding(UUID documentId, ExtractedRecord record) {
		return this.jdbc.sql("""
				SELECT id FROM extracted_record
				WHERE document_id = ? AND status = 'ACCEPTED' AND canonical_key = ?
				  AND tg_k IS NOT DISTINCT FROM ? AND tx_k IS NOT DISTINCT FROM ? AND tl_k IS NOT DISTINCT FROM ?
				  AND dmax_mm IS NOT DISTINCT FROM ? AND heating_rate_k_min IS NOT DISTINCT FROM ?
				ORDER BY created_at LIMIT 1""")
			.params(documentId, record.composition().canonicalKey(), record.tgK(), record.txK(), record.tlK(),
					record.dmaxMm(), record.heatingRateKPerMin())
			.query(UUID.class)
			.optional();
	}

	private RecordView view(ResultSet rs, int row) throws SQLException {
		String percent = rs.getString("atomic_percent");
		return new RecordView(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
				rs.getObject("document_id", UUID.class), rs.getString("status"), rs.getString("reason"),
				rs.getString("composition_text"), (percent != null) ? read(percent) : null, number(rs, "tg_k"),
				number(rs, "tx_k"), number(rs, "tl_k"), number(rs, "dmax_mm"), number(rs, "heating_rate_k_min"),
				rs.getDouble("confidence"), rs.getString("extractor"), rs.getString("model"),
				rs.getString("prompt_version"), (Integer) rs.getObject("page"), rs.getInt("passage_idx"),
				rs.getInt("passage_start"), rs.getInt("passage_end"), rs.getString("evidence"), rs.getString("raw_reply"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private String write(Map<String, Double> atomicPercent) {
		return StoredJson.write(this.json, atomicPercent);
	}

	private Map<String, Double> read(String atomicPercent) {
		return StoredJson.read(this.json, atomicPercent, new TypeReference<java.util.LinkedHashMap<String, Double>>() {
		});
	}

}
