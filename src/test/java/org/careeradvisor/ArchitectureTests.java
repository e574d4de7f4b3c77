package org.careeradvisor;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Features talk to each other only through what they publish at their package root; no
 * cycles.
 */
class ArchitectureTests {

	@Test
	void featuresKeepOutOfEachOthersInternals() {
		ApplicationModules.of(AdvisorApplication.class).verify();
	}

}
