package org.careeradvisor.catalog;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One edition of official figures as uploaded: a CSV file with a header row, one row per
 * SOC code. Reading it either gives every row or, when anything is wrong, every problem
 * with its line number, so that a bad file changes nothing. The format is described in
 * {@code docs/figures-import.md}.
 */
final class FiguresFile {

	static final List<String> COLUMNS = List.of("soc_code", "median_pay_usd", "employment", "growth_pct",
			"projection_period", "as_of", "source_url", "status", "status_note");

	/** More rows than there are SOC codes in any edition we could need. */
	static final int MAX_ROWS = 1000;

	private static final Pattern SOC = Pattern.compile("\\d\\d-\\d{4}");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern URL = Pattern.compile("https?://[^\\s;]+");

	private FiguresFile() {
	}

	/** One row: the figures of one SOC code. */
	record Row(long line, String soc, Integer medianPayUsd, Integer employment, BigDecimal growthPct,
			String projectionPeriod, LocalDate asOf, List<String> sourceUrls, SourceStatus status, String statusNote) {
	}

	/**
	 * A problem found in the file: the line (0 for the file as a whole), a message key
	 * and its arguments.
	 */
	record Problem(long line, String key, List<String> arguments) {
	}

	/** The rows, or the problems (then no rows). */
	record Parsed(List<Row> rows, List<Problem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

	static Parsed read(int edition, Reader reader) {
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(reader)).setFormat(format).get()) {
			List<String> header = parser.getHeaderNames();
			if (!header.equals(COLUMNS)) {
				problems.add(new Problem(1, "admin.figures.error.header", List.of(String.join(",", COLUMNS))));
				return new Parsed(List.of(), problems);
			}
			Set<String> seen = new HashSet<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (rows.size() + problems.size() >= MAX_ROWS) {
					problems.add(new Problem(line, "admin.figures.error.tooMany", List.of(String.valueOf(MAX_ROWS))));
					break;
				}
				if (record.size() != COLUMNS.size()) {
					problems.add(new Problem(line, "admin.figures.error.columns",
							List.of(String.valueOf(record.size()), String.valueOf(COLUMNS.size()))));
					continue;
				}
				Row row = row(edition, line, record, problems);
				if (row != null && !seen.add(row.soc())) {
					problems.add(new Problem(line, "admin.figures.error.duplicate", List.of(row.soc())));
				}
				else if (row != null) {
					rows.add(row);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Commons CSV reports a broken quote or encoding as an unchecked exception.
			problems.add(new Problem(0, "admin.figures.error.unreadable", List.of()));
		}
		if (problems.isEmpty() && rows.isEmpty()) {
			problems.add(new Problem(0, "admin.figures.error.empty", List.of()));
		}
		return problems.isEmpty() ? new Parsed(List.copyOf(rows), List.of()) : new Parsed(List.of(), problems);
	}

	/** Spreadsheet programs often start a UTF-8 file with a byte-order mark. */
	private static Reader withoutByteOrderMark(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader, 1);
		int first = pushback.read();
		if (first != -1 && first != '\uFEFF') {
			pushback.unread(first);
		}
		return pushback;
	}

	/** The row, or none after adding what is wrong with it. */
	private static Row row(int edition, long line, CSVRecord record, List<Problem> problems) {
		for (String column : COLUMNS) {
			if (CONTROL.matcher(record.get(column)).find()) {
				// A NUL byte, say, would be refused by PostgreSQL only when the release
				// is published.
				problems.add(new Problem(line, "admin.figures.error.control", List.of(column)));
				return null;
			}
		}
		int before = problems.size();
		String soc = record.get("soc_code");
		if (!SOC.matcher(soc).matches()) {
			problems.add(new Problem(line, "admin.figures.error.soc", List.of(soc)));
		}
		Integer pay = whole(line, "median_pay_usd", record.get("median_pay_usd"), 1, 10_000_000, problems);
		Integer employment = whole(line, "employment", record.get("employment"), 0, 100_000_000, problems);
		BigDecimal growth = null;
		String growthText = record.get("growth_pct");
		if (!growthText.isEmpty()) {
			try {
				growth = new BigDecimal(growthText);
				if (growth.scale() > 1 || growth.compareTo(BigDecimal.valueOf(-100)) < 0
						|| growth.compareTo(BigDecimal.valueOf(1000)) > 0) {
					problems.add(new Problem(line, "admin.figures.error.growth", List.of(growthText)));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new Problem(line, "admin.figures.error.growth", List.of(growthText)));
			}
		}
		if (pay == null && growth == null && problems.size() == before) {
			problems.add(new Problem(line, "admin.figures.error.nothing", List.of()));
		}
		String period = record.get("projection_period");
		String expected = edition + "-" + String.format(Locale.ROOT, "%02d", (edition + 10) % 100);
		if (!period.equals(expected)) {
			problems.add(new Problem(line, "admin.figures.error.period", List.of(period, expected)));
		}
		LocalDate asOf = null;
		try {
			asOf = LocalDate.parse(record.get("as_of"));
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(line, "admin.figures.error.asOf", List.of(record.get("as_of"))));
		}
		List<String> urls = List.of(record.get("source_url").split(";"))
			.stream()
			.map(String::strip)
			.filter((url) -> !url.isEmpty())
			.toList();
		if (urls.isEmpty() || !urls.stream().allMatch((url) -> URL.matcher(url).matches())
				|| String.join("; ", urls).length() > 2000) {
			problems.add(new Problem(line, "admin.figures.error.source", List.of(record.get("source_url"))));
		}
		SourceStatus status = switch (record.get("status").toUpperCase(Locale.ROOT)) {
			case "PRIMARY" -> SourceStatus.PRIMARY;
			case "THIRD_PARTY" -> SourceStatus.THIRD_PARTY;
			default -> null;
		};
		if (status == null) {
			problems.add(new Problem(line, "admin.figures.error.status", List.of(record.get("status"))));
		}
		String note = record.get("status_note");
		if (note.length() > 500) {
			problems.add(new Problem(line, "admin.figures.error.note", List.of("500")));
		}
		return (problems.size() > before) ? null
				: new Row(line, soc, pay, employment, growth, period, asOf, urls, status, note);
	}

	private static Integer whole(long line, String column, String text, int min, int max, List<Problem> problems) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(new Problem(line, "admin.figures.error.whole", List.of(column, text)));
		return null;
	}

}
