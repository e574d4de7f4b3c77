package org.careeradvisor.catalog;

import java.util.Collection;
import java.util.List;

import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.CompetencyRepository;
import org.careeradvisor.catalog.internal.ProgramRepository;

import org.springframework.stereotype.Component;

/**
 * The items an admin form can link to (careers, certifications, programs, competencies),
 * named the same way on every form, retired ones included, and the check that a form
 * names only items that exist.
 */
@Component
class CatalogOptions {

	/** An item a form offers, by slug. */
	record Option(String slug, String name) {
	}

	private final CareerRepository careers;

	private final CertificationRepository certifications;

	private final ProgramRepository programs;

	private final CompetencyRepository competencies;

	CatalogOptions(CareerRepository careers, CertificationRepository certifications, ProgramRepository programs,
			CompetencyRepository competencies) {
		this.careers = careers;
		this.certifications = certifications;
		this.programs = programs;
		this.competencies = competencies;
	}

	List<Option> careers() {
		return this.careers.findAllForAdmin().stream().map((c) -> new Option(c.getSlug(), c.getTitle())).toList();
	}

	List<Option> certifications() {
		return this.certifications.findAllByOrderByAcronym()
			.stream()
			.map((c) -> new Option(c.getSlug(), c.getAcronym() + ": " + c.getFullName()))
			.toList();
	}

	List<Option> programs() {
		return this.programs.findAll()
			.stream()
			.sorted(CatalogMapper.PROGRAM_ORDER)
			.map((p) -> new Option(p.getSlug(), p.getName()))
			.toList();
	}

	List<Option> competencies() {
		return this.competencies.findAllForAdmin()
			.stream()
			.map((c) -> new Option(c.getSlug(),
					c.getFramework().getCode() + " " + c.getDomainCode() + ": " + c.getName()))
			.toList();
	}

	/** Whether every slug named (blank ones aside) is one of the options. */
	static boolean allKnown(List<Option> options, Collection<String> named) {
		List<String> slugs = options.stream().map(Option::slug).toList();
		return named.stream().filter((slug) -> slug != null && !slug.isBlank()).allMatch(slugs::contains);
	}

}
