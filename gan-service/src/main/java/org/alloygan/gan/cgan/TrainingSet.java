package org.alloygan.gan.cgan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rows turned into what the networks consume: a sorted element vocabulary, compositions as
 * fractions summing to 1 over that vocabulary, and the six targets (NaN where not measured).
 * Immutable.
 */
public final class TrainingSet {

	private final List<TrainingRow> rows;

	private final List<String> vocabulary;

	private final float[][] fractions;

	private final double[][] targets;

	private TrainingSet(List<TrainingRow> rows, List<String> vocabulary) {
		this.rows = List.copyOf(rows);
		this.vocabulary = List.copyOf(vocabulary);
		this.fractions = new float[rows.size()][];
		this.targets = new double[rows.size()][];
		for (int i = 0; i < rows.size(); i++) {
			TrainingRow row = rows.get(i);
			this.fractions[i] = toFractions(row.atomicPercent(), this.vocabulary);
			this.targets[i] = Target.temperatures(row.tgK(), row.txK(), row.tlK()).values();
		}
	}

	/** A set whose vocabulary is the elements present in the rows, sorted by symbol. */
	public static TrainingSet of(List<TrainingRow> rows) {
		TreeSet<String> elements = new TreeSet<>();
		for (TrainingRow row : rows) {
			row.atomicPercent().forEach((element, amount) -> {
				if (amount > 0) {
					elements.add(element);
				}
			});
		}
		return new TrainingSet(rows, new ArrayList<>(elements));
	}

	/** A set over a given vocabulary; a row with an element outside it is rejected. */
	public static TrainingSet of(List<TrainingRow> rows, List<String> vocabulary) {
		return new TrainingSet(rows, vocabulary);
	}

	/** The same rows over another vocabulary (e.g. the union with a held-out set). */
	public TrainingSet withVocabulary(List<String> vocabulary) {
		return vocabulary.equals(this.vocabulary) ? this : new TrainingSet(this.rows, vocabulary);
	}

	/** The sorted union of two vocabularies. */
	public static List<String> union(TrainingSet a, TrainingSet b) {
		TreeSet<String> all = new TreeSet<>(a.vocabulary);
		all.addAll(b.vocabulary);
		return List.copyOf(all);
	}

	public int size() {
		return this.rows.size();
	}

	public List<TrainingRow> rows() {
		return this.rows;
	}

	public List<String> vocabulary() {
		return this.vocabulary;
	}

	/** The fractions of one row over the vocabulary (a shared array: do not modify). */
	float[] fractions(int row) {
		return this.fractions[row];
	}

	/** The six target values of one row, NaN where not measured (a shared array: do not modify). */
	double[] targets(int row) {
		return this.targets[row];
	}

	/** All compositions as a fresh matrix of fractions. */
	public float[][] compositions() {
		float[][] copy = new float[this.fractions.length][];
		for (int i = 0; i < copy.length; i++) {
			copy[i] = this.fractions[i].clone();
		}
		return copy;
	}

	private static float[] toFractions(Map<String, Double> amounts, List<String> vocabulary) {
		double total = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
		float[] out = new float[vocabulary.size()];
		for (Map.Entry<String, Double> e : amounts.entrySet()) {
			if (e.getValue() == 0) {
				continue;
			}
			int index = vocabulary.indexOf(e.getKey());
			if (index < 0) {
				throw new IllegalArgumentException("element " + e.getKey() + " is not in the vocabulary " + vocabulary);
			}
			out[index] = (float) (e.getValue() / total);
		}
		return out;
	}

}
