package org.careeradvisor.counselor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Counselor groups.
 *
 * @param minCell counts below this are hidden in a group's aggregates (and its CSV)
 */
@ConfigurationProperties("advisor.groups")
public record GroupSettings(@DefaultValue("10") int minCell) {
}
