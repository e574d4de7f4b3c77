package org.careeradvisor.catalog;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.FiguresFile.Row;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CatalogAudit;
import org.careeradvisor.catalog.internal.CatalogAuditRepository;
import org.careeradvisor.catalog.internal.CatalogDraft;
import org.careeradvisor.catalog.internal.CatalogDraft.Kind;
import org.careeradvisor.catalog.internal.CatalogDraftRepository;
import org.careeradvisor.catalog.internal.CatalogRelease;
import org.careeradvisor.catalog.internal.CatalogReleaseRepository;
import org.careeradvisor.catalog.internal.OutlookFigure;
import org.careeradvisor.catalog.internal.PublishedRelease;
import org.careeradvisor.catalog.internal.PublishedReleaseRepository;
import org.careeradvisor.web.BadRequestException;
import org.careeradvisor.web.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalog content maintenance: edits are saved as drafts (one per item), a stale edit is
 * caught and shown side by side with what it would overwrite, and publishing turns every
 * draft into a new release in one transaction, with an audit row per changed item.
 */
@Service
@Transactional
class CatalogEditing {

	private final CareerRepository careers;

	private final CatalogDraftRepository drafts;

	private final CatalogAuditRepository audits;

	private final CatalogReleaseRepository releases;

	private final PublishedReleaseRepository history;

	private final JsonMapper json;

	private final Map<Kind, EditableItem<?>> types;

	private final Clock clock;

	private final ItemTranslations translations;

	CatalogEditing(CareerRepository careers, CatalogDraftRepository drafts, CatalogAuditRepository audits,
			CatalogReleaseRepository releases, PublishedReleaseRepository history, JsonMapper json, Clock clock,
			List<EditableItem<?>> types, ItemTranslations translations) {
		this.translations = translations;
		this.careers = careers;
		this.drafts = drafts;
		this.audits = audits;
		this.releases = releases;
		this.history = history;
		this.json = json;
		this.types = types.stream().collect(Collectors.toMap(EditableItem::kind, Function.identity()));
		this.clock = clock;
	}

	/** An item in an admin list. */
	record ItemRow(Long id, String slug, String title, boolean retired, boolean draft, boolean isNew) {
	}

	/** A pending draft on the overview and the publish page. */
	record DraftItem(long id, String kind, String title, String link, String savedBy, LocalDateTime savedAt) {
	}

	/**
	 * What a stale save would overwrite: who saved it, when, and each differing field.
	 */
	record Conflict(String savedBy, LocalDateTime savedAt, boolean published, List<FieldChange> fields) {
	}

	/**
	 * One field's two values; figures fields also name their edition (else none).
	 */
	record FieldChange(String field, Integer edition, String before, String after) {

		/** The language of a translated text ("es" for {@code es.summary}), else none. */
		public String language() {
			return Translations.isTranslation(this.field) ? this.field.substring(0, this.field.indexOf('.')) : null;
		}

		/** The message naming a translated text's English field. */
		public String translatedLabelKey() {
			return Translations.labelKey(this.field.substring(this.field.indexOf('.') + 1));
		}

		/** The route a translated text belongs to, if any. */
		public Integer translatedRoute() {
			return Translations.route(this.field.substring(this.field.indexOf('.') + 1));
		}

	}

	/** The outcome of saving an edit. */
	sealed interface Saved<F> permits Draft, Stale {

	}

	/** Saved as the item's draft. */
	record Draft<F>(String slug) implements Saved<F> {
	}

	/**
	 * Not saved: someone else's version came first; the form carries the new versions.
	 */
	record Stale<F>(Conflict conflict, F form) implements Saved<F> {
	}

	/** One published change, for an item's history page. */
	record HistoryEntry(int release, String changedBy, LocalDateTime changedAt, boolean created,
			List<FieldChange> fields) {
	}

	/** The current release on the overview. */
	record ReleaseView(int release, int figureEdition) {
	}

	/** A published release in the list. */
	record ReleaseItem(int release, int figureEdition, java.time.LocalDate publishedOn, String publishedBy,
			String note) {
	}

	// Overview and lists

	@Transactional(readOnly = true)
	ReleaseView release() {
		CatalogRelease release = this.releases.current();
		return new ReleaseView(release.getRelease(), release.getFigureEdition());
	}

