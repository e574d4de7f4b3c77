package org.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A certification as an administrator edits it, with its eligibility routes (a route
 * ticked for removal, or left empty, is dropped on saving). The versions tell a stale
 * edit (see {@link CareerForm}).
 */
public record CertificationForm(
		@NotBlank(message = "{admin.required}") @Size(max = 20, message = "{admin.tooLong}") String acronym,
		@NotBlank(message = "{admin.required}") @Size(max = 200, message = "{admin.tooLong}") String fullName,
		@NotBlank(message = "{admin.required}") @Size(max = 200, message = "{admin.tooLong}") String issuingBody,
		@NotNull(message = "{admin.choose}") Affinity discipline,
		@NotBlank(message = "{admin.required}") @Size(max = 2000, message = "{admin.tooLong}") String summary,
		@NotBlank(message = "{admin.required}") @Size(max = 2000, message = "{admin.tooLong}") String eligibility,
		@NotNull(message = "{admin.choose}") SourceStatus eligibilityStatus,
		@NotBlank(message = "{admin.required}") @Size(max = 2000, message = "{admin.tooLong}") String examFacts,
		@NotNull(message = "{admin.choose}") SourceStatus examStatus,
		@NotBlank(message = "{admin.required}") @Size(max = 1000, message = "{admin.tooLong}") String renewal,
		@NotNull(message = "{admin.choose}") SourceStatus renewalStatus,
		@NotBlank(message = "{admin.required}") @Size(max = 1000, message = "{admin.tooLong}") @Pattern(
				regexp = "https?://[^\\s;]+", message = "{admin.url.invalid}") String officialUrl,
		@NotBlank(message = "{admin.required}") @Size(max = 2000, message = "{admin.tooLong}") @Pattern(
				regexp = "(\\s*https?://[^\\s;]+\\s*)+",
				message = "{admin.career.sourceUrls.invalid}") String sourceUrls,
		@NotBlank(message = "{admin.required}") @Size(max = 300, message = "{admin.tooLong}") String asOf,
		@Valid List<RouteForm> routes, Boolean retired, Integer baseVersion, Integer draftVersion,
		Map<String, @Size(max = 4000, message = "{admin.tooLong}") String> translations)
		implements
			ItemForm<CertificationForm> {

	/** How many empty routes the form offers for adding. */
	static final int NEW_ROUTES = 1;

	/**
	 * One way to become eligible. Programs and certifications are named by slug.
	 */
	public record RouteForm(Boolean remove, EducationLevel minEducation, String requiredProgram,
			String requiredCertification,
			@Min(value = 0, message = "{admin.years.range}") @Max(value = 60,
					message = "{admin.years.range}") Integer minYears,
			List<ExperienceKind> experienceKinds, LicenceNeed requiredLicence, Boolean openExam,
			@Size(max = 500, message = "{admin.tooLong}") String extraConditions, Boolean detailsComplete,
			@Size(max = 500, message = "{admin.tooLong}") String preparation, List<ExperienceKind> recommendedKinds,
			@Min(value = 0, message = "{admin.years.range}") @Max(value = 60,
					message = "{admin.years.range}") Integer recommendedYears,
			@Size(max = 1000, message = "{admin.tooLong}") String description) {

		static RouteForm empty() {
			return new RouteForm(false, null, "", "", null, List.of(), null, false, "", true, "", List.of(), null, "");
		}

		/** Whether the route is kept: not ticked for removal and described. */
		public boolean kept() {
			return !Boolean.TRUE.equals(this.remove) && this.description != null && !this.description.isBlank();
		}

		public boolean isOpenExam() {
			return Boolean.TRUE.equals(this.openExam);
		}

		public boolean isDetailsComplete() {
			return Boolean.TRUE.equals(this.detailsComplete);
		}

		public List<ExperienceKind> kinds() {
			return (this.experienceKinds != null) ? this.experienceKinds : List.of();
		}

		public List<ExperienceKind> recommended() {
			return (this.recommendedKinds != null) ? this.recommendedKinds : List.of();
		}

		String text() {
			return String.join(" | ", name(this.minEducation), blank(this.requiredProgram),
					blank(this.requiredCertification), (this.minYears != null) ? this.minYears + " y" : "",
					kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
					name(this.requiredLicence), isOpenExam() ? "open exam" : "", blank(this.extraConditions),
					isDetailsComplete() ? "" : "details incomplete", blank(this.preparation),
					recommended().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
					(this.recommendedYears != null) ? this.recommendedYears + " y" : "", blank(this.description));
		}

	}

	static CertificationForm empty() {
		return new CertificationForm("", "", "", null, "", "", null, "", null, "", null, "", "", "",
				new ArrayList<>(List.of(RouteForm.empty())), false, null, null, Map.of());
	}

	public boolean isRetired() {
		return Boolean.TRUE.equals(this.retired);
	}

	/** The routes that stay, in order. */
	public List<RouteForm> keptRoutes() {
		return (this.routes != null) ? this.routes.stream().filter(RouteForm::kept).toList() : List.of();
	}

	/** The kept routes and room for new ones, as the form shows them. */
	CertificationForm withRoomForRoutes() {
		List<RouteForm> shown = new ArrayList<>(keptRoutes());
		for (int i = 0; i < NEW_ROUTES; i++) {
			shown.add(RouteForm.empty());
		}
		return new CertificationForm(this.acronym, this.fullName, this.issuingBody, this.discipline, this.summary,
				this.eligibility, this.eligibilityStatus, this.examFacts, this.examStatus, this.renewal,
				this.renewalStatus, this.officialUrl, this.sourceUrls, this.asOf, shown, this.retired, this.baseVersion,
				this.draftVersion, this.translations);
	}

	@Override
	public CertificationForm withVersions(Integer baseVersion, Integer draftVersion) {
		return new CertificationForm(this.acronym, this.fullName, this.issuingBody, this.discipline, this.summary,
				this.eligibility, this.eligibilityStatus, this.examFacts, this.examStatus, this.renewal,
				this.renewalStatus, this.officialUrl, this.sourceUrls, this.asOf, keptRoutes(), this.retired,
				baseVersion, draftVersion, this.translations);
	}

	/** The same values with the texts in other languages ("es.summary" and so on). */
	public CertificationForm withTranslations(Map<String, String> translations) {
		return new CertificationForm(this.acronym, this.fullName, this.issuingBody, this.discipline, this.summary,
				this.eligibility, this.eligibilityStatus, this.examFacts, this.examStatus, this.renewal,
				this.renewalStatus, this.officialUrl, this.sourceUrls, this.asOf, this.routes, this.retired,
				this.baseVersion, this.draftVersion, translations);
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("acronym", blank(this.acronym));
		values.put("fullName", blank(this.fullName));
		values.put("issuingBody", blank(this.issuingBody));
		values.put("discipline", name(this.discipline));
		values.put("summary", blank(this.summary));
		values.put("eligibility", blank(this.eligibility));
		values.put("eligibilityStatus", name(this.eligibilityStatus));
		values.put("examFacts", blank(this.examFacts));
		values.put("examStatus", name(this.examStatus));
		values.put("renewal", blank(this.renewal));
		values.put("renewalStatus", name(this.renewalStatus));
		values.put("officialUrl", blank(this.officialUrl));
		values.put("sourceUrls", String.join("\n", CareerForm.lines(this.sourceUrls)));
		values.put("asOf", blank(this.asOf));
		values.put("routes", keptRoutes().stream().map(RouteForm::text).collect(Collectors.joining("\n")));
		values.put("retired", String.valueOf(isRetired()));
		values.putAll(Translations.values(this.translations));
		return values;
	}

	private static String blank(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : "";
	}

}
