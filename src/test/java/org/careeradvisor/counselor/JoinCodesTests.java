package org.careeradvisor.counselor;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JoinCodesTests {

	@Test
	void codesUseNoLookAlikes() {
		assertThat(JoinCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = JoinCodes.newCode();
			assertThat(code).hasSize(6).matches("[" + JoinCodes.ALPHABET + "]+");
			codes.add(code);
		}
		assertThat(codes).hasSizeGreaterThan(990);
	}

	@Test
	void typedCodesAreReadForgivingly() {
		assertThat(JoinCodes.normalize(" k7p-x2m ")).hasValue("K7PX2M");
		assertThat(JoinCodes.normalize("K7 PX 2M")).hasValue("K7PX2M");
		assertThat(JoinCodes.normalize("K0PX2M")).isEmpty();
		assertThat(JoinCodes.normalize("K7PX")).isEmpty();
		assertThat(JoinCodes.normalize("")).isEmpty();
		assertThat(JoinCodes.normalize(null)).isEmpty();
		assertThat(JoinCodes.normalize("x".repeat(100))).isEmpty();
	}

}
