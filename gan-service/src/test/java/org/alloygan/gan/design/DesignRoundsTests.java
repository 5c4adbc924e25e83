package org.alloygan.gan.design;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DesignRoundsTests {

	@Test
	void theFirstRoundAndARoundAfterNothingPassedAreFull() {
		assertThat(Designs.nextRound(1000, 0, 0, 4000)).isEqualTo(4000);
		assertThat(Designs.nextRound(1000, 0, 4000, 4000)).isEqualTo(4000);
	}

	@Test
	void laterRoundsAreSizedByTheSharePassedSoFarWithHeadroom() {
		// 590 of 4,000 passed: the 410 missing need about 2,780 at that share, 3,197 with 15 % headroom
		assertThat(Designs.nextRound(410, 590, 4000, 4000)).isEqualTo(3197);
		// never more than a full round, never fewer than the minimum
		assertThat(Designs.nextRound(900, 100, 4000, 4000)).isEqualTo(4000);
		assertThat(Designs.nextRound(1, 999, 4000, 4000)).isEqualTo(Designs.MIN_ROUND);
		// a small design's round is smaller than the minimum: it is not inflated
		assertThat(Designs.nextRound(2, 3, 500, 500)).isEqualTo(500);
	}

}
