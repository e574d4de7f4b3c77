package org.careeradvisor.counselor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.careeradvisor.counselor.GroupAggregates.CareerCount;
import org.careeradvisor.counselor.GroupAggregates.Count;
import org.careeradvisor.counselor.GroupAggregates.DimensionMedian;
import org.careeradvisor.counselor.GroupAggregates.VerdictCount;
import org.careeradvisor.counselor.GroupService.Dashboard;
import org.careeradvisor.counselor.GroupService.MemberRow;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A group as CSV files for spreadsheets (Apache Commons CSV): one row per result, and the
 * aggregates with the same suppression as the page. UTF-8 with a byte-order mark, so that
 * spreadsheet programs read accents right; cells that a spreadsheet would run as a
 * formula are neutralised.
 */
@Component
class GroupCsv {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	GroupCsv(MessageSource messages) {
		this.messages = messages;
	}

	byte[] results(Dashboard dashboard) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(text("csv.joined"), text("csv.name"), text("csv.verdict"), text("csv.hi"), text("csv.him"),
				text("csv.link"), text("csv.note")));
		for (MemberRow row : dashboard.members()) {
			rows.add(List.of(TIMESTAMP.format(row.joinedAt()) + " UTC", row.name(),
					text("verdict." + row.verdict() + ".label"), String.valueOf(row.hiScore()),
					String.valueOf(row.himScore()),
					ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/results/{t}")
						.build(row.viewToken())
						.toString(),
					(row.note() != null) ? row.note() : ""));
		}
		return write(rows);
	}

	byte[] aggregates(Dashboard dashboard) {
		GroupAggregates aggregates = dashboard.aggregates();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(text("csv.measure"), text("csv.item"), text("csv.value")));
		rows.add(List.of(text("csv.results"), dashboard.group().name(), count(aggregates.total(), aggregates)));
		for (VerdictCount verdict : aggregates.verdicts()) {
			rows.add(List.of(text("csv.verdicts"), text("verdict." + verdict.verdict() + ".label"),
					count(verdict.count(), aggregates)));
		}
		for (DimensionMedian median : aggregates.medians()) {
			rows.add(List.of(text("csv.median"), median.name(), (median.median() != null)
					? String.valueOf(median.median()) : text("aggregates.fewer", aggregates.minCell())));
		}
		for (CareerCount career : aggregates.careers()) {
			rows.add(List.of(text("csv.careers"), career.title(), String.valueOf(career.count())));
		}
		if (aggregates.hiddenCareers() > 0) {
			rows.add(List.of(text("csv.careers"), text("aggregates.otherCareers", aggregates.hiddenCareers()),
					text("aggregates.fewer", aggregates.minCell())));
		}
		return write(rows);
	}

	static ResponseEntity<byte[]> download(byte[] csv, String name) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("group-" + name + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv);
	}

	/**
	 * A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
	 * carriage return would be run as a formula by spreadsheet programs: a leading
	 * apostrophe makes it text (OWASP's advice for CSV injection).
	 */
	static String neutralise(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

	private String count(Count count, GroupAggregates aggregates) {
		return count.hidden() ? text("aggregates.fewer", aggregates.minCell()) : String.valueOf(count.value());
	}

	private static byte[] write(List<List<String>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(BYTE_ORDER_MARK);
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(GroupCsv::neutralise).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, locale);
	}

}
