package org.careeradvisor.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings.
 *
 * @param outlookEdition the edition of pay and growth figures that lists and comparisons
 * show, so that no page mixes editions
 */
@ConfigurationProperties("advisor")
record CatalogSettings(@DefaultValue("2024") int outlookEdition) {
}
