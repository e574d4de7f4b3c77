package org.careeradvisor.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A competency as an administrator edits it; the versions tell a stale edit (see
 * {@link CareerForm}).
 */
public record CompetencyForm(
		@NotBlank(message = "{admin.required}") @Size(max = 200, message = "{admin.tooLong}") String name,
		@NotBlank(message = "{admin.required}") @Size(max = 2000, message = "{admin.tooLong}") String description,
		@NotBlank(message = "{admin.required}") @Pattern(regexp = "[A-Za-z0-9.-]{1,12}",
				message = "{admin.competency.domainCode.invalid}") String domainCode,
		@NotBlank(message = "{admin.choose}") @Size(max = 24, message = "{admin.choose}") String frameworkCode,
		@NotNull(message = "{admin.choose}") SourceStatus nameStatus, Boolean retired, Integer baseVersion,
		Integer draftVersion, Map<String, @Size(max = 4000, message = "{admin.tooLong}") String> translations)
		implements
			ItemForm<CompetencyForm> {

	static CompetencyForm empty() {
		return new CompetencyForm("", "", "", "", null, false, null, null, Map.of());
	}

	/** Whether the competency is to leave the catalog (an unticked box sends nothing). */
	public boolean isRetired() {
		return Boolean.TRUE.equals(this.retired);
	}

	@Override
	public CompetencyForm withVersions(Integer baseVersion, Integer draftVersion) {
		return new CompetencyForm(this.name, this.description, this.domainCode, this.frameworkCode, this.nameStatus,
				this.retired, baseVersion, draftVersion, this.translations);
	}

	/** The same values with the texts in other languages ("es.summary" and so on). */
	public CompetencyForm withTranslations(Map<String, String> translations) {
		return new CompetencyForm(this.name, this.description, this.domainCode, this.frameworkCode, this.nameStatus,
				this.retired, this.baseVersion, this.draftVersion, translations);
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", strip(this.name));
		values.put("description", strip(this.description));
		values.put("domainCode", strip(this.domainCode));
		values.put("frameworkCode", strip(this.frameworkCode));
		values.put("nameStatus", (this.nameStatus != null) ? this.nameStatus.name() : "");
		values.put("retired", String.valueOf(isRetired()));
		values.putAll(Translations.values(this.translations));
		return values;
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

}
