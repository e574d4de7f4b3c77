package org.careeradvisor.questionnaire;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.careeradvisor.catalog.EducationLevel;

/**
 * The last page: education done and planned, experience and licence. Fields stay text
 * until they are valid, so that whatever was typed can be shown again next to its error.
 */
record AboutYouForm(
		@NotBlank(message = "{about.educationDone.required}") @Pattern(
				regexp = "(?i)|not_defined|high_school|postsecondary_nondegree|associate|bachelor|master|doctorate",
				message = "{about.educationDone.required}") String educationDone,
		@NotBlank(message = "{about.educationPlanned.required}") @Pattern(
				regexp = "(?i)|postsecondary_nondegree|associate|bachelor|master|doctorate",
				message = "{about.educationPlanned.required}") String educationPlanned,
		@NotBlank(message = "{about.years.required}") @Pattern(regexp = "\\s*([0-9]|[1-5][0-9]|60)?\\s*",
				message = "{about.years.range}") String yearsExperience,
		@NotBlank(message = "{about.licence.required}") @Pattern(regexp = "|true|false",
				message = "{about.licence.required}") String clinicalLicence) {

	static AboutYouForm of(Draft draft) {
		return new AboutYouForm(name(draft.getEducationDone()), name(draft.getEducationPlanned()),
				(draft.getYearsExperience() != null) ? String.valueOf(draft.getYearsExperience()) : null,
				(draft.getClinicalLicence() != null) ? String.valueOf(draft.getClinicalLicence()) : null);
	}

	/**
	 * Whether an option is the one chosen, for re-showing the form.
	 */
	public boolean chose(String value, EducationLevel level) {
		return value != null && value.equalsIgnoreCase(level.name());
	}

	/**
	 * The answers as a context; only call once the form is valid.
	 */
	Context toContext() {
		return new Context(level(this.educationDone), level(this.educationPlanned),
				Integer.parseInt(this.yearsExperience.strip()), Boolean.parseBoolean(this.clinicalLicence));
	}

	private static EducationLevel level(String value) {
		return EducationLevel.valueOf(value.toUpperCase(Locale.ROOT));
	}

	private static String name(EducationLevel level) {
		return (level != null) ? level.name().toLowerCase(Locale.ROOT) : null;
	}

}
