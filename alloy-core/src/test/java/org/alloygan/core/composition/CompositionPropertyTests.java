package org.alloygan.core.composition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.alloygan.core.element.PeriodicTable;

import static org.assertj.core.api.Assertions.assertThat;

class CompositionPropertyTests {

	private final CompositionParser parser = new CompositionParser();

	@Property
	void formulaParsesBackToTheSameComposition(@ForAll("amounts") Map<String, Double> amounts) {
		Composition composition = Composition.of(amounts);
		ParsedComposition parsed = this.parser.parse(composition.formula());
		assertThat(parsed.composition()).isEqualTo(composition);
		assertThat(parsed.composition().canonicalKey()).isEqualTo(composition.canonicalKey());
		assertThat(parsed.warnings()).isEmpty();
	}

	@Property
	void canonicalKeyIgnoresElementOrder(@ForAll("amounts") Map<String, Double> amounts, @ForAll Random random) {
		List<String> order = new ArrayList<>(amounts.keySet());
		Collections.shuffle(order, random);
		Map<String, Double> shuffled = new LinkedHashMap<>();
		StringBuilder formula = new StringBuilder();
		Composition composition = Composition.of(amounts);
		for (String element : order) {
			shuffled.put(element, amounts.get(element));
			formula.append(element).append(composition.atomicPercent().get(element));
		}
		assertThat(Composition.of(shuffled).canonicalKey()).isEqualTo(composition.canonicalKey());
		assertThat(this.parser.parse(formula.toString()).composition().canonicalKey())
			.isEqualTo(composition.canonicalKey());
	}

	@Property
	void normalisedAmountsSumToExactlyOneHundred(@ForAll("amounts") Map<String, Double> amounts) {
		Composition composition = Composition.of(amounts);
		long hundredths = composition.atomicPercent()
			.values()
			.stream()
			.mapToLong((percent) -> Math.round(percent * 100))
			.sum();
		assertThat(hundredths).isEqualTo(10_000);
		assertThat(composition.percentOf(composition.baseElement()))
			.isEqualTo(Collections.max(composition.atomicPercent().values()));
	}

	/** 1 to 8 distinct elements from the whole periodic table with amounts on any scale. */
	@Provide
	Arbitrary<Map<String, Double>> amounts() {
		Arbitrary<String> symbols = Arbitraries.integers().between(1, PeriodicTable.MAX_Z).map(PeriodicTable::symbol);
		Arbitrary<Double> amounts = Arbitraries.doubles().between(0.05, 100).ofScale(3);
		return Arbitraries.maps(symbols, amounts).ofMinSize(1).ofMaxSize(8);
	}

}
