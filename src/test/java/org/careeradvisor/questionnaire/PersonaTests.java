package org.careeradvisor.questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.ExperienceKind;
import org.careeradvisor.catalog.Licence;
import org.careeradvisor.results.ResultSnapshot;
import org.careeradvisor.results.ResultSnapshot.CareerMatch;
import org.careeradvisor.results.ResultSnapshot.CertificationMatch;
import org.careeradvisor.results.ResultSnapshot.Reason;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Six people a counselor would recognise, scored with the real questions, weights and
 * catalog: the verdict, reasons that name tasks they liked on the winning side, careers
 * they can reach, and certifications that are "now" only when a route is fully met.
 */
@SpringBootTest
class PersonaTests {

	@Autowired
	QuestionnaireService questionnaire;

	@Test
	void aMedicalCoderOfSixYears() {
		ResultSnapshot result = evaluate(byTask(Map.of('c', 5, 'p', 5, 'r', 4, 'g', 1, 's', 2, 'w', 2, 'a', 3, 'l', 3)),
				new Context(EducationLevel.ASSOCIATE, EducationPlan.BACHELOR, Map.of(ExperienceKind.CODING, 6),
						Set.of(), Licence.NONE));
		assertThat(result.verdict()).isEqualTo("HIM");
		assertLikedReasonsOnTheWinningSide(result, "HIM", Set.of('c', 'p', 'r'));
		// She liked coding and privacy tasks: both kinds of work are named.
		assertThat(result.reasons("HIM", true)).extracting((r) -> r.code().charAt(0)).contains('c', 'p');
		assertThat(result.strengths()).extracting(ResultSnapshot.Strength::code).contains("coding");
		assertThat(certification(result, "CHPS").reach()).as("coding is not privacy management")
			.isEqualTo("AFTER_YEARS");
		assertThat(result.certifications()).filteredOn((c) -> c.acronym().equals("CTR"))
			.allSatisfy((c) -> assertThat(c.reach()).isNotIn("NOW", "NOW_IF"));
		assertOnlyFullyMetRoutesAreNow(result);
	}

	@Test
	void aComputerScienceGraduate() {
		ResultSnapshot result = evaluate(byTask(Map.of('g', 5, 's', 5, 'a', 5, 'w', 3, 'l', 3, 'c', 1, 'r', 2, 'p', 2)),
				new Context(EducationLevel.BACHELOR, EducationPlan.NO_MORE, Map.of(ExperienceKind.IT, 1), Set.of(),
						Licence.NONE));
		assertThat(result.verdict()).isEqualTo("HI");
		assertLikedReasonsOnTheWinningSide(result, "HI", Set.of('g', 's', 'a'));
		assertThat(result.careers()).extracting(CareerMatch::affinity).doesNotContain("HIM");
		assertThat(result.careers()).filteredOn(CareerMatch::needsLicence).isEmpty();
		assertOnlyFullyMetRoutesAreNow(result);
	}

	@Test
	void aNurseOfFifteenYears() {
		ResultSnapshot result = evaluate(byTask(Map.of('w', 5, 's', 4, 'a', 4, 'l', 3, 'g', 2, 'c', 1, 'r', 2, 'p', 3)),
				new Context(EducationLevel.BACHELOR, EducationPlan.MASTER, Map.of(ExperienceKind.CLINICAL, 15),
						Set.of(), Licence.RN));
		assertThat(result.verdict()).isEqualTo("HI");
		assertLikedReasonsOnTheWinningSide(result, "HI", Set.of('w', 's', 'a'));
		assertThat(result.reasons("HI", true)).extracting(Reason::code).allMatch((code) -> code.charAt(0) != 'c');
		CareerMatch informaticist = result.careers()
			.stream()
			.filter((c) -> c.slug().equals("clinical-informaticist"))
			.findFirst()
			.orElseThrow();
		assertThat(informaticist.needsLicence()).isFalse();
		// Fifteen years at the bedside are not informatics experience.
		assertThat(result.certifications()).filteredOn((c) -> c.acronym().equals("AHIC"))
			.allSatisfy((c) -> assertThat(c.reach()).isNotIn("NOW", "NOW_IF"));
		assertLicensedCareersComeLast(result);
		assertOnlyFullyMetRoutesAreNow(result);
	}

