package org.careeradvisor.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.careeradvisor.web.SecureTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storing, finding and deleting results, on H2 here and on PostgreSQL in the subclass.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ResultRepositoryTests {

	@Autowired
	ResultRepository results;

	@Test
	void storesFindsAndDeletesByTokens() {
		String view = SecureTokens.newToken();
		String manage = SecureTokens.newToken();
		// Snapshots can be large: a long answer list must fit the column on every
		// database.
		String snapshot = "{\"padding\":\"" + "x".repeat(150_000) + "\"}";
		this.results.save(new Result(view, SecureTokens.hash(manage), snapshot(), snapshot,
				LocalDateTime.ofInstant(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)));

		assertThat(this.results.findByViewToken(view)).get().extracting(Result::getSnapshot).isEqualTo(snapshot);
		assertThat(this.results.findByManageTokenHash(SecureTokens.hash(manage))).isPresent();
		assertThat(this.results.findByViewToken(manage)).isEmpty();
		assertThat(this.results.deleteByManageTokenHash(SecureTokens.hash(view))).isZero();
		assertThat(this.results.deleteByManageTokenHash(SecureTokens.hash(manage))).isEqualTo(1);
		assertThat(this.results.findByViewToken(view)).isEmpty();
	}

	static ResultSnapshot snapshot() {
		return new ResultSnapshot(1, "5", "QUICK", Instant.parse("2026-11-22T10:00:00Z"), 70, 40, "HI", 2024,
				List.of(new ResultSnapshot.DimensionScore("systems", "Systems", 80, "HI")), List.of(), List.of(),
				List.of(new ResultSnapshot.CareerMatch("ehr-analyst", "EHR analyst", "HI", 80, "STRONG", "BACHELOR",
						false, 103790, new BigDecimal("9.0"), "THIRD_PARTY", "A bachelor's degree.", null, null)),
				List.of(), List.of(),
				new ResultSnapshot.Profile("HIGH_SCHOOL", "BACHELOR", 0, false, Map.of(), List.of(), "NONE"), List.of(),
				ResultSnapshot.CURRENT_FORMAT, 10, List.of(), List.of(), null,
				Map.of("es", Map.of("EHR analyst", "Analista de EHR")));
	}

}
