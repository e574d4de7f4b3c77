package org.careeradvisor.results;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.careeradvisor.web.PageCache;
import org.careeradvisor.web.SecureTokens;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional(readOnly = true)
class ResultService implements Results {

	private final ResultRepository results;

	private final JsonMapper json;

	/** The language results are stored in. */
	private static final String ENGLISH = "en";

	private final PageCache pageCache;

	private final ObjectProvider<QuestionnaireTexts> questionnaireTexts;

	ResultService(ResultRepository results, JsonMapper json, PageCache pageCache,
			ObjectProvider<QuestionnaireTexts> questionnaireTexts) {
		this.results = results;
		this.json = json;
		this.pageCache = pageCache;
		this.questionnaireTexts = questionnaireTexts;
	}

	/**
	 * A stored result in the language of the current request: English as stored, another
	 * language through its codes and kept translations.
	 */
	private ResultSnapshot read(String stored) {
		ResultSnapshot snapshot = this.json.readValue(stored, ResultSnapshot.class);
		String language = LocaleContextHolder.getLocale().getLanguage();
		QuestionnaireTexts texts = this.questionnaireTexts.getIfAvailable();
		if (ENGLISH.equals(language) || texts == null) {
			return snapshot;
		}
		return snapshot.in(language, texts);
	}

	@Override
	@Transactional
	public StoredLinks store(ResultSnapshot snapshot) {
		String viewToken = SecureTokens.newToken();
		String manageToken = SecureTokens.newToken();
		this.results.save(new Result(viewToken, SecureTokens.hash(manageToken), snapshot,
				this.json.writeValueAsString(snapshot), LocalDateTime.ofInstant(snapshot.createdAt(), ZoneOffset.UTC)));
		return new StoredLinks(viewToken, manageToken);
	}

	@Override
	public Optional<ResultSummary> summary(String viewToken) {
		if (!SecureTokens.isWellFormed(viewToken)) {
			return Optional.empty();
		}
		return this.results.findByViewToken(viewToken).map(this::summary);
	}

	@Override
	public List<ResultSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.results.findByIdInOrderByCreatedAtDesc(ids).stream().map(this::summary).toList();
	}

	private ResultSummary summary(Result result) {
		return ResultSummary.of(result.getId(), result.getViewToken(), read(result.getSnapshot()));
	}

	Optional<ResultSnapshot> find(String viewToken) {
		return json(viewToken).map(this::read);
	}

	boolean exists(String viewToken) {
		return SecureTokens.isWellFormed(viewToken) && this.results.existsByViewToken(viewToken);
	}

	/**
	 * The result exactly as stored, for the JSON export.
	 */
	Optional<String> json(String viewToken) {
		if (!SecureTokens.isWellFormed(viewToken)) {
			return Optional.empty();
		}
		return this.results.findByViewToken(viewToken).map(Result::getSnapshot);
	}

	/**
	 * The result and its view token, found by the private manage token.
	 */
	Optional<Managed> findByManageToken(String manageToken) {
		if (!SecureTokens.isWellFormed(manageToken)) {
			return Optional.empty();
		}
		return this.results.findByManageTokenHash(SecureTokens.hash(manageToken))
			.map((result) -> new Managed(result.getId(), result.getViewToken(), read(result.getSnapshot())));
	}

	/**
	 * Whether a private token belongs to a stored result.
	 */
	boolean manageable(String manageToken) {
		return SecureTokens.isWellFormed(manageToken)
				&& this.results.findViewTokenByManageTokenHash(SecureTokens.hash(manageToken)).isPresent();
	}

	/**
	 * Deletes a result and forgets its cached shared page.
	 */
	@Transactional
	boolean delete(String manageToken) {
		if (!SecureTokens.isWellFormed(manageToken)) {
			return false;
		}
		String hash = SecureTokens.hash(manageToken);
		Optional<String> viewToken = this.results.findViewTokenByManageTokenHash(hash);
		if (viewToken.isEmpty() || this.results.deleteByManageTokenHash(hash) == 0) {
			return false;
		}
		// After the commit: until then another request could still read and cache it.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				ResultService.this.pageCache.evict("/results/" + viewToken.get());
			}

		});
		return true;
	}

	/**
	 * @param id the result's database id, for its audiences; never shown
	 */
	record Managed(long id, String viewToken, ResultSnapshot snapshot) {
	}

}
