package org.careeradvisor.catalog;

import java.io.StringReader;
import java.math.BigDecimal;

import org.careeradvisor.catalog.FiguresFile.Parsed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a figures file: every row when it is right, every problem with its line when
 * not.
 */
class FiguresFileTests {

	private static final String HEADER = String.join(",", FiguresFile.COLUMNS);

	@Test
	void aGoodFileGivesEveryRow() {
		Parsed parsed = read(2025, HEADER,
				"29-2072,52110,201000,6.9,2025-35,2026-09-03,https://www.bls.gov/a.htm; https://www.bls.gov/b.htm,PRIMARY,Checked",
				"", "15-2051,,,-0.7,2025-35,2026-09-03,https://www.bls.gov/c.htm,third_party,");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).hasSize(2);
		assertThat(parsed.rows().get(0).sourceUrls()).containsExactly("https://www.bls.gov/a.htm",
				"https://www.bls.gov/b.htm");
		assertThat(parsed.rows().get(1).growthPct()).isEqualByComparingTo(new BigDecimal("-0.7"));
		assertThat(parsed.rows().get(1).medianPayUsd()).isNull();
		assertThat(parsed.rows().get(1).status()).isEqualTo(SourceStatus.THIRD_PARTY);
	}

	@Test
	void problemsCarryTheLineTheyAreOnAndNoRowIsKept() {
		Parsed parsed = read(2025, HEADER,
				"29-2072,52110,201000,6.9,2025-35,2026-09-03,https://www.bls.gov/a.htm,PRIMARY,",
				"29-2072,52110,201000,6.9,2025-35,2026-09-03,https://www.bls.gov/a.htm,PRIMARY,",
				"\"15-2051\",,,,2025-35,2026-09-03,https://www.bls.gov/c.htm,PRIMARY,",
				"15-1211,1.5,,12.34,2025-35,tomorrow,javascript:alert(1),PRIMARY,", "13-1041,1,2");
		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.problems()).extracting(FiguresFile.Problem::line, FiguresFile.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "admin.figures.error.duplicate"),
					org.assertj.core.groups.Tuple.tuple(4L, "admin.figures.error.nothing"),
					org.assertj.core.groups.Tuple.tuple(5L, "admin.figures.error.whole"),
					org.assertj.core.groups.Tuple.tuple(5L, "admin.figures.error.growth"),
					org.assertj.core.groups.Tuple.tuple(5L, "admin.figures.error.asOf"),
					org.assertj.core.groups.Tuple.tuple(5L, "admin.figures.error.source"),
					org.assertj.core.groups.Tuple.tuple(6L, "admin.figures.error.columns"));
	}

	@Test
	void aWrongHeaderAnEmptyFileAndABrokenQuoteAreRefusedAsAWhole() {
		assertThat(read(2025, "soc,pay", "29-2072,1").problems()).extracting(FiguresFile.Problem::key)
			.containsExactly("admin.figures.error.header");
		assertThat(read(2025, HEADER).problems()).extracting(FiguresFile.Problem::key)
			.containsExactly("admin.figures.error.empty");
		assertThat(read(2025, HEADER, "\"29-2072,1").problems()).extracting(FiguresFile.Problem::key)
			.containsExactly("admin.figures.error.unreadable");
		assertThat(
				read(2025, "\uFEFF" + HEADER, "29-2072,52110,,,2025-35,2026-09-03,https://www.bls.gov/a.htm,PRIMARY,")
					.valid())
			.isTrue();
	}

	@Test
	void controlCharactersInAnyCellAreRefusedWithTheirLine() {
		assertThat(read(2025, HEADER, "29-2072,52110,,,2025-35,2026-09-03,https://www.bls.gov/a.htm,PRIMARY,a\u0000b")
			.problems()).extracting(FiguresFile.Problem::line, FiguresFile.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "admin.figures.error.control"));
	}

	@Test
	void theProjectionPeriodMustStartInTheEditionsYear() {
		assertThat(
				read(2025, HEADER, "29-2072,52110,,,2024-34,2026-09-03,https://www.bls.gov/a.htm,PRIMARY,").problems())
			.extracting(FiguresFile.Problem::key)
			.containsExactly("admin.figures.error.period");
	}

	private static Parsed read(int edition, String... lines) {
		return FiguresFile.read(edition, new StringReader(String.join("\n", lines)));
	}

}
