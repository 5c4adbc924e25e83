package org.alloygan.gan.cgan;

import java.util.Arrays;
import java.util.SplittableRandom;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * G as a tensor function: noise (and condition) in, a composition (softmax over the vocabulary)
 * and, for GAN+, standardised properties out. The only place besides the training loop that
 * handles NDArrays.
 */
final class GeneratorNet implements AutoCloseable {

	private final Model model;

	private final int noiseDim;

	private final int conditionWidth;

	private final int vocabulary;

	private final int properties;

	GeneratorNet(Model model, int noiseDim, int conditionWidth, int vocabulary, int properties) {
		this.model = model;
		this.noiseDim = noiseDim;
		this.conditionWidth = conditionWidth;
		this.vocabulary = vocabulary;
		this.properties = properties;
	}

	Model model() {
		return this.model;
	}

	/** Width of one output row: fractions then properties. */
	int outputWidth() {
		return this.vocabulary + this.properties;
	}

	int noiseDim() {
		return this.noiseDim;
	}

	int conditionWidth() {
		return this.conditionWidth;
	}

	/** Output rows for noise rows and (when conditional) condition rows; both 2-D. */
	NDArray forward(ParameterStore store, NDArray noise, NDArray condition, boolean training) {
		NDArray input = (this.conditionWidth == 0) ? noise : noise.concat(condition, 1);
		NDArray raw = this.model.getBlock().forward(store, new NDList(input), training).singletonOrThrow();
		if (this.properties == 0) {
			return raw.softmax(1);
		}
		NDList parts = raw.split(new long[] { this.vocabulary }, 1);
		return parts.get(0).softmax(1).concat(parts.get(1), 1);
	}

	/**
	 * Inference on plain arrays: {@code rows} noise rows and either one condition row per noise
	 * row or a single condition row shared by all (broadcast on the device, not copied from Java).
	 * Writes {@code rows x outputWidth} values into {@code out} at {@code offset}, straight from
	 * the tensor's buffer.
	 */
	void sample(float[] noise, float[] conditions, int rows, float[] out, int offset) {
		try (NDManager manager = this.model.getNDManager().newSubManager()) {
			NDArray z = manager.create(noise, new Shape(rows, this.noiseDim));
			NDArray c = null;
			if (this.conditionWidth > 0) {
				int conditionRows = conditions.length / this.conditionWidth;
				c = manager.create(conditions, new Shape(conditionRows, this.conditionWidth));
				if (conditionRows != rows) {
					c = c.broadcast(rows, this.conditionWidth);
				}
			}
			NDArray result = forward(new ParameterStore(manager, false), z, c, false);
			result.toByteBuffer().asFloatBuffer().get(out, offset, rows * outputWidth());
		}
	}

	/** Compositions only, as rows, for noise drawn from {@code random} and per-row conditions. */
	float[][] compositions(SplittableRandom random, float[] conditions, int rows) {
		float[] out = new float[rows * outputWidth()];
		sample(Noise.uniform(random, rows * this.noiseDim), conditions, rows, out, 0);
		float[][] compositions = new float[rows][];
		int width = outputWidth();
		for (int r = 0; r < rows; r++) {
			compositions[r] = Arrays.copyOfRange(out, r * width, r * width + this.vocabulary);
		}
		return compositions;
	}

	@Override
	public void close() {
		this.model.close();
	}

}
