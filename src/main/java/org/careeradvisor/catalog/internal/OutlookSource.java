package org.careeradvisor.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One source address of one edition of a career's figures, in the order given.
 */
@Embeddable
public record OutlookSource(int edition, int position, @Column(name = "url") String url) {
}
