package org.careeradvisor.counselor;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careeradvisor.results.ResultAudiences;
import org.careeradvisor.results.ResultSummary;
import org.careeradvisor.results.Results;
import org.careeradvisor.staff.StaffDirectory;
import org.careeradvisor.web.NotFoundException;
import org.careeradvisor.web.RetentionSettings;
import org.careeradvisor.web.SecureTokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselor groups: creating them, students joining, the dashboard with notes and
 * aggregates, adding a result by its link, deleting. Every counselor-side method takes
 * the counselor's account id and finds groups only among that counselor's own, so no id
 * or code reaches another counselor's group.
 */
@Service
@Transactional(readOnly = true)
class GroupService implements Groups, ResultAudiences {

	private static final int CODE_ATTEMPTS = 20;

	private final GroupRepository groups;

	private final MemberRepository members;

	private final Results results;

	private final StaffDirectory staff;

	private final GroupSettings settings;

	private final RetentionSettings retention;

	private final Clock clock;

	GroupService(GroupRepository groups, MemberRepository members, Results results, StaffDirectory staff,
			GroupSettings settings, RetentionSettings retention, Clock clock) {
		this.groups = groups;
		this.members = members;
		this.results = results;
		this.staff = staff;
		this.settings = settings;
		this.retention = retention;
		this.clock = clock;
	}

	/** A counselor's group in their list. */
	record GroupRow(String publicId, String name, String joinCode, LocalDate endsOn, long results) {
	}

	/** One shared result on the dashboard; the note is the counselor's own. */
	record MemberRow(String publicId, String name, boolean nickname, LocalDateTime joinedAt, String verdict,
			int hiScore, int himScore, String viewToken, String note) {
	}

	/**
	 * A group's page: its rows (filtered and sorted as asked) and its aggregates (always
	 * over every result of the group).
	 */
	record Dashboard(GroupRow group, boolean open, List<MemberRow> members, GroupAggregates aggregates) {
	}

	/** What came of pasting a link. */
	enum Added {

		ADDED, ALREADY, NOT_A_RESULT

	}

	// The counselor's side

	List<GroupRow> groups(long counselorId) {
		return this.groups.findRows(counselorId);
	}

	@Transactional
	String create(long counselorId, GroupForm form) {
		String code = newJoinCode();
		CounselorGroup group = this.groups.save(new CounselorGroup(SecureTokens.newToken(), counselorId, form.name(),
				code, form.endsOn(), LocalDateTime.now(this.clock)));
		return group.getPublicId();
	}

	/**
	 * @param verdict only results with this verdict, or all when {@code null}
	 * @param sort {@code date} (newest first, the default), {@code name}, {@code hi} or
	 * {@code him} (highest first)
	 */
	Dashboard dashboard(long counselorId, String groupId, String verdict, String sort) {
		CounselorGroup group = own(counselorId, groupId);
		List<Member> members = this.members.findByGroupId(group.getId());
		Map<Long, ResultSummary> summaries = this.results.summaries(members.stream().map(Member::getResultId).toList())
			.stream()
			.collect(Collectors.toMap(ResultSummary::id, Function.identity()));
		List<MemberRow> rows = members.stream()
			.filter((m) -> summaries.containsKey(m.getResultId()))
			.map((m) -> row(m, summaries.get(m.getResultId())))
			.filter((row) -> verdict == null || verdict.equals(row.verdict()))
			.sorted(order(sort))
			.toList();
		GroupRow header = new GroupRow(group.getPublicId(), group.getName(), group.getJoinCode(), group.getEndsOn(),
				summaries.size());
		return new Dashboard(header, group.isOpen(today()), rows,
				GroupAggregates.of(List.copyOf(summaries.values()), this.settings.minCell()));
	}

	@Transactional
	void writeNote(long counselorId, String groupId, String memberId, String note) {
		CounselorGroup group = own(counselorId, groupId);
		this.members.findByPublicIdAndGroupId(memberId, group.getId())
			.orElseThrow(() -> new NotFoundException("Member"))
			.writeNote(note, LocalDateTime.now(this.clock));
	}

	/**
	 * Adds a result by its share link (or just its token), as a student could by joining.
	 */
	@Transactional
	Added addByLink(long counselorId, String groupId, String link) {
		CounselorGroup group = own(counselorId, groupId);
		Optional<ResultSummary> result = token(link).flatMap(this.results::summary);
		if (result.isEmpty()) {
			return Added.NOT_A_RESULT;
		}
		if (this.members.existsByGroupIdAndResultId(group.getId(), result.get().id())) {
			return Added.ALREADY;
		}
		add(group, result.get().id(), null);
		return Added.ADDED;
	}

