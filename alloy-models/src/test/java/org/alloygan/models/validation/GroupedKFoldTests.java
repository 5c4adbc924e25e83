package org.alloygan.models.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroupedKFoldTests {

	@Test
	void noGroupIsOnBothSidesOfAFoldAndTestSetsPartitionTheRows() {
		List<String> groups = randomGroups(500, 120, 7);
		List<GroupedKFold.Fold> folds = GroupedKFold.split(groups, 5, 1);
		assertThat(folds).hasSize(5);
		int[] timesTested = new int[groups.size()];
		for (GroupedKFold.Fold fold : folds) {
			Set<String> trainKeys = new HashSet<>();
			for (int row : fold.train()) {
				trainKeys.add(groups.get(row));
			}
			for (int row : fold.test()) {
				assertThat(trainKeys).doesNotContain(groups.get(row));
				timesTested[row]++;
			}
			assertThat(fold.train().length + fold.test().length).isEqualTo(groups.size());
		}
		assertThat(timesTested).containsOnly(1);
	}

	@Test
	void foldSizesAreBalancedEvenWithAVeryLargeGroup() {
		List<String> groups = new ArrayList<>(randomGroups(400, 200, 3));
		for (int i = 0; i < 60; i++) {
			groups.add("big");
		}
		List<GroupedKFold.Fold> folds = GroupedKFold.split(groups, 5, 9);
		int total = groups.size();
		for (GroupedKFold.Fold fold : folds) {
			// the greedy dealing keeps every fold within the largest group's size of the mean
			assertThat(Math.abs(fold.test().length - total / 5.0)).isLessThanOrEqualTo(60);
		}
	}

	@Test
	void sameKeysAndSeedGiveTheSameFoldsAndAnotherSeedOthers() {
		List<String> groups = randomGroups(300, 80, 11);
		assertThat(GroupedKFold.split(groups, 5, 1)).isEqualTo(GroupedKFold.split(groups, 5, 1));
		assertThat(GroupedKFold.split(groups, 5, 1)).isNotEqualTo(GroupedKFold.split(groups, 5, 2));
	}

	@Test
	void refusesMoreFoldsThanGroups() {
		assertThatIllegalArgumentException().isThrownBy(() -> GroupedKFold.split(List.of("a", "a", "b"), 3, 1))
			.withMessageContaining("2 and the number of distinct alloys (2)");
		assertThatIllegalArgumentException().isThrownBy(() -> GroupedKFold.split(List.of("a", "b"), 1, 1));
	}

	private static List<String> randomGroups(int rows, int groups, long seed) {
		Random random = new Random(seed);
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			keys.add("alloy" + random.nextInt(groups));
		}
		return keys;
	}

}
