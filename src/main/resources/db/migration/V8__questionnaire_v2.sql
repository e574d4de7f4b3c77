-- Questionnaire version 2: the same thirty tasks and weights as version 1, reworded so that a first-year student
-- reads them one way only ("medical coding" is never programming, a "query" to a doctor is explained), each with a
-- one-line explanation and a short label that results use to name the task. Drafts begun on version 1 finish on
-- version 1; stored results keep the wording they were made with.
-- The about-you page now asks for experience by kind, credentials held and the kind of clinical licence.

alter table question add column label varchar(200);
alter table question add column hint varchar(300);

create table draft_experience (
    draft_id bigint      not null references draft (id) on delete cascade,
    kind     varchar(24) not null check (kind in
        ('CODING', 'RECORDS', 'PRIVACY', 'REGISTRY', 'CDI', 'CLINICAL', 'INFORMATICS', 'IT', 'QUALITY', 'MANAGEMENT')),
    years    integer     not null check (years between 0 and 60),
    primary key (draft_id, kind)
);

create table draft_credential (
    draft_id bigint      not null references draft (id) on delete cascade,
    code     varchar(16) not null,
    primary key (draft_id, code)
);

alter table draft add column licence varchar(16);
alter table draft add constraint draft_licence_check check (licence in ('NONE', 'RN', 'PHYSICIAN', 'OTHER_CLINICAL'));
alter table draft drop column years_experience;
alter table draft drop column clinical_licence;

insert into questionnaire_version (version, label, published_on) values (2, 'Version 2', date '2026-11-22');

insert into question (version, code, position, text, in_quick_form, label, hint)
select 2, code, position, text, in_quick_form, null, null from question where version = 1;

update question set label = 'listing what is missing from a patient''s record' where code = 'r1';
update question set label = 'assigning diagnosis codes to a hospital stay' where code = 'c1';
update question set label = 'designing the tables of a clinic database' where code = 's1';
update question set label = 'writing a database query about readmissions' where code = 'a1';
update question set label = 'deciding whether a lawyer may have a patient''s records' where code = 'p1';
update question set label = 'building an order set for doctors' where code = 'w1';
update question set label = 'copying cancer facts into a registry' where code = 'r2';
update question set label = 'writing a program that cleans data files' where code = 'g1';
update question set label = 'checking who opened a famous patient''s record' where code = 'p2';
update question set label = 'watching nurses work to find where the system slows them' where code = 'w2';
update question set label = 'looking up medical procedure codes' where code = 'c2';
update question set label = 'building an infection-rate dashboard' where code = 'a2';
update question set label = 'leading a team of medical coders' where code = 'l1';
update question set label = 'testing a new version of the health-record system' where code = 's2';
update question set label = 'merging duplicate patient records' where code = 'r3';
update question set label = 'teaching clinicians a new system feature' where code = 'w3';
update question set label = 'asking a doctor to clarify a note for coding' where code = 'c3';
update question set label = 'explaining privacy rules to staff' where code = 'p3';
update question set label = 'finding patterns in lab results' where code = 'a3';
update question set label = 'connecting two hospital systems' where code = 's3';
update question set label = 'leading a hospital-wide system roll-out' where code = 'l2';
update question set label = 'keeping the master patient index in order' where code = 'r4';
update question set label = 'learning a programming language' where code = 'g2';
update question set label = 'checking insurance claims for wrong medical codes' where code = 'c4';
update question set label = 'designing a drug-interaction alert' where code = 'w4';
update question set label = 'investigating a privacy breach' where code = 'p4';
update question set label = 'presenting numbers to managers' where code = 'a4';
update question set label = 'setting up nurses'' vital-signs screens' where code = 's4';
update question set label = 'preparing and defending a budget' where code = 'l3';
update question set label = 'automating a weekly report with code' where code = 'g3';

update question set
    text = 'Read a patient''s health record after a hospital stay and list the notes and signatures still missing',
    hint = 'Before a hospital finalises a record, someone checks that every required note is there and signed.'
    where version = 2 and code = 'r1';
update question set
    text = 'Turn a doctor''s notes about a hospital stay into standard diagnosis codes',
    hint = 'This is medical coding, not programming: each diagnosis gets a code from a standard list (ICD-10-CM) used for billing and statistics.'
    where version = 2 and code = 'c1';
update question set
    text = 'Design the tables, fields and links of a new clinic database',
    hint = 'A database stores information in tables; designing it means deciding what goes where and how the tables connect.'
    where version = 2 and code = 's1';
update question set
    text = 'Write a database query that counts how many patients came back to hospital within 30 days',
    hint = 'A query is a question written for a database, often in a language called SQL.'
    where version = 2 and code = 'a1';
update question set
    text = 'Decide whether a lawyer''s request for copies of a patient''s records may be answered',
    hint = 'Privacy law says who may receive a patient''s records and what permission they need.'
    where version = 2 and code = 'p1';
update question set
    text = 'Set up a ready-made list of tests in the health record so that doctors can order them all in one step',
    hint = 'Such a list is called an order set, for example the usual tests for a patient with chest pain.'
    where version = 2 and code = 'w1';
