package org.careeradvisor.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the app stores, what it does not, and for how long, with the periods actually
 * configured.
 */
@Controller
class PrivacyController {

	private final RetentionSettings retention;

	PrivacyController(RetentionSettings retention) {
		this.retention = retention;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("draftDays", this.retention.unfinishedDrafts().toDays());
		model.addAttribute("resultsForever", this.retention.keepsResultsForever());
		model.addAttribute("resultDays", this.retention.results().toDays());
		model.addAttribute("groupDays", this.retention.endedGroups().toDays());
		return "site/privacy";
	}

}