	@Test
	void anUndecidedSchoolLeaver() {
		ResultSnapshot result = evaluate(byTask(Map.of('w', 4, 's', 3, 'a', 4, 'l', 3, 'g', 3, 'c', 4, 'r', 3, 'p', 4)),
				new Context(EducationLevel.HIGH_SCHOOL, EducationPlan.UNDECIDED, Map.of(), Set.of(), Licence.NONE));
		assertThat(result.verdict()).isEqualTo("CLOSE");
		assertThat(Math.abs(result.difference())).isLessThan(result.closeBand());
		assertThat(result.careers()).extracting(CareerMatch::affinity).contains("HI", "HIM");
		// Not decided yet: careers at every level of education, each showing what it
		// needs.
		assertThat(result.careers()).extracting(CareerMatch::entryEducation).contains("BACHELOR");
		assertThat(result.programs()).extracting(ResultSnapshot.ProgramMatch::discipline).contains("HI", "HIM");
		assertOnlyFullyMetRoutesAreNow(result);
	}

	@Test
	void aComplianceAnalyst() {
		ResultSnapshot result = evaluate(byTask(Map.of('p', 5, 'r', 4, 'l', 4, 'c', 3, 'a', 3, 'w', 2, 's', 2, 'g', 1)),
				new Context(EducationLevel.BACHELOR, EducationPlan.UNDECIDED, Map.of(ExperienceKind.PRIVACY, 5),
						Set.of(), Licence.NONE));
		assertThat(result.verdict()).isEqualTo("HIM");
		assertLikedReasonsOnTheWinningSide(result, "HIM", Set.of('p', 'r', 'l'));
		assertThat(result.reasons("HIM", true)).extracting(Reason::code).anyMatch((code) -> code.startsWith("p"));
		assertThat(result.strengths().get(0).code()).isEqualTo("privacy");
		assertThat(certification(result, "CHPS").reach()).as("a bachelor's and 2 years of privacy management")
			.isEqualTo("NOW");
		assertOnlyFullyMetRoutesAreNow(result);
	}

	@Test
	void someoneWhoClicksTheTopAnswerOnEveryItem() {
		ResultSnapshot result = evaluate((code) -> 5,
				new Context(EducationLevel.HIGH_SCHOOL, EducationPlan.BACHELOR, Map.of(), Set.of(), Licence.NONE));
		assertThat(result.verdict()).isEqualTo("UNCLEAR");
		assertThat(result.reasons()).isEmpty();
		assertThat(result.strengths()).isEmpty();
		assertThat(result.careers()).isEmpty();
		assertThat(result.certifications()).isEmpty();
		assertThat(result.programs()).isEmpty();
	}

	private ResultSnapshot evaluate(Function<String, Integer> answer, Context context) {
		List<Item> items = this.questionnaire.items(2, Form.STANDARD);
		Map<String, Integer> answers = new HashMap<>();
		items.forEach((item) -> answers.put(item.code(), answer.apply(item.code())));
		return this.questionnaire.evaluate(2, Form.STANDARD, items, answers, context);
	}

	/** Answers by the first letter of each task's code (its kind of work). */
	private static Function<String, Integer> byTask(Map<Character, Integer> answers) {
		return (code) -> answers.get(code.charAt(0));
	}

	private static void assertLikedReasonsOnTheWinningSide(ResultSnapshot result, String side, Set<Character> liked) {
		List<Reason> reasons = result.reasons(side, true);
		assertThat(reasons).as("tasks liked on the winning side are named").isNotEmpty();
		assertThat(reasons).allSatisfy((reason) -> {
			assertThat(reason.answer()).isGreaterThan(3);
			assertThat(liked).contains(reason.code().charAt(0));
			assertThat(reason.taskSide()).isEqualTo(side);
			assertThat(reason.label()).isNotEqualTo(reason.text());
		});
		assertThat(result.reasons(side, false)).allSatisfy((reason) -> {
			assertThat(reason.answer()).isLessThan(3);
			assertThat(reason.taskSide()).isNotEqualTo(side);
		});
	}

	private static void assertLicensedCareersComeLast(ResultSnapshot result) {
		boolean seenMissing = false;
		for (CareerMatch career : result.careers()) {
			if (seenMissing) {
				assertThat(career.needsLicence()).as(career.title()).isTrue();
			}
			seenMissing |= career.needsLicence();
		}
	}

	private static void assertOnlyFullyMetRoutesAreNow(ResultSnapshot result) {
		assertThat(result.certificationsIn("NOW")).allSatisfy((c) -> {
			assertThat(c.prepared()).isTrue();
			assertThat(c.extraConditions()).isNull();
			assertThat(c.years()).isZero();
			assertThat(c.education()).isNull();
			assertThat(c.programSlug()).isNull();
		});
		assertThat(result.certifications()).map(CertificationMatch::route)
			.filteredOn(Objects::nonNull)
			.allSatisfy((route) -> assertThat(route).doesNotContain("not captured", "not found in corpus"));
	}

	private static CertificationMatch certification(ResultSnapshot result, String acronym) {
		return result.certifications()
			.stream()
			.filter((c) -> c.acronym().equals(acronym))
			.findFirst()
			.orElseThrow(() -> new AssertionError(acronym + " not among " + result.certifications()));
	}

}
