package org.careeradvisor.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careeradvisor.catalog.CatalogTexts.Texts;
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

	private final CatalogTexts texts;

	ProgramPages(ProgramRepository programs, CertificationRouteRepository routes,
			ProgramCompetencyRepository programCompetencies, CatalogTexts texts) {
		this.texts = texts;
		this.programs = programs;
		this.routes = routes;
		this.programCompetencies = programCompetencies;
	}

	List<ProgramRow> programs() {
		Texts t = this.texts.current();
		return this.programs.findCurrent().stream().sorted(CatalogMapper.PROGRAM_ORDER).map((p) -> row(p, t)).toList();
	}

	ProgramPage program(String slug) {
		Program program = this.programs.findDetailedBySlug(slug).orElseThrow(() -> new NotFoundException("Program"));
		Texts t = this.texts.current();
		String own = program.getSlug();
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
						t.certification(certification.getSlug(), "route." + route.getPosition() + ".description",
								route.getDescription()));
			});
		}
		atGraduation.keySet().forEach(afterExperience::remove);
		List<OpenedCertification> later = afterExperience.values()
			.stream()
			.sorted(Comparator.comparing(OpenedCertification::years))
			.toList();
		return new ProgramPage(row(program, t), t.program(own, "accreditation_note", program.getAccreditationNote()),
				t.program(own, "admission", program.getAdmission()),
				t.program(own, "next_steps", program.getNextSteps()), program.getStatus(), program.getSources(),
				t.program(own, "as_of", program.getAsOf()),
				this.programCompetencies.findByProgram(program)
					.stream()
					.map((pc) -> link(pc.getCompetency(), pc.getCoverage().name(), t))
					.toList(),
				program.getPreparesFor().stream().map((c) -> link(c, null)).toList(),
				List.copyOf(atGraduation.values()), later,
				program.getCareers().stream().filter((c) -> !c.isRetired()).map((c) -> link(c, t)).toList(),
				program.isRetired());
	}

	private static void keepShortest(Map<String, OpenedCertification> opened, Certification certification,
			Integer years, String description) {
		OpenedCertification candidate = new OpenedCertification(link(certification, null), years, description);
		opened.merge(certification.getSlug(), candidate,
				(a, b) -> (a.years() == null || (b.years() != null && a.years() <= b.years())) ? a : b);
	}

}
