package org.careeradvisor.counselor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.careeradvisor.counselor.GroupAggregates.Count;
import org.careeradvisor.results.ResultSnapshot.CareerLink;
import org.careeradvisor.results.ResultSnapshot.DimensionScore;
import org.careeradvisor.results.ResultSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small counts never show, and never can be worked out from what does show.
 */
class GroupAggregatesTests {

	@Test
	void countsBelowTheMinimumAreHiddenAndOneMoreWhenOnlyOneWouldBe() {
		// 3 of 30 would be derivable from 30 - 15 - 12 - 0: the next smallest non-zero
		// goes too.
		assertThat(hidden(GroupAggregates.suppress(List.of(15, 12, 3, 0), 30, 10))).containsExactly(false, true, true,
				false);
		// Two small ones hide each other.
		assertThat(hidden(GroupAggregates.suppress(List.of(20, 4, 3, 0), 27, 10))).containsExactly(false, true, true,
				false);
		// Nothing small, nothing hidden.
		assertThat(hidden(GroupAggregates.suppress(List.of(20, 10, 0, 0), 30, 10))).containsExactly(false, false, false,
				false);
		// The complement is a non-zero count, even a large one: hiding a zero would not
		// hide anything.
		assertThat(hidden(GroupAggregates.suppress(List.of(0, 0, 25, 5), 30, 10))).containsExactly(false, false, true,
				true);
		// A total below the minimum hides everything.
		assertThat(hidden(GroupAggregates.suppress(List.of(5, 3, 0, 0), 8, 10))).containsOnly(true);
	}

	@Test
	void noHiddenCountCanBeDerivedFromTheTotalForAnyGroupUpToSixty() {
		for (int hi = 0; hi <= 20; hi++) {
			for (int him = 0; him <= 20; him++) {
				for (int close = 0; close <= 20; close++) {
					List<Integer> cells = List.of(hi, him, close, 0);
					int total = hi + him + close;
					List<Count> counts = GroupAggregates.suppress(cells, total, 10);
					long hiddenCount = counts.stream().filter((c) -> c.hidden()).count();
					boolean anySmall = cells.stream().anyMatch((c) -> c > 0 && c < 10);
					if (total >= 10 && anySmall) {
						assertThat(hiddenCount).as("%s", cells).isGreaterThanOrEqualTo(2);
					}
					for (int i = 0; i < cells.size(); i++) {
						if (cells.get(i) > 0 && cells.get(i) < 10) {
							assertThat(counts.get(i).hidden()).as("%s", cells).isTrue();
						}
					}
				}
			}
		}
	}

	@Test
	void mediansAndCareersShowOnlyWithEnoughResults() {
		List<ResultSummary> results = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			results.add(summary(i < 9 ? "HI" : "HIM", 40 + i, i < 11 ? "informatics-analyst" : "medical-coder"));
		}
		GroupAggregates aggregates = GroupAggregates.of(results, 10);
		assertThat(aggregates.shown()).isTrue();
		assertThat(aggregates.total()).isEqualTo(new Count(12, false));
		assertThat(aggregates.verdicts()).extracting((v) -> v.count().hidden())
			.containsExactly(true, true, false, false);
		assertThat(aggregates.medians()).singleElement()
			.satisfies((median) -> assertThat(median.median()).isEqualTo(46));
		assertThat(aggregates.careers()).extracting(GroupAggregates.CareerCount::slug)
			.containsExactly("informatics-analyst");
		assertThat(aggregates.hiddenCareers()).isEqualTo(1);

		GroupAggregates few = GroupAggregates.of(results.subList(0, 9), 10);
		assertThat(few.shown()).isFalse();
		assertThat(few.medians()).singleElement().satisfies((median) -> assertThat(median.median()).isNull());
		assertThat(few.careers()).isEmpty();
	}

	private static ResultSummary summary(String verdict, int coding, String career) {
		return new ResultSummary(1, "t", Instant.EPOCH, verdict, 50, 50,
				List.of(new DimensionScore("CODING", "Coding", coding, "HIM")),
				List.of(new CareerLink(career, career)));
	}

	private static List<Boolean> hidden(List<Count> counts) {
		return counts.stream().map(Count::hidden).toList();
	}

}
