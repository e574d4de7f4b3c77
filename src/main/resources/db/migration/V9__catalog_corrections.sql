-- Catalog facts corrected after the issuers' own pages were checked (../shared/reference/issuer-check-2026-11-22.md)
-- and a counselor read the pages. Wording is our own; figures and rules as in ../shared/reference.

-- Source links that pointed to issuers' test and development hosts now point to the issuers' public sites.
update career set source_urls = replace(replace(replace(source_urls,
    'https://conference-test.ahima.org', 'https://www.ahima.org'), 'https://cms-qa.ahima.org', 'https://www.ahima.org'),
    'https://cms-test.ahima.org', 'https://www.ahima.org');
update certification set source_urls = replace(replace(replace(replace(source_urls,
    'https://conference-test.ahima.org', 'https://www.ahima.org'), 'https://cms-qa.ahima.org', 'https://www.ahima.org'),
    'https://cms-test.ahima.org', 'https://www.ahima.org'), 'http://cms-test.ahima.org', 'https://www.ahima.org');
update certification set official_url = replace(replace(replace(official_url,
    'https://conference-test.ahima.org', 'https://www.ahima.org'), 'https://cms-qa.ahima.org', 'https://www.ahima.org'),
    'https://cms-test.ahima.org', 'https://www.ahima.org');
update program set source_urls = replace(replace(replace(replace(source_urls,
    'https://conference-test.ahima.org', 'https://www.ahima.org'), 'https://cms-qa.ahima.org', 'https://www.ahima.org'),
    'https://cms-test.ahima.org', 'https://www.ahima.org'), 'https://cahiim.matrixdev.net', 'https://www.cahiim.org');

-- A post-baccalaureate certificate is approved by CAHIIM, not accredited, and only counts for the RHIA when a
-- CAHIIM-accredited HIM program offers it. Some HI certificates may now be accredited. The accreditation column is
-- rebuilt (its check constraint has a different generated name on each database) to allow both values.
alter table program add column accreditation_kind varchar(16);
update program set accreditation_kind = accreditation;
alter table program drop column accreditation;
alter table program rename column accreditation_kind to accreditation;
alter table program alter column accreditation set not null;
alter table program add constraint program_accreditation_check check (accreditation in
    ('CAHIIM', 'CAHIIM_APPROVED', 'NCRA', 'AHIMA_APPROVED', 'VARIES', 'UNCONFIRMED', 'NONE'));

update program set accreditation = 'CAHIIM_APPROVED',
    summary = 'For people who already hold a bachelor''s degree in another field: the shorter way to the RHIA than a second bachelor''s. It only counts for the RHIA when it is approved by CAHIIM and offered by an HIM program that CAHIIM accredits; a stand-alone certificate does not qualify.',
    accreditation_note = 'Approved by CAHIIM and offered by a CAHIIM-accredited HIM program; the certificate itself is not separately accredited. Ask the school to confirm both before you enrol.'
    where slug = 'him-post-baccalaureate-certificate';
update program set accreditation = 'VARIES',
    accreditation_note = 'Generally none. CAHIIM has begun accrediting some digital-health professional and leader certificates, so check the certificate you are considering.',
    source_urls = 'https://www.cahiim.org/about/; https://www.cahiim.org/accreditation/digital-health-professional-leader-certificate/initial-accreditation'
    where slug = 'hi-graduate-certificate';

-- What comes next after a program, and what a program usually asks for at entry.
alter table program add column next_steps varchar(1000);
alter table program add column admission varchar(1000);
update program set next_steps = 'Many graduates go on to an HIM bachelor''s degree, often online and part time, which opens the RHIA. With a year or more of coding work, the CCS is a common next credential.'
    where slug = 'him-associate';
update program set next_steps = 'With a bachelor''s degree already in hand, a post-baccalaureate HIM certificate or an HIM master''s opens the RHIA; a second bachelor''s is not needed.'
    where slug = 'him-bachelor';
update program set admission = 'Usually a bachelor''s degree in any field. Programs often look for a clinical, IT or HIM background, and some ask for an introductory course in statistics or programming first. Requirements differ between schools: check each program''s own page.'
    where slug = 'hi-master';
update program set admission = 'A bachelor''s degree in any field; some programs ask for courses in anatomy, medical terminology or statistics first.'
    where slug = 'him-master';
insert into program_certification (program_id, certification_id)
    select (select id from program where slug = 'him-associate'), (select id from certification where acronym = 'CCS')
    where not exists (select 1 from program_certification pc join program p on p.id = pc.program_id
        join certification c on c.id = pc.certification_id where p.slug = 'him-associate' and c.acronym = 'CCS');

-- AHIMA: from 1 January 2025, 40 % of the continuing-education units for any AHIMA credential come from AHIMA.
update certification set renewal = renewal || ' From January 1, 2025, 40% of these units must come from AHIMA.'
    where acronym in ('RHIT', 'CCA', 'CCS', 'CCS-P', 'CDIP', 'CHDA', 'CHPS', 'CPHI');
update certification set source_urls = source_urls || '; https://www.ahima.org/certification/recertification'
    where acronym in ('RHIT', 'CCA', 'CCS', 'CCS-P', 'CDIP', 'CHDA', 'CHPS', 'CPHI');

-- CHPS: the years must be in privacy or security management, wherever they are mentioned.
update career_step set years_basis = 'CHPS eligibility: an associate degree or the RHIT plus 4 years of health-care privacy or security management (AHIMA).'
    where from_career_id = (select id from career where slug = 'release-of-information-specialist')
      and to_career_id = (select id from career where slug = 'privacy-officer');
