package org.careeradvisor.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many questionnaires one client address may start, and submit, per window. The
 * defaults let several classes of thirty behind one school address start and retry within
 * the same ten minutes.
 *
 * @param draftsPerWindow questionnaires started per address and window
 * @param submissionsPerWindow about-you posts (submissions) per address and window
 * @param codeMissesPerWindow group codes per address and window that match no open group;
 * beyond them, looking up codes waits, so that codes cannot be found by trying
 * @param window the length of the window
 * @param maxClients how many addresses are tracked at once; the least recently seen are
 * forgotten first
 */
@ConfigurationProperties("advisor.limits")
public record LimitSettings(@DefaultValue("200") int draftsPerWindow, @DefaultValue("200") int submissionsPerWindow,
		@DefaultValue("30") int codeMissesPerWindow, @DefaultValue("10m") Duration window,
		@DefaultValue("10000") int maxClients) {
}
