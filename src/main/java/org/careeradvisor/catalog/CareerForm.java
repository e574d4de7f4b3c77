package org.careeradvisor.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A career as an administrator edits it. Lists (tasks, source addresses) are one item per
 * line. The two versions tell a stale edit: {@code baseVersion} is the published career's
 * version the edit started from, {@code draftVersion} the saved draft's (none when the
 * edit started from the published career).
 */
public record CareerForm(
		@NotBlank(message = "{admin.required}") @Size(max = 160, message = "{admin.tooLong}") String title,
		@NotNull(message = "{admin.choose}") Affinity affinity,
		@NotBlank(message = "{admin.required}") @Size(max = 2000, message = "{admin.tooLong}") String summary,
		@Pattern(regexp = "|\\d\\d-\\d{4}\\.\\d\\d", message = "{admin.career.onetCode.invalid}") String onetCode,
		@NotBlank(message = "{admin.required}") @Size(max = 300, message = "{admin.tooLong}") String onetTitle,
		@NotBlank(message = "{admin.required}") @Size(max = 300, message = "{admin.tooLong}") String blsOccupation,
		@Pattern(regexp = "|\\d\\d-\\d{4}", message = "{admin.career.figureSoc.invalid}") String figureSoc,
		@Size(max = 200, message = "{admin.tooLong}") String figureOccupation,
		@Size(max = 1000, message = "{admin.tooLong}") String sharedFiguresNote,
		@NotNull(message = "{admin.choose}") EducationLevel entryEducation,
		@NotBlank(
				message = "{admin.required}") @Size(max = 1000, message = "{admin.tooLong}") String entryEducationNote,
		LicenceNeed usualLicence,
		@NotBlank(message = "{admin.required}") @Size(max = 2000, message = "{admin.tooLong}") @Pattern(
				regexp = "(\\s*https?://[^\\s;]+\\s*)+",
				message = "{admin.career.sourceUrls.invalid}") String sourceUrls,
		@NotBlank(message = "{admin.required}") @Size(max = 200, message = "{admin.tooLong}") String asOf,
		@NotBlank(message = "{admin.required}") @Size(max = 6000, message = "{admin.tooLong}") String tasks,
		List<String> coreCompetencies, List<String> supportingCompetencies, List<String> expectedCertifications,
		List<String> relatedCertifications, @Valid FigureForm figures, Boolean retired, Integer baseVersion,
		Integer draftVersion, Map<String, @Size(max = 4000, message = "{admin.tooLong}") String> translations)
		implements
			ItemForm<CareerForm> {

	/**
	 * The career's figures of one edition (the one the site shows when the edit starts),
	 * edited by hand; pay and growth both empty removes that edition's figures.
	 */
	public record FigureForm(@Pattern(regexp = "20\\d\\d", message = "{admin.figure.edition.invalid}") String edition,
			@Pattern(regexp = "|[1-9]\\d{0,7}", message = "{admin.figure.pay.range}") String medianPayUsd,
			@Pattern(regexp = "|\\d{1,9}", message = "{admin.figure.employment.range}") String employment,
			@Pattern(regexp = "|-?\\d{1,3}(\\.\\d)?", message = "{admin.figure.growth.invalid}") String growthPct,
			@Pattern(regexp = "|PRIMARY|THIRD_PARTY|UNVERIFIED", message = "{admin.choose}") String status,
			@Size(max = 500, message = "{admin.tooLong}") String statusNote,
			@Size(max = 2000, message = "{admin.tooLong}") @Pattern(regexp = "(\\s*https?://[^\\s;]+\\s*)*",
					message = "{admin.career.sourceUrls.invalid}") String sources,
			@Pattern(regexp = "|\\d{4}-\\d\\d-\\d\\d", message = "{admin.figure.asOf.invalid}") String asOf) {

		/**
		 * The fields as text: a typed field would make one wrong character throw away the
		 * whole form instead of naming the field.
		 */
		public static FigureForm of(int edition, Integer pay, Integer employment, BigDecimal growth,
				SourceStatus status, String note, List<String> sources, LocalDate asOf) {
			return new FigureForm(String.valueOf(edition), (pay != null) ? pay.toString() : "",
					(employment != null) ? employment.toString() : "", (growth != null) ? growth.toPlainString() : "",
					(status != null) ? status.name() : "", (note != null) ? note : "", String.join("\n", sources),
					(asOf != null) ? asOf.toString() : "");
		}

		public Integer editionValue() {
			return blank(this.edition) ? null : Integer.valueOf(this.edition);
		}

		public Integer payValue() {
			return blank(this.medianPayUsd) ? null : Integer.valueOf(this.medianPayUsd);
		}

		public Integer employmentValue() {
			return blank(this.employment) ? null : Integer.valueOf(this.employment);
		}

		public BigDecimal growthValue() {
			return blank(this.growthPct) ? null : new BigDecimal(this.growthPct);
		}

		public SourceStatus statusValue() {
			return blank(this.status) ? null : SourceStatus.valueOf(this.status);
		}

		/** The as-of date, or none when it is empty or not a real date. */
		public LocalDate asOfValue() {
			try {
				return blank(this.asOf) ? null : LocalDate.parse(this.asOf);
			}
			catch (java.time.format.DateTimeParseException ex) {
				return null;
			}
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

		/** Whether the form gives figures (else the edition has none). */
		public boolean given() {
			return !blank(this.medianPayUsd) || !blank(this.growthPct);
		}

		void putValues(Map<String, String> values) {
			String prefix = "figure." + this.edition + ".";
			values.put(prefix + "medianPayUsd", text(this.medianPayUsd));
			values.put(prefix + "employment", text(this.employment));
			values.put(prefix + "growthPct", (growthValue() != null) ? growthValue().toPlainString() : "");
			values.put(prefix + "asOf", text(this.asOf));
			values.put(prefix + "status", text(this.status));
			values.put(prefix + "statusNote", text(this.statusNote));
			values.put(prefix + "sourceUrls", String.join("\n", lines(this.sources)));
		}

	}

	/** Whether the career is to leave the catalog (an unticked box sends nothing). */
	public boolean isRetired() {
		return Boolean.TRUE.equals(this.retired);
	}

	static CareerForm empty() {
		return new CareerForm("", null, "", "", "", "", "", "", "", null, "", null, "", "", "", List.of(), List.of(),
				List.of(), List.of(), null, false, null, null, Map.of());
	}

	/** The non-blank lines of a list field, trimmed. */
	public static List<String> lines(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	@Override
	public CareerForm withVersions(Integer baseVersion, Integer draftVersion) {
		return new CareerForm(this.title, this.affinity, this.summary, this.onetCode, this.onetTitle,
				this.blsOccupation, this.figureSoc, this.figureOccupation, this.sharedFiguresNote, this.entryEducation,
				this.entryEducationNote, this.usualLicence, this.sourceUrls, this.asOf, this.tasks,
				this.coreCompetencies, this.supportingCompetencies, this.expectedCertifications,
				this.relatedCertifications, this.figures, this.retired, baseVersion, draftVersion, this.translations);
	}

	/** The same values with the career's competencies and certifications (slugs). */
	public CareerForm withLinks(List<String> core, List<String> supporting, List<String> expected,
			List<String> related) {
		return new CareerForm(this.title, this.affinity, this.summary, this.onetCode, this.onetTitle,
				this.blsOccupation, this.figureSoc, this.figureOccupation, this.sharedFiguresNote, this.entryEducation,
				this.entryEducationNote, this.usualLicence, this.sourceUrls, this.asOf, this.tasks, core, supporting,
				expected, related, this.figures, this.retired, this.baseVersion, this.draftVersion, this.translations);
	}

	/** The same values with the figures of one edition. */
	public CareerForm withFigures(FigureForm figures) {
		return new CareerForm(this.title, this.affinity, this.summary, this.onetCode, this.onetTitle,
				this.blsOccupation, this.figureSoc, this.figureOccupation, this.sharedFiguresNote, this.entryEducation,
				this.entryEducationNote, this.usualLicence, this.sourceUrls, this.asOf, this.tasks,
				this.coreCompetencies, this.supportingCompetencies, this.expectedCertifications,
				this.relatedCertifications, figures, this.retired, this.baseVersion, this.draftVersion,
				this.translations);
	}

	/**
	 * A list field, never null (an unticked group sends nothing; older drafts lack it).
	 */
	public static List<String> slugs(List<String> values) {
		return (values != null) ? values.stream().filter((v) -> v != null && !v.isBlank()).distinct().toList()
				: List.of();
	}

	/**
	 * The values by field name as text, in form order: what the history and the conflict
	 * page compare.
	 */
	/** The same values with the texts in other languages ("es.summary" and so on). */
	public CareerForm withTranslations(Map<String, String> translations) {
		return new CareerForm(this.title, this.affinity, this.summary, this.onetCode, this.onetTitle,
				this.blsOccupation, this.figureSoc, this.figureOccupation, this.sharedFiguresNote, this.entryEducation,
				this.entryEducationNote, this.usualLicence, this.sourceUrls, this.asOf, this.tasks,
				this.coreCompetencies, this.supportingCompetencies, this.expectedCertifications,
				this.relatedCertifications, this.figures, this.retired, this.baseVersion, this.draftVersion,
				translations);
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", text(this.title));
		values.put("affinity", (this.affinity != null) ? this.affinity.name() : "");
		values.put("summary", text(this.summary));
		values.put("onetCode", text(this.onetCode));
		values.put("onetTitle", text(this.onetTitle));
		values.put("blsOccupation", text(this.blsOccupation));
		values.put("figureSoc", text(this.figureSoc));
		values.put("figureOccupation", text(this.figureOccupation));
		values.put("sharedFiguresNote", text(this.sharedFiguresNote));
		values.put("entryEducation", (this.entryEducation != null) ? this.entryEducation.name() : "");
		values.put("entryEducationNote", text(this.entryEducationNote));
		values.put("usualLicence", (this.usualLicence != null) ? this.usualLicence.name() : "");
		values.put("sourceUrls", String.join("\n", lines(this.sourceUrls)));
		values.put("asOf", text(this.asOf));
		values.put("tasks", String.join("\n", lines(this.tasks)));
		values.put("coreCompetencies", String.join(", ", slugs(this.coreCompetencies)));
		values.put("supportingCompetencies", String.join(", ", slugs(this.supportingCompetencies)));
		values.put("expectedCertifications", String.join(", ", slugs(this.expectedCertifications)));
		values.put("relatedCertifications", String.join(", ", slugs(this.relatedCertifications)));
		if (this.figures != null && this.figures.editionValue() != null) {
			this.figures.putValues(values);
		}
		values.put("retired", String.valueOf(isRetired()));
		values.putAll(Translations.values(this.translations));
		return values;
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

}
