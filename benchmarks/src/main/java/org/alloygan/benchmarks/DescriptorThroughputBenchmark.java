package org.alloygan.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.alloygan.core.composition.Composition;
import org.alloygan.core.composition.CompositionParser;
import org.alloygan.core.composition.ParsedComposition;
import org.alloygan.core.descriptor.CompositionDescriptors;
import org.alloygan.core.descriptor.DescriptorCalculator;

/**
 * Composition descriptors per second on one thread; the goal is at least 1,000,000 per minute
 * (16,667/s) so scoring a GAN batch is never the bottleneck.
 *
 * <p>
 * {@code calculate} takes already-built compositions (what the GAN service holds);
 * {@code parseAndCalculate} starts from formula text (what the mining service holds). Inputs are
 * 4096 random 3- to 7-element alloys over elements common in metallic glasses, cycled so the JIT
 * cannot specialise on one alloy.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class DescriptorThroughputBenchmark {

	private static final String[] ELEMENTS = { "Zr", "Cu", "Ni", "Al", "Ti", "Be", "Pd", "P", "Pt", "Fe", "Co", "B",
			"Si", "Mg", "Y", "La", "Ce", "Nb", "Hf", "Ag", "Au", "Ca", "Nd", "Gd" };

	private static final int COUNT = 4096;

	private final DescriptorCalculator calculator = DescriptorCalculator.standard();

	private final CompositionParser parser = new CompositionParser();

	private final Composition[] compositions = new Composition[COUNT];

	private final String[] formulas = new String[COUNT];

	private int next;

	@Setup
	public void createAlloys() {
		Random random = new Random(42);
		for (int n = 0; n < COUNT; n++) {
			Map<String, Double> amounts = new LinkedHashMap<>();
			int size = 3 + random.nextInt(5);
			while (amounts.size() < size) {
				amounts.put(ELEMENTS[random.nextInt(ELEMENTS.length)], 1 + random.nextInt(60) + random.nextDouble());
			}
			this.compositions[n] = Composition.of(amounts);
			this.formulas[n] = this.compositions[n].formula();
		}
	}

	@Benchmark
	public CompositionDescriptors calculate() {
		return this.calculator.calculate(this.compositions[this.next++ & (COUNT - 1)]);
	}

	@Benchmark
	public CompositionDescriptors parseAndCalculate() {
		ParsedComposition parsed = this.parser.parse(this.formulas[this.next++ & (COUNT - 1)]);
		return this.calculator.calculate(parsed.composition());
	}

}
