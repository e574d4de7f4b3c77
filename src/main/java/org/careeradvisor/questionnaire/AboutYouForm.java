package org.careeradvisor.questionnaire;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.ExperienceKind;
import org.careeradvisor.catalog.Licence;

import org.springframework.validation.Errors;

/**
 * The last page: education done and planned, experience by kind, credentials held and
 * licence. Fields stay text until they are valid, so that whatever was typed can be shown
 * again next to its error. Years may be left blank for none.
 */
record AboutYouForm(
		@NotBlank(message = "{about.educationDone.required}") @Pattern(
				regexp = "(?i)|not_defined|high_school|postsecondary_nondegree|associate|bachelor|master|doctorate",
				message = "{about.educationDone.required}") String educationDone,
		@NotBlank(message = "{about.educationPlanned.required}") @Pattern(
				regexp = "(?i)|undecided|no_more|postsecondary_nondegree|associate|bachelor|master|doctorate",
				message = "{about.educationPlanned.required}") String educationPlanned,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsCoding,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsRecords,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsPrivacy,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsRegistry,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsCdi,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsClinical,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsInformatics,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsIt,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsQuality,
		@Pattern(regexp = YEARS, message = "{about.years.range}") String yearsManagement, List<String> credentials,
		@NotBlank(message = "{about.licence.required}") @Pattern(regexp = "(?i)|none|rn|physician|other_clinical",
				message = "{about.licence.required}") String licence) {

	/** Whole years from 0 to 60, or blank for none. */
	static final String YEARS = "\\s*([0-9]|[1-5][0-9]|60)?\\s*";

	/** The form field that holds each kind's years, in the order the page shows them. */
	static final Map<ExperienceKind, String> YEAR_FIELDS = yearFields();

	AboutYouForm {
		credentials = (credentials != null) ? List.copyOf(credentials) : List.of();
	}

	static AboutYouForm of(Draft draft) {
		Map<ExperienceKind, Integer> experience = draft.getExperience();
		boolean described = draft.getLicence() != null;
		String[] years = new String[ExperienceKind.values().length];
		for (ExperienceKind kind : ExperienceKind.values()) {
			Integer given = experience.get(kind);
			years[kind.ordinal()] = (given != null) ? String.valueOf(given) : (described ? "0" : null);
		}
		return new AboutYouForm(name(draft.getEducationDone()), name(draft.getEducationPlanned()), years[0], years[1],
				years[2], years[3], years[4], years[5], years[6], years[7], years[8], years[9],
				List.copyOf(draft.getCredentials()), name(draft.getLicence()));
	}

	/**
	 * The years typed for one kind of experience.
	 */
	public String years(ExperienceKind kind) {
		return switch (kind) {
			case CODING -> this.yearsCoding;
			case RECORDS -> this.yearsRecords;
			case PRIVACY -> this.yearsPrivacy;
			case REGISTRY -> this.yearsRegistry;
			case CDI -> this.yearsCdi;
			case CLINICAL -> this.yearsClinical;
			case INFORMATICS -> this.yearsInformatics;
			case IT -> this.yearsIt;
			case QUALITY -> this.yearsQuality;
			case MANAGEMENT -> this.yearsManagement;
		};
	}

	/**
	 * Whether an option is the one chosen, for re-showing the form.
	 */
	public boolean chose(String value, Enum<?> option) {
		return value != null && value.equalsIgnoreCase(option.name());
	}

	public boolean holds(String slug) {
		return this.credentials.contains(slug);
	}

	/**
	 * Checks what single fields cannot: a plan below finished education, and credentials
	 * that are not in the catalog.
	 * @param known the slugs of the catalog's certifications
	 */
	void checkConsistency(Errors errors, Collection<String> known) {
		if (!errors.hasFieldErrors("educationDone") && !errors.hasFieldErrors("educationPlanned")
				&& plan().isBelow(level(this.educationDone))) {
			errors.rejectValue("educationPlanned", "about.educationPlanned.lower");
		}
		if (!errors.hasFieldErrors("credentials") && !known.containsAll(this.credentials)) {
			errors.rejectValue("credentials", "about.credentials.unknown");
		}
	}

	/**
	 * The answers as a context; only call once the form is valid.
	 */
	Context toContext() {
		Map<ExperienceKind, Integer> experience = new EnumMap<>(ExperienceKind.class);
		for (ExperienceKind kind : ExperienceKind.values()) {
			String value = years(kind);
			if (value != null && !value.isBlank()) {
				experience.put(kind, Integer.parseInt(value.strip()));
			}
		}
		Set<String> held = new HashSet<>(this.credentials);
		return new Context(level(this.educationDone), plan(), experience, held,
				Licence.valueOf(this.licence.toUpperCase(Locale.ROOT)));
	}

	private EducationPlan plan() {
		return EducationPlan.valueOf(this.educationPlanned.toUpperCase(Locale.ROOT));
	}

	private static EducationLevel level(String value) {
		return EducationLevel.valueOf(value.toUpperCase(Locale.ROOT));
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT) : null;
	}

	private static Map<ExperienceKind, String> yearFields() {
		Map<ExperienceKind, String> fields = new EnumMap<>(ExperienceKind.class);
		for (ExperienceKind kind : ExperienceKind.values()) {
			String name = kind.name().toLowerCase(Locale.ROOT);
			fields.put(kind, "years" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
		}
		return Map.copyOf(fields);
	}

}
