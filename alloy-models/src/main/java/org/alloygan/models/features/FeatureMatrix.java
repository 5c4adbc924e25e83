package org.alloygan.models.features;

/**
 * Features of a batch of compositions, row-major, {@code NaN} where a descriptor lacks element data (the tree models
 * treat NaN as missing and learn a default direction for it).
 *
 * @param values {@code rows × columns} floats, row {@code r} at {@code r * columns}
 * @param rows number of compositions
 * @param columns {@link FeatureSet#width()}
 */
public record FeatureMatrix(float[] values, int rows, int columns) {

	public FeatureMatrix {
		if (values.length != (long) rows * columns) {
			throw new IllegalArgumentException(
					"expected " + rows + " × " + columns + " values, got " + values.length);
		}
	}

	/** Feature {@code column} of row {@code row}. */
	public float get(int row, int column) {
		return this.values[row * this.columns + column];
	}

	/** A new matrix with rows {@code from} (inclusive) to {@code to} (exclusive). */
	public FeatureMatrix rowRange(int from, int to) {
		if (from < 0 || to > this.rows || from > to) {
			throw new IndexOutOfBoundsException("rows " + from + " to " + to + " of " + this.rows);
		}
		return new FeatureMatrix(java.util.Arrays.copyOfRange(this.values, from * this.columns, to * this.columns),
				to - from, this.columns);
	}

	/** A new matrix with the given rows, in the given order. */
	public FeatureMatrix rows(int[] indices) {
		float[] selected = new float[indices.length * this.columns];
		for (int i = 0; i < indices.length; i++) {
			System.arraycopy(this.values, indices[i] * this.columns, selected, i * this.columns, this.columns);
		}
		return new FeatureMatrix(selected, indices.length, this.columns);
	}

}
