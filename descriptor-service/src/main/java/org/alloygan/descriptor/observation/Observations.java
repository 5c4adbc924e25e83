package org.alloygan.descriptor.observation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.composition.ParsedComposition;
import org.alloygan.descriptor.alloy.Alloy;
import org.alloygan.descriptor.alloy.Alloys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way observations enter the dataset: checked, normalised, deduplicated by source key, stored;
 * or stored as rejected with the reason. Nothing is dropped silently.
 */
@Service
public class Observations {

	private final JdbcClient jdbc;

	private final Alloys alloys;

	private final CompositionParser parser;

	private final Clock clock;

	Observations(JdbcClient jdbc, Alloys alloys, CompositionParser parser, Clock clock) {
		this.jdbc = jdbc;
		this.alloys = alloys;
		this.parser = parser;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Outcome record(ObservationInput input) {
		if (alreadyReceived(input.sourceKey())) {
			return Outcome.duplicate();
		}
		ParsedComposition parsed;
		try {
			parsed = (input.compositionText() != null) ? this.parser.parse(input.compositionText())
					: new ParsedComposition(Composition.of(input.atomicPercent()), List.of(), false);
		}
		catch (IllegalArgumentException ex) {
			return store(input, "composition: " + ex.getMessage());
		}
		List<String> problems = PropertyChecks.problems(input);
		if (!problems.isEmpty()) {
			return store(input, String.join("; ", problems));
		}
		Alloy alloy = this.alloys.findOrCreate(parsed.composition());
		this.jdbc.sql("""
				INSERT INTO observation (alloy_id, tg_k, tx_k, tl_k, dmax_mm, gfa_class, heating_rate_k_min,
				    source_type, source_ref, source_key, lineage, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(alloy.id(), input.tgK(), input.txK(), input.tlK(), input.dmaxMm(),
					(input.gfaClass() != null) ? input.gfaClass().name() : null, input.heatingRateKPerMin(),
					input.sourceType().name(), input.sourceRef(), input.sourceKey(),
					(input.lineage() != null) ? input.lineage() : input.sourceKey(), Timestamp.from(this.clock.instant()))
			.update();
		return Outcome.accepted(alloy.canonicalKey(), parsed.warnings());
	}

	/** Stores an input that could not even be read as an observation (a malformed CSV line, say). */
	@Transactional(propagation = Propagation.MANDATORY)
	public Outcome reject(ObservationInput input, String reason) {
		if (alreadyReceived(input.sourceKey())) {
			return Outcome.duplicate();
		}
		return store(input, reason);
	}

	private Outcome store(ObservationInput input, String reason) {
		this.jdbc.sql("""
				INSERT INTO rejected_record (source_type, source_ref, source_key, raw, reason, created_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_key) DO NOTHING""")
			.params(input.sourceType().name(), input.sourceRef(), input.sourceKey(),
					(input.raw() != null) ? input.raw() : String.valueOf(input), reason,
					Timestamp.from(this.clock.instant()))
			.update();
		return Outcome.rejected(reason);
	}

	private boolean alreadyReceived(String sourceKey) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM observation WHERE source_key = ?) "
				+ "OR EXISTS (SELECT 1 FROM rejected_record WHERE source_key = ?)")
			.params(sourceKey, sourceKey)
			.query(Boolean.class)
			.single();
	}

}
