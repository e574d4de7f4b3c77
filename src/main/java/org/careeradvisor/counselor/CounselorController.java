package org.careeradvisor.counselor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The counselor's workspace: their groups.
 */
@Controller
class CounselorController {

	@GetMapping("/counselor")
	String home() {
		return "counselor/home";
	}

}