	@Transactional(readOnly = true)
	List<ReleaseItem> releases() {
		return this.history.findAllByOrderByReleaseDesc()
			.stream()
			.map((r) -> new ReleaseItem(r.getRelease(), r.getFigureEdition(), r.getPublishedOn(), r.getPublishedBy(),
					r.getNote()))
			.toList();
	}

	@Transactional(readOnly = true)
	List<DraftItem> drafts() {
		List<CatalogDraft> pending = this.drafts.findAllByOrderBySavedAt();
		// One query per kind of item for the links, not one per draft.
		Map<Kind, Map<Long, String>> slugs = new java.util.EnumMap<>(Kind.class);
		pending.stream()
			.filter((d) -> d.getItemId() != null && this.types.containsKey(d.getKind()))
			.collect(Collectors.groupingBy(CatalogDraft::getKind,
					Collectors.mapping(CatalogDraft::getItemId, Collectors.toSet())))
			.forEach((kind, ids) -> slugs.put(kind, this.types.get(kind).slugsOf(ids)));
		return pending.stream()
			.map((d) -> new DraftItem(d.getId(), d.getKind().name(), d.getTitle(),
					link(d, slugs.getOrDefault(d.getKind(), Map.of())), d.getSavedBy(), d.getSavedAt()))
			.toList();
	}

	/**
	 * The published items of a kind (given as rows: slug, title, retired) with their
	 * drafts marked, and the new items that exist only as drafts.
	 */
	@Transactional(readOnly = true)
	List<ItemRow> items(EditableItem<?> type, List<ItemRow> published) {
		Map<String, CatalogDraft> pending = this.drafts.findAllByOrderBySavedAt()
			.stream()
			.collect(Collectors.toMap(CatalogDraft::getItemKey, Function.identity()));
		List<ItemRow> items = new ArrayList<>();
		for (ItemRow row : published) {
			boolean draft = pending.containsKey(key(type, row.id()));
			items.add(new ItemRow(row.id(), row.slug(), row.title(), row.retired(), draft, false));
		}
		pending.values()
			.stream()
			.filter((d) -> d.getKind() == type.kind() && d.getItemId() == null)
			.forEach((d) -> items.add(new ItemRow(null, newSlug(d), d.getTitle(), false, true, true)));
		return items;
	}

	// Editing an item

	/**
	 * The form an edit starts with: the draft if there is one, else the published values.
	 */
	@Transactional(readOnly = true)
	<F extends Record & ItemForm<F>> F form(EditableItem<F> type, String slug) {
		Optional<EditableItem.Published<F>> published = type.published(slug);
		Optional<CatalogDraft> draft = this.drafts.findByItemKey(itemKey(type, published, slug));
		if (draft.isPresent()) {
			return read(type, draft.get()).withVersions(draft.get().getBaseVersion(), draft.get().getVersion());
		}
		return published.map(EditableItem.Published::form).orElseThrow(() -> new NotFoundException("Catalog item"));
	}

	/** Whether the item is published (else it exists only as a draft). */
	@Transactional(readOnly = true)
	boolean isPublished(EditableItem<?> type, String slug) {
		return type.published(slug).isPresent();
	}

	/** The item's title: published, or from its draft when it is new. */
	@Transactional(readOnly = true)
	Optional<String> title(EditableItem<?> type, String slug) {
		return type.published(slug)
			.map(EditableItem.Published::title)
			.or(() -> this.drafts.findByItemKey(newKey(type, slug)).map(CatalogDraft::getTitle));
	}

	/**
	 * Starts a new item as a draft; its slug comes from the title and never changes.
	 * Empty when the title's slug is taken.
	 */
	<F extends Record & ItemForm<F>> Optional<String> create(EditableItem<F> type, F submitted, String by) {
		F form = this.translations.known(type.kind(), submitted);
		String slug = type.newSlug(form);
		if (slug.isEmpty() || type.published(slug).isPresent()
				|| this.drafts.findByItemKey(newKey(type, slug)).isPresent()) {
			return Optional.empty();
		}
		CatalogDraft draft = new CatalogDraft(newKey(type, slug), type.kind(), null);
		draft.save(type.title(form).strip(), write(form.withVersions(null, null)), null, by, now());
		flush(draft);
		return Optional.of(slug);
	}

