-- Eligibility routes that a person's own facts can be checked against: the kind of experience a route's years must
-- be in, the licence it needs, conditions we cannot check from the questionnaire, recommended (not required)
-- preparation, and whether our sources hold the route's full details. Careers say which licence they usually need
-- and whose pay figures they borrow. Facts as in ../shared/reference (certifications.csv, domain-facts.md and
-- issuer-check-2026-11-22.md); wording is our own.

-- Every route is written anew below, with the kinds of experience its years must be in.
delete from certification_route;

alter table certification_route add column experience_kinds varchar(100);
alter table certification_route add column required_licence varchar(16);
alter table certification_route add column open_exam boolean default false not null;
alter table certification_route add column extra_conditions varchar(500);
alter table certification_route add column details_complete boolean default true not null;
alter table certification_route add column preparation varchar(500);
alter table certification_route add column recommended_kinds varchar(100);
alter table certification_route add column recommended_years integer;
alter table certification_route add constraint certification_route_licence_check
    check (required_licence in ('RN', 'PHYSICIAN', 'CLINICAL'));
alter table certification_route add constraint certification_route_years_check
    check (min_years_experience is null or min_years_experience = 0 or experience_kinds is not null);

alter table career add column usual_licence varchar(16);
alter table career add column figure_occupation varchar(200);
alter table career add constraint career_usual_licence_check check (usual_licence in ('PHYSICIAN', 'CLINICAL'));

update career set usual_licence = 'PHYSICIAN' where slug = 'cmio';
update career set usual_licence = 'CLINICAL' where slug = 'clinical-informaticist';

-- Careers whose pay and growth are those of a wider or different occupation: the result page names it.
update career set figure_occupation = 'all medical and health services managers' where slug = 'him-director';
update career set figure_occupation = 'all medical records specialists' where slug in ('medical-coder', 'release-of-information-specialist');
update career set figure_occupation = 'all computer systems analysts' where slug in ('health-informatics-specialist', 'clinical-informaticist');
update career set figure_occupation = 'all data scientists' where slug in ('health-data-analyst', 'clinical-data-manager');
update career set figure_occupation = 'mathematicians and statisticians combined' where slug = 'biostatistician';
update career set figure_occupation = 'project management specialists in every industry' where slug = 'health-it-project-manager';
update career set figure_occupation = 'all computer and information systems managers' where slug = 'cmio';


