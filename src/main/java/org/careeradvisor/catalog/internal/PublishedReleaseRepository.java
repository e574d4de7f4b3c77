package org.careeradvisor.catalog.internal;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface PublishedReleaseRepository extends Repository<PublishedRelease, Integer> {

	List<PublishedRelease> findAllByOrderByReleaseDesc();

	PublishedRelease save(PublishedRelease release);

}
