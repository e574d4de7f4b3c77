package org.careeradvisor.catalog;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The home page, the side-by-side comparison, the competency frameworks and search.
 */
@Controller
class CatalogController {

	private final ComparisonPages comparison;

	private final CompetencyPages competencies;

	CatalogController(ComparisonPages comparison, CompetencyPages competencies) {
		this.comparison = comparison;
		this.competencies = competencies;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("comparison", this.comparison.compare());
		return "catalog/home";
	}

	@GetMapping("/compare")
	String compare(Model model) {
		model.addAttribute("comparison", this.comparison.compare());
		return "catalog/compare";
	}

	@GetMapping("/competencies")
	String competencies(Model model) {
		model.addAttribute("frameworks", this.competencies.competencies());
		return "catalog/competencies";
	}

	@GetMapping("/search")
	String search(@Valid @ModelAttribute("searchForm") SearchForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		else if (form.hasQuery()) {
			model.addAttribute("results", this.competencies.search(form.query()));
		}
		return "catalog/search";
	}

}
