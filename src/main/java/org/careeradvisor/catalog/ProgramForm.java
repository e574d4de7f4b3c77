package org.careeradvisor.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A kind of degree program as an administrator edits it, with the certifications it
 * prepares for, the careers it leads to and the competencies it covers (slugs). The
 * versions tell a stale edit (see {@link CareerForm}).
 */
public record ProgramForm(
		@NotBlank(message = "{admin.required}") @Size(max = 200, message = "{admin.tooLong}") String name,
		@NotNull(message = "{admin.choose}") DisciplineCode discipline,
		@NotNull(message = "{admin.choose}") ProgramLevel level,
		@NotBlank(message = "{admin.required}") @Size(max = 2000, message = "{admin.tooLong}") String summary,
		@NotBlank(message = "{admin.required}") @Size(max = 200, message = "{admin.tooLong}") String typicalLength,
		@NotNull(message = "{admin.choose}") Accreditation accreditation,
		@NotBlank(message = "{admin.required}") @Size(max = 1000, message = "{admin.tooLong}") String accreditationNote,
		@Size(max = 1000, message = "{admin.tooLong}") String admission,
		@Size(max = 1000, message = "{admin.tooLong}") String nextSteps,
		@NotNull(message = "{admin.choose}") SourceStatus status,
		@NotBlank(message = "{admin.required}") @Size(max = 2000, message = "{admin.tooLong}") @Pattern(
				regexp = "(\\s*https?://[^\\s;]+\\s*)+",
				message = "{admin.career.sourceUrls.invalid}") String sourceUrls,
		@NotBlank(message = "{admin.required}") @Size(max = 300, message = "{admin.tooLong}") String asOf,
		List<String> certifications, List<String> careers, List<String> coreCompetencies,
		List<String> partialCompetencies, Boolean retired, Integer baseVersion, Integer draftVersion,
		Map<String, @Size(max = 4000, message = "{admin.tooLong}") String> translations)
		implements
			ItemForm<ProgramForm> {

	static ProgramForm empty() {
		return new ProgramForm("", null, null, "", "", null, "", "", "", null, "", "", List.of(), List.of(), List.of(),
				List.of(), false, null, null, Map.of());
	}

	public boolean isRetired() {
		return Boolean.TRUE.equals(this.retired);
	}

	@Override
	public ProgramForm withVersions(Integer baseVersion, Integer draftVersion) {
		return new ProgramForm(this.name, this.discipline, this.level, this.summary, this.typicalLength,
				this.accreditation, this.accreditationNote, this.admission, this.nextSteps, this.status,
				this.sourceUrls, this.asOf, this.certifications, this.careers, this.coreCompetencies,
				this.partialCompetencies, this.retired, baseVersion, draftVersion, this.translations);
	}

	/** The same values with the texts in other languages ("es.summary" and so on). */
	public ProgramForm withTranslations(Map<String, String> translations) {
		return new ProgramForm(this.name, this.discipline, this.level, this.summary, this.typicalLength,
				this.accreditation, this.accreditationNote, this.admission, this.nextSteps, this.status,
				this.sourceUrls, this.asOf, this.certifications, this.careers, this.coreCompetencies,
				this.partialCompetencies, this.retired, this.baseVersion, this.draftVersion, translations);
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", strip(this.name));
		values.put("discipline", name(this.discipline));
		values.put("level", name(this.level));
		values.put("summary", strip(this.summary));
		values.put("typicalLength", strip(this.typicalLength));
		values.put("accreditation", name(this.accreditation));
		values.put("accreditationNote", strip(this.accreditationNote));
		values.put("admission", strip(this.admission));
		values.put("nextSteps", strip(this.nextSteps));
		values.put("status", name(this.status));
		values.put("sourceUrls", String.join("\n", CareerForm.lines(this.sourceUrls)));
		values.put("asOf", strip(this.asOf));
		values.put("preparesFor", String.join(", ", CareerForm.slugs(this.certifications)));
		values.put("programCareers", String.join(", ", CareerForm.slugs(this.careers)));
		values.put("coreCompetencies", String.join(", ", CareerForm.slugs(this.coreCompetencies)));
		values.put("partialCompetencies", String.join(", ", CareerForm.slugs(this.partialCompetencies)));
		values.put("retired", String.valueOf(isRetired()));
		values.putAll(Translations.values(this.translations));
		return values;
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : "";
	}

}