update question set
    text = 'Copy the key facts about a patient''s cancer from the hospital record into a cancer registry, exactly and completely',
    hint = 'A registry collects the same facts about every case of a disease so that it can be studied.'
    where version = 2 and code = 'r2';
update question set
    text = 'Write a small computer program that cleans up messy data files automatically',
    hint = 'For example, a script that fixes dates and removes duplicate rows.'
    where version = 2 and code = 'g1';
update question set
    text = 'Check who opened a famous patient''s health record and whether each person had a reason to',
    hint = 'Health-record systems log every look at a record; staff may only open the records their work needs.'
    where version = 2 and code = 'p2';
update question set
    text = 'Spend a shift beside nurses to see where the computer system slows them down',
    hint = 'Watching real work shows which screens and steps get in the way of care.'
    where version = 2 and code = 'w2';
update question set
    text = 'Look up the right medical procedure code in a code book or a code-lookup tool',
    hint = 'Medical procedure codes (such as CPT) say exactly what was done to the patient, for billing and statistics.'
    where version = 2 and code = 'c2';
update question set
    text = 'Build a dashboard that shows a ward''s infection rates over time',
    hint = 'A dashboard is a screen of charts that updates as new data arrives.'
    where version = 2 and code = 'a2';
update question set
    text = 'Lead a team of medical coders and plan who works on what',
    hint = 'Medical coders turn clinical notes into standard codes for billing and statistics; they do not write software.'
    where version = 2 and code = 'l1';
update question set
    text = 'Test a new version of the electronic health-record software before it goes live',
    hint = 'You follow test scripts and report anything that breaks or confuses users.'
    where version = 2 and code = 's2';
update question set
    text = 'Merge duplicate patient records so that each person has exactly one record',
    hint = 'When the same patient is registered twice, their history is split and must be joined safely.'
    where version = 2 and code = 'r3';
update question set
    text = 'Teach doctors and nurses how to use a new feature of their health-record system',
    hint = 'Short training sessions, often on the ward, when something in the system changes.'
    where version = 2 and code = 'w3';
update question set
    text = 'Send a doctor a written question about an unclear note so that the medical codes match what really happened',
    hint = 'In hospitals this written question is called a query; it must not lead the doctor to a particular answer.'
    where version = 2 and code = 'c3';
update question set
    text = 'Explain privacy rules to hospital staff in a short training session',
    hint = 'For example, what staff may say about a patient and to whom.'
    where version = 2 and code = 'p3';
update question set
    text = 'Look for a pattern in a spreadsheet of thousands of lab results',
    hint = 'For example, whether some results rise in winter or differ between wards.'
    where version = 2 and code = 'a3';
update question set
    text = 'Connect two hospital computer systems so that they can share lab results',
    hint = 'Systems exchange data through agreed message formats; connecting them means mapping one to the other and testing it.'
    where version = 2 and code = 's3';
update question set
    text = 'Lead a project that brings a new computer system into every ward of a hospital',
    hint = 'Planning, schedules, budgets and keeping many teams on track.'
    where version = 2 and code = 'l2';
update question set
    text = 'Keep the hospital''s master list of patients in order, so that anyone''s record can be found in seconds',
    hint = 'This list is called the master patient index: one entry per patient, pointing to all of their records.'
    where version = 2 and code = 'r4';
update question set
    text = 'Learn a new programming language to build a software tool for your team',
    hint = 'Programming means writing instructions for a computer, in a language such as Python.'
    where version = 2 and code = 'g2';
update question set
    text = 'Check a batch of insurance claims for wrong diagnosis or procedure codes before they are sent',
    hint = 'A claim with the wrong medical codes is paid wrongly or refused.'
    where version = 2 and code = 'c4';
update question set
    text = 'Design an alert that warns a doctor about a dangerous mix of medicines',
    hint = 'The health-record system shows the warning when the doctor orders the second medicine.'
    where version = 2 and code = 'w4';
update question set
    text = 'Investigate a report that patient information was sent to the wrong person',
    hint = 'You find out what happened, who was affected and whether it must be reported.'
    where version = 2 and code = 'p4';
update question set
    text = 'Present numbers to managers and explain what they mean for patients',
    hint = 'For example, waiting times or readmissions, and what could improve them.'
    where version = 2 and code = 'a4';
update question set
    text = 'Set up the screens nurses use to record temperature, pulse and blood pressure',
    hint = 'Configuring the health-record system: which fields appear, in what order, with which checks.'
    where version = 2 and code = 's4';
update question set
    text = 'Prepare a department''s budget and defend it in front of senior managers',
    hint = 'Staff, equipment and software costs for the coming year.'
    where version = 2 and code = 'l3';
update question set
    text = 'Write a program that builds a report someone now makes by hand every week',
    hint = 'Automating a report means the computer gathers the numbers and lays them out each week.'
    where version = 2 and code = 'g3';

insert into question_weight (question_id, dimension_code, weight)
select q2.id, w.dimension_code, w.weight
from question q1
join question_weight w on w.question_id = q1.id
join question q2 on q2.version = 2 and q2.code = q1.code
where q1.version = 1;
