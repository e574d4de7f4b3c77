package org.careeradvisor.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A career step (from one career to another) as an administrator edits it. The two
 * careers name the step and do not change once it exists; the versions tell a stale edit
 * (see {@link CareerForm}).
 */
public record StepForm(
		@NotBlank(message = "{admin.choose}") @Size(max = 80, message = "{admin.choose}") String fromCareer,
		@NotBlank(message = "{admin.choose}") @Size(max = 80, message = "{admin.choose}") String toCareer,
		@NotNull(message = "{admin.choose}") StepKind kind,
		@Min(value = 0, message = "{admin.years.range}") @Max(value = 60,
				message = "{admin.years.range}") Integer minYears,
		@Min(value = 0, message = "{admin.years.range}") @Max(value = 60,
				message = "{admin.years.range}") Integer maxYears,
		@Size(max = 500, message = "{admin.tooLong}") String yearsBasis, String certification,
		@NotBlank(message = "{admin.required}") @Size(max = 1000, message = "{admin.tooLong}") String description,
		Boolean retired, Integer baseVersion, Integer draftVersion,
		Map<String, @Size(max = 4000, message = "{admin.tooLong}") String> translations) implements ItemForm<StepForm> {

	static StepForm empty() {
		return new StepForm("", "", null, null, null, "", "", "", false, null, null, Map.of());
	}

	/** The step's name in lists and its web address: the two careers' slugs. */
	static String slug(String from, String to) {
		return from + "--" + to;
	}

	public boolean isRetired() {
		return Boolean.TRUE.equals(this.retired);
	}

	@Override
	public StepForm withVersions(Integer baseVersion, Integer draftVersion) {
		return new StepForm(this.fromCareer, this.toCareer, this.kind, this.minYears, this.maxYears, this.yearsBasis,
				this.certification, this.description, this.retired, baseVersion, draftVersion, this.translations);
	}

	/** The same values with the texts in other languages ("es.summary" and so on). */
	public StepForm withTranslations(Map<String, String> translations) {
		return new StepForm(this.fromCareer, this.toCareer, this.kind, this.minYears, this.maxYears, this.yearsBasis,
				this.certification, this.description, this.retired, this.baseVersion, this.draftVersion, translations);
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("fromCareer", strip(this.fromCareer));
		values.put("toCareer", strip(this.toCareer));
		values.put("kind", (this.kind != null) ? this.kind.name() : "");
		values.put("minYears", (this.minYears != null) ? this.minYears.toString() : "");
		values.put("maxYears", (this.maxYears != null) ? this.maxYears.toString() : "");
		values.put("yearsBasis", strip(this.yearsBasis));
		values.put("certification", strip(this.certification));
		values.put("description", strip(this.description));
		values.put("retired", String.valueOf(isRetired()));
		values.putAll(Translations.values(this.translations));
		return values;
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

}
