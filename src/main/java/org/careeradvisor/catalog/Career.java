package org.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.ListIndexBase;

@Entity
class Career {

	@Id
	private Long id;

	private String slug;

	private String title;

	@Enumerated(EnumType.STRING)
	private Affinity affinity;

	private String summary;

	@Column(name = "onet_code")
	private String onetCode;

	@Column(name = "onet_title")
	private String onetTitle;

	@Column(name = "bls_occupation")
	private String blsOccupation;

	@Column(name = "shared_figures_note")
	private String sharedFiguresNote;

	@Enumerated(EnumType.STRING)
	@Column(name = "entry_education")
	private EducationLevel entryEducation;

	@Column(name = "entry_education_note")
	private String entryEducationNote;

	@Enumerated(EnumType.STRING)
	@Column(name = "usual_licence")
	private LicenceNeed usualLicence;

	/** Whose figures are shown, when they belong to a wider or different occupation. */
	@Column(name = "figure_occupation")
	private String figureOccupation;

	@Column(name = "source_urls")
	private String sourceUrls;

	@Column(name = "as_of")
	private String asOf;

	@ElementCollection
	@CollectionTable(name = "career_task", joinColumns = @JoinColumn(name = "career_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "description")
	private final List<String> tasks = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "career_outlook", joinColumns = @JoinColumn(name = "career_id"))
	@OrderBy("edition desc")
	private final Set<OutlookFigure> outlook = new LinkedHashSet<>();

	protected Career() {
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	Affinity getAffinity() {
		return this.affinity;
	}

	String getSummary() {
		return this.summary;
	}

	String getOnetCode() {
		return this.onetCode;
	}

	String getOnetTitle() {
		return this.onetTitle;
	}

	String getBlsOccupation() {
		return this.blsOccupation;
	}

	String getSharedFiguresNote() {
		return this.sharedFiguresNote;
	}

	EducationLevel getEntryEducation() {
		return this.entryEducation;
	}

	String getEntryEducationNote() {
		return this.entryEducationNote;
	}

	/**
	 * Whether the role usually goes with a clinical licence of some kind.
	 */
	boolean isClinicalLicenceUsual() {
		return this.usualLicence != null;
	}

	LicenceNeed getUsualLicence() {
		return this.usualLicence;
	}

	String getFigureOccupation() {
		return this.figureOccupation;
	}

	String getSourceUrls() {
		return this.sourceUrls;
	}

	String getAsOf() {
		return this.asOf;
	}

	List<String> getTasks() {
		return Collections.unmodifiableList(this.tasks);
	}

	/**
	 * Every edition of the figures, newest first.
	 */
	List<Figure> figures() {
		return this.outlook.stream().map(OutlookFigure::toView).toList();
	}

	/**
	 * The figures of the given edition, so that lists never mix editions.
	 */
	Optional<Figure> figure(int edition) {
		return this.outlook.stream().filter((o) -> o.edition() == edition).findFirst().map(OutlookFigure::toView);
	}

}
