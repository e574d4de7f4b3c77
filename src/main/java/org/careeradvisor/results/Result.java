package org.careeradvisor.results;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A stored result. It never changes after it is created; it can only be deleted.
 */
@Entity
class Result {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "view_token")
	private String viewToken;

	@Column(name = "manage_token_hash")
	private String manageTokenHash;

	@Column(name = "questionnaire_version")
	private int questionnaireVersion;

	@Column(name = "catalog_version")
	private String catalogVersion;

	private String form;

	@Column(name = "hi_score")
	private int hiScore;

	@Column(name = "him_score")
	private int himScore;

	private String verdict;

	/** UTC. */
	@Column(name = "created_at")
	private LocalDateTime createdAt;

	private String snapshot;

	protected Result() {
	}

	Result(String viewToken, String manageTokenHash, ResultSnapshot snapshot, String snapshotJson,
			LocalDateTime createdAt) {
		this.viewToken = viewToken;
		this.manageTokenHash = manageTokenHash;
		this.questionnaireVersion = snapshot.questionnaireVersion();
		this.catalogVersion = snapshot.catalogVersion();
		this.form = snapshot.form();
		this.hiScore = snapshot.hiScore();
		this.himScore = snapshot.himScore();
		this.verdict = snapshot.verdict();
		this.snapshot = snapshotJson;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	String getViewToken() {
		return this.viewToken;
	}

	String getSnapshot() {
		return this.snapshot;
	}

}