insert into certification_route (certification_id, position, min_education, required_program_id, required_certification_id,
        min_years_experience, experience_kinds, required_licence, open_exam, extra_conditions, details_complete,
        preparation, recommended_kinds, recommended_years, description) values
    ((select id from certification where acronym = 'RHIA'), 1, null, (select id from program where slug = 'him-bachelor'), null,
        null, null, null, false, null, true, null, null, null,
        'Graduate from an HIM bachelor''s program accredited by CAHIIM (students in their final term may test early).'),
    ((select id from certification where acronym = 'RHIA'), 2, 'BACHELOR', (select id from program where slug = 'him-master'), null,
        null, null, null, false, null, true, null, null, null,
        'Graduate from an HIM master''s program accredited by CAHIIM.'),
    ((select id from certification where acronym = 'RHIA'), 3, 'BACHELOR', (select id from program where slug = 'him-post-baccalaureate-certificate'), null,
        null, null, null, false, null, true, null, null, null,
        'With a bachelor''s in any field, complete a post-baccalaureate HIM certificate approved by CAHIIM and offered by a CAHIIM-accredited HIM program.'),
    ((select id from certification where acronym = 'RHIT'), 1, null, (select id from program where slug = 'him-associate'), null,
        null, null, null, false, null, true, null, null, null,
        'Graduate from an HIM associate program accredited by CAHIIM (students in their final term may test early).'),
    ((select id from certification where acronym = 'CCA'), 1, 'HIGH_SCHOOL', null, null,
        null, null, null, false, null, true,
        'AHIMA recommends, without requiring it, six months of coding work, an AHIMA-approved coding program, or coding training in anatomy, medical terminology and basic ICD and CPT coding.',
        'CODING', 1,
        'A high-school diploma or equivalent.'),
    ((select id from certification where acronym = 'CCS'), 1, 'HIGH_SCHOOL', null, null,
        null, null, null, false, null, true,
        'AHIMA recommends coding coursework plus a year of coding, two years of coding, the CCA plus a year, or another coding credential plus a year.',
        'CODING', 2,
        'A high-school diploma; coding experience is recommended, not required.'),
    ((select id from certification where acronym = 'CCS'), 2, null, null, (select id from certification where acronym = 'CCA'),
        null, null, null, false, null, true,
        'With the CCA, AHIMA recommends a year of coding before the CCS.',
        'CODING', 1,
        'Holders of the CCA, after about a year of coding.'),
    ((select id from certification where acronym = 'CHPS'), 1, 'HIGH_SCHOOL', null, null,
        6, 'PRIVACY', null, false, null, true, null, null, null,
        'A high-school diploma and 6 years of health-care privacy or security management.'),
    ((select id from certification where acronym = 'CHPS'), 2, 'ASSOCIATE', null, null,
        4, 'PRIVACY', null, false, null, true, null, null, null,
        'An associate degree and 4 years of health-care privacy or security management.'),
    ((select id from certification where acronym = 'CHPS'), 3, null, null, (select id from certification where acronym = 'CCA'),
        4, 'PRIVACY', null, false, null, true, null, null, null,
        'The CCA and 4 years of health-care privacy or security management.'),
    ((select id from certification where acronym = 'CHPS'), 4, null, null, (select id from certification where acronym = 'CCS'),
        4, 'PRIVACY', null, false, null, true, null, null, null,
        'The CCS and 4 years of health-care privacy or security management.'),
    ((select id from certification where acronym = 'CHPS'), 5, null, null, (select id from certification where acronym = 'CCS-P'),
        4, 'PRIVACY', null, false, null, true, null, null, null,
        'The CCS-P and 4 years of health-care privacy or security management.'),
    ((select id from certification where acronym = 'CHPS'), 6, null, null, (select id from certification where acronym = 'RHIT'),
        4, 'PRIVACY', null, false, null, true, null, null, null,
        'The RHIT and 4 years of health-care privacy or security management.'),
    ((select id from certification where acronym = 'CHPS'), 7, 'BACHELOR', null, null,
        2, 'PRIVACY', null, false, null, true, null, null, null,
        'A bachelor''s degree and 2 years of health-care privacy or security management.'),
    ((select id from certification where acronym = 'CHPS'), 8, null, null, (select id from certification where acronym = 'RHIA'),
        2, 'PRIVACY', null, false, null, true, null, null, null,
        'The RHIA and 2 years of health-care privacy or security management.'),
    ((select id from certification where acronym = 'CHPS'), 9, 'MASTER', null, null,
        1, 'PRIVACY', null, false, null, true, null, null, null,
        'A master''s degree or higher (such as a JD, MD or PhD) and 1 year of health-care privacy or security management.'),
    ((select id from certification where acronym = 'AHIC'), 1, null, (select id from program where slug = 'hi-master'), null,
        4, 'INFORMATICS', null, false,
        'at least half of your work time in informatics during 4 of the last 6 years (or 20 to 49 % during 6 of the last 8)', true, null, null, null,
        'Track 1: a master''s in health informatics and 4 years of informatics work, at least half-time, within the last 6 years.'),
    ((select id from certification where acronym = 'AHIC'), 2, null, (select id from program where slug = 'hi-doctorate'), null,
        4, 'INFORMATICS', null, false,
        'at least half of your work time in informatics during 4 of the last 6 years (or 20 to 49 % during 6 of the last 8)', true, null, null, null,
        'Track 1: a doctorate in health informatics and 4 years of informatics work, at least half-time, within the last 6 years.'),
    ((select id from certification where acronym = 'AHIC'), 3, 'MASTER', null, null,
        6, 'INFORMATICS', null, false,
        'your master''s or doctorate is in a related field (such as medicine, nursing, pharmacy, public health or computer science), and at least half of your work time was in informatics during 6 of the last 8 years (or 20 to 49 % during 8 of the last 10)', true, null, null, null,
        'Track 2: a master''s or doctorate in a related field and 6 years of informatics work, at least half-time, within the last 8 years.'),
    ((select id from certification where acronym = 'AHIC'), 4, 'BACHELOR', null, null,
        null, null, null, false, null, false, null, null, null,
        'Track 3 (added in June 2023): a bachelor''s in health informatics or a related field plus years of informatics practice; check AMIA''s current table for the years.'),
    ((select id from certification where acronym = 'CPC'), 1, null, null, null,
        null, null, null, true, null, true,
        'Most candidates take a coding course first. Passing with under two years of coding experience gives the apprentice credential CPC-A; an 80-hour coding course and Practicode can each count for one of those years. AAPC membership is required.',
        'CODING', 2,
        'No education or experience is required to sit the exam; AAPC membership is.'),
    ((select id from certification where acronym = 'CRC'), 1, null, null, null,
        null, null, null, true, null, true,
        'Training or experience with risk-adjustment models is recommended; a third-party page says AAPC membership is required.',
        'CODING', 1,
        'No formal requirement beyond AAPC membership was found.'),
    ((select id from certification where acronym = 'CPHQ'), 1, null, null, null,
        null, null, null, true, null, true,
        'NAHQ recommends about two years of health-care quality work first.',
        'QUALITY', 2,
        'No formal requirements.'),
    ((select id from certification where acronym = 'CAHIMS'), 1, 'HIGH_SCHOOL', null, null,
        null, null, null, false, null, false, null, null, null,
        'A third-party page mentions a route for high-school graduates; HIMSS''s own rules were not in our sources.'),
    ((select id from certification where acronym = 'CTR'), 1, null, (select id from program where slug = 'cancer-registry-associate'), null,
        null, null, null, false, 'a 160-hour practicum in a registry staffed by a CTR', true, null, null, null,
        'Route A1: an NCRA-accredited associate program and a 160-hour practicum in a CTR-staffed registry.'),
    ((select id from certification where acronym = 'CTR'), 2, 'ASSOCIATE', (select id from program where slug = 'cancer-registry-certificate'), null,
        null, null, null, false, 'a 160-hour practicum in a registry staffed by a CTR', true, null, null, null,
        'Route A2: an NCRA-accredited certificate program, an associate degree or 60 college credits, and a 160-hour practicum.'),
    ((select id from certification where acronym = 'CTR'), 3, 'ASSOCIATE', null, null,
        1, 'REGISTRY', null, false, 'two semesters of human anatomy and physiology among your college credits', true, null, null, null,
        'Route B: an associate degree or 60 college credits including two semesters of anatomy and physiology, and 1,950 hours (about a year full time) of cancer-registry work.'),
    ((select id from certification where acronym = 'CPDHTS'), 1, 'BACHELOR', null, null,
        5, 'INFORMATICS,IT', null, false, 'at least 3 of those years in health care', true, null, null, null,
        'A bachelor''s degree and 5 years of information and management systems work, 3 of them in health care.'),
    ((select id from certification where acronym = 'CPDHTS'), 2, 'MASTER', null, null,
        3, 'INFORMATICS,IT', null, false, 'at least 2 of those years in health care', true, null, null, null,
        'A graduate degree and 3 years of information and management systems work, 2 of them in health care.'),
    ((select id from certification where acronym = 'CPDHTS'), 3, null, null, null,
        10, 'INFORMATICS,IT', null, false, null, true, null, null, null,
        'About 10 years of information and management systems work.'),
    ((select id from certification where acronym = 'CCDS'), 1, null, null, null,
        2, 'CDI', 'RN', false, 'you currently work as a clinical documentation specialist, and the 2 years were in inpatient acute care', true, null, null, null,
        'A registered nurse with 2 years of clinical documentation work in inpatient acute care, currently working in CDI.'),
    ((select id from certification where acronym = 'CCDS'), 2, null, null, null,
        2, 'CDI', 'PHYSICIAN', false, 'you currently work as a clinical documentation specialist, and the 2 years were in inpatient acute care', true, null, null, null,
        'A physician (MD or DO) with 2 years of clinical documentation work in inpatient acute care, currently working in CDI.'),
    ((select id from certification where acronym = 'CCDS'), 3, null, null, (select id from certification where acronym = 'RHIA'),
        2, 'CDI', null, false, 'you currently work as a clinical documentation specialist, and the 2 years were in inpatient acute care', true, null, null, null,
        'The RHIA with 2 years of clinical documentation work in inpatient acute care, currently working in CDI.'),
    ((select id from certification where acronym = 'CCDS'), 4, null, null, (select id from certification where acronym = 'RHIT'),
        2, 'CDI', null, false, 'you currently work as a clinical documentation specialist, and the 2 years were in inpatient acute care', true, null, null, null,
        'The RHIT with 2 years of clinical documentation work in inpatient acute care, currently working in CDI.'),
    ((select id from certification where acronym = 'CCDS'), 5, 'ASSOCIATE', null, null,
        3, 'CDI', null, false, 'your associate degree is in an allied-health field and included medical terminology and anatomy and physiology, and you currently work as a clinical documentation specialist', true, null, null, null,
        'An allied-health associate degree with medical terminology and anatomy and physiology, and 3 years of clinical documentation work, currently working in CDI.'),
    ((select id from certification where acronym = 'CCDS'), 6, null, null, (select id from certification where acronym = 'CCS'),
        3, 'CDI', null, false, 'you currently work as a clinical documentation specialist', true, null, null, null,
        'The CCS and 3 years of clinical documentation work, currently working in CDI.'),
    ((select id from certification where acronym = 'CCDS'), 7, null, null, null,
        3, 'CDI', null, false, 'you have taken courses in medical terminology, anatomy and physiology, and disease processes, and you currently work as a clinical documentation specialist', true, null, null, null,
        'Courses in medical terminology, anatomy and physiology, and disease processes, and 3 years of clinical documentation work, currently working in CDI (ACDIS counts a year as 2,000 hours).');
