-- The privacy officer's usual way in, where BLS sets no entry level: what the role's usual credential asks for
-- (AHIMA's CHPS rules, as in ../shared/reference/certifications.csv). One more catalog data release.
update career set entry_education_note = 'No official entry level; its usual credential, the CHPS, needs 2 to 6 years of privacy or security management (AHIMA).'
    where slug = 'privacy-officer';
update catalog_release set release = release + 1, published_on = date '2026-11-22',
    note = 'Usual way in for privacy officers';
