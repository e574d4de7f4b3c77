package org.careeradvisor.catalog.internal;

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
import org.careeradvisor.catalog.Coverage;

@Entity
@Table(name = "program_competency")
@IdClass(ProgramCompetency.Key.class)
public class ProgramCompetency {

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

	public ProgramCompetency(Program program, Competency competency, Coverage coverage) {
		this.program = program;
		this.competency = competency;
		this.coverage = coverage;
	}

	public Program getProgram() {
		return this.program;
	}

	public Competency getCompetency() {
		return this.competency;
	}

	public Coverage getCoverage() {
		return this.coverage;
	}

	public record Key(Long program, Long competency) implements Serializable {
	}

}
