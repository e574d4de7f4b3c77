package org.careeradvisor.counselor;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A result shared with a group, with the name the student chose (or a pseudonym) and the
 * counselor's private note, which never appears on the shared result.
 */
@Entity
@Table(name = "group_member")
class Member {

	static final int NOTE_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id")
	private String publicId;

	@Column(name = "group_id")
	private long groupId;

	@Column(name = "result_id")
	private long resultId;

	private String nickname;

	private String pseudonym;

	/** UTC. */
	@Column(name = "joined_at")
	private LocalDateTime joinedAt;

	private String note;

	/** UTC. */
	@Column(name = "note_updated_at")
	private LocalDateTime noteUpdatedAt;

	protected Member() {
	}

	Member(String publicId, long groupId, long resultId, String nickname, String pseudonym, LocalDateTime joinedAt) {
		this.publicId = publicId;
		this.groupId = groupId;
		this.resultId = resultId;
		this.nickname = nickname;
		this.pseudonym = pseudonym;
		this.joinedAt = joinedAt;
	}

	/** Replaces the note; a blank note removes it. */
	void writeNote(String text, LocalDateTime now) {
		this.note = (text == null || text.isBlank()) ? null : text.strip();
		this.noteUpdatedAt = (this.note == null) ? null : now;
	}

	String getPublicId() {
		return this.publicId;
	}

	long getGroupId() {
		return this.groupId;
	}

	long getResultId() {
		return this.resultId;
	}

	String getNickname() {
		return this.nickname;
	}

	String getPseudonym() {
		return this.pseudonym;
	}

	LocalDateTime getJoinedAt() {
		return this.joinedAt;
	}

	String getNote() {
		return this.note;
	}

	LocalDateTime getNoteUpdatedAt() {
		return this.noteUpdatedAt;
	}

}
