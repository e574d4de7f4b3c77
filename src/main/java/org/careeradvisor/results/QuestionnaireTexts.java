package org.careeradvisor.results;

/**
 * The questionnaire's texts in a language, looked up by questionnaire version and code: a
 * stored result keeps codes, and each reader sees its questions and kinds of work in
 * their own language. The questionnaire module provides it.
 */
public interface QuestionnaireTexts {

	/**
	 * @param field {@code text}, {@code label} or {@code hint}
	 * @return the text in that language, else {@code english}
	 */
	String question(int version, String code, String field, String language, String english);

	/**
	 * @param field {@code name} or {@code description}
	 * @return the text in that language, else {@code english}
	 */
	String dimension(String code, String field, String language, String english);

}