	/** Saves an edit as the item's draft, unless someone else's version came first. */
	<F extends Record & ItemForm<F>> Saved<F> save(EditableItem<F> type, String slug, F submitted, String by) {
		F form = this.translations.known(type.kind(), submitted);
		Optional<EditableItem.Published<F>> published = type.published(slug);
		String key = itemKey(type, published, slug);
		Optional<CatalogDraft> existing = this.drafts.findByItemKey(key);
		if (published.isEmpty() && existing.isEmpty()) {
			throw new NotFoundException("Catalog item");
		}
		if (existing.isPresent() && !Objects.equals(form.draftVersion(), existing.get().getVersion())) {
			CatalogDraft theirs = existing.get();
			return new Stale<>(
					new Conflict(theirs.getSavedBy(), theirs.getSavedAt(), false,
							differences(read(type, theirs).values(), form.values())),
					form.withVersions(theirs.getBaseVersion(), theirs.getVersion()));
		}
		if (existing.isEmpty() && published.isPresent()
				&& !Objects.equals(form.baseVersion(), published.get().version())) {
			EditableItem.Published<F> current = published.get();
			return new Stale<>(new Conflict(null, null, true, differences(current.form().values(), form.values())),
					form.withVersions(current.version(), null));
		}
		CatalogDraft draft = existing.orElseGet(
				() -> new CatalogDraft(key, type.kind(), published.map(EditableItem.Published::id).orElse(null)));
		draft.save(type.title(form).strip(), write(form.withVersions(null, null)),
				published.isPresent() ? form.baseVersion() : null, by, now());
		flush(draft);
		return new Draft<>(slug);
	}

	/**
	 * Thrown when publishing finds a draft started from an older version of its item;
	 * nothing is published.
	 */
	static final class OutdatedDraftException extends RuntimeException {

		private final String title;

		private final String link;

		OutdatedDraftException(String title, String link) {
			super("Outdated draft: " + title, null, false, false);
			this.title = title;
			this.link = link;
		}

		public String title() {
			return this.title;
		}

		public String link() {
			return this.link;
		}

	}

	/** Thrown when a concurrent save won the race; the controller shows the conflict. */
	static final class StaleDraftException extends RuntimeException {

		StaleDraftException() {
			super("The draft was saved by someone else at the same time", null, false, false);
		}

	}

	@Transactional(readOnly = true)
	List<HistoryEntry> history(EditableItem<?> type, String slug) {
		long id = type.published(slug).orElseThrow(() -> new NotFoundException("Catalog item")).id();
		return this.audits.findByItemKindAndItemIdOrderByIdDesc(type.kind().name(), id).stream().map((a) -> {
			Map<String, String> before = (a.getBeforeValues() != null) ? readMap(a.getBeforeValues()) : Map.of();
			return new HistoryEntry(a.getRelease(), a.getChangedBy(), a.getChangedAt(), a.getBeforeValues() == null,
					differences(before, readMap(a.getAfterValues())));
		}).toList();
	}

	void discard(long draftId) {
		this.drafts.delete(this.drafts.findById(draftId).orElseThrow(() -> new NotFoundException("Draft")));
	}

	// Figures

	/** Saves an uploaded edition as a draft, replacing an earlier upload of it. */
	void saveFigures(int edition, List<Row> rows, String by) {
		String key = figuresKey(edition);
		CatalogDraft draft = this.drafts.findByItemKey(key)
			.orElseGet(() -> new CatalogDraft(key, Kind.FIGURES, (long) edition));
		draft.save(String.valueOf(edition), this.json.writeValueAsString(rows), null, by, now());
		flush(draft);
	}

	/** One SOC code of an uploaded edition against what is published. */
	record FigureChange(String soc, List<String> careers, OutlookFigure before, Row after) {

		public boolean unknown() {
			return this.careers.isEmpty();
		}

	}

	/** The preview of an uploaded edition. */
	record FiguresPreview(int edition, long draftId, String savedBy, LocalDateTime savedAt, List<FigureChange> changes,
			List<String> careersWithout) {
	}

