package org.alloygan.feedback.candidate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.composition.Composition;
import org.alloygan.core.events.DesignCompleted;
import org.alloygan.core.events.DesignCompleted.Prediction;
import org.alloygan.core.events.Topics;
import org.alloygan.support.json.StoredJson;
import org.alloygan.support.kafka.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidates of finished designs. Stored idempotently (by event id, and by candidate id for a design
 * that is announced twice under different event ids), so a redelivered event changes nothing.
 */
@Service
public class DesignCandidates {

	private static final Logger log = LoggerFactory.getLogger(DesignCandidates.class);

	private static final TypeReference<Map<String, Double>> COMPOSITION = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Prediction>> PREDICTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ProcessedEvents processed;

	private final ObjectMapper json;

	private final Clock clock;

	DesignCandidates(JdbcClient jdbc, JdbcTemplate template, ProcessedEvents processed, ObjectMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.processed = processed;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Keeps the candidates of a finished design. An event that breaks the contract (no design id, a
	 * candidate without id or with an invalid composition) is refused as a whole with an
	 * IllegalArgumentException, so it ends on the dead-letter topic instead of half-stored.
	 */
	@Transactional
	void record(DesignCompleted event) {
		check(event);
		if (!this.processed.claim(event.eventId(), Topics.DESIGNS_COMPLETED)) {
			return;
		}
		int n = event.candidates().size();
		UUID[] ids = new UUID[n];
		Integer[] ranks = new Integer[n];
		String[] compositions = new String[n];
		String[] keys = new String[n];
		String[] predictions = new String[n];
		for (int i = 0; i < n; i++) {
			DesignCompleted.Candidate candidate = event.candidates().get(i);
			Composition composition = Composition.of(candidate.atomicPercent());
			ids[i] = candidate.candidateId();
			ranks[i] = candidate.rank();
			compositions[i] = write(composition.atomicPercent());
			keys[i] = composition.canonicalKey();
			predictions[i] = write((candidate.predicted() != null) ? candidate.predicted() : Map.of());
		}
		// One statement for the whole design (a design has up to 1,000 candidates): a statement per candidate cost
		// this service and PostgreSQL more CPU than gan-service spends designing them.
		int stored = this.template.update("""
				INSERT INTO design_candidate (id, design_id, rank, composition, canonical_key, predicted,
				    generator_model_id, surrogate_model_id, received_at)
				SELECT c.id, ?::uuid, c.rank, c.composition, c.canonical_key, c.predicted, ?::uuid, ?::uuid, ?::timestamptz
				FROM unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[])
				     AS c (id, rank, composition, canonical_key, predicted)
				ON CONFLICT (id) DO NOTHING""", (statement) -> {
			statement.setObject(1, event.designId());
			statement.setObject(2, event.generatorModelId());
			statement.setObject(3, event.surrogateModelId());
			statement.setTimestamp(4, Timestamp.from(this.clock.instant()));
			statement.setArray(5, statement.getConnection().createArrayOf("uuid", ids));
			statement.setArray(6, statement.getConnection().createArrayOf("int4", ranks));
			statement.setArray(7, statement.getConnection().createArrayOf("text", compositions));
			statement.setArray(8, statement.getConnection().createArrayOf("text", keys));
			statement.setArray(9, statement.getConnection().createArrayOf("text", predictions));
		});
		log.info("Design {}: {} of {} candidate(s) stored", event.designId(), stored, event.candidates().size());
	}

	public Optional<Candidate> find(UUID candidateId) {
		return this.jdbc.sql("SELECT * FROM design_candidate WHERE id = ?")
			.param(candidateId)
			.query((rs, n) -> candidate(rs))
			.optional();
	}

	public List<Candidate> ofDesign(UUID designId) {
		return this.jdbc.sql("SELECT * FROM design_candidate WHERE design_id = ? ORDER BY rank, id")
			.param(designId)
			.query((rs, n) -> candidate(rs))
			.list();
	}

	private Candidate candidate(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Candidate(rs.getObject("id", UUID.class), rs.getObject("design_id", UUID.class), rs.getInt("rank"),
				Composition.of(read(rs.getString("composition"), COMPOSITION)),
				new LinkedHashMap<>(read(rs.getString("predicted"), PREDICTIONS)),
				rs.getObject("generator_model_id", UUID.class), rs.getObject("surrogate_model_id", UUID.class));
	}

	private static void check(DesignCompleted event) {
		if (event.eventId() == null || event.designId() == null || event.candidates() == null) {
			throw new IllegalArgumentException("DesignCompleted without eventId, designId or candidates: " + event);
		}
		for (DesignCompleted.Candidate candidate : event.candidates()) {
			if (candidate == null || candidate.candidateId() == null || candidate.atomicPercent() == null) {
				throw new IllegalArgumentException(
						"design " + event.designId() + " has a candidate without id or composition: " + candidate);
			}
			try {
				Composition.of(candidate.atomicPercent());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("design " + event.designId() + ", candidate "
						+ candidate.candidateId() + ": invalid composition: " + ex.getMessage(), ex);
			}
		}
	}

	private String write(Object value) {
		return StoredJson.write(this.json, value);
	}

	private <T> T read(String text, TypeReference<T> type) {
		return StoredJson.read(this.json, text, type);
	}

}
