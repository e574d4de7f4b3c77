package org.careeradvisor.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careeradvisor.catalog.CatalogEditing.ItemRow;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CatalogDraft.Kind;

import org.springframework.stereotype.Component;

/** Careers as administrators edit them. */
@Component
class CareerItems implements EditableItem<CareerForm> {

	private final CareerRepository careers;

	CareerItems(CareerRepository careers) {
		this.careers = careers;
	}

	@Override
	public Kind kind() {
		return Kind.CAREER;
	}

	@Override
	public Class<CareerForm> formType() {
		return CareerForm.class;
	}

	@Override
	public String path() {
		return "careers";
	}

	@Override
	public Optional<Published<CareerForm>> published(String slug) {
		return this.careers.findForEditBySlug(slug)
			.map((c) -> new Published<>(c.getId(), c.getVersion(), c.getTitle(), c.toForm()));
	}

	@Override
	public String slugOf(long id) {
		return this.careers.findSlugById(id).orElseThrow(() -> new IllegalStateException("No career " + id));
	}

	/** Every career for the admin list, retired ones too. */
	List<ItemRow> rows() {
		return this.careers.findAllForAdmin()
			.stream()
			.map((c) -> new ItemRow(c.getSlug(), c.getTitle(), c.isRetired(), false, false))
			.toList();
	}

	@Override
	public String title(CareerForm form) {
		return form.title();
	}

	@Override
	public Integer baseVersion(CareerForm form) {
		return form.baseVersion();
	}

	@Override
	public Integer draftVersion(CareerForm form) {
		return form.draftVersion();
	}

	@Override
	public CareerForm withVersions(CareerForm form, Integer baseVersion, Integer draftVersion) {
		return form.withVersions(baseVersion, draftVersion);
	}

	@Override
	public Map<String, String> values(CareerForm form) {
		return form.values();
	}

	@Override
	public Applied apply(Long id, String newSlug, CareerForm form) {
		Career career = (id == null) ? new Career(newSlug)
				: this.careers.findForEditBySlug(slugOf(id)).orElseThrow(() -> new IllegalStateException("No career"));
		Map<String, String> before = (id == null) ? null : career.toForm().values();
		career.apply(form);
		career = this.careers.save(career);
		return new Applied(career.getId(), career.getTitle(), before);
	}

}
