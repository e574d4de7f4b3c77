package org.careeradvisor.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CareerController {

	private final CareerPages catalog;

	CareerController(CareerPages catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/careers")
	String list(@ModelAttribute("filter") CareerFilter filter, Model model) {
		model.addAttribute("careers", this.catalog.careers(filter));
		model.addAttribute("edition", this.catalog.outlookEdition());
		model.addAttribute("disciplines", DisciplineCode.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("sorts", CareerFilter.Sort.values());
		return "catalog/careerList";
	}

	@GetMapping("/careers/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("career", this.catalog.career(slug));
		model.addAttribute("edition", this.catalog.outlookEdition());
		return "catalog/careerDetails";
	}

}
