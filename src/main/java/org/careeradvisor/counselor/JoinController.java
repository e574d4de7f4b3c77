package org.careeradvisor.counselor;

import org.careeradvisor.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A group's short join link (the one in its QR code): it leads to the questionnaire's
 * start page for that group, which says who will see the result.
 */
@Controller
class JoinController {

	@GetMapping("/join/{code}")
	String join(@PathVariable String code) {
		return "redirect:/questionnaire?group="
				+ JoinCodes.normalize(code).orElseThrow(() -> new NotFoundException("Join code"));
	}

}
