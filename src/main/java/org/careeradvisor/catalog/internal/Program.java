package org.careeradvisor.catalog.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.careeradvisor.catalog.Accreditation;
import org.careeradvisor.catalog.CareerForm;
import org.careeradvisor.catalog.DisciplineCode;
import org.careeradvisor.catalog.ProgramForm;
import org.careeradvisor.catalog.ProgramLevel;
import org.careeradvisor.catalog.SourceStatus;
import org.hibernate.annotations.ListIndexBase;

/**
 * A kind of program (not a school): a level of study in one discipline.
 */
@Entity
public class Program {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private DisciplineCode discipline;

	@Enumerated(EnumType.STRING)
	private ProgramLevel level;

	private String name;

	private String summary;

	@Column(name = "typical_length")
	private String typicalLength;

	@Enumerated(EnumType.STRING)
	private Accreditation accreditation;

	@Column(name = "accreditation_note")
	private String accreditationNote;

	/** Where graduates usually go next, or {@code null}. */
	@Column(name = "next_steps")
	private String nextSteps;

	/** What programs of this kind usually ask for at entry, or {@code null}. */
	private String admission;

	@Enumerated(EnumType.STRING)
	private SourceStatus status;

	/** Where the facts come from, in order: one address per row. */
	@ElementCollection
	@CollectionTable(name = "program_source", joinColumns = @JoinColumn(name = "program_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "url")
	private final List<String> sources = new ArrayList<>();

	@Column(name = "as_of")
	private String asOf;

	@ManyToMany
	@JoinTable(name = "program_certification", joinColumns = @JoinColumn(name = "program_id"),
			inverseJoinColumns = @JoinColumn(name = "certification_id"))
	@OrderBy("acronym")
	private final Set<Certification> preparesFor = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "program_career", joinColumns = @JoinColumn(name = "program_id"),
			inverseJoinColumns = @JoinColumn(name = "career_id"))
	@OrderBy("title")
	private final Set<Career> careers = new LinkedHashSet<>();

	@Version
	@Column(name = "row_version")
	private int version;

	/** A retired program leaves lists and recommendations; its page stays for links. */
	private boolean retired;

	protected Program() {
	}

	/** A new program; its slug never changes. */
	public Program(String slug) {
		this.slug = slug;
	}

	/**
	 * Takes the edited values (a published draft), with the certifications and careers
	 * the form names, looked up by the caller.
	 */
	public void apply(ProgramForm form, List<Certification> preparesFor, List<Career> careers) {
		this.name = form.name().strip();
		this.discipline = form.discipline();
		this.level = form.level();
		this.summary = form.summary().strip();
		this.typicalLength = form.typicalLength().strip();
		this.accreditation = form.accreditation();
		this.accreditationNote = form.accreditationNote().strip();
		this.admission = blankToNull(form.admission());
		this.nextSteps = blankToNull(form.nextSteps());
		this.status = form.status();
		this.sources.clear();
		this.sources.addAll(CareerForm.lines(form.sourceUrls()));
		this.asOf = form.asOf().strip();
		this.preparesFor.clear();
		this.preparesFor.addAll(preparesFor);
		this.careers.clear();
		this.careers.addAll(careers);
		this.retired = form.isRetired();
	}

	/** The current values as an edit form starts with them, given its competencies. */
	public ProgramForm toForm(List<String> coreCompetencies, List<String> partialCompetencies) {
		return new ProgramForm(this.name, this.discipline, this.level, this.summary, this.typicalLength,
				this.accreditation, this.accreditationNote, (this.admission != null) ? this.admission : "",
				(this.nextSteps != null) ? this.nextSteps : "", this.status, String.join("\n", this.sources), this.asOf,
				this.preparesFor.stream().map(Certification::getSlug).sorted().toList(),
				this.careers.stream().map(Career::getSlug).sorted().toList(), coreCompetencies, partialCompetencies,
				this.retired, this.version, null, Map.of());
	}

	public int getVersion() {
		return this.version;
	}

	public boolean isRetired() {
		return this.retired;
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

	public DisciplineCode getDiscipline() {
		return this.discipline;
	}

	public ProgramLevel getLevel() {
		return this.level;
	}

	public String getName() {
		return this.name;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getTypicalLength() {
		return this.typicalLength;
	}

	public Accreditation getAccreditation() {
		return this.accreditation;
	}

	public String getAccreditationNote() {
		return this.accreditationNote;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public String getAdmission() {
		return this.admission;
	}

	public SourceStatus getStatus() {
		return this.status;
	}

	public List<String> getSources() {
		return List.copyOf(this.sources);
	}

	public String getAsOf() {
		return this.asOf;
	}

	public Set<Certification> getPreparesFor() {
		return Collections.unmodifiableSet(this.preparesFor);
	}

	public Set<Career> getCareers() {
		return Collections.unmodifiableSet(this.careers);
	}

}
