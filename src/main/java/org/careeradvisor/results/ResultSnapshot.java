package org.careeradvisor.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Everything a result page shows, frozen when the result was computed. Codes are stored
 * as strings so that a stored result still reads the same after the catalog or the
 * questionnaire changes.
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
 * @param towardHi the answers that pushed most toward HI
 * @param towardHim the answers that pushed most toward HIM
 * @param careers careers ranked by fit
 * @param certifications certifications and when they come within reach
 * @param programs recommended kinds of programs
 * @param profile what the person said about their education and experience
 * @param answers every answer given
 */
public record ResultSnapshot(int questionnaireVersion, String catalogVersion, String form, Instant createdAt,
		int hiScore, int himScore, String verdict, int figureEdition, List<DimensionScore> dimensions,
		List<Reason> towardHi, List<Reason> towardHim, List<CareerMatch> careers,
		List<CertificationMatch> certifications, List<ProgramMatch> programs, Profile profile, List<Answer> answers) {

	public int difference() {
		return this.hiScore - this.himScore;
	}

	/**
	 * The day the result was computed, in UTC.
	 */
	public LocalDate createdOn() {
		return LocalDate.ofInstant(this.createdAt, ZoneOffset.UTC);
	}

	public boolean hasCertificationsNow() {
		return this.certifications.stream().anyMatch(CertificationMatch::availableNow);
	}

	public boolean hasCertificationsLater() {
		return this.certifications.stream().anyMatch((c) -> !c.availableNow());
	}

	public record DimensionScore(String code, String name, int score) {
	}

	/**
	 * @param points how far the answer moved HI minus HIM
	 */
	public record Reason(String code, String text, int answer, double points) {
	}

	public record CareerMatch(String slug, String title, String affinity, int fit, String label, String entryEducation,
			boolean needsLicence, Integer medianPayUsd, BigDecimal growthPct, String figureStatus) {
	}

	/**
	 * @param reach {@code NOW}, {@code AFTER_YEARS}, {@code AFTER_EDUCATION},
	 * {@code AFTER_PROGRAM} or {@code UNCONFIRMED}
	 */
	public record CertificationMatch(String slug, String acronym, String fullName, String reach, String education,
			String programSlug, String programName, int years, String route) {

		public boolean availableNow() {
			return "NOW".equals(this.reach);
		}

	}

	public record ProgramMatch(String slug, String name, String discipline, String level) {
	}

	public record Profile(String educationDone, String educationPlanned, int yearsExperience, boolean clinicalLicence) {
	}

	public record Answer(String code, String text, int answer) {
	}

}
