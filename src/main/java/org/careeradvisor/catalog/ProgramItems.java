package org.careeradvisor.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogEditing.ItemRow;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CatalogDraft.Kind;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.CompetencyRepository;
import org.careeradvisor.catalog.internal.IdSlug;
import org.careeradvisor.catalog.internal.Program;
import org.careeradvisor.catalog.internal.ProgramCompetency;
import org.careeradvisor.catalog.internal.ProgramCompetencyRepository;
import org.careeradvisor.catalog.internal.ProgramRepository;

import org.springframework.stereotype.Component;

/**
 * Kinds of degree programs as administrators edit them, with the certifications they
 * prepare for, the careers they lead to and the competencies they cover.
 */
@Component
class ProgramItems implements EditableItem<ProgramForm> {

	private final ProgramRepository programs;

	private final ProgramCompetencyRepository programCompetencies;

	private final CertificationRepository certifications;

	private final CareerRepository careers;

	private final CompetencyRepository competencies;

	private final CatalogOptions options;

	private final ItemTranslations translations;

	ProgramItems(ProgramRepository programs, ProgramCompetencyRepository programCompetencies,
			CertificationRepository certifications, CareerRepository careers, CompetencyRepository competencies,
			CatalogOptions options, ItemTranslations translations) {
		this.translations = translations;
		this.options = options;
		this.programs = programs;
		this.programCompetencies = programCompetencies;
		this.certifications = certifications;
		this.careers = careers;
		this.competencies = competencies;
	}

	@Override
	public Kind kind() {
		return Kind.PROGRAM;
	}

	@Override
	public Class<ProgramForm> formType() {
		return ProgramForm.class;
	}

	@Override
	public String path() {
		return "programs";
	}

	@Override
	public Optional<Published<ProgramForm>> published(String slug) {
		return this.programs.findDetailedBySlug(slug)
			.map((p) -> new Published<>(p.getId(), p.getVersion(), p.getName(), form(p)));
	}

	@Override
	public Map<Long, String> slugsOf(Collection<Long> ids) {
		return this.programs.findSlugs(ids).stream().collect(Collectors.toMap(IdSlug::id, IdSlug::slug));
	}

	List<ItemRow> rows() {
		return this.programs.findAll()
			.stream()
			.sorted(CatalogMapper.PROGRAM_ORDER)
			.map((p) -> new ItemRow(p.getId(), p.getSlug(), p.getName(), p.isRetired(), false, false))
			.toList();
	}

	/** Whether every certification, career and competency the form names exists. */
	boolean knowsEveryLink(ProgramForm form) {
		return CatalogOptions.allKnown(this.options.certifications(), CareerForm.slugs(form.certifications()))
				&& CatalogOptions.allKnown(this.options.careers(), CareerForm.slugs(form.careers()))
				&& CatalogOptions.allKnown(this.options.competencies(), CareerForm.slugs(form.coreCompetencies()))
				&& CatalogOptions.allKnown(this.options.competencies(), CareerForm.slugs(form.partialCompetencies()));
	}

	@Override
	public String title(ProgramForm form) {
		return form.name();
	}

	@Override
	public Applied apply(Long id, String newSlug, ProgramForm form) {
		Program program = (id == null) ? new Program(newSlug) : this.programs.findDetailedBySlug(slugOf(id))
			.orElseThrow(() -> new IllegalStateException("No program"));
		Map<String, String> before = null;
		if (id != null) {
			before = form(program).values();
			this.programCompetencies.findByProgram(program).forEach(this.programCompetencies::delete);
			this.programCompetencies.flush();
		}
		program.apply(form,
				CareerForm.slugs(form.certifications())
					.stream()
					.flatMap((slug) -> this.certifications.findBySlug(slug).stream())
					.toList(),
				CareerForm.slugs(form.careers())
					.stream()
					.flatMap((slug) -> this.careers.findForEditBySlug(slug).stream())
					.toList());
		Program saved = this.programs.save(program);
		for (String slug : CareerForm.slugs(form.coreCompetencies())) {
			this.competencies.findForEditBySlug(slug)
				.ifPresent((c) -> this.programCompetencies.save(new ProgramCompetency(saved, c, Coverage.CORE)));
		}
		for (String slug : CareerForm.slugs(form.partialCompetencies())) {
			if (!CareerForm.slugs(form.coreCompetencies()).contains(slug)) {
				this.competencies.findForEditBySlug(slug)
					.ifPresent((c) -> this.programCompetencies.save(new ProgramCompetency(saved, c, Coverage.PARTIAL)));
			}
		}
		this.translations.publish(kind(), saved.getSlug(), form.translations(), 0);
		return new Applied(saved.getId(), saved.getName(), before);
	}

	private ProgramForm form(Program program) {
		List<ProgramCompetency> links = this.programCompetencies.findByProgram(program);
		return program
			.toForm(links.stream()
				.filter((l) -> l.getCoverage() == Coverage.CORE)
				.map((l) -> l.getCompetency().getSlug())
				.toList(),
					links.stream()
						.filter((l) -> l.getCoverage() == Coverage.PARTIAL)
						.map((l) -> l.getCompetency().getSlug())
						.toList())
			.withTranslations(this.translations.load(kind(), program.getSlug()));
	}

}
