package org.alloygan.feedback.measurement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a measurement submission, shared by the JSON items and the CSV columns. Names are matched
 * ignoring case and every character that is not a letter or digit, so {@code sampleId}, {@code sample_id}
 * and {@code Sample ID} are one field, and {@code Tg_°C} is {@code Tg_C}.
 */
public enum Field {

	LAB("lab"), SAMPLE_ID("sampleId", "sample"), CANDIDATE_ID("candidateId", "candidate"),
	COMPOSITION("composition", "formula"),
	/** A temperature whose unit is given by {@link #UNIT}. */
	TG("Tg"), TX("Tx"), TL("Tl"), TG_K("Tg_K"), TX_K("Tx_K"), TL_K("Tl_K"), TG_C("Tg_C"), TX_C("Tx_C"),
	TL_C("Tl_C"), UNIT("unit"), METHOD("method"),
	HEATING_RATE("heatingRateKPerMin", "heating_rate_K_min", "heatingRate"), OPERATOR("operator"),
	MEASURED_ON("measuredOn", "date", "measured_on"), NOTES("notes", "note");

	private static final Map<String, Field> BY_KEY = index();

	private final String name;

	private final List<String> aliases;

	Field(String name, String... aliases) {
		this.name = name;
		this.aliases = List.of(aliases);
	}

	/** The documented name, e.g. {@code Tg_K}, used in messages. */
	public String documentedName() {
		return this.name;
	}

	/** The field a JSON key or CSV column names, empty when it names none. */
	public static Optional<Field> byName(String name) {
		return Optional.ofNullable(BY_KEY.get(key(name)));
	}

	/** Every documented name, for the message that lists what an unknown column could have been. */
	public static List<String> documentedNames() {
		return java.util.Arrays.stream(values()).map(Field::documentedName).toList();
	}

	static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static Map<String, Field> index() {
		Map<String, Field> index = new LinkedHashMap<>();
		for (Field field : values()) {
			index.put(key(field.name), field);
			field.aliases.forEach((alias) -> index.put(key(alias), field));
		}
		return Map.copyOf(index);
	}

}