	/** The group's name, for the page that asks before deleting it. */
	GroupRow group(long counselorId, String groupId) {
		CounselorGroup group = own(counselorId, groupId);
		return new GroupRow(group.getPublicId(), group.getName(), group.getJoinCode(), group.getEndsOn(),
				this.members.findByGroupId(group.getId()).size());
	}

	/** Deletes a group with its membership links and notes; the results stay. */
	@Transactional
	void delete(long counselorId, String groupId) {
		this.groups.delete(own(counselorId, groupId));
	}

	/** Deletes the groups that ended before the cut-off, with their links and notes. */
	@Transactional
	int purgeEnded() {
		return this.groups.deleteEndedBefore(today().minusDays(this.retention.endedGroups().toDays()));
	}

	// The student's side

	@Override
	public Optional<GroupInvite> openGroup(String typedCode) {
		return JoinCodes.normalize(typedCode).flatMap(this.groups::findByJoinCode).flatMap(this::invite);
	}

	@Override
	public Optional<GroupInvite> openGroup(long groupId) {
		return this.groups.findById(groupId).flatMap(this::invite);
	}

	@Override
	@Transactional
	public void join(long groupId, String viewToken, String nickname) {
		Optional<CounselorGroup> group = this.groups.findById(groupId).filter((g) -> g.isOpen(today()));
		Optional<ResultSummary> result = this.results.summary(viewToken);
		if (group.isPresent() && result.isPresent()
				&& !this.members.existsByGroupIdAndResultId(groupId, result.get().id())) {
			add(group.get(), result.get().id(), nickname);
		}
	}

	@Override
	public List<Audience> of(long resultId) {
		return this.members.findByResultId(resultId)
			.stream()
			.flatMap((member) -> this.groups.findById(member.getGroupId())
				.map((group) -> new Audience(member.getPublicId(), group.getName(),
						this.staff.displayName(group.getCounselorId()).orElse(""), member.getNickname()))
				.stream())
			.toList();
	}

	@Override
	@Transactional
	public boolean leave(long resultId, String audienceId) {
		return SecureTokens.isWellFormed(audienceId)
				&& this.members.deleteByPublicIdAndResultId(audienceId, resultId) > 0;
	}

	// Helpers

	private CounselorGroup own(long counselorId, String groupId) {
		if (!SecureTokens.isWellFormed(groupId)) {
			throw new NotFoundException("Group");
		}
		return this.groups.findByPublicIdAndCounselorId(groupId, counselorId)
			.orElseThrow(() -> new NotFoundException("Group"));
	}

	private Optional<GroupInvite> invite(CounselorGroup group) {
		if (!group.isOpen(today())) {
			return Optional.empty();
		}
		return this.staff.displayName(group.getCounselorId())
			.map((counselor) -> new GroupInvite(group.getId(), group.getJoinCode(), group.getName(), counselor));
	}

	private void add(CounselorGroup group, long resultId, String nickname) {
		String pseudonym;
		do {
			pseudonym = JoinCodes.newPseudonym();
		}
		while (this.members.existsByGroupIdAndPseudonym(group.getId(), pseudonym));
		this.members.save(new Member(SecureTokens.newToken(), group.getId(), resultId, nickname, pseudonym,
				LocalDateTime.now(this.clock)));
	}

	private String newJoinCode() {
		for (int i = 0; i < CODE_ATTEMPTS; i++) {
			String code = JoinCodes.newCode();
			if (!this.groups.existsByJoinCode(code)) {
				return code;
			}
		}
		throw new IllegalStateException("No free join code after " + CODE_ATTEMPTS + " tries");
	}

	private static MemberRow row(Member member, ResultSummary result) {
		boolean nickname = member.getNickname() != null;
		return new MemberRow(member.getPublicId(), nickname ? member.getNickname() : member.getPseudonym(), nickname,
				member.getJoinedAt(), result.verdict(), result.hiScore(), result.himScore(), result.viewToken(),
				member.getNote());
	}

	private static Comparator<MemberRow> order(String sort) {
		if (sort == null) {
			return Comparator.comparing(MemberRow::joinedAt).reversed();
		}
		return switch (sort) {
			case "name" -> Comparator.comparing((MemberRow row) -> row.name().toLowerCase(java.util.Locale.ROOT));
			case "hi" -> Comparator.comparingInt(MemberRow::hiScore).reversed();
			case "him" -> Comparator.comparingInt(MemberRow::himScore).reversed();
			default -> Comparator.comparing(MemberRow::joinedAt).reversed();
		};
	}

	/** The token of a share link as pasted: the whole address or only its token. */
	static Optional<String> token(String link) {
		if (link == null) {
			return Optional.empty();
		}
		String text = link.strip();
		try {
			String path = text.contains("/") ? URI.create(text).getPath() : text;
			String token = path.substring(path.lastIndexOf('/') + 1);
			return SecureTokens.isWellFormed(token) ? Optional.of(token) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
