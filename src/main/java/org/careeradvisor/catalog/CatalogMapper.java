package org.careeradvisor.catalog;

import java.util.Comparator;

import org.careeradvisor.catalog.CatalogQueries.EligibilityRoute;
import org.careeradvisor.catalog.CatalogTexts.Texts;
import org.careeradvisor.catalog.Views.CareerLink;
import org.careeradvisor.catalog.Views.CareerRow;
import org.careeradvisor.catalog.Views.CertificationLink;
import org.careeradvisor.catalog.Views.CertificationRow;
import org.careeradvisor.catalog.Views.CompetencyLink;
import org.careeradvisor.catalog.Views.ProgramLink;
import org.careeradvisor.catalog.Views.ProgramRow;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.Certification;
import org.careeradvisor.catalog.internal.CertificationRoute;
import org.careeradvisor.catalog.internal.Competency;
import org.careeradvisor.catalog.internal.Program;

/**
 * Turns catalog entities into the records that pages show: one place, so that every page
 * names a career, certification, program or competency the same way.
 */
final class CatalogMapper {

	/** Programs by discipline, then level, then name. */
	static final Comparator<Program> PROGRAM_ORDER = Comparator.comparing(Program::getDiscipline)
		.thenComparing(Program::getLevel)
		.thenComparing(Program::getName);

	private CatalogMapper() {
	}

	static CareerRow row(Career career, int edition, Texts t) {
		return new CareerRow(career.getSlug(), t.career(career.getSlug(), "title", career.getTitle()),
				career.getAffinity(), career.getEntryEducation(), career.isClinicalLicenceUsual(),
				career.figure(edition).map((f) -> figure(career.getSlug(), f, t)).orElse(null));
	}

	/** A figure's notes in the reader's language; its numbers and sources as they are. */
	static Figure figure(String careerSlug, Figure f, Texts t) {
		String prefix = "outlook." + f.edition() + ".";
		return new Figure(f.edition(), f.medianPayUsd(), f.growthPct(), f.status(),
				t.career(careerSlug, prefix + "status_note", f.statusNote()), f.sourceUrls(),
				t.career(careerSlug, prefix + "source_note", f.sourceNote()));
	}

	/**
	 * Credential names stay in English; the summary explains them in the reader's
	 * language.
	 */
	static CertificationRow row(Certification c, Texts t) {
		return new CertificationRow(c.getSlug(), c.getAcronym(), c.getFullName(),
				t.certification(c.getSlug(), "issuing_body", c.getIssuingBody()), c.getDiscipline(),
				t.certification(c.getSlug(), "summary", c.getSummary()), c.getEligibilityStatus());
	}

	static ProgramRow row(Program p, Texts t) {
		return new ProgramRow(p.getSlug(), t.program(p.getSlug(), "name", p.getName()), p.getDiscipline(), p.getLevel(),
				t.program(p.getSlug(), "summary", p.getSummary()),
				t.program(p.getSlug(), "typical_length", p.getTypicalLength()), p.getAccreditation());
	}

	static CareerLink link(Career career, Texts t) {
		return new CareerLink(career.getSlug(), t.career(career.getSlug(), "title", career.getTitle()));
	}

	static CertificationLink link(Certification c, String relevance) {
		return new CertificationLink(c.getSlug(), c.getAcronym(), c.getFullName(), relevance);
	}

	static ProgramLink link(Program p, Texts t) {
		return new ProgramLink(p.getSlug(), t.program(p.getSlug(), "name", p.getName()), p.getLevel(),
				p.getDiscipline());
	}

	static CompetencyLink link(Competency c, String weight, Texts t) {
		return new CompetencyLink(c.getSlug(), t.competency(c.getSlug(), "name", c.getName()), c.getDomainCode(),
				t.of("FRAMEWORK", c.getFramework().getCode(), "name", c.getFramework().getName()), weight,
				c.getNameStatus());
	}

	/** A route as the recommender and the pages check it: its rules live there. */
	static EligibilityRoute route(CertificationRoute route) {
		Program program = route.getRequiredProgram();
		return new EligibilityRoute(route.getMinEducation(), (program != null) ? program.getSlug() : null,
				(program != null) ? program.getName() : null, (program != null) ? program.getLevel() : null,
				(route.getRequiredCertification() != null) ? route.getRequiredCertification().getSlug() : null,
				route.getMinYearsExperience(), route.getExperienceKinds(), route.getRequiredLicence(),
				route.isOpenExam(), route.getExtraConditions(), route.isDetailsComplete(), route.getPreparation(),
				route.getRecommendedKinds(), route.getRecommendedYears(), route.getDescription());
	}

}
