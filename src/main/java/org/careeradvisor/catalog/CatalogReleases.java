package org.careeradvisor.catalog;

import java.util.List;

import org.careeradvisor.web.PageCache;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The catalog release the public pages show, held in memory so that no page asks the
 * database for it. It is read once the database is migrated, again after every publish,
 * and every half minute, so that an instance notices a release another one published;
 * each change moves the page cache to the new release.
 */
@Component
class CatalogReleases implements SmartInitializingSingleton {

	/** The current release and the edition of the figures it shows. */
	record Current(int release, int figureEdition) {
	}

	private final JdbcTemplate jdbc;

	private final PageCache pageCache;

	private final CatalogTexts texts;

	private volatile Current current = new Current(0, 0);

	CatalogReleases(JdbcTemplate jdbc, PageCache pageCache, CatalogTexts texts) {
		this.jdbc = jdbc;
		this.pageCache = pageCache;
		this.texts = texts;
	}

	Current current() {
		return this.current;
	}

	int figureEdition() {
		return this.current.figureEdition();
	}

	@Override
	public void afterSingletonsInstantiated() {
		refresh();
	}

	/** Never inside a transaction: it takes a connection of its own, briefly. */
	@Scheduled(fixedDelayString = "${advisor.catalog.release-poll:30s}", initialDelayString = "30s")
	void refresh() {
		List<Current> rows = this.jdbc.query("select release, figure_edition from catalog_release",
				(rs, n) -> new Current(rs.getInt(1), rs.getInt(2)));
		if (!rows.isEmpty()) {
			// Translations change only with a release: read them before pages may show
			// it.
			if (rows.get(0).release() != this.current.release()) {
				this.texts.reload();
			}
			this.current = rows.get(0);
			this.pageCache.useRelease(String.valueOf(rows.get(0).release()));
		}
	}

}
