package org.careeradvisor.questionnaire;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogQueries;
import org.careeradvisor.catalog.CatalogQueries.CatalogSnapshot;
import org.careeradvisor.catalog.CatalogQueries.CertificationName;
import org.careeradvisor.counselor.Groups;
import org.careeradvisor.counselor.Groups.GroupInvite;
import org.careeradvisor.results.ResultSnapshot;
import org.careeradvisor.results.Results;
import org.careeradvisor.results.Results.StoredLinks;
import org.careeradvisor.web.BadRequestException;
import org.careeradvisor.web.NotFoundException;
import org.careeradvisor.web.SecureTokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.Errors;

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

	private final Groups groups;

	private final Clock clock;

	/**
	 * How long a submitted draft remembers its result, for a second submit, at least: the
	 * hourly {@link DraftRetention} job deletes it after that.
	 */
	static final Duration SUBMITTED_KEPT = Duration.ofHours(1);

	QuestionnaireService(QuestionRepository questions, DimensionRepository dimensions, CareerProfileRepository profiles,
			DraftRepository drafts, CatalogQueries catalog, Results results, Groups groups, Clock clock) {
		this.questions = questions;
		this.dimensions = dimensions;
		this.profiles = profiles;
		this.drafts = drafts;
		this.catalog = catalog;
		this.results = results;
		this.groups = groups;
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

	/**
	 * Starts a questionnaire, for a counselor's group when a code is given.
	 * @param groupCode the group's join code as typed, or {@code null}
	 * @return the new draft's token, or empty when the code names no open group
	 */
	@Transactional
	Optional<String> start(Form form, String groupCode) {
		Long groupId = null;
		if (groupCode != null) {
			Optional<GroupInvite> group = this.groups.openGroup(groupCode);
			if (group.isEmpty()) {
				return Optional.empty();
			}
			groupId = group.get().id();
		}
		String token = SecureTokens.newToken();
		this.drafts.save(new Draft(token, currentVersion(), form, groupId, now()));
		return Optional.of(token);
	}

	/** An open group by its code as typed. */
	Optional<GroupInvite> group(String code) {
		return this.groups.openGroup(code);
	}

	/** The open group a draft was started for, if any. */
	Optional<GroupInvite> group(Sheet sheet) {
		return (sheet.groupId() == null) ? Optional.empty() : this.groups.openGroup(sheet.groupId());
	}

	/**
	 * A draft with the questions of its form, or not found for a malformed or unknown
	 * token.
	 */
	Sheet sheet(String token) {
		Draft draft = findDraft(token);
		return new Sheet(draft, items(draft), null);
	}

	/**
	 * A draft as {@link #sheet(String)} with what it says about the person, for the
	 * about-you page (read only there: experience and credentials are two more queries).
	 */
	Sheet aboutSheet(String token) {
		Draft draft = findDraft(token);
		return new Sheet(draft, items(draft), AboutYouForm.of(draft));
	}

	/**
	 * One page of answers, in one transaction that reads the draft once: stores the
	 * answers and says where to go next, or stores nothing and says what is missing.
	 */
	@Transactional
	PageOutcome answerPage(String token, int page, String action, MultiValueMap<String, String> params) {
		Draft draft = findDraft(token);
		if (draft.isSubmitted()) {
			return new Moved("/results/manage/" + draft.getResultManageToken());
		}
		Sheet sheet = new Sheet(draft, items(draft), null);
		sheet.checkPage(page);
		List<Item> items = sheet.page(page);
		Map<String, Integer> given = AnswerParser.parse(params,
				items.stream().map(Item::code).collect(Collectors.toSet()));
		if ("next".equals(action)) {
			Set<String> missing = sheet.unanswered(page, given);
			if (!missing.isEmpty()) {
				Map<String, Integer> shown = new HashMap<>(sheet.answers());
				shown.putAll(given);
				return new MissingAnswers(sheet, page, shown, missing, false);
			}
		}
		draft.answer(given, now());
		String base = "/questionnaire/" + token + "/";
		return new Moved(switch (action) {
			case "back" -> base + Math.max(1, page - 1);
			case "save" -> base + "saved";
			default -> base + ((page < sheet.questionPages()) ? String.valueOf(page + 1) : "about");
		});
	}

	/**
	 * The about-you page, in one transaction that reads the draft once: saves it, goes
	 * back, or submits (scores, stores the result and remembers it on the draft). A
	 * second submit of the same draft leads to the first result.
	 * @param errors the form's binding errors, to which consistency errors are added
	 */
	@Transactional
	PageOutcome about(String token, String action, AboutYouForm form, Errors errors, GroupChoice group) {
		Draft draft = findDraft(token);
		if (draft.isSubmitted()) {
			return new Moved("/results/manage/" + draft.getResultManageToken());
		}
		draft.chooseForGroup(group.nickname(), group.share());
		Sheet sheet = new Sheet(draft, items(draft), null);
		form.checkConsistency(errors, credentials().stream().map(CertificationName::slug).toList());
		if ("back".equals(action) || "save".equals(action)) {
			if (!errors.hasErrors()) {
				draft.describe(form.toContext(), now());
			}
			return new Moved("/questionnaire/" + token + "/"
					+ ("back".equals(action) ? String.valueOf(sheet.questionPages()) : "saved"));
		}
		if (errors.hasErrors()) {
			return new InvalidAbout(sheet);
		}
		Optional<Integer> incomplete = sheet.firstIncompletePage();
		if (incomplete.isPresent()) {
			return new MissingAnswers(sheet, incomplete.get(), sheet.answers(),
					sheet.unanswered(incomplete.get(), sheet.answers()), true);
		}
		Context context = form.toContext();
		draft.describe(context, now());
		StoredLinks links = this.results
			.store(evaluate(draft.getVersion(), draft.getForm(), sheet.items(), draft.getAnswers(), context));
		draft.submitted(links.viewToken(), links.manageToken(), now());
		if (draft.getGroupId() != null && group.share()) {
			this.groups.join(draft.getGroupId(), links.viewToken(), group.nickname());
		}
		return new Moved("/results/manage/" + links.manageToken());
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
	record Sheet(String token, Form form, List<Item> items, Map<String, Integer> answers, AboutYouForm about,
			String resultManageToken, Long groupId, String groupNickname, boolean groupShare, int version) {

		/**
		 * @param about what the draft says about the person, or {@code null} where no
		 * page needs it
		 */
		Sheet(Draft draft, List<Item> items, AboutYouForm about) {
			this(draft.getToken(), draft.getForm(), items, Map.copyOf(draft.getAnswers()), about,
					draft.getResultManageToken(), draft.getGroupId(), draft.getGroupNickname(), draft.isGroupShare(),
					draft.getVersion());
		}

		/**
		 * Whether this draft has become a result; its pages then lead to it.
		 */
		boolean submitted() {
			return this.resultManageToken != null;
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

		void checkPage(int page) {
			if (page < 1 || page > questionPages()) {
				throw new NotFoundException("Page");
			}
		}

		/**
		 * The questions of a page that the given answers leave open.
		 */
		Set<String> unanswered(int page, Map<String, Integer> answers) {
			return page(page).stream()
				.map(Item::code)
				.filter((code) -> !answers.containsKey(code))
				.collect(Collectors.toSet());
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
	 * What the about-you page says about sharing with the group the questionnaire was
	 * started for (ignored without one).
	 *
	 * @param nickname the name to appear under, or {@code null} for a pseudonym
	 * @param share whether to share the result with the group
	 */
	record GroupChoice(String nickname, boolean share) {

		static final int NICKNAME_LENGTH = 30;

		GroupChoice {
			nickname = (nickname == null || nickname.isBlank()) ? null : nickname.strip().replaceAll("\\s+", " ");
			if (nickname != null && nickname.length() > NICKNAME_LENGTH) {
				throw new BadRequestException("error.400", "Nickname longer than " + NICKNAME_LENGTH);
			}
		}

	}

	/**
	 * What a questionnaire post leads to.
	 */
	sealed interface PageOutcome permits Moved, MissingAnswers, InvalidAbout {

	}

	/**
	 * Done: go to this address.
	 */
	record Moved(String location) implements PageOutcome {
	}

	/**
	 * Nothing stored: a page of questions has unanswered ones.
	 *
	 * @param shown the answers to show again, given and stored
	 * @param atSubmit whether this came from submitting the last page
	 */
	record MissingAnswers(Sheet sheet, int page, Map<String, Integer> shown, Set<String> missing,
			boolean atSubmit) implements PageOutcome {
	}

	/**
	 * Nothing stored: the about-you answers have errors.
	 */
	record InvalidAbout(Sheet sheet) implements PageOutcome {
	}

}
