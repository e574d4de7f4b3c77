package org.careeradvisor.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PublishedReleaseRepository extends Repository<PublishedRelease, Integer> {

	List<PublishedRelease> findAllByOrderByReleaseDesc();

	PublishedRelease save(PublishedRelease release);

}
