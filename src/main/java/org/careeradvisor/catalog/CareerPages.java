package org.careeradvisor.catalog;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.careeradvisor.catalog.CatalogTexts.Texts;
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

import org.springframework.context.i18n.LocaleContextHolder;
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

	private final CatalogTexts texts;

	CareerPages(CatalogReleases releases, CareerRepository careers, CareerCompetencyRepository careerCompetencies,
			CareerCertificationRepository careerCertifications, CareerStepRepository steps, ProgramRepository programs,
			CatalogTexts texts) {
		this.texts = texts;
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
		Comparator<CareerRow> byTitle = Comparator.comparing(CareerRow::title,
				Collator.getInstance(LocaleContextHolder.getLocale()));
		Texts t = this.texts.current();
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
			.map((career) -> row(career, t))
			.sorted(order)
			.toList();
	}

	CareerPage career(String slug) {
		Career career = this.careers.findDetailedBySlug(slug).orElseThrow(() -> new NotFoundException("Career"));
		Texts t = this.texts.current();
		String own = career.getSlug();
		List<StepView> next = new ArrayList<>();
		List<StepView> feeders = new ArrayList<>();
		for (CareerStep step : this.steps.findTouching(career)) {
			boolean outgoing = step.getFrom().getId().equals(career.getId());
			Career other = outgoing ? step.getTo() : step.getFrom();
			if (other.isRetired()) {
				continue;
			}
			String stepKey = step.getFrom().getSlug() + "--" + step.getTo().getSlug();
			StepView view = new StepView(link(other, t), step.getKind(), step.getMinYears(), step.getMaxYears(),
					t.of("CAREER_STEP", stepKey, "years_basis", step.getYearsBasis()),
					(step.getCertification() != null) ? link(step.getCertification(), null) : null,
					t.of("CAREER_STEP", stepKey, "description", step.getDescription()));
			(outgoing ? next : feeders).add(view);
		}
		int edition = outlookEdition();
		List<Figure> earlier = career.figures()
			.stream()
			.filter((f) -> f.edition() != edition)
			.map((f) -> CatalogMapper.figure(own, f, t))
			.toList();
		List<String> tasks = new ArrayList<>();
		for (int i = 0; i < career.getTasks().size(); i++) {
			tasks.add(t.career(own, "task." + (i + 1), career.getTasks().get(i)));
		}
		return new CareerPage(row(career, t), t.career(own, "summary", career.getSummary()), career.getOnetCode(),
				t.career(own, "onet_title", career.getOnetTitle()),
				t.career(own, "bls_occupation", career.getBlsOccupation()),
				t.career(own, "shared_figures_note", career.getSharedFiguresNote()),
				t.career(own, "entry_education_note", career.getEntryEducationNote()), career.getSources(),
				t.career(own, "as_of", career.getAsOf()), tasks, earlier,
				this.careerCompetencies.findByCareer(career)
					.stream()
					.map((cc) -> link(cc.getCompetency(), cc.getImportance().name(), t))
					.toList(),
				this.careerCertifications.findByCareer(career)
					.stream()
					.map((cc) -> link(cc.getCertification(), cc.getRelevance().name()))
					.toList(),
				next, feeders, this.programs.findByCareer(career).stream().map((p) -> link(p, t)).toList(),
				career.isRetired());
	}

	private CareerRow row(Career career, Texts t) {
		return CatalogMapper.row(career, outlookEdition(), t);
	}

}
