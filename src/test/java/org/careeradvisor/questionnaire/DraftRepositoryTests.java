package org.careeradvisor.questionnaire;

import java.time.LocalDateTime;
import java.util.Map;

import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.web.SecureTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
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
	QuestionRepository questions;

	@Autowired
	CareerProfileRepository profiles;

	@Test
	void draftsKeepAnswersAndContext() {
		String token = SecureTokens.newToken();
		LocalDateTime now = LocalDateTime.of(2026, 11, 22, 10, 0);
		Draft draft = this.drafts.save(new Draft(token, 1, Form.QUICK, now));
		draft.answer(Map.of("r1", 5, "c1", 1), now);
		draft.describe(new Context(EducationLevel.ASSOCIATE, EducationLevel.MASTER, 4, true), now);
		this.drafts.save(draft);

		Draft found = this.drafts.findByToken(token).orElseThrow();
		assertThat(found.getAnswers()).containsExactlyInAnyOrderEntriesOf(Map.of("r1", 5, "c1", 1));
		assertThat(found.getEducationPlanned()).isEqualTo(EducationLevel.MASTER);
		assertThat(found.getClinicalLicence()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> found.answer(Map.of("r1", 7), now));
	}

	@Test
	void theSeedHasThirtyWeightedQuestionsAndTwelveInTheQuickForm() {
		assertThat(this.questions.currentVersion()).isEqualTo(1);
		assertThat(this.questions.findByVersionWithWeights(1)).hasSize(30)
			.allSatisfy((q) -> assertThat(q.getWeights()).isNotEmpty())
			.filteredOn(Question::isInQuickForm)
			.hasSize(12);
		assertThat(this.profiles.findAll().stream().map(CareerProfile::getCareerSlug).distinct()).hasSize(18);
	}

}
