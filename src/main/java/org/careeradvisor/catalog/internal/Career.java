package org.careeradvisor.catalog.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.careeradvisor.catalog.Affinity;
import org.careeradvisor.catalog.CareerForm;
import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.Figure;
import org.careeradvisor.catalog.LicenceNeed;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.OptimisticLock;

@Entity
public class Career {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(name = "row_version")
	private int version;

	/**
	 * A retired career leaves lists and recommendations; its page stays for old links.
	 */
	private boolean retired;

	/** The SOC code whose official figures the career shows, for the yearly import. */
	@Column(name = "figure_soc")
	private String figureSoc;

	private String slug;

	private String title;

	@Enumerated(EnumType.STRING)
	private Affinity affinity;

	private String summary;

	@Column(name = "onet_code")
	private String onetCode;

	@Column(name = "onet_title")
	private String onetTitle;

	@Column(name = "bls_occupation")
	private String blsOccupation;

	@Column(name = "shared_figures_note")
	private String sharedFiguresNote;

	@Enumerated(EnumType.STRING)
	@Column(name = "entry_education")
	private EducationLevel entryEducation;

	@Column(name = "entry_education_note")
	private String entryEducationNote;

	@Enumerated(EnumType.STRING)
	@Column(name = "usual_licence")
	private LicenceNeed usualLicence;

	/** Whose figures are shown, when they belong to a wider or different occupation. */
	@Column(name = "figure_occupation")
	private String figureOccupation;

	/** Where the facts come from, in order: one address per row. */
	@ElementCollection
	@CollectionTable(name = "career_source", joinColumns = @JoinColumn(name = "career_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "url")
	private final List<String> sources = new ArrayList<>();

	@Column(name = "as_of")
	private String asOf;

	@ElementCollection
	@CollectionTable(name = "career_task", joinColumns = @JoinColumn(name = "career_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "description")
	private final List<String> tasks = new ArrayList<>();

	// New figures are not an edit of the career: they never make an open edit stale.
	@OptimisticLock(excluded = true)
	@ElementCollection
	@CollectionTable(name = "career_outlook", joinColumns = @JoinColumn(name = "career_id"))
	@OrderBy("edition desc")
	private final Set<OutlookFigure> outlook = new LinkedHashSet<>();

	@OptimisticLock(excluded = true)
	@ElementCollection
	@CollectionTable(name = "career_outlook_source", joinColumns = @JoinColumn(name = "career_id"))
	private final Set<OutlookSource> outlookSources = new LinkedHashSet<>();

	protected Career() {
	}

	/** A new career; its slug comes from the title once and never changes. */
	public Career(String slug) {
		this.slug = slug;
	}

	/** Takes the edited values (a published draft). */
	public void apply(CareerForm form) {
		this.title = form.title().strip();
		this.affinity = form.affinity();
		this.summary = form.summary().strip();
		this.onetCode = blankToNull(form.onetCode());
		this.onetTitle = form.onetTitle().strip();
		this.blsOccupation = form.blsOccupation().strip();
		this.figureSoc = blankToNull(form.figureSoc());
		this.figureOccupation = blankToNull(form.figureOccupation());
		this.sharedFiguresNote = blankToNull(form.sharedFiguresNote());
		this.entryEducation = form.entryEducation();
		this.entryEducationNote = form.entryEducationNote().strip();
		this.usualLicence = form.usualLicence();
		this.sources.clear();
		this.sources.addAll(CareerForm.lines(form.sourceUrls()));
		this.asOf = form.asOf().strip();
		this.tasks.clear();
		this.tasks.addAll(CareerForm.lines(form.tasks()));
		this.retired = form.isRetired();
	}

	/** The current values as an edit form starts with them. */
	public CareerForm toForm() {
		return new CareerForm(this.title, this.affinity, this.summary, this.onetCode, this.onetTitle,
				this.blsOccupation, this.figureSoc, this.figureOccupation, this.sharedFiguresNote, this.entryEducation,
				this.entryEducationNote, this.usualLicence, String.join("\n", this.sources), this.asOf,
				String.join("\n", this.tasks), List.of(), List.of(), List.of(), List.of(), null, this.retired,
				this.version, null, Map.of());
	}

	/** Adds or replaces the figures of one edition (a published import). */
	public void putFigure(OutlookFigure figure, List<String> sources) {
		this.outlook.removeIf((o) -> o.edition() == figure.edition());
		this.outlook.add(figure);
		this.outlookSources.removeIf((s) -> s.edition() == figure.edition());
		for (int i = 0; i < sources.size(); i++) {
			this.outlookSources.add(new OutlookSource(figure.edition(), i + 1, sources.get(i)));
		}
	}

	public int getVersion() {
		return this.version;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public String getFigureSoc() {
		return this.figureSoc;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public Affinity getAffinity() {
		return this.affinity;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getOnetCode() {
		return this.onetCode;
	}

	public String getOnetTitle() {
		return this.onetTitle;
	}

	public String getBlsOccupation() {
		return this.blsOccupation;
	}

	public String getSharedFiguresNote() {
		return this.sharedFiguresNote;
	}

	public EducationLevel getEntryEducation() {
		return this.entryEducation;
	}

	public String getEntryEducationNote() {
		return this.entryEducationNote;
	}

	/**
	 * Whether the role usually goes with a clinical licence of some kind.
	 */
	public boolean isClinicalLicenceUsual() {
		return this.usualLicence != null;
	}

	public LicenceNeed getUsualLicence() {
		return this.usualLicence;
	}

	public String getFigureOccupation() {
		return this.figureOccupation;
	}

	public List<String> getSources() {
		return List.copyOf(this.sources);
	}

	public String getAsOf() {
		return this.asOf;
	}

	public List<String> getTasks() {
		return Collections.unmodifiableList(this.tasks);
	}

	/**
	 * Every edition of the figures, newest first.
	 */
	public List<Figure> figures() {
		return this.outlook.stream().map((o) -> o.toView(sources(o.edition()))).toList();
	}

	/**
	 * The figures of the given edition, so that lists never mix editions.
	 */
	public Optional<Figure> figure(int edition) {
		return outlookFigure(edition).map((o) -> o.toView(sources(edition)));
	}

	/** The stored figures of one edition, as the import compares them. */
	/** Removes the figures of one edition (an administrator emptied them). */
	public void removeFigure(int edition) {
		this.outlook.removeIf((o) -> o.edition() == edition);
		this.outlookSources.removeIf((s) -> s.edition() == edition);
	}

	/** The source addresses of one edition of the figures, in order. */
	public List<String> sources(int edition) {
		return this.outlookSources.stream()
			.filter((s) -> s.edition() == edition)
			.sorted(java.util.Comparator.comparingInt(OutlookSource::position))
			.map(OutlookSource::url)
			.toList();
	}

	public Optional<OutlookFigure> outlookFigure(int edition) {
		return this.outlook.stream().filter((o) -> o.edition() == edition).findFirst();
	}

}
