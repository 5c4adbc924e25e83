package org.alloygan.gan.cgan;

import java.util.Random;

/**
 * Mini-batches of real rows with their randomly masked conditions. Rows are visited in a fresh
 * random order each epoch; all randomness comes from one seeded {@link Random}.
 */
final class Batches {

	private final TrainingSet set;

	private final ModelKind kind;

	private final Conditioning conditioning;

	private final double keepProbability;

	private final Random random;

	private final int[] order;

	private int cursor;

	Batches(TrainingSet set, ModelKind kind, Conditioning conditioning, double keepProbability, Random random) {
		this.set = set;
		this.kind = kind;
		this.conditioning = conditioning;
		this.keepProbability = keepProbability;
		this.random = random;
		this.order = new int[set.size()];
		for (int i = 0; i < this.order.length; i++) {
			this.order[i] = i;
		}
		this.cursor = this.order.length;
	}

	/** The next {@code size} row indices, reshuffling at each epoch boundary. */
	int[] next(int size) {
		int[] rows = new int[size];
		for (int i = 0; i < size; i++) {
			if (this.cursor == this.order.length) {
				shuffle();
				this.cursor = 0;
			}
			rows[i] = this.order[this.cursor++];
		}
		return rows;
	}

	/** Real data rows as D sees them: fractions, then standardised Tg, Tx, Tl for GAN+. */
	float[] real(int[] rows) {
		int vocabulary = this.set.vocabulary().size();
		int properties = this.kind.generatedProperties();
		int width = vocabulary + properties;
		float[] out = new float[rows.length * width];
		for (int i = 0; i < rows.length; i++) {
			System.arraycopy(this.set.fractions(rows[i]), 0, out, i * width, vocabulary);
			double[] targets = this.set.targets(rows[i]);
			for (int k = 0; k < properties; k++) {
				out[i * width + vocabulary + k] = (float) ((targets[k] - this.conditioning.mean().get(k))
						/ this.conditioning.std().get(k));
			}
		}
		return out;
	}

	/** Condition rows with each target and the family independently kept or masked. */
	float[] conditions(int[] rows) {
		int width = this.conditioning.width();
		float[] out = new float[rows.length * width];
		boolean[] keep = new boolean[Target.COUNT];
		for (int i = 0; i < rows.length; i++) {
			for (int k = 0; k < keep.length; k++) {
				keep[k] = this.random.nextDouble() < this.keepProbability;
			}
			String family = (this.random.nextDouble() < this.keepProbability) ? this.set.rows().get(rows[i]).family()
					: null;
			this.conditioning.encode(this.set.targets(rows[i]), keep, this.conditioning.familyIndex(family), out,
					i * width);
		}
		return out;
	}

	/** Condition rows with everything each row has, as used to measure a CGAN on held-out rows. */
	static float[] fullConditions(TrainingSet set, Conditioning conditioning, int repeats) {
		int width = conditioning.width();
		float[] out = new float[set.size() * repeats * width];
		for (int i = 0; i < set.size(); i++) {
			int family = conditioning.familyIndex(set.rows().get(i).family());
			for (int r = 0; r < repeats; r++) {
				conditioning.encode(set.targets(i), null, family, out, (i * repeats + r) * width);
			}
		}
		return out;
	}

	private void shuffle() {
		for (int i = this.order.length - 1; i > 0; i--) {
			int j = this.random.nextInt(i + 1);
			int t = this.order[i];
			this.order[i] = this.order[j];
			this.order[j] = t;
		}
	}

}
