package org.careeradvisor.catalog;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "program_competency")
@IdClass(ProgramCompetency.Key.class)
class ProgramCompetency {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "program_id")
	private Program program;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "competency_id")
	private Competency competency;

	@Enumerated(EnumType.STRING)
	private Coverage coverage;

	protected ProgramCompetency() {
	}

	Program getProgram() {
		return this.program;
	}

	Competency getCompetency() {
		return this.competency;
	}

	Coverage getCoverage() {
		return this.coverage;
	}

	record Key(Long program, Long competency) implements Serializable {
	}

}
