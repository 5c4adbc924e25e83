package org.alloygan.feedback.measurement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alloygan.core.composition.Composition;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.composition.ParsedComposition;
import org.alloygan.core.events.MeasurementRecorded;
import org.alloygan.core.events.Topics;
import org.alloygan.feedback.candidate.Candidate;
import org.alloygan.feedback.candidate.DesignCandidates;
import org.alloygan.support.json.StoredJson;
import org.alloygan.support.outbox.Outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way measurements are stored. A submission is checked; a measurement is identified by (lab,
 * sample id); a submission that differs from every stored revision becomes the next revision and leaves on
 * {@link Topics#MEASUREMENTS_RECORDED} in the same transaction; one identical to a stored revision changes
 * nothing.
 */
@Service
public class Measurements {

	/** Plausible temperatures of metallic glasses, as descriptor-service checks them. */
	public static final double MIN_K = 200;

	public static final double MAX_K = 2000;

	/** Conventional DSC/DTA scans; faster (flash DSC) is outside DSC/DTA as accepted here. */
	public static final double MAX_HEATING_RATE_K_MIN = 1000;

	/** Sum of an element -> at.% composition, within this of 100; otherwise a component is missing. */
	public static final double COMPOSITION_SUM_TOLERANCE = 1.0;

	static final Set<String> METHODS = Set.of("DSC", "DTA");

	static final int MAX_ID_LENGTH = 100;

	static final int MAX_OPERATOR_LENGTH = 200;

	static final int MAX_NOTES_LENGTH = 4000;

	private final JdbcClient jdbc;

	private final DesignCandidates candidates;

	private final CompositionParser parser;

	private final Outbox outbox;

	private final ObjectMapper json;

	private final MeasurementProperties properties;

	private final Clock clock;

	Measurements(JdbcClient jdbc, DesignCandidates candidates, CompositionParser parser, Outbox outbox,
			ObjectMapper json, MeasurementProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.candidates = candidates;
		this.parser = parser;
		this.outbox = outbox;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks and stores one submission (joining the caller's transaction, or in its own).
	 * @param source where it came from, kept with the revision: {@code api} or {@code upload/<id>/line/<n>}
	 */
	@Transactional
	public SubmissionResult submit(MeasurementInput input, String source) {
		List<String> problems = new ArrayList<>(input.problems());
		identifier("lab", input.lab(), problems);
		identifier("sampleId", input.sampleId(), problems);
		Candidate candidate = null;
		if (input.candidateId() != null) {
			candidate = this.candidates.find(input.candidateId()).orElse(null);
			if (candidate == null) {
				problems.add("unknown candidate " + input.candidateId());
			}
		}
		List<String> warnings = new ArrayList<>();
		Composition given = composition(input, warnings, problems);
		if (given == null && input.compositionText() == null && input.atomicPercent() == null
				&& input.candidateId() == null && problems.stream()
					.noneMatch((problem) -> problem.startsWith("composition") || problem.startsWith("candidateId"))) {
			problems.add("composition or candidateId is required");
		}
		temperatures(input, problems);
		others(input, problems);
		if (!problems.isEmpty()) {
			return SubmissionResult.rejected(input.lab(), input.sampleId(), problems);
		}

		Composition composition = (given != null) ? given : candidate.composition();
		List<String> flags = new ArrayList<>();
		Double difference = null;
		if (candidate != null && given != null) {
			difference = compare(given, candidate, flags);
		}
		Revision revision = new Revision(input.candidateId(), composition,
				(given != null) ? "GIVEN" : "CANDIDATE", difference, flags, warnings, input);
		return store(input.lab(), input.sampleId(), revision, source);
	}

	/** A measurement with its whole history of revisions, oldest first. */
	@Transactional(readOnly = true)
	public Optional<MeasurementHistory> history(UUID id) {
		return this.jdbc.sql("SELECT id, lab, sample_id, latest_revision, created_at, updated_at FROM measurement "
				+ "WHERE id = ?").param(id).query((rs, n) -> new MeasurementHistory(rs.getObject("id", UUID.class),
						rs.getString("lab"), rs.getString("sample_id"), rs.getInt("latest_revision"),
						rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
						revisions(id)))
			.optional();
	}

	private List<MeasurementHistory.Revision> revisions(UUID id) {
		return this.jdbc.sql("SELECT * FROM measurement_revision WHERE measurement_id = ? ORDER BY revision")
			.param(id)
			.query((rs, n) -> new MeasurementHistory.Revision(rs.getInt("revision"),
					rs.getObject("candidate_id", UUID.class), rs.getString("formula"), rs.getString("canonical_key"),
					JsonColumns.composition(this.json, rs.getString("composition")),
					rs.getString("composition_source"), JsonColumns.nullableDouble(rs, "max_composition_difference"),
					JsonColumns.strings(this.json, rs.getString("flags")),
					JsonColumns.strings(this.json, rs.getString("warnings")), JsonColumns.nullableDouble(rs, "tg_k"),
					JsonColumns.nullableDouble(rs, "tx_k"), JsonColumns.nullableDouble(rs, "tl_k"),
					rs.getString("declared_unit"), rs.getString("method"),
					JsonColumns.nullableDouble(rs, "heating_rate_k_min"), rs.getString("operator"),
					rs.getObject("measured_on", LocalDate.class), rs.getString("notes"), rs.getString("source"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private SubmissionResult store(String lab, String sampleId, Revision revision, String source) {
		Instant now = this.clock.instant();
		// Creating the row first and then locking it serialises concurrent submissions of one sample, so two
		// corrections arriving together get revisions n+1 and n+2, never the same number.
		this.jdbc.sql("""
				INSERT INTO measurement (id, lab, sample_id, latest_revision, created_at, updated_at)
				VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (lab, sample_id) DO NOTHING""")
			.params(UUID.randomUUID(), lab, sampleId, Timestamp.from(now), Timestamp.from(now))
			.update();
		Locked locked = this.jdbc
			.sql("SELECT id, latest_revision FROM measurement WHERE lab = ? AND sample_id = ? FOR UPDATE")
			.params(lab, sampleId)
			.query(Locked.class)
			.single();
		// Identical to any stored revision, not only the latest: re-sending a batch or re-uploading a file that
		// holds a sample and, further down, its correction must change nothing.
		Integer same = this.jdbc.sql("""
				SELECT revision FROM measurement_revision WHERE measurement_id = ? AND fingerprint = ?
				ORDER BY revision DESC LIMIT 1""")
			.params(locked.id(), revision.fingerprint())
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (same != null) {
			List<String> warnings = new ArrayList<>(revision.warnings());
			if (same != locked.latestRevision()) {
				warnings.add("identical to revision " + same + ", but the latest is revision " + locked.latestRevision()
						+ ": to go back to these values, submit them with a note saying so");
			}
			return new SubmissionResult(SubmissionResult.Status.DUPLICATE, locked.id(), same, lab, sampleId,
					revision.flags(), warnings, List.of());
		}
		int number = locked.latestRevision() + 1;
		MeasurementInput input = revision.input();
		this.jdbc.sql("""
				INSERT INTO measurement_revision (measurement_id, revision, candidate_id, composition, canonical_key,
				    formula, composition_source, max_composition_difference, flags, warnings, tg_k, tx_k, tl_k,
				    declared_unit, method, heating_rate_k_min, operator, measured_on, notes, fingerprint, source,
				    recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(locked.id(), number, revision.candidateId(), write(revision.composition().atomicPercent()),
					revision.composition().canonicalKey(), revision.composition().formula(), revision.compositionSource(),
					revision.compositionDifference(), write(revision.flags()), write(revision.warnings()), input.tgK(),
					input.txK(), input.tlK(), input.declaredUnit(), input.method(), input.heatingRateKPerMin(),
					input.operator(), input.measuredOn(), input.notes(), revision.fingerprint(), source, Timestamp.from(now))
			.update();
		this.jdbc.sql("UPDATE measurement SET latest_revision = ?, updated_at = ? WHERE id = ?")
			.params(number, Timestamp.from(now), locked.id())
			.update();
		this.outbox.append(Topics.MEASUREMENTS_RECORDED, lab + "/" + sampleId,
				new MeasurementRecorded(UUID.randomUUID(), now, locked.id(), number, revision.candidateId(),
						revision.composition().atomicPercent(), input.tgK(), input.txK(), input.tlK(), input.method(),
						input.heatingRateKPerMin(), lab, sampleId, input.measuredOn()));
		return new SubmissionResult(SubmissionResult.Status.ACCEPTED, locked.id(), number, lab, sampleId,
				revision.flags(), revision.warnings(), List.of());
	}

	private Composition composition(MeasurementInput input, List<String> warnings, List<String> problems) {
		try {
			if (input.compositionText() != null) {
				ParsedComposition parsed = this.parser.parse(input.compositionText());
				if (parsed.ambiguous()) {
					problems.add("composition '" + input.compositionText()
							+ "' names alternatives that would be split equally; give the as-cast amount of each element");
					return null;
				}
				warnings.addAll(parsed.warnings());
				return parsed.composition();
			}
			if (input.atomicPercent() != null) {
				double sum = input.atomicPercent().values().stream().mapToDouble(Double::doubleValue).sum();
				if (Math.abs(sum - 100.0) > COMPOSITION_SUM_TOLERANCE) {
					problems.add(String.format(Locale.ROOT,
							"composition: the at.%% amounts sum to %.2f, not 100 ± %.0f (a component missing?)", sum,
							COMPOSITION_SUM_TOLERANCE));
					return null;
				}
				return Composition.of(input.atomicPercent());
			}
			return null;
		}
		catch (IllegalArgumentException ex) {
			problems.add("composition: " + ex.getMessage());
			return null;
		}
	}

	/**
	 * The rule for "as-cast composition differs": the largest absolute difference, over every element in
	 * either composition (absent = 0 at.%), after both are normalised to 100 at.%, exceeds the tolerance.
	 * @return that largest difference, in at.%
	 */
	private double compare(Composition given, Candidate candidate, List<String> flags) {
		Set<String> elements = new TreeSet<>(given.atomicPercent().keySet());
		elements.addAll(candidate.composition().atomicPercent().keySet());
		double max = 0;
		String worst = null;
		for (String element : elements) {
			double difference = Math.abs(given.percentOf(element) - candidate.composition().percentOf(element));
			if (difference > max) {
				max = difference;
				worst = element;
			}
		}
		double rounded = Math.round(max * 100.0) / 100.0;
		if (rounded > this.properties.compositionTolerance()) {
			flags.add(String.format(Locale.ROOT,
					"as-cast composition differs from candidate %s (%s): %s differs by %.2f at.%%, more than %s at.%%",
					candidate.id(), candidate.composition().formula(), worst, rounded,
					plain(this.properties.compositionTolerance())));
		}
		return rounded;
	}

	private static void temperatures(MeasurementInput input, List<String> problems) {
		range("Tg", input.tgK(), problems);
		range("Tx", input.txK(), problems);
		range("Tl", input.tlK(), problems);
		order("Tg", input.tgK(), "Tx", input.txK(), problems);
		order("Tx", input.txK(), "Tl", input.tlK(), problems);
		if (input.txK() == null) {
			order("Tg", input.tgK(), "Tl", input.tlK(), problems);
		}
	}

	private void others(MeasurementInput input, List<String> problems) {
		if (input.method() != null && !METHODS.contains(input.method())) {
			problems.add("method '" + input.method() + "' is neither DSC nor DTA");
		}
		Double rate = input.heatingRateKPerMin();
		if (rate != null && !(rate > 0 && rate <= MAX_HEATING_RATE_K_MIN)) {
			problems.add("heating rate " + plain(rate) + " K/min is outside (0, " + plain(MAX_HEATING_RATE_K_MIN)
					+ "] K/min");
		}
		// A day of slack: a lab east of UTC may already be on the next day.
		LocalDate tomorrow = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(1);
		if (input.measuredOn() != null && input.measuredOn().isAfter(tomorrow)) {
			problems.add("measuredOn " + input.measuredOn() + " is in the future");
		}
		if (input.operator() != null && input.operator().length() > MAX_OPERATOR_LENGTH) {
			problems.add("operator is longer than " + MAX_OPERATOR_LENGTH + " characters");
		}
		if (input.notes() != null && input.notes().length() > MAX_NOTES_LENGTH) {
			problems.add("notes are longer than " + MAX_NOTES_LENGTH + " characters");
		}
	}

	private static void identifier(String name, String value, List<String> problems) {
		if (value == null) {
			problems.add(name + " is required");
		}
		else if (value.length() > MAX_ID_LENGTH) {
			problems.add(name + " is longer than " + MAX_ID_LENGTH + " characters");
		}
	}

	private static void range(String name, Double kelvin, List<String> problems) {
		if (kelvin != null && !(kelvin >= MIN_K && kelvin <= MAX_K)) {
			problems.add(name + " " + plain(kelvin) + " K is outside " + plain(MIN_K) + "-" + plain(MAX_K)
					+ " K (a °C value declared as K? K = °C + 273.15)");
		}
	}

	private static void order(String lowName, Double low, String highName, Double high, List<String> problems) {
		if (low != null && high != null && !(low < high)) {
			problems.add(lowName + " (" + plain(low) + " K) must be below " + highName + " (" + plain(high) + " K)");
		}
	}

	static String plain(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private String write(Object value) {
		return StoredJson.write(this.json, value);
	}

	private record Locked(UUID id, int latestRevision) {
	}

	/** A checked submission on its way to becoming a revision. */
	private record Revision(UUID candidateId, Composition composition, String compositionSource,
			Double compositionDifference, List<String> flags, List<String> warnings, MeasurementInput input) {

		/**
		 * What makes two submissions the same measurement content: everything stored except where it came from
		 * and in which unit it was written (625 K and 351.85 °C are one value).
		 */
		String fingerprint() {
			String content = String.join("\u001f", String.valueOf(this.candidateId), this.composition.canonicalKey(),
					String.valueOf(this.input.tgK()), String.valueOf(this.input.txK()), String.valueOf(this.input.tlK()),
					String.valueOf(this.input.method()), String.valueOf(this.input.heatingRateKPerMin()),
					String.valueOf(this.input.operator()), String.valueOf(this.input.measuredOn()),
					String.valueOf(this.input.notes()));
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
