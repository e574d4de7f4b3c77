package org.careeradvisor.questionnaire;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.ExperienceKind;
import org.careeradvisor.catalog.Licence;
import org.careeradvisor.web.SecureTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Drafts and the questionnaire seed, on H2 here and on PostgreSQL in the subclass.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DraftRepositoryTests {

	@Autowired
	DraftRepository drafts;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	QuestionRepository questions;

	@Autowired
	CareerProfileRepository profiles;

	@Test
	void draftsKeepAnswersAndContext() {
		String token = SecureTokens.newToken();
		LocalDateTime now = LocalDateTime.of(2026, 11, 22, 10, 0);
		Draft draft = this.drafts.save(new Draft(token, 1, Form.QUICK, null, now));
		draft.answer(Map.of("r1", 5, "c1", 1), now);
		draft.describe(new Context(EducationLevel.ASSOCIATE, EducationPlan.MASTER,
				Map.of(ExperienceKind.CODING, 4, ExperienceKind.PRIVACY, 2), Set.of("rhit"), Licence.RN), now);
		this.drafts.save(draft);
		// Read back from the database, not from the persistence context.
		this.entityManager.flush();
		this.entityManager.clear();

		Draft found = this.drafts.findByToken(token).orElseThrow();
		assertThat(found).isNotSameAs(draft);
		assertThat(found.getAnswers()).containsExactlyInAnyOrderEntriesOf(Map.of("r1", 5, "c1", 1));
		assertThat(found.getEducationPlanned()).isEqualTo(EducationPlan.MASTER);
		assertThat(found.getLicence()).isEqualTo(Licence.RN);
		assertThat(found.getExperience())
			.containsExactlyInAnyOrderEntriesOf(Map.of(ExperienceKind.CODING, 4, ExperienceKind.PRIVACY, 2));
		assertThat(found.getCredentials()).containsExactly("rhit");
		assertThatIllegalArgumentException().isThrownBy(() -> found.answer(Map.of("r1", 7), now));
	}

	@Test
	void theSeedHasThirtyWeightedQuestionsAndTwelveInTheQuickForm() {
		assertThat(this.questions.currentVersion()).isEqualTo(2);
		for (int version : new int[] { 1, 2 }) {
			assertThat(this.questions.findByVersionWithWeights(version)).hasSize(30)
				.allSatisfy((q) -> assertThat(q.getWeights()).isNotEmpty())
				.allSatisfy((q) -> assertThat(q.toItem().label()).isNotEqualTo(q.getText()))
				.filteredOn(Question::isInQuickForm)
				.hasSize(12);
		}
		// Version 2 rewords every task, explains each one, and keeps version 1's weights.
		List<Question> second = this.questions.findByVersionWithWeights(2);
		assertThat(second).allSatisfy((q) -> assertThat(q.toItem().hint()).isNotBlank());
		assertThat(second.stream().map(Question::toItem).map(Item::weights).toList()).isEqualTo(
				this.questions.findByVersionWithWeights(1).stream().map(Question::toItem).map(Item::weights).toList());
		assertThat(second).extracting(Question::getText)
			.noneMatch((text) -> text.contains("team of coders") || text.contains("indexing system"));
		assertThat(this.profiles.findAll().stream().map(CareerProfile::getCareerSlug).distinct()).hasSize(18);
	}

}
