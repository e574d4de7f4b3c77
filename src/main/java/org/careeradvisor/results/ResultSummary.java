package org.careeradvisor.results;

import java.time.Instant;
import java.util.List;

import org.careeradvisor.results.ResultSnapshot.CareerLink;
import org.careeradvisor.results.ResultSnapshot.DimensionScore;

/**
 * What a counselor's dashboard shows of a stored result: its scores and verdict, the
 * interest per kind of work and its first careers, and its shared link's token.
 *
 * @param id the result's database id, for rows that refer to it; never shown
 * @param topCareers the first careers the result suggests, best first (at most three)
 */
public record ResultSummary(long id, String viewToken, Instant createdAt, String verdict, int hiScore, int himScore,
		List<DimensionScore> dimensions, List<CareerLink> topCareers) {

	static final int TOP_CAREERS = 3;

	static ResultSummary of(long id, String viewToken, ResultSnapshot snapshot) {
		List<CareerLink> careers = (snapshot.careers() == null) ? List.of()
				: snapshot.careers()
					.stream()
					.limit(TOP_CAREERS)
					.map((career) -> new CareerLink(career.slug(), career.title()))
					.toList();
		return new ResultSummary(id, viewToken, snapshot.createdAt(), snapshot.verdict(), snapshot.hiScore(),
				snapshot.himScore(), (snapshot.dimensions() != null) ? snapshot.dimensions() : List.of(), careers);
	}

}
