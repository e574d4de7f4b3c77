package org.careeradvisor.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CertificationController {

	private final CertificationPages catalog;

	CertificationController(CertificationPages catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/certifications")
	String list(Model model) {
		model.addAttribute("certifications", this.catalog.certifications());
		return "catalog/certificationList";
	}

	@GetMapping("/certifications/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("certification", this.catalog.certification(slug));
		return "catalog/certificationDetails";
	}

}
