package org.careeradvisor.counselor;

import java.time.LocalDate;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new group: its name as students will see it, and its last day.
 */
record GroupForm(
		@NotBlank(message = "{group.name.required}") @Size(max = 60, message = "{group.name.size}") String name,
		@NotNull(message = "{group.endsOn.required}") @FutureOrPresent(message = "{group.endsOn.past}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

	GroupForm {
		name = (name == null) ? null : name.strip().replaceAll("\\s+", " ");
	}

	static GroupForm startingOn(LocalDate today) {
		return new GroupForm("", today.plusMonths(6));
	}

}