update career_step set years_basis = 'CHPS eligibility: the RHIA or a bachelor''s plus 2 years of health-care privacy or security management (AHIMA).'
    where from_career_id = (select id from career where slug = 'him-director')
      and to_career_id = (select id from career where slug = 'privacy-officer');

-- AHIC: AMIA's Track 3 table could not be read, so no firm number of years is shown.
update certification set eligibility = 'A degree plus qualifying informatics experience (analysis, decision-making, project management, leadership, policy or strategy). Track 1: a master''s or doctorate in health informatics and 4 of the last 6 years with at least half of work time in informatics, or 6 of 8 years at 20-49%. Track 2: a master''s or doctorate in a related field (such as medicine, nursing, pharmacy, dentistry, public health or computer science) and 6 of 8 years at half time or more, or 8 of 10 at 20-49%. Track 3, added June 22, 2023: a bachelor''s in health informatics or a related field and several years of practice; check AMIA''s current table for the number of years.'
    where acronym = 'AHIC';

-- CPDHTS and CCDS: the issuers publish their rules (checked 2026-11-22).
update certification set
    eligibility = 'One of: a bachelor''s degree and 5 years of information and management systems experience, 3 of them in health care; a graduate degree and 3 years of such experience, 2 of them in health care; or about 10 years of such experience.',
    eligibility_status = 'PRIMARY',
    official_url = 'https://www.himss.org/resources-certification/cpdhts',
    source_urls = 'https://www.himss.org/resources-certification/cpdhts; https://www.himss.org/resources-certification/recertification',
    as_of = 'HIMSS pages, checked 2026-11-22'
    where acronym = 'CPDHTS';
update certification set
    eligibility = 'Current work as a clinical documentation specialist, plus one of: an RN, RHIA, RHIT, MD or DO and 2 years of clinical documentation work in inpatient acute care; an allied-health associate degree that covered medical terminology and anatomy and physiology, and 3 years of such work; or courses in medical terminology, anatomy and physiology and disease processes (or the CCS), and 3 years of such work. ACDIS counts a year as 2,000 hours.',
    eligibility_status = 'PRIMARY',
    renewal = 'Every 2 years from the exam date: 30 continuing-education units, no more than 10 of them from one kind of non-ACDIS activity.',
    renewal_status = 'PRIMARY',
    summary = 'ACDIS''s credential for clinical documentation specialists who already work in the role.',
    official_url = 'http://www.acdis.org/faq/what-are-eligibility-requirements-ccds',
    source_urls = 'http://www.acdis.org/faq/what-are-eligibility-requirements-ccds; https://acdis.org/articles/acdis-update-don%E2%80%99t-forget-keep-track-your-ceus-and-recertification-date; https://winenfood.com/clinical-documentation-improvement-certification-eligibility',
    as_of = 'ACDIS pages, checked 2026-11-22'
    where acronym = 'CCDS';

-- ANCC's informatics nursing certification, the usual credential of a nurse moving into informatics. ANCC's own
-- page could not be read: its rules are shown as third parties report them, with that status, and the route
-- sends people to ANCC's current rules.
insert into certification (acronym, slug, full_name, issuing_body, discipline, summary, eligibility, eligibility_status,
        exam_facts, exam_status, renewal, renewal_status, official_url, source_urls, as_of) values
    ('RN-BC', 'informatics-nursing', 'Informatics Nursing Certification (RN-BC)', 'ANCC (American Nurses Credentialing Center)', 'HI',
     'ANCC''s board certification for registered nurses who work in informatics; the usual credential of a nurse moving from the bedside into informatics.',
     'Third-party pages report that ANCC asks for a current RN licence, about two years of full-time practice as an RN, a bachelor''s degree or higher, 30 hours of continuing education in informatics nursing within the last 3 years, and informatics practice hours (2,000 hours within the last 3 years is the option they name). ANCC''s own page was not in our sources: check its current rules before you plan around them.',
     'THIRD_PARTY',
     'Not found in our sources; check with ANCC.', 'NOT_FOUND',
     'Not found in our sources; check with ANCC.', 'NOT_FOUND',
     'https://www.nursingworld.org/our-certifications/informatics-nurse/',
     'https://eatsip365.com/ancc-informatics-certification-requirements; https://visualfoodie.com/nursing-informatics-certification-eligibility',
     'Third-party pages (2025-2026); ANCC''s page not read');
insert into certification_route (certification_id, position, min_education, required_program_id, required_certification_id,
        min_years_experience, experience_kinds, required_licence, open_exam, extra_conditions, details_complete,
        preparation, recommended_kinds, recommended_years, description) values
    ((select id from certification where acronym = 'RN-BC'), 1, 'BACHELOR', null, null,
        2, 'CLINICAL', 'RN', false, '30 hours of informatics continuing education and informatics practice hours within the last 3 years', false, null, null, null,
        'A registered nurse with a bachelor''s degree, about 2 years of nursing practice, informatics continuing education and informatics practice hours, as third parties report it; check ANCC''s current rules.');
insert into career_certification (career_id, certification_id, relevance) values
    ((select id from career where slug = 'clinical-informaticist'), (select id from certification where acronym = 'RN-BC'), 'RELATED');
insert into program_certification (program_id, certification_id) values
    ((select id from program where slug = 'hi-master'), (select id from certification where acronym = 'RN-BC')),
    ((select id from program where slug = 'hi-graduate-certificate'), (select id from certification where acronym = 'RN-BC'));

-- The Medical Coder's own summary names the work in the words people search for.
update career set summary = 'Does medical coding: reads clinical notes and turns each diagnosis and procedure into standard codes (ICD-10-CM, ICD-10-PCS, CPT, HCPCS) that drive billing, statistics and research. Sends a query to the provider when the note is unclear.'
    where slug = 'medical-coder';
