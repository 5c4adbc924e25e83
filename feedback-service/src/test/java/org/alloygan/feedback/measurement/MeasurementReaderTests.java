package org.alloygan.feedback.measurement;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Units are declared, converted and never guessed; every unreadable value is named. */
class MeasurementReaderTests {

	@Test
	void convertsCelsiusToKelvinSoBothSpellingsAreOneValue() {
		MeasurementInput celsius = read(Map.of(Field.TG_C, "351.85", Field.TX_C, "431.85", Field.TL_C, "719.85"));
		MeasurementInput kelvin = read(Map.of(Field.TG, "625", Field.TX, "705", Field.TL, "993", Field.UNIT, "K"));
		assertThat(celsius.problems()).isEmpty();
		assertThat(List.of(celsius.tgK(), celsius.txK(), celsius.tlK())).containsExactly(625.0, 705.0, 993.0);
		assertThat(List.of(kelvin.tgK(), kelvin.txK(), kelvin.tlK())).containsExactly(625.0, 705.0, 993.0);
		assertThat(celsius.declaredUnit()).isEqualTo("°C");
		assertThat(kelvin.declaredUnit()).isEqualTo("K");
		assertThat(read(Map.of(Field.TG, "352", Field.UNIT, "°C")).tgK()).isEqualTo(625.15);
		assertThat(read(Map.of(Field.TG_K, "625", Field.TL_C, "720")).declaredUnit()).isEqualTo("mixed");
	}

	@Test
	void aTemperatureWithoutUnitIsAProblemNotAGuess() {
		MeasurementInput input = read(Map.of(Field.TG, "625"));
		assertThat(input.tgK()).isNull();
		assertThat(input.problems()).singleElement().asString().contains("Tg has no unit");
		assertThat(read(Map.of(Field.TG, "625", Field.UNIT, "F")).problems()).singleElement()
			.asString()
			.contains("unit 'F' is neither K nor °C");
		assertThat(read(Map.of(Field.TG_K, "625", Field.TG_C, "352")).problems()).singleElement()
			.asString()
			.contains("Tg is given more than once");
	}

	@Test
	void everyUnreadableValueIsReportedAtOnce() {
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.put(Field.TG_K, "six hundred");
		values.put(Field.TX_K, "NaN");
		values.put(Field.HEATING_RATE, "20d");
		values.put(Field.CANDIDATE_ID, "cand-1");
		values.put(Field.MEASURED_ON, "20/11/2026");
		MeasurementInput input = MeasurementReader.read(values, null, List.of(), "raw");
		assertThat(input.problems()).containsExactly("Tg_K 'six hundred' is not a number", "Tx_K 'NaN' is not a number",
				"candidateId 'cand-1' is not a candidate id (a UUID)", "heatingRateKPerMin '20d' is not a number",
				"measuredOn '20/11/2026' is not a date as yyyy-mm-dd");
	}

	@Test
	void readsTheOtherFields() {
		UUID candidate = UUID.randomUUID();
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.put(Field.LAB, " lab-a ");
		values.put(Field.SAMPLE_ID, "S-1");
		values.put(Field.CANDIDATE_ID, candidate.toString());
		values.put(Field.TG_K, "625");
		values.put(Field.METHOD, "dsc");
		values.put(Field.HEATING_RATE, "20");
		values.put(Field.MEASURED_ON, "2026-11-20");
		values.put(Field.NOTES, "  ");
		MeasurementInput input = MeasurementReader.read(values, null, List.of(), "raw");
		assertThat(input.problems()).isEmpty();
		assertThat(input.lab()).isEqualTo("lab-a");
		assertThat(input.candidateId()).isEqualTo(candidate);
		assertThat(input.method()).isEqualTo("DSC");
		assertThat(input.heatingRateKPerMin()).isEqualTo(20.0);
		assertThat(input.measuredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(input.notes()).isNull();
	}

	@Test
	void fieldNamesIgnoreCaseAndPunctuation() {
		assertThat(Field.byName("sample_id")).contains(Field.SAMPLE_ID);
		assertThat(Field.byName("Sample ID")).contains(Field.SAMPLE_ID);
		assertThat(Field.byName("Tg_°C")).contains(Field.TG_C);
		assertThat(Field.byName("Tg (K)")).contains(Field.TG_K);
		assertThat(Field.byName("heating_rate_K_min")).contains(Field.HEATING_RATE);
		assertThat(Field.byName("Tgg")).isEmpty();
	}

	private static MeasurementInput read(Map<Field, String> values) {
		return MeasurementReader.read(values, null, List.of(), "raw");
	}

}
