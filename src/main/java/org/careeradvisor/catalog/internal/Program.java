package org.careeradvisor.catalog.internal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
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
import org.careeradvisor.catalog.Accreditation;
import org.careeradvisor.catalog.DisciplineCode;
import org.careeradvisor.catalog.ProgramLevel;
import org.careeradvisor.catalog.SourceStatus;

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

	@Column(name = "source_urls")
	private String sourceUrls;

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

	protected Program() {
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

	public String getSourceUrls() {
		return this.sourceUrls;
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
