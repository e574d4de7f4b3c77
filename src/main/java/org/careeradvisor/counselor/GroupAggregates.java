package org.careeradvisor.counselor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careeradvisor.results.ResultSnapshot.CareerLink;
import org.careeradvisor.results.ResultSnapshot.DimensionScore;
import org.careeradvisor.results.ResultSummary;

/**
 * What a group's results add up to: how many came out for each verdict, the median
 * interest in each kind of work, and the careers most often among a result's first three.
 * Plain Java, so that its suppression is tested on its own.
 *
 * <p>
 * Small numbers can point at one student, so every count from 1 to {@code minCell - 1} is
 * hidden; when one count of a total is hidden, the next smallest is hidden too
 * (complementary suppression), or the hidden one could be found by subtraction. With
 * fewer results than {@code minCell} in the group, nothing is shown. A median is shown
 * only when at least {@code minCell} results have the kind of work.
 *
 * @param total the number of results, hidden when below the minimum
 * @param verdicts a count per verdict, in the order of {@link #VERDICTS}
 * @param medians the median interest per kind of work, in the results' order
 * @param careers the careers named by at least {@code minCell} results, most named first
 * @param hiddenCareers how many other careers were named, each by fewer results
 */
record GroupAggregates(int minCell, Count total, List<VerdictCount> verdicts, List<DimensionMedian> medians,
		List<CareerCount> careers, int hiddenCareers) {

	static final List<String> VERDICTS = List.of("HI", "HIM", "CLOSE", "UNCLEAR");

	static final int MOST_NAMED_CAREERS = 5;

	/** A count as shown: its value, or hidden. */
	record Count(int value, boolean hidden) {

		/** The share of a total in percent, for a bar; 0 when hidden. */
		public int percentOf(int total) {
			return (this.hidden || total == 0) ? 0 : Math.round(100f * this.value / total);
		}

	}

	record VerdictCount(String verdict, Count count) {
	}

	/**
	 * @param median the median score (0-100), or {@code null} when hidden
	 */
	record DimensionMedian(String code, String name, Integer median) {
	}

	record CareerCount(String slug, String title, int count) {
	}

	/** Whether anything can be shown at all. */
	public boolean shown() {
		return !this.total.hidden();
	}

	static GroupAggregates of(List<ResultSummary> results, int minCell) {
		int total = results.size();
		List<Integer> cells = VERDICTS.stream()
			.map((verdict) -> (int) results.stream().filter((r) -> verdict.equals(r.verdict())).count())
			.toList();
		List<Count> counts = suppress(cells, total, minCell);
		List<VerdictCount> verdicts = new ArrayList<>();
		for (int i = 0; i < VERDICTS.size(); i++) {
			verdicts.add(new VerdictCount(VERDICTS.get(i), counts.get(i)));
		}
		Count shownTotal = new Count(total, total < minCell);
		return new GroupAggregates(minCell, shownTotal, verdicts, medians(results, minCell),
				shownTotal.hidden() ? List.of() : careers(results, minCell, true),
				shownTotal.hidden() ? 0 : careers(results, minCell, false).size());
	}

	/**
	 * Hides the counts below the minimum and, when exactly one is hidden, the smallest
	 * other non-zero count as well (a zero only if there is no other); everything when
	 * the total itself is below the minimum.
	 */
	static List<Count> suppress(List<Integer> cells, int total, int minCell) {
		boolean[] hidden = new boolean[cells.size()];
		int hiddenCount = 0;
		for (int i = 0; i < cells.size(); i++) {
			hidden[i] = total < minCell || (cells.get(i) > 0 && cells.get(i) < minCell);
			hiddenCount += hidden[i] ? 1 : 0;
		}
		if (hiddenCount == 1) {
			int complement = -1;
			for (int i = 0; i < cells.size(); i++) {
				if (!hidden[i] && (complement < 0 || better(cells.get(i), cells.get(complement)))) {
					complement = i;
				}
			}
			if (complement >= 0) {
				hidden[complement] = true;
			}
		}
		List<Count> counts = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			counts.add(new Count(cells.get(i), hidden[i]));
		}
		return counts;
	}

	/** Whether a count is a better complement than another: non-zero, then smaller. */
	private static boolean better(int count, int than) {
		if ((count > 0) != (than > 0)) {
			return count > 0;
		}
		return count < than;
	}

	private static List<DimensionMedian> medians(List<ResultSummary> results, int minCell) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, List<Integer>> scores = new LinkedHashMap<>();
		for (ResultSummary result : results) {
			for (DimensionScore dimension : result.dimensions()) {
				names.putIfAbsent(dimension.code(), dimension.name());
				scores.computeIfAbsent(dimension.code(), (code) -> new ArrayList<>()).add(dimension.score());
			}
		}
		List<DimensionMedian> medians = new ArrayList<>();
		scores.forEach((code, values) -> medians
			.add(new DimensionMedian(code, names.get(code), (values.size() < minCell) ? null : median(values))));
		return medians;
	}

	static int median(List<Integer> values) {
		List<Integer> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: Math.round((sorted.get(middle - 1) + sorted.get(middle)) / 2f);
	}

	/** The careers named often enough ({@code shown}) or the others. */
	private static List<CareerCount> careers(List<ResultSummary> results, int minCell, boolean shown) {
		Map<String, CareerCount> counts = new LinkedHashMap<>();
		for (ResultSummary result : results) {
			for (CareerLink career : result.topCareers()) {
				counts.merge(career.slug(), new CareerCount(career.slug(), career.title(), 1),
						(a, b) -> new CareerCount(a.slug(), a.title(), a.count() + 1));
			}
		}
		return counts.values()
			.stream()
			.filter((c) -> (c.count() >= minCell) == shown)
			.sorted(Comparator.comparingInt(CareerCount::count).reversed().thenComparing(CareerCount::title))
			.limit(shown ? MOST_NAMED_CAREERS : Long.MAX_VALUE)
			.toList();
	}

}
