package org.careeradvisor.catalog;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		List<String> relatedCertifications, Boolean retired, Integer baseVersion,
		Integer draftVersion) implements ItemForm<CareerForm> {

	/** Whether the career is to leave the catalog (an unticked box sends nothing). */
	public boolean isRetired() {
		return Boolean.TRUE.equals(this.retired);
	}

	static CareerForm empty() {
		return new CareerForm("", null, "", "", "", "", "", "", "", null, "", null, "", "", "", List.of(), List.of(),
				List.of(), List.of(), false, null, null);
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
				this.relatedCertifications, this.retired, baseVersion, draftVersion);
	}

	/** The same values with the career's competencies and certifications (slugs). */
	public CareerForm withLinks(List<String> core, List<String> supporting, List<String> expected,
			List<String> related) {
		return new CareerForm(this.title, this.affinity, this.summary, this.onetCode, this.onetTitle,
				this.blsOccupation, this.figureSoc, this.figureOccupation, this.sharedFiguresNote, this.entryEducation,
				this.entryEducationNote, this.usualLicence, this.sourceUrls, this.asOf, this.tasks, core, supporting,
				expected, related, this.retired, this.baseVersion, this.draftVersion);
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
		values.put("retired", String.valueOf(isRetired()));
		return values;
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

}
