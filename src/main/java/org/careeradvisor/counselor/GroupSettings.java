package org.careeradvisor.counselor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Counselor groups.
 *
 * @param minCell counts below this are hidden in a group's aggregates (and its CSV)
 * @param retention how long after its end date a group, its membership links and notes
 * are kept; the results themselves stay with their owners
 */
@ConfigurationProperties("advisor.groups")
public record GroupSettings(@DefaultValue("10") int minCell, @DefaultValue("90d") Duration retention) {
}