	@Transactional(readOnly = true)
	Optional<FiguresPreview> figuresPreview(int edition) {
		int current = this.releases.current().getFigureEdition();
		return this.drafts.findByItemKey(figuresKey(edition)).map((draft) -> {
			List<Row> rows = readRows(draft);
			List<Career> all = this.careers.findAllForAdmin();
			List<FigureChange> changes = rows.stream().map((row) -> {
				List<Career> matching = all.stream().filter((c) -> row.soc().equals(c.getFigureSoc())).toList();
				// Against the same edition when it is published already, else the one the
				// site shows.
				OutlookFigure before = matching.stream()
					.map((c) -> c.outlookFigure(edition).or(() -> c.outlookFigure(current)).orElse(null))
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null);
				return new FigureChange(row.soc(), matching.stream().map(Career::getTitle).toList(), before, row);
			}).toList();
			List<String> covered = rows.stream().map(Row::soc).toList();
			List<String> without = all.stream()
				.filter((c) -> !c.isRetired() && (c.getFigureSoc() == null || !covered.contains(c.getFigureSoc())))
				.map(Career::getTitle)
				.toList();
			return new FiguresPreview(edition, draft.getId(), draft.getSavedBy(), draft.getSavedAt(), changes, without);
		});
	}

	// Publishing

	/**
	 * Publishes every draft as the next release: careers first, then figures; an audit
	 * row per changed item; the release pointer moves (its row is locked, so two
	 * administrators publishing at once make two releases, one after the other).
	 */
	int publish(String note, String by) {
		CatalogRelease release = this.releases.currentForUpdate();
		List<CatalogDraft> pending = this.drafts.findAllByOrderBySavedAt();
		if (pending.isEmpty()) {
			throw new BadRequestException("admin.publish.nothing", "Nothing to publish");
		}
		int next = release.getRelease() + 1;
		int edition = release.getFigureEdition();
		LocalDateTime now = now();
		for (CatalogDraft draft : pending) {
			EditableItem<?> type = this.types.get(draft.getKind());
			if (type != null) {
				publishItem(type, draft, next);
			}
		}
		for (CatalogDraft draft : pending) {
			if (draft.getKind() == Kind.FIGURES) {
				int figures = draft.getItemId().intValue();
				publishFigures(figures, readRows(draft), next, draft.getSavedBy(), draft.getSavedAt());
				edition = Math.max(edition, figures);
			}
		}
		pending.forEach(this.drafts::delete);
		release.publish(next, edition, now.toLocalDate(), note.strip());
		this.history.save(new PublishedRelease(next, edition, now.toLocalDate(), by, note.strip()));
		return next;
	}

	/**
	 * The audit row names who made the change and when; the release names who published
	 * it.
	 */
	private <F extends Record & ItemForm<F>> void publishItem(EditableItem<F> type, CatalogDraft draft, int release) {
		F form = read(type, draft);
		if (draft.getItemId() != null) {
			int current = type.published(type.slugOf(draft.getItemId()))
				.orElseThrow(() -> new IllegalStateException("A draft's item is gone"))
				.version();
			if (draft.getBaseVersion() == null || draft.getBaseVersion() != current) {
				// The item changed after this draft was started: publishing it would undo
				// that.
				throw new OutdatedDraftException(draft.getTitle(), link(draft));
			}
		}
		EditableItem.Applied applied = type.apply(draft.getItemId(),
				(draft.getItemId() == null) ? newSlug(draft) : null, form);
		this.audits.save(new CatalogAudit(release, type.kind().name(), applied.id(), applied.title(),
				draft.getSavedBy(), draft.getSavedAt(), (applied.before() != null) ? write(applied.before()) : null,
				write(form.values())));
	}

	private void publishFigures(int edition, List<Row> rows, int release, String by, LocalDateTime now) {
		Map<String, Row> bySoc = rows.stream().collect(Collectors.toMap(Row::soc, Function.identity()));
		for (Career career : this.careers.findAllForAdmin()) {
			Row row = (career.getFigureSoc() != null) ? bySoc.get(career.getFigureSoc()) : null;
			if (row == null) {
				continue;
			}
			Map<String, String> before = career.outlookFigure(edition)
				.map((old) -> figureValues(old, career.sources(edition)))
				.orElse(null);
			OutlookFigure figure = new OutlookFigure(edition, row.medianPayUsd(), row.growthPct(), row.status(),
					row.statusNote(), null, row.employment(), row.projectionPeriod(), row.asOf());
			career.putFigure(figure, row.sourceUrls());
			this.audits.save(new CatalogAudit(release, Kind.CAREER.name(), career.getId(), career.getTitle(), by, now,
					(before != null) ? write(before) : write(Map.of()), write(figureValues(figure, row.sourceUrls()))));
		}
	}

	private static Map<String, String> figureValues(OutlookFigure figure, List<String> sources) {
		Map<String, String> values = new LinkedHashMap<>();
		String prefix = "figure." + figure.edition() + ".";
		values.put(prefix + "medianPayUsd", text(figure.medianPayUsd()));
		values.put(prefix + "employment", text(figure.employment()));
		values.put(prefix + "growthPct", (figure.growthPct() != null) ? figure.growthPct().toPlainString() : "");
		values.put(prefix + "projectionPeriod", text(figure.projectionPeriod()));
		values.put(prefix + "asOf", text(figure.asOf()));
		values.put(prefix + "status", text(figure.status()));
		values.put(prefix + "statusNote", text(figure.statusNote()));
		values.put(prefix + "sourceUrls", String.join("\n", sources));
		return values;
	}

	// Helpers

	/** Every field whose values differ, in the order of the later map. */
	static List<FieldChange> differences(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		for (Map.Entry<String, String> field : after.entrySet()) {
			String old = before.getOrDefault(field.getKey(), "");
			if (!old.equals(field.getValue())) {
				String[] parts = field.getKey().split("\\.");
				changes.add((parts.length == 3 && !Translations.isTranslation(field.getKey()))
						? new FieldChange("figure." + parts[2], Integer.valueOf(parts[1]), old, field.getValue())
						: new FieldChange(field.getKey(), null, old, field.getValue()));
			}
		}
		// A translation emptied is a change too (empty texts are left out of the values).
		before.forEach((key, old) -> {
			if (Translations.isTranslation(key) && !after.containsKey(key)) {
				changes.add(new FieldChange(key, null, old, ""));
			}
		});
		return changes;
	}

	/** A slug from a title: lower case letters, digits and single hyphens. */
	static String slugOf(String title) {
		String slug = java.text.Normalizer.normalize(title.strip(), java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return (slug.length() > 80) ? slug.substring(0, 80).replaceAll("-$", "") : slug;
	}

	/**
	 * Writes a draft now, so that a save racing another one (the same new item, the same
	 * draft) is told here rather than at commit.
	 */
	private void flush(CatalogDraft draft) {
		try {
			this.drafts.saveAndFlush(draft);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new StaleDraftException();
		}
	}

	private String link(CatalogDraft draft) {
		EditableItem<?> type = this.types.get(draft.getKind());
		return link(draft, (type == null || draft.getItemId() == null) ? Map.of()
				: Map.of(draft.getItemId(), type.slugOf(draft.getItemId())));
	}

	/** Where a draft is edited, given the slugs of its kind's published items. */
	private String link(CatalogDraft draft, Map<Long, String> slugs) {
		if (draft.getKind() == Kind.FIGURES) {
			return "/admin/catalog/figures/" + draft.getItemId();
		}
		EditableItem<?> type = this.types.get(draft.getKind());
		String slug = (draft.getItemId() == null) ? newSlug(draft) : slugs.get(draft.getItemId());
		return "/admin/catalog/" + type.path() + "/" + slug + "/edit";
	}

	private static String key(EditableItem<?> type, long id) {
		return type.kind().name().toLowerCase(Locale.ROOT) + ":" + id;
	}

	private static String newKey(EditableItem<?> type, String slug) {
		return type.kind().name().toLowerCase(Locale.ROOT) + ":new:" + slug;
	}

	private static String itemKey(EditableItem<?> type, Optional<? extends EditableItem.Published<?>> published,
			String slug) {
		return published.map((p) -> key(type, p.id())).orElse(newKey(type, slug));
	}

	private static String newSlug(CatalogDraft draft) {
		return draft.getItemKey().substring(draft.getItemKey().indexOf(":new:") + ":new:".length());
	}

	private static String figuresKey(int edition) {
		return "figures:" + edition;
	}

	private <F extends Record & ItemForm<F>> F read(EditableItem<F> type, CatalogDraft draft) {
		return this.json.readValue(draft.getPayload(), type.formType());
	}

	private List<Row> readRows(CatalogDraft draft) {
		return this.json.readValue(draft.getPayload(), new TypeReference<List<Row>>() {
		});
	}

	private Map<String, String> readMap(String text) {
		return this.json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}
