package org.careeradvisor.results;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.careeradvisor.web.SecureTokens;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ResultService implements Results {

	private final ResultRepository results;

	private final JsonMapper json;

	ResultService(ResultRepository results, JsonMapper json) {
		this.results = results;
		this.json = json;
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

	Optional<ResultSnapshot> find(String viewToken) {
		return json(viewToken).map((text) -> this.json.readValue(text, ResultSnapshot.class));
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
			.map((result) -> new Managed(result.getViewToken(),
					this.json.readValue(result.getSnapshot(), ResultSnapshot.class)));
	}

	@Transactional
	boolean delete(String manageToken) {
		return SecureTokens.isWellFormed(manageToken)
				&& this.results.deleteByManageTokenHash(SecureTokens.hash(manageToken)) > 0;
	}

	record Managed(String viewToken, ResultSnapshot snapshot) {
	}

}
