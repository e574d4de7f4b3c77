package org.careeradvisor.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.CatalogEditing.ItemRow;
import org.careeradvisor.catalog.internal.CatalogDraft.Kind;
import org.careeradvisor.catalog.internal.Competency;
import org.careeradvisor.catalog.internal.CompetencyFramework;
import org.careeradvisor.catalog.internal.CompetencyFrameworkRepository;
import org.careeradvisor.catalog.internal.CompetencyRepository;
import org.careeradvisor.catalog.internal.IdSlug;

import org.springframework.stereotype.Component;

/** Competencies as administrators edit them. */
@Component
class CompetencyItems implements EditableItem<CompetencyForm> {

	/** A framework to choose from on the form. */
	record FrameworkOption(String code, String name) {
	}

	private final CompetencyRepository competencies;

	private final CompetencyFrameworkRepository frameworks;

	private final ItemTranslations translations;

	CompetencyItems(CompetencyRepository competencies, CompetencyFrameworkRepository frameworks,
			ItemTranslations translations) {
		this.translations = translations;
		this.competencies = competencies;
		this.frameworks = frameworks;
	}

	@Override
	public Kind kind() {
		return Kind.COMPETENCY;
	}

	@Override
	public Class<CompetencyForm> formType() {
		return CompetencyForm.class;
	}

	@Override
	public String path() {
		return "competencies";
	}

	@Override
	public Optional<Published<CompetencyForm>> published(String slug) {
		return this.competencies.findForEditBySlug(slug)
			.map((c) -> new Published<>(c.getId(), c.getVersion(), c.getName(), form(c)));
	}

	@Override
	public Map<Long, String> slugsOf(Collection<Long> ids) {
		return this.competencies.findSlugs(ids).stream().collect(Collectors.toMap(IdSlug::id, IdSlug::slug));
	}

	List<ItemRow> rows() {
		return this.competencies.findAllForAdmin()
			.stream()
			.map((c) -> new ItemRow(c.getId(), c.getSlug(),
					c.getFramework().getCode() + " " + c.getDomainCode() + ": " + c.getName(), c.isRetired(), false,
					false))
			.toList();
	}

	List<FrameworkOption> frameworks() {
		return this.frameworks.findAllByOrderByPosition()
			.stream()
			.map((f) -> new FrameworkOption(f.getCode(), f.getName()))
			.toList();
	}

	/** Whether the form names a framework that exists. */
	boolean knows(String frameworkCode) {
		return frameworkCode != null && this.frameworks.findById(frameworkCode).isPresent();
	}

	@Override
	public String title(CompetencyForm form) {
		return form.name();
	}

	@Override
	public Applied apply(Long id, String newSlug, CompetencyForm form) {
		CompetencyFramework framework = this.frameworks.findById(form.frameworkCode())
			.orElseThrow(() -> new IllegalStateException("No framework " + form.frameworkCode()));
		Competency competency = (id == null)
				? new Competency(newSlug, framework, this.competencies.lastPosition(framework) + 1)
				: this.competencies.findForEditBySlug(slugOf(id))
					.orElseThrow(() -> new IllegalStateException("No competency"));
		Map<String, String> before = (id == null) ? null : form(competency).values();
		competency.apply(form, framework);
		competency = this.competencies.save(competency);
		this.translations.publish(kind(), competency.getSlug(), form.translations(), 0);
		return new Applied(competency.getId(), competency.getName(), before);
	}

	private CompetencyForm form(Competency competency) {
		return competency.toForm().withTranslations(this.translations.load(kind(), competency.getSlug()));
	}

}
