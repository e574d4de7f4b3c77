package org.careeradvisor.questionnaire;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Version;

import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.ExperienceKind;
import org.careeradvisor.catalog.Licence;

/**
 * An unfinished questionnaire, resumable from its link until it is submitted.
 */
@Entity
class Draft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String token;

	private int version;

	@Enumerated(EnumType.STRING)
	private Form form;

	@Enumerated(EnumType.STRING)
	@Column(name = "education_done")
	private EducationLevel educationDone;

	@Enumerated(EnumType.STRING)
	@Column(name = "education_planned")
	private EducationPlan educationPlanned;

	@Enumerated(EnumType.STRING)
	private Licence licence;

	@ElementCollection
	@CollectionTable(name = "draft_experience", joinColumns = @JoinColumn(name = "draft_id"))
	@MapKeyColumn(name = "kind")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "years")
	private final Map<ExperienceKind, Integer> experience = new EnumMap<>(ExperienceKind.class);

	@ElementCollection
	@CollectionTable(name = "draft_credential", joinColumns = @JoinColumn(name = "draft_id"))
	@Column(name = "code")
	private final Set<String> credentials = new HashSet<>();

	/** UTC. */
	@Column(name = "created_at")
	private LocalDateTime createdAt;

	/** UTC. */
	@Column(name = "updated_at")
	private LocalDateTime updatedAt;

	/** Optimistic lock: two requests on one draft cannot both win. */
	@Version
	@Column(name = "row_version")
	private int rowVersion;

	/** UTC; set once the draft has become a result. */
	@Column(name = "submitted_at")
	private LocalDateTime submittedAt;

	@Column(name = "result_view_token")
	private String resultViewToken;

	@Column(name = "result_manage_token")
	private String resultManageToken;

	/** The counselor group this questionnaire was started for, if any. */
	@Column(name = "group_id")
	private Long groupId;

	/** The name the student chose to appear under in that group, if any. */
	@Column(name = "group_nickname")
	private String groupNickname;

	/** Whether the student chose to share the result with that group. */
	@Column(name = "group_share")
	private boolean groupShare = true;

	@ElementCollection
	@CollectionTable(name = "draft_answer", joinColumns = @JoinColumn(name = "draft_id"))
	@MapKeyColumn(name = "question_code")
	@Column(name = "answer")
	private final Map<String, Integer> answers = new HashMap<>();

	protected Draft() {
	}

	Draft(String token, int version, Form form, Long groupId, LocalDateTime now) {
		this.token = token;
		this.version = version;
		this.form = form;
		this.groupId = groupId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Remembers the nickname for the group (a blank one means none) and the choice to
	 * share.
	 */
	void chooseForGroup(String nickname, boolean share) {
		this.groupNickname = nickname;
		this.groupShare = share;
	}

	Long getGroupId() {
		return this.groupId;
	}

	String getGroupNickname() {
		return this.groupNickname;
	}

	boolean isGroupShare() {
		return this.groupShare;
	}

	/**
	 * Records answers; the caller has checked that every code belongs to this draft's
	 * questions and every value is on the scale.
	 */
	void answer(Map<String, Integer> given, LocalDateTime now) {
		given.forEach((code, value) -> {
			if (value < ScoringEngine.MIN_ANSWER || value > ScoringEngine.MAX_ANSWER) {
				throw new IllegalArgumentException("Answer out of range: " + value);
			}
		});
		this.answers.putAll(given);
		this.updatedAt = now;
	}

	/**
	 * Remembers the result this draft became, so that a second submit finds it.
	 */
	void submitted(String viewToken, String manageToken, LocalDateTime now) {
		if (isSubmitted()) {
			throw new IllegalStateException("Draft already submitted");
		}
		this.resultViewToken = viewToken;
		this.resultManageToken = manageToken;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	boolean isSubmitted() {
		return this.submittedAt != null;
	}

	/**
	 * The private link's token of the result this draft became, once submitted.
	 */
	String getResultManageToken() {
		return this.resultManageToken;
	}

	void describe(Context context, LocalDateTime now) {
		this.educationDone = context.completed();
		this.educationPlanned = context.plan();
		this.licence = context.licence();
		this.experience.clear();
		this.experience.putAll(context.experience());
		this.credentials.clear();
		this.credentials.addAll(context.credentials());
		this.updatedAt = now;
	}

	String getToken() {
		return this.token;
	}

	int getVersion() {
		return this.version;
	}

	Form getForm() {
		return this.form;
	}

	EducationLevel getEducationDone() {
		return this.educationDone;
	}

	EducationPlan getEducationPlanned() {
		return this.educationPlanned;
	}

	Licence getLicence() {
		return this.licence;
	}

	Map<ExperienceKind, Integer> getExperience() {
		return Map.copyOf(this.experience);
	}

	Set<String> getCredentials() {
		return Set.copyOf(this.credentials);
	}

	/**
	 * A plain copy: Hibernate's own map reports its values as distinct even when they are
	 * not.
	 */
	Map<String, Integer> getAnswers() {
		return Map.copyOf(this.answers);
	}

}
