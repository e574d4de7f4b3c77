package org.careeradvisor.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careeradvisor.catalog.Views.OpenedCertification;
import org.careeradvisor.catalog.Views.ProgramPage;
import org.careeradvisor.catalog.Views.ProgramRow;
import org.careeradvisor.catalog.internal.Certification;
import org.careeradvisor.catalog.internal.CertificationRoute;
import org.careeradvisor.catalog.internal.CertificationRouteRepository;
import org.careeradvisor.catalog.internal.Program;
import org.careeradvisor.catalog.internal.ProgramCompetencyRepository;
import org.careeradvisor.catalog.internal.ProgramRepository;
import org.careeradvisor.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.careeradvisor.catalog.CatalogMapper.link;
import static org.careeradvisor.catalog.CatalogMapper.row;

/**
 * The program list and a program's page, with the certifications it opens.
 */
@Service
@Transactional(readOnly = true)
class ProgramPages {

	private final ProgramRepository programs;

	private final CertificationRouteRepository routes;

	private final ProgramCompetencyRepository programCompetencies;

	ProgramPages(ProgramRepository programs, CertificationRouteRepository routes,
			ProgramCompetencyRepository programCompetencies) {
		this.programs = programs;
		this.routes = routes;
		this.programCompetencies = programCompetencies;
	}

	List<ProgramRow> programs() {
		return this.programs.findCurrent()
			.stream()
			.sorted(CatalogMapper.PROGRAM_ORDER)
			.map(CatalogMapper::row)
			.toList();
	}

	ProgramPage program(String slug) {
		Program program = this.programs.findDetailedBySlug(slug).orElseThrow(() -> new NotFoundException("Program"));
		Map<String, OpenedCertification> atGraduation = new LinkedHashMap<>();
		Map<String, OpenedCertification> afterExperience = new LinkedHashMap<>();
		for (CertificationRoute route : this.routes.findAllWithParts()) {
			Certification certification = route.getCertification();
			// A degree route counts for programs of the certification's own discipline.
			boolean named = route.getRequiredProgram() != null;
			if (!named && !certification.getDiscipline().includes(program.getDiscipline())) {
				continue;
			}
			CatalogMapper.route(route).afterProgram(program.getSlug(), program.getLevel()).ifPresent((years) -> {
				keepShortest((years > 0) ? afterExperience : atGraduation, certification, (years > 0) ? years : null,
						route.getDescription());
			});
		}
		atGraduation.keySet().forEach(afterExperience::remove);
		List<OpenedCertification> later = afterExperience.values()
			.stream()
			.sorted(Comparator.comparing(OpenedCertification::years))
			.toList();
		return new ProgramPage(row(program), program.getAccreditationNote(), program.getAdmission(),
				program.getNextSteps(), program.getStatus(), program.getSources(), program.getAsOf(),
				this.programCompetencies.findByProgram(program)
					.stream()
					.map((pc) -> link(pc.getCompetency(), pc.getCoverage().name()))
					.toList(),
				program.getPreparesFor().stream().map((c) -> link(c, null)).toList(),
				List.copyOf(atGraduation.values()), later,
				program.getCareers().stream().filter((c) -> !c.isRetired()).map(CatalogMapper::link).toList(),
				program.isRetired());
	}

	private static void keepShortest(Map<String, OpenedCertification> opened, Certification certification,
			Integer years, String description) {
		OpenedCertification candidate = new OpenedCertification(link(certification, null), years, description);
		opened.merge(certification.getSlug(), candidate,
				(a, b) -> (a.years() == null || (b.years() != null && a.years() <= b.years())) ? a : b);
	}

}
