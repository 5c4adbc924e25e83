package org.alloygan.models.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * K-fold splits in which all rows of one group land in the same test fold, so no alloy is in a training set and its
 * test set at once. Groups are canonical composition keys: the MMG data repeat alloys at several heating rates, and
 * Ward et al. repeat formulas, so row-wise folds would score memory rather than prediction.
 *
 * <p>
 * The distinct keys are sorted, shuffled with the seed, and dealt to the folds largest group first, each to the fold
 * with the fewest rows so far, which keeps fold sizes even when some alloys have many rows. The result depends only on
 * the multiset of keys and the seed, not on row order.
 */
public final class GroupedKFold {

	private GroupedKFold() {
	}

	/**
	 * Splits rows into {@code k} folds.
	 * @param groups the group key of each row
	 * @param k number of folds, at least 2 and at most the number of distinct groups
	 * @param seed shuffle seed
	 * @return {@code k} folds; their test sets partition the rows
	 */
	public static List<Fold> split(List<String> groups, int k, long seed) {
		Map<String, List<Integer>> rowsByGroup = new HashMap<>();
		for (int row = 0; row < groups.size(); row++) {
			rowsByGroup.computeIfAbsent(groups.get(row), (key) -> new ArrayList<>()).add(row);
		}
		if (k < 2 || k > rowsByGroup.size()) {
			throw new IllegalArgumentException(
					"folds must be between 2 and the number of distinct alloys (" + rowsByGroup.size() + "), was " + k);
		}
		List<String> keys = new ArrayList<>(rowsByGroup.keySet());
		Collections.sort(keys);
		Collections.shuffle(keys, new Random(seed));
		// stable sort keeps the shuffled order among groups of equal size
		keys.sort((a, b) -> Integer.compare(rowsByGroup.get(b).size(), rowsByGroup.get(a).size()));
		int[] foldOf = new int[groups.size()];
		int[] size = new int[k];
		for (String key : keys) {
			int smallest = 0;
			for (int f = 1; f < k; f++) {
				if (size[f] < size[smallest]) {
					smallest = f;
				}
			}
			for (int row : rowsByGroup.get(key)) {
				foldOf[row] = smallest;
			}
			size[smallest] += rowsByGroup.get(key).size();
		}
		List<Fold> folds = new ArrayList<>(k);
		for (int f = 0; f < k; f++) {
			int[] test = new int[size[f]];
			int[] train = new int[groups.size() - size[f]];
			int t = 0;
			int r = 0;
			for (int row = 0; row < groups.size(); row++) {
				if (foldOf[row] == f) {
					test[t++] = row;
				}
				else {
					train[r++] = row;
				}
			}
			folds.add(new Fold(f, train, test));
		}
		return folds;
	}

	/**
	 * One fold: row indices (ascending) to train on and to test on.
	 *
	 * @param index 0-based fold number
	 * @param train rows of the other folds
	 * @param test rows of this fold
	 */
	public record Fold(int index, int[] train, int[] test) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Fold fold && fold.index == this.index && Arrays.equals(fold.train, this.train)
					&& Arrays.equals(fold.test, this.test);
		}

		@Override
		public int hashCode() {
			return 31 * (31 * this.index + Arrays.hashCode(this.train)) + Arrays.hashCode(this.test);
		}

		@Override
		public String toString() {
			return "Fold[" + this.index + ": " + this.train.length + " train, " + this.test.length + " test]";
		}

	}

}
