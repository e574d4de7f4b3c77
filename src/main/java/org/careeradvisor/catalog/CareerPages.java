package org.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.careeradvisor.catalog.Views.CareerPage;
import org.careeradvisor.catalog.Views.CareerRow;
import org.careeradvisor.catalog.Views.StepView;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerCertificationRepository;
import org.careeradvisor.catalog.internal.CareerCompetencyRepository;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CareerStep;
import org.careeradvisor.catalog.internal.CareerStepRepository;
import org.careeradvisor.catalog.internal.ProgramRepository;
import org.careeradvisor.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.careeradvisor.catalog.CatalogMapper.link;
import static org.careeradvisor.catalog.CatalogMapper.row;

/**
 * The career list and a career's page. Every method runs a fixed number of queries,
 * whatever the number of rows.
 */
@Service
@Transactional(readOnly = true)
class CareerPages {

	private final CatalogReleases releases;

	private final CareerRepository careers;

	private final CareerCompetencyRepository careerCompetencies;

	private final CareerCertificationRepository careerCertifications;

	private final CareerStepRepository steps;

	private final ProgramRepository programs;

	CareerPages(CatalogReleases releases, CareerRepository careers, CareerCompetencyRepository careerCompetencies,
			CareerCertificationRepository careerCertifications, CareerStepRepository steps,
			ProgramRepository programs) {
		this.releases = releases;
		this.careers = careers;
		this.careerCompetencies = careerCompetencies;
		this.careerCertifications = careerCertifications;
		this.steps = steps;
		this.programs = programs;
	}

	int outlookEdition() {
		return this.releases.figureEdition();
	}

	List<CareerRow> careers(CareerFilter filter) {
		Comparator<CareerRow> byTitle = Comparator.comparing(CareerRow::title);
		Comparator<CareerRow> order = switch (filter.sortOrDefault()) {
			case PAY -> Comparator.comparing(CareerRow::pay, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(byTitle);
			case GROWTH -> Comparator.comparing(CareerRow::growth, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(byTitle);
			case TITLE -> byTitle;
		};
		return this.careers.findAllWithOutlook()
			.stream()
			.filter((career) -> filter.discipline() == null || career.getAffinity().includes(filter.discipline()))
			.filter((career) -> filter.education() == null || career.getEntryEducation() == filter.education())
			.map(this::row)
			.sorted(order)
			.toList();
	}

	CareerPage career(String slug) {
		Career career = this.careers.findDetailedBySlug(slug).orElseThrow(() -> new NotFoundException("Career"));
		List<StepView> next = new ArrayList<>();
		List<StepView> feeders = new ArrayList<>();
		for (CareerStep step : this.steps.findTouching(career)) {
			boolean outgoing = step.getFrom().getId().equals(career.getId());
			Career other = outgoing ? step.getTo() : step.getFrom();
			if (other.isRetired()) {
				continue;
			}
			StepView view = new StepView(link(other), step.getKind(), step.getMinYears(), step.getMaxYears(),
					step.getYearsBasis(),
					(step.getCertification() != null) ? link(step.getCertification(), null) : null,
					step.getDescription());
			(outgoing ? next : feeders).add(view);
		}
		int edition = outlookEdition();
		List<Figure> earlier = career.figures().stream().filter((f) -> f.edition() != edition).toList();
		return new CareerPage(row(career), career.getSummary(), career.getOnetCode(), career.getOnetTitle(),
				career.getBlsOccupation(), career.getSharedFiguresNote(), career.getEntryEducationNote(),
				career.getSources(), career.getAsOf(), career.getTasks(), earlier,
				this.careerCompetencies.findByCareer(career)
					.stream()
					.map((cc) -> link(cc.getCompetency(), cc.getImportance().name()))
					.toList(),
				this.careerCertifications.findByCareer(career)
					.stream()
					.map((cc) -> link(cc.getCertification(), cc.getRelevance().name()))
					.toList(),
				next, feeders, this.programs.findByCareer(career).stream().map(CatalogMapper::link).toList(),
				career.isRetired());
	}

	private CareerRow row(Career career) {
		return CatalogMapper.row(career, outlookEdition());
	}

}
