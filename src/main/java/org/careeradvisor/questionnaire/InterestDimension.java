package org.careeradvisor.questionnaire;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "interest_dimension")
class InterestDimension {

	@Id
	private String code;

	private String name;

	private String description;

	@Column(name = "hi_weight")
	private BigDecimal hiWeight;

	@Column(name = "him_weight")
	private BigDecimal himWeight;

	private int position;

	protected InterestDimension() {
	}

	Dimension toDimension() {
		return new Dimension(this.code, this.name, this.hiWeight.doubleValue(), this.himWeight.doubleValue());
	}

}
