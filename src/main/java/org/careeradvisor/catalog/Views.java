package org.careeradvisor.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * Read-only views of the catalog handed to templates. Records, so that no entity leaves a
 * transaction.
 */
final class Views {

	private Views() {
	}

	record CareerRow(String slug, String title, Affinity affinity, EducationLevel entryEducation,
			boolean clinicalLicenceUsual, Figure figure) {

		public Integer pay() {
			return (this.figure != null) ? this.figure.medianPayUsd() : null;
		}

		public BigDecimal growth() {
			return (this.figure != null) ? this.figure.growthPct() : null;
		}

	}

	record CompetencyLink(String slug, String name, String domainCode, String frameworkName, String weight,
			SourceStatus nameStatus) {
	}

	record CertificationLink(String slug, String acronym, String fullName, String relevance) {
	}

	record ProgramLink(String slug, String name, ProgramLevel level, DisciplineCode discipline) {
	}

	record CareerLink(String slug, String title) {
	}

	record StepView(CareerLink career, StepKind kind, Integer minYears, Integer maxYears, String yearsBasis,
			CertificationLink certification, String description) {
	}

	record CareerPage(CareerRow row, String summary, String onetCode, String onetTitle, String blsOccupation,
			String sharedFiguresNote, String entryEducationNote, List<String> sourceUrls, String asOf,
			List<String> tasks, List<Figure> earlierFigures, List<CompetencyLink> competencies,
			List<CertificationLink> certifications, List<StepView> nextSteps, List<StepView> feederSteps,
			List<ProgramLink> programs, boolean retired) {
	}

	record CertificationRow(String slug, String acronym, String fullName, String issuingBody, Affinity discipline,
			String summary, SourceStatus eligibilityStatus) {
	}

	record RouteView(String description, EducationLevel minEducation, ProgramLink program,
			CertificationLink certification, Integer minYears) {
	}

	record CertificationPage(CertificationRow row, String eligibility, String examFacts, SourceStatus examStatus,
			String renewal, SourceStatus renewalStatus, String officialUrl, List<String> sourceUrls, String asOf,
			List<RouteView> routes, List<CareerLink> careers, List<ProgramLink> programs, boolean retired) {
	}

	record ProgramRow(String slug, String name, DisciplineCode discipline, ProgramLevel level, String summary,
			String typicalLength, Accreditation accreditation) {
	}

	/**
	 * A certification a program opens, at graduation ({@code years} null) or after some
	 * years of work.
	 */
	record OpenedCertification(CertificationLink certification, Integer years, String route) {
	}

	record ProgramPage(ProgramRow row, String accreditationNote, String admission, String nextSteps,
			SourceStatus status, List<String> sourceUrls, String asOf, List<CompetencyLink> competencies,
			List<CertificationLink> preparesFor, List<OpenedCertification> atGraduation,
			List<OpenedCertification> afterExperience, List<CareerLink> careers, boolean retired) {
	}

	record CompetencyRow(String slug, String domainCode, String name, String description, SourceStatus nameStatus,
			List<CareerLink> coreFor) {
	}

	record FrameworkGroup(String code, String name, String publisher, String summary, List<String> sourceUrls,
			String asOf, List<CompetencyRow> competencies) {
	}

	record IntRange(int min, int max) {
	}

	record DecimalRange(BigDecimal min, BigDecimal max) {
	}

	record CompetencyCount(CompetencyLink competency, long careers) {
	}

	record DisciplineColumn(DisciplineCode code, String slug, String name, String summary, String focus,
			String dailyWork, String typicalSettings, List<CareerRow> careers, IntRange pay, DecimalRange growth,
			List<CompetencyCount> competencies, List<ProgramLink> programs, List<CertificationLink> certifications) {
	}

	record Comparison(int edition, List<DisciplineColumn> columns) {
	}

	record Hit(String kind, String slug, String title, String detail) {
	}

	record SearchResults(String query, List<Hit> hits) {

		public boolean isEmpty() {
			return this.hits.isEmpty();
		}

	}

}
