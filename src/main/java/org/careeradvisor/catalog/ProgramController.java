package org.careeradvisor.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ProgramController {

	private final ProgramPages catalog;

	ProgramController(ProgramPages catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/programs")
	String list(Model model) {
		model.addAttribute("programs", this.catalog.programs());
		return "catalog/programList";
	}

	@GetMapping("/programs/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("program", this.catalog.program(slug));
		return "catalog/programDetails";
	}

}
