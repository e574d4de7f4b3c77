package org.careeradvisor.questionnaire;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.careeradvisor.questionnaire.Assessment.Contribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ScoringEngineTests {

	static final List<Dimension> DIMENSIONS = List.of(new Dimension("records", "Records integrity", 0.1, 1.0),
			new Dimension("coding", "Coding and classification", 0.1, 1.0),
			new Dimension("privacy", "Privacy and compliance", 0.3, 0.9),
			new Dimension("analysis", "Data analysis", 0.7, 0.5),
			new Dimension("systems", "Systems design and build", 1.0, 0.1),
			new Dimension("workflow", "Clinical workflow", 0.9, 0.2),
			new Dimension("leadership", "Leadership and management", 0.5, 0.5),
			new Dimension("programming", "Programming", 1.0, 0.0));

	/** HIM-leaning items first, then HI-leaning ones, then one that belongs to both. */
	static final List<Item> ITEMS = List.of(new Item("r1", "Find gaps in a chart", Map.of("records", 1.0)),
			new Item("c1", "Assign diagnosis codes", Map.of("coding", 1.0)),
			new Item("p1", "Answer a records request", Map.of("privacy", 1.0)),
			new Item("l1", "Run a coding team", Map.of("leadership", 0.6, "coding", 0.4)),
			new Item("s1", "Design a data model", Map.of("systems", 0.7, "programming", 0.3)),
			new Item("w1", "Build an order set", Map.of("workflow", 0.5, "systems", 0.5)),
			new Item("g1", "Write a cleaning script", Map.of("programming", 0.7, "analysis", 0.3)),
			new Item("w3", "Train clinicians", Map.of("workflow", 0.6, "leadership", 0.4)),
			new Item("a2", "Build a dashboard", Map.of("analysis", 1.0)));

	static final List<String> HIM_ITEMS = List.of("r1", "c1", "p1", "l1");

	static final List<String> HI_ITEMS = List.of("s1", "w1", "g1", "w3");

	final ScoringEngine engine = new ScoringEngine(DIMENSIONS);

	@Test
	void clearHiPersonaLeansHi() {
		Assessment result = this.engine.score(ITEMS, persona(5, 1, 4));
		assertThat(result.verdict()).isEqualTo(Verdict.HI);
		assertThat(result.hi()).isGreaterThan(75);
		assertThat(result.him()).isLessThan(40);
		// Liking HI work and disliking HIM work both push toward HI.
		assertThat(result.towardHi(ITEMS.size())).extracting(Contribution::code)
			.containsAnyElementsOf(HI_ITEMS)
			.containsAnyElementsOf(HIM_ITEMS);
		assertThat(result.towardHim(ITEMS.size())).extracting(Contribution::code).doesNotContainAnyElementsOf(HI_ITEMS);
	}

	@Test
	void clearHimPersonaLeansHim() {
		Assessment result = this.engine.score(ITEMS, persona(1, 5, 3));
		assertThat(result.verdict()).isEqualTo(Verdict.HIM);
		assertThat(result.difference()).isLessThan(-30);
		assertThat(result.towardHim(1)).extracting(Contribution::code).containsAnyElementsOf(HIM_ITEMS);
	}

	@Test
	void balancedPersonaIsACloseCall() {
		Map<String, Integer> answers = persona(4, 4, 5);
		answers.put("r1", 5);
		answers.put("s1", 5);
		answers.put("c1", 3);
		answers.put("w1", 3);
		Assessment result = this.engine.score(ITEMS, answers);
		assertThat(result.verdict()).isEqualTo(Verdict.CLOSE);
		assertThat(Math.abs(result.difference())).isLessThan(ScoringEngine.CLOSE_CALL);
	}

	@Test
	void uniformAnswersCannotTellTheDisciplinesApart() {
		for (int answer = 1; answer <= 5; answer++) {
			Assessment result = this.engine.score(ITEMS, persona(answer, answer, answer));
			assertThat(result.verdict()).as("all %d", answer).isEqualTo(Verdict.UNCLEAR);
			assertThat(result.difference()).isCloseTo(0, within(1e-9));
		}
	}

	@Test
	void sameAnswersGiveTheSameAssessment() {
		Map<String, Integer> answers = randomAnswers(new Random(7));
		assertThat(this.engine.score(ITEMS, answers)).isEqualTo(this.engine.score(ITEMS, Map.copyOf(answers)));
		assertThat(new ScoringEngine(DIMENSIONS).score(ITEMS, answers)).isEqualTo(this.engine.score(ITEMS, answers));
	}

	@Test
	void raisingAnAnswerOnAnHiWeightedItemNeverLowersTheHiScore() {
		Random random = new Random(42);
		for (int run = 0; run < 2000; run++) {
			Map<String, Integer> answers = randomAnswers(random);
			Item item = ITEMS.get(random.nextInt(ITEMS.size()));
			if (answers.get(item.code()) == ScoringEngine.MAX_ANSWER || hiAffinity(item) == 0) {
				continue;
			}
			double before = this.engine.score(ITEMS, answers).hi();
			answers.put(item.code(), answers.get(item.code()) + 1);
			assertThat(this.engine.score(ITEMS, answers).hi()).as(item.code()).isGreaterThan(before);
		}
	}

	@Test
	void raisingAnAnswerOnAnHimWeightedItemNeverLowersTheHimScore() {
		Random random = new Random(43);
		for (int run = 0; run < 2000; run++) {
			Map<String, Integer> answers = randomAnswers(random);
			Item item = ITEMS.get(random.nextInt(ITEMS.size()));
			if (answers.get(item.code()) == ScoringEngine.MAX_ANSWER) {
				continue;
			}
			double before = this.engine.score(ITEMS, answers).him();
			answers.put(item.code(), answers.get(item.code()) + 1);
			assertThat(this.engine.score(ITEMS, answers).him()).isGreaterThanOrEqualTo(before);
		}
	}

	@Test
	void symmetricAnswersGiveACloseCall() {
		// A mirrored bank: every item has a twin that loads on the other discipline just
		// as strongly.
		List<Dimension> mirrored = List.of(new Dimension("hi", "HI side", 1.0, 0.0),
				new Dimension("him", "HIM side", 0.0, 1.0), new Dimension("shared", "Shared", 0.5, 0.5));
		List<Item> items = List.of(new Item("a", "A", Map.of("hi", 1.0)), new Item("a'", "A'", Map.of("him", 1.0)),
				new Item("b", "B", Map.of("hi", 0.6, "shared", 0.4)),
				new Item("b'", "B'", Map.of("him", 0.6, "shared", 0.4)), new Item("c", "C", Map.of("shared", 1.0)));
		ScoringEngine mirror = new ScoringEngine(mirrored);
		Random random = new Random(3);
		for (int run = 0; run < 500; run++) {
			int a = 1 + random.nextInt(5);
			int b = 1 + random.nextInt(5);
			int c = 1 + random.nextInt(5);
			Map<String, Integer> answers = Map.of("a", a, "a'", a, "b", b, "b'", b, "c", c);
			Assessment result = mirror.score(items, answers);
			assertThat(result.difference()).isCloseTo(0, within(1e-9));
			assertThat(result.verdict()).isIn(Verdict.CLOSE, Verdict.UNCLEAR);
			// Mirroring any answers between twins swaps the two scores.
			int x = 1 + random.nextInt(5);
			int y = 1 + random.nextInt(5);
			Assessment lopsided = mirror.score(items, Map.of("a", x, "a'", y, "b", y, "b'", x, "c", c));
			Assessment swapped = mirror.score(items, Map.of("a", y, "a'", x, "b", x, "b'", y, "c", c));
			assertThat(swapped.hi()).isCloseTo(lopsided.him(), within(1e-9));
			assertThat(swapped.him()).isCloseTo(lopsided.hi(), within(1e-9));
		}
	}

	@Test
	void scoresStayBetweenZeroAndOneHundred() {
		Random random = new Random(11);
		for (int run = 0; run < 2000; run++) {
			Assessment result = this.engine.score(ITEMS, randomAnswers(random));
			assertThat(result.hi()).isBetween(0.0, 100.0);
			assertThat(result.him()).isBetween(0.0, 100.0);
			assertThat(result.dimensions()).allSatisfy((d) -> assertThat(d.score()).isBetween(0.0, 100.0));
		}
		assertThat(this.engine.score(ITEMS, persona(5, 5, 5)).hi()).isCloseTo(100, within(1e-9));
		assertThat(this.engine.score(ITEMS, persona(1, 1, 1)).him()).isCloseTo(0, within(1e-9));
	}

	@Test
	void contributionsAddUpToTheDifference() {
		Random random = new Random(5);
		for (int run = 0; run < 200; run++) {
			Assessment result = this.engine.score(ITEMS, randomAnswers(random));
			double sum = result.contributions().stream().mapToDouble(Contribution::points).sum();
			assertThat(sum).isCloseTo(result.difference(), within(1e-9));
		}
	}

	@Test
	void rejectsIncompleteOrOutOfRangeAnswers() {
		Map<String, Integer> missing = persona(3, 4, 5);
		missing.remove("c1");
		assertThatIllegalArgumentException().isThrownBy(() -> this.engine.score(ITEMS, missing));
		Map<String, Integer> tooHigh = persona(3, 4, 5);
		tooHigh.put("c1", 6);
		assertThatIllegalArgumentException().isThrownBy(() -> this.engine.score(ITEMS, tooHigh));
		Map<String, Integer> tooLow = persona(3, 4, 5);
		tooLow.put("c1", 0);
		assertThatIllegalArgumentException().isThrownBy(() -> this.engine.score(ITEMS, tooLow));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.engine.score(List.of(new Item("x", "X", Map.of("astrology", 1.0))), Map.of("x", 3)));
	}

	/**
	 * Answers HI-leaning items with {@code hi}, HIM-leaning ones with {@code him}, the
	 * rest with {@code other}.
	 */
	static Map<String, Integer> persona(int hi, int him, int other) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (Item item : ITEMS) {
			answers.put(item.code(),
					HI_ITEMS.contains(item.code()) ? hi : HIM_ITEMS.contains(item.code()) ? him : other);
		}
		return answers;
	}

	static Map<String, Integer> randomAnswers(Random random) {
		Map<String, Integer> answers = new HashMap<>();
		ITEMS.forEach((item) -> answers.put(item.code(), 1 + random.nextInt(5)));
		return answers;
	}

	private static double hiAffinity(Item item) {
		return item.weights()
			.entrySet()
			.stream()
			.mapToDouble((e) -> e.getValue() * DIMENSIONS.stream()
				.filter((d) -> d.code().equals(e.getKey()))
				.findFirst()
				.orElseThrow()
				.hiWeight())
			.sum();
	}

}
