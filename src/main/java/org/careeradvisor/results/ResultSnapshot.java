package org.careeradvisor.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything a result page shows, frozen when the result was computed. Codes are stored
 * as strings so that a stored result still reads the same after the catalog or the
 * questionnaire changes. Fields added in later formats are {@code null} (or 0) in results
 * stored before them, and pages render each result by its own format.
 *
 * @param questionnaireVersion the version of the questions that were answered
 * @param catalogVersion the version of the catalog data the recommendations came from
 * @param form {@code STANDARD} or {@code QUICK}
 * @param createdAt when the result was computed
 * @param hiScore the HI score, 0 to 100
 * @param himScore the HIM score, 0 to 100
 * @param verdict {@code HI}, {@code HIM}, {@code CLOSE} or {@code UNCLEAR}
 * @param figureEdition the edition of the pay and growth figures shown (May wages of that
 * year)
 * @param dimensions interest scores, 0 to 100
 * @param towardHi format 1: the answers that pushed most toward HI
 * @param towardHim format 1: the answers that pushed most toward HIM
 * @param careers careers ranked by fit
 * @param certifications certifications and when they come within reach
 * @param programs recommended kinds of programs
 * @param profile what the person said about their education and experience
 * @param answers every answer given
 * @param format {@code null} for the first format; {@value #CURRENT_FORMAT} since reasons
 * were grouped by liked and disliked tasks and eligibility read the person's own facts
 * @param closeBand differences below this many points are a close call
 * @param strengths the kinds of work the person liked most, strongest first
 * @param reasons the strongest answers of each group: toward each side, liked or disliked
 * @param nextDegree careers the next degree above the plan would open, or {@code null}
 * @param translations format 3: the catalog's texts this result shows, in each other
 * language as the catalog had them when the result was computed (language, then English
 * text, then translation); the questionnaire's texts are looked up by version and code
 */
public record ResultSnapshot(int questionnaireVersion, String catalogVersion, String form, Instant createdAt,
		int hiScore, int himScore, String verdict, int figureEdition, List<DimensionScore> dimensions,
		List<Reason> towardHi, List<Reason> towardHim, List<CareerMatch> careers,
		List<CertificationMatch> certifications, List<ProgramMatch> programs, Profile profile, List<Answer> answers,
		Integer format, Integer closeBand, List<Strength> strengths, List<Reason> reasons, NextDegree nextDegree,
		Map<String, Map<String, String>> translations) {

	public static final int CURRENT_FORMAT = 3;

	/**
	 * The format that grouped reasons and checked eligibility against the person's facts.
	 */
	static final int GROUPED_FORMAT = 2;

	public int difference() {
		return this.hiScore - this.himScore;
	}

	/**
	 * The day the result was computed, in UTC.
	 */
	public LocalDate createdOn() {
		return LocalDate.ofInstant(this.createdAt, ZoneOffset.UTC);
	}

	/**
	 * Whether this result explains itself with grouped reasons and checked eligibility.
	 */
	public boolean grouped() {
		return this.format != null && this.format >= GROUPED_FORMAT;
	}

	public boolean unclear() {
		return "UNCLEAR".equals(this.verdict);
	}

	public boolean close() {
		return "CLOSE".equals(this.verdict);
	}

	/**
	 * The side that lost, for a clear verdict.
	 */
	public String otherSide() {
		return "HI".equals(this.verdict) ? "HIM" : "HI";
	}

	/**
	 * The strongest answers that pushed toward a side, liked or disliked.
	 */
	public List<Reason> reasons(String toward, boolean liked) {
		return this.reasons.stream()
			.filter((r) -> toward.equals(r.toward()) && Boolean.valueOf(liked).equals(r.liked()))
			.toList();
	}

	/**
	 * The strongest answers that pushed toward a side, liked and disliked together.
	 */
	public List<Reason> reasons(String toward, int limit) {
		return this.reasons.stream()
			.filter((r) -> toward.equals(r.toward()))
			.sorted(Comparator.comparingDouble((Reason r) -> Math.abs(r.points())).reversed())
			.limit(limit)
			.toList();
	}

	public boolean hasCertificationsNow() {
		return this.certifications.stream().anyMatch(CertificationMatch::availableNow);
	}

	public boolean hasCertificationsLater() {
		return this.certifications.stream().anyMatch((c) -> !c.availableNow());
	}

	/**
	 * The certifications whose nearest route has one of the given statuses.
	 */
	public List<CertificationMatch> certificationsIn(String... reaches) {
		Set<String> wanted = Set.of(reaches);
		return this.certifications.stream().filter((c) -> wanted.contains(c.reach())).toList();
	}

	/**
	 * The same result with the catalog's texts it shows in other languages.
	 */
	public ResultSnapshot withTranslations(Map<String, Map<String, String>> translations) {
		return new ResultSnapshot(this.questionnaireVersion, this.catalogVersion, this.form, this.createdAt,
				this.hiScore, this.himScore, this.verdict, this.figureEdition, this.dimensions, this.towardHi,
				this.towardHim, this.careers, this.certifications, this.programs, this.profile, this.answers,
				this.format, this.closeBand, this.strengths, this.reasons, this.nextDegree, translations);
	}

	/**
	 * Every text this result shows that comes from the catalog (names, notes, routes), so
	 * that its translations can be kept with it.
	 */
	public Set<String> catalogTexts() {
		Stream.Builder<String> texts = Stream.builder();
		for (CareerMatch c : this.careers) {
			texts.add(c.title()).add(c.entryEducationNote()).add(c.figureOccupation());
		}
		for (CertificationMatch c : this.certifications) {
			texts.add(c.programName()).add(c.route()).add(c.preparation()).add(c.extraConditions());
		}
		this.programs.forEach((p) -> texts.add(p.name()));
		if (this.nextDegree != null) {
			this.nextDegree.careers().forEach((c) -> texts.add(c.title()));
		}
		return texts.build().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * The same result, its texts in another language: the questionnaire's by version and
	 * code, the catalog's from {@link #translations}. Scores, verdict, order and figures
	 * stay exactly as stored; a text without a translation stays in English.
	 */
	public ResultSnapshot in(String language, QuestionnaireTexts questionnaire) {
		Map<String, String> catalog = (this.translations != null) ? this.translations.getOrDefault(language, Map.of())
				: Map.of();
		UnaryOperator<String> c = (english) -> (english != null) ? catalog.getOrDefault(english, english) : null;
		int version = this.questionnaireVersion;
		return new ResultSnapshot(this.questionnaireVersion, this.catalogVersion, this.form, this.createdAt,
				this.hiScore, this.himScore, this.verdict, this.figureEdition,
				map(this.dimensions,
						(d) -> new DimensionScore(d.code(),
								questionnaire.dimension(d.code(), "name", language, d.name()), d.score(), d.lean())),
				map(this.towardHi, (r) -> r.in(version, language, questionnaire)),
				map(this.towardHim, (r) -> r.in(version, language, questionnaire)),
				map(this.careers,
						(m) -> new CareerMatch(m.slug(), c.apply(m.title()), m.affinity(), m.fit(), m.label(),
								m.entryEducation(), m.needsLicence(), m.medianPayUsd(), m.growthPct(), m.figureStatus(),
								c.apply(m.entryEducationNote()), m.usualLicence(), c.apply(m.figureOccupation()))),
				map(this.certifications,
						(m) -> new CertificationMatch(m.slug(), m.acronym(), m.fullName(), m.reach(), m.education(),
								m.programSlug(), c.apply(m.programName()), m.years(), c.apply(m.route()),
								m.experienceKinds(), m.prepared(), c.apply(m.preparation()),
								c.apply(m.extraConditions()), m.openExam(), m.officialUrl())),
				map(this.programs, (p) -> new ProgramMatch(p.slug(), c.apply(p.name()), p.discipline(), p.level())),
				this.profile,
				map(this.answers,
						(a) -> new Answer(a.code(),
								questionnaire.question(version, a.code(), "text", language, a.text()), a.answer())),
				this.format, this.closeBand,
				map(this.strengths,
						(s) -> new Strength(s.code(), questionnaire.dimension(s.code(), "name", language, s.name()),
								s.lean())),
				map(this.reasons, (r) -> r.in(version, language, questionnaire)),
				(this.nextDegree != null)
						? new NextDegree(this.nextDegree.level(),
								map(this.nextDegree.careers(), (l) -> new CareerLink(l.slug(), c.apply(l.title()))))
						: null,
				this.translations);
	}

	/** Lists that format 1 lacks stay {@code null}. */
	private static <T> List<T> map(List<T> list, UnaryOperator<T> change) {
		return (list != null) ? list.stream().map(change).toList() : null;
	}

	/**
	 * @param lean {@code HI}, {@code HIM} or {@code SHARED}; {@code null} in format 1
	 */
	public record DimensionScore(String code, String name, int score, String lean) {
	}

	/**
	 * A kind of work the person liked.
	 *
	 * @param lean {@code HI}, {@code HIM} or {@code SHARED}
	 */
	public record Strength(String code, String name, String lean) {
	}

	/**
	 * @param points how far the answer moved HI minus HIM
	 * @param label a short name of the task (format 2)
	 * @param toward {@code HI} or {@code HIM}, the side it pushed toward (format 2)
	 * @param liked whether the person liked the task (format 2)
	 */
	public record Reason(String code, String text, int answer, double points, String label, String toward,
			Boolean liked) {

		/**
		 * The field the task belongs to: liking a task pushes toward its own field,
		 * disliking it toward the other.
		 */
		public String taskSide() {
			return Boolean.TRUE.equals(this.liked) ? this.toward : ("HI".equals(this.toward) ? "HIM" : "HI");
		}

		Reason in(int version, String language, QuestionnaireTexts questionnaire) {
			return new Reason(this.code, questionnaire.question(version, this.code, "text", language, this.text),
					this.answer, this.points, questionnaire.question(version, this.code, "label", language, this.label),
					this.toward, this.liked);
		}

	}

	/**
	 * @param needsLicence the career usually goes with a licence the person lacks
	 * @param entryEducationNote the usual way in, in words (format 2)
	 * @param usualLicence {@code PHYSICIAN} or {@code CLINICAL} when the role usually
	 * goes with one (format 2)
	 * @param figureOccupation whose figures are shown when they are borrowed (format 2)
	 */
	public record CareerMatch(String slug, String title, String affinity, int fit, String label, String entryEducation,
			boolean needsLicence, Integer medianPayUsd, BigDecimal growthPct, String figureStatus,
			String entryEducationNote, String usualLicence, String figureOccupation) {
	}

	/**
	 * @param reach format 1: {@code NOW}, {@code AFTER_YEARS}, {@code AFTER_EDUCATION},
	 * {@code AFTER_PROGRAM} or {@code UNCONFIRMED}; format 2 adds {@code OPEN},
	 * {@code NOW_IF} and {@code CHECK_ISSUER} in place of {@code UNCONFIRMED}
	 * @param experienceKinds the kinds of experience the missing years must be in
	 * @param prepared whether the person has the recommended preparation
	 * @param preparation recommended, not required, preparation in words
	 * @param extraConditions conditions to confirm, in words
	 * @param openExam whether the exam has no formal prerequisite
	 * @param officialUrl the issuer's page
	 */
	public record CertificationMatch(String slug, String acronym, String fullName, String reach, String education,
			String programSlug, String programName, int years, String route, List<String> experienceKinds,
			Boolean prepared, String preparation, String extraConditions, Boolean openExam, String officialUrl) {

		public boolean availableNow() {
			return "NOW".equals(this.reach);
		}

	}

	public record ProgramMatch(String slug, String name, String discipline, String level) {
	}

	/**
	 * @param educationPlanned format 1: an education level; format 2: a plan
	 * ({@code UNDECIDED}, {@code NO_MORE} or a level)
	 * @param yearsExperience format 1: years of health-care or IT work
	 * @param clinicalLicence format 1: whether they hold a clinical licence
	 * @param experience format 2: years by kind of experience
	 * @param credentials format 2: acronyms of the credentials held
	 * @param licence format 2: {@code NONE}, {@code RN}, {@code PHYSICIAN} or
	 * {@code OTHER_CLINICAL}
	 */
	public record Profile(String educationDone, String educationPlanned, int yearsExperience, boolean clinicalLicence,
			Map<String, Integer> experience, List<String> credentials, String licence) {
	}

	public record Answer(String code, String text, int answer) {
	}

	public record CareerLink(String slug, String title) {
	}

	/**
	 * @param level the next education level above the plan
	 */
	public record NextDegree(String level, List<CareerLink> careers) {
	}

}
