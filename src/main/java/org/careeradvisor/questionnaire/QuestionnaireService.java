package org.careeradvisor.questionnaire;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careeradvisor.catalog.CatalogQueries;
import org.careeradvisor.catalog.CatalogQueries.CatalogSnapshot;
import org.careeradvisor.catalog.CatalogQueries.CertificationName;
import org.careeradvisor.results.ResultSnapshot;
import org.careeradvisor.results.Results;
import org.careeradvisor.results.Results.StoredLinks;
import org.careeradvisor.web.NotFoundException;
import org.careeradvisor.web.SecureTokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, answers and submission. Scoring itself happens in the plain-Java
 * {@link ScoringEngine} and {@link Recommender}; this service loads what they need and
 * stores what they produce.
 */
@Service
@Transactional(readOnly = true)
class QuestionnaireService {

	private final QuestionRepository questions;

	private final DimensionRepository dimensions;

	private final CareerProfileRepository profiles;

	private final DraftRepository drafts;

	private final CatalogQueries catalog;

	private final Results results;

	private final Clock clock;

	QuestionnaireService(QuestionRepository questions, DimensionRepository dimensions, CareerProfileRepository profiles,
			DraftRepository drafts, CatalogQueries catalog, Results results, Clock clock) {
		this.questions = questions;
		this.dimensions = dimensions;
		this.profiles = profiles;
		this.drafts = drafts;
		this.catalog = catalog;
		this.results = results;
		this.clock = clock;
	}

	/**
	 * How many questions each form asks in the current version.
	 */
	Map<Form, Integer> formSizes() {
		List<Question> all = this.questions.findByVersionWithWeights(currentVersion());
		Map<Form, Integer> sizes = new EnumMap<>(Form.class);
		sizes.put(Form.STANDARD, all.size());
		sizes.put(Form.QUICK, (int) all.stream().filter(Question::isInQuickForm).count());
		return sizes;
	}

	/**
	 * The credentials a person may say they hold: every certification in the catalog.
	 */
	List<CertificationName> credentials() {
		return this.catalog.certificationNames();
	}

	@Transactional
	String start(Form form) {
		String token = SecureTokens.newToken();
		this.drafts.save(new Draft(token, currentVersion(), form, now()));
		return token;
	}

	/**
	 * A draft with the questions of its form, or not found for a malformed or unknown
	 * token.
	 */
	Sheet sheet(String token) {
		Draft draft = findDraft(token);
		return new Sheet(draft, items(draft));
	}

	@Transactional
	void answer(String token, Map<String, Integer> answers) {
		Draft draft = findDraft(token);
		draft.answer(answers, now());
	}

	@Transactional
	void describe(String token, Context context) {
		findDraft(token).describe(context, now());
	}

	/**
	 * Scores a complete draft, stores the result and removes the draft.
	 * @throws IncompleteException when a question is still unanswered
	 */
	@Transactional
	StoredLinks submit(String token, Context context) {
		Draft draft = findDraft(token);
		List<Item> items = items(draft);
		draft.describe(context, now());
		Sheet sheet = new Sheet(draft, items);
		Optional<Integer> incomplete = sheet.firstIncompletePage();
		if (incomplete.isPresent()) {
			throw new IncompleteException(incomplete.get());
		}
		StoredLinks links = this.results
			.store(evaluate(draft.getVersion(), draft.getForm(), items, draft.getAnswers(), context));
		this.drafts.delete(draft);
		return links;
	}

	/**
	 * Scores complete answers and recommends from the catalog, without storing anything.
	 */
	ResultSnapshot evaluate(int version, Form form, List<Item> items, Map<String, Integer> answers, Context context) {
		ScoringEngine engine = new ScoringEngine(
				this.dimensions.findAllByOrderByPosition().stream().map(InterestDimension::toDimension).toList());
		Assessment assessment = engine.score(items, answers);
		CatalogSnapshot snapshot = this.catalog.snapshot();
		Recommendations recommendations = new Recommender(careerProfiles()).recommend(assessment, context, snapshot);
		return ResultBuilder.build(version, form, items, answers, context, assessment, recommendations, snapshot,
				this.clock.instant());
	}

	/**
	 * The questions of one version and form.
	 */
	List<Item> items(int version, Form form) {
		return this.questions.findByVersionWithWeights(version)
			.stream()
			.filter((q) -> form == Form.STANDARD || q.isInQuickForm())
			.map(Question::toItem)
			.toList();
	}

	private Map<String, Map<String, Double>> careerProfiles() {
		Map<String, Map<String, Double>> byCareer = new HashMap<>();
		for (CareerProfile profile : this.profiles.findAll()) {
			byCareer.computeIfAbsent(profile.getCareerSlug(), (slug) -> new HashMap<>())
				.put(profile.getDimensionCode(), profile.getWeight().doubleValue());
		}
		return byCareer;
	}

	private List<Item> items(Draft draft) {
		return items(draft.getVersion(), draft.getForm());
	}

	private Draft findDraft(String token) {
		if (!SecureTokens.isWellFormed(token)) {
			throw new NotFoundException("Questionnaire");
		}
		return this.drafts.findByToken(token).orElseThrow(() -> new NotFoundException("Questionnaire"));
	}

	private int currentVersion() {
		Integer version = this.questions.currentVersion();
		if (version == null) {
			throw new IllegalStateException("No questionnaire version has been published");
		}
		return version;
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/**
	 * A draft and its questions, split into pages.
	 */
	record Sheet(String token, Form form, List<Item> items, Map<String, Integer> answers, AboutYouForm about) {

		Sheet(Draft draft, List<Item> items) {
			this(draft.getToken(), draft.getForm(), items, Map.copyOf(draft.getAnswers()), AboutYouForm.of(draft));
		}

		int questionPages() {
			return Pages.count(this.items.size());
		}

		/** The pages of questions plus the last page about the person. */
		int pageCount() {
			return questionPages() + 1;
		}

		List<Item> page(int page) {
			return Pages.page(this.items, page);
		}

		int answered() {
			return (int) this.items.stream().filter((item) -> this.answers.containsKey(item.code())).count();
		}

		Optional<Integer> firstIncompletePage() {
			for (int page = 1; page <= questionPages(); page++) {
				if (page(page).stream().anyMatch((item) -> !this.answers.containsKey(item.code()))) {
					return Optional.of(page);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * Thrown when a draft is submitted before every question is answered.
	 */
	static class IncompleteException extends RuntimeException {

		private final int page;

		IncompleteException(int page) {
			super("Page " + page + " has unanswered questions");
			this.page = page;
		}

		int page() {
			return this.page;
		}

	}

}
