package org.careeradvisor.questionnaire;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

@Entity
class Question {

	@Id
	private Long id;

	private int version;

	private String code;

	private int position;

	private String text;

	private String label;

	private String hint;

	@Column(name = "in_quick_form")
	private boolean inQuickForm;

	@ElementCollection
	@CollectionTable(name = "question_weight", joinColumns = @JoinColumn(name = "question_id"))
	@MapKeyColumn(name = "dimension_code")
	@Column(name = "weight")
	private final Map<String, BigDecimal> weights = new HashMap<>();

	protected Question() {
	}

	String getText() {
		return this.text;
	}

	boolean isInQuickForm() {
		return this.inQuickForm;
	}

	Map<String, BigDecimal> getWeights() {
		return Collections.unmodifiableMap(this.weights);
	}

	Item toItem() {
		return new Item(this.code, this.text, this.label, this.hint,
				this.weights.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().doubleValue())));
	}

}
