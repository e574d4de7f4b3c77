-- Corrections to the Spanish after a native reader went through every page: texts that read wrongly after
-- "Datos de" (as-of notes), doctors called "proveedores", dates written as 12/31/2023, one name per thing
-- ("áreas" for competency domains, one name for the CMIO), and plainer words for students.

update catalog_text set text = 'Entregar copias de expedientes ya es trabajo de privacidad; con experiencia y la CHPS, se puede pasar a la oficina de privacidad de la organización.'
    where kind = 'CAREER_STEP' and item_key = 'release-of-information-specialist--privacy-officer' and field = 'description' and locale = 'es';
update catalog_text set text = 'la página de la NCRA (fecha de consulta desconocida); cada cifra indica su edición'
    where kind = 'CAREER' and item_key = 'cancer-registrar' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'Verificado en el Occupational Outlook Handbook (Manual de perspectivas ocupacionales) de la BLS (edición 2022-32).'
    where kind = 'CAREER' and item_key = 'cancer-registrar' and field = 'outlook.2022.status_note' and locale = 'es';
update catalog_text set text = 'Redactar para los médicos consultas que cumplan las normas'
    where kind = 'CAREER' and item_key = 'cdi-specialist' and field = 'task.2' and locale = 'es';
update catalog_text set text = 'enfermeros registrados de mayo de 2022 y mayo de 2023 (BLS) y de la ocupación 15-1211 de mayo de 2024 (de terceros)'
    where kind = 'CAREER' and item_key = 'clinical-informaticist' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'varias ediciones (cada cifra indica la suya)'
    where kind = 'CAREER' and item_key = 'cmio' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'Verificado en el Occupational Outlook Handbook (Manual de perspectivas ocupacionales) de la BLS (edición 2022-32).'
    where kind = 'CAREER' and item_key = 'cmio' and field = 'outlook.2022.status_note' and locale = 'es';
update catalog_text set text = 'Director médico de informática (CMIO) / Ejecutivo de TI de salud'
    where kind = 'CAREER' and item_key = 'cmio' and field = 'title' and locale = 'es';
update catalog_text set text = 'Verificado en el Occupational Outlook Handbook (Manual de perspectivas ocupacionales) de la BLS (edición 2018-28).'
    where kind = 'CAREER' and item_key = 'ehr-analyst' and field = 'outlook.2018.status_note' and locale = 'es';
update catalog_text set text = 'la BLS (salarios de mayo de 2022 y proyecciones 2022-32); las cifras más recientes solo provienen de un archivo de datos de terceros'
    where kind = 'CAREER' and item_key = 'health-information-technologist' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'Verificado en el Occupational Outlook Handbook (Manual de perspectivas ocupacionales) de la BLS (edición 2022-32).'
    where kind = 'CAREER' and item_key = 'health-information-technologist' and field = 'outlook.2022.status_note' and locale = 'es';
update catalog_text set text = 'varias ediciones (cada cifra indica la suya)'
    where kind = 'CAREER' and item_key = 'health-it-project-manager' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'Verificado en el Occupational Outlook Handbook (Manual de perspectivas ocupacionales) de la BLS (edición 2021-31).'
    where kind = 'CAREER' and item_key = 'health-it-project-manager' and field = 'outlook.2021.status_note' and locale = 'es';
update catalog_text set text = 'la ocupación SOC 11-9111 (mismas cifras); títulos de puesto tomados de una página estatal sobre el mercado laboral basada en O*NET (fecha desconocida)'
    where kind = 'CAREER' and item_key = 'him-director' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'la BLS (salarios de mayo de 2023 y proyecciones 2023-33, edición publicada en agosto de 2024) y de terceros (salarios de mayo de 2024 y proyecciones 2024-34)'
    where kind = 'CAREER' and item_key = 'medical-and-health-services-manager' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'Verificado en el Occupational Outlook Handbook (Manual de perspectivas ocupacionales) de la BLS (edición 2022-32).'
    where kind = 'CAREER' and item_key = 'medical-and-health-services-manager' and field = 'outlook.2022.status_note' and locale = 'es';
update catalog_text set text = 'Verificado en el Occupational Outlook Handbook (Manual de perspectivas ocupacionales) de la BLS (edición 2023-33).'
    where kind = 'CAREER' and item_key = 'medical-and-health-services-manager' and field = 'outlook.2023.status_note' and locale = 'es';
update catalog_text set text = 'un perfil de O*NET actualizado en 2025; cada cifra indica su edición'
    where kind = 'CAREER' and item_key = 'medical-coder' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'Se dedica a la codificación médica: lee las notas clínicas y convierte cada diagnóstico y procedimiento en códigos estándar (ICD-10-CM, ICD-10-PCS, CPT, HCPCS) que sirven de base para la facturación, las estadísticas y la investigación. Le hace una consulta al médico cuando la nota no es clara.'
    where kind = 'CAREER' and item_key = 'medical-coder' and field = 'summary' and locale = 'es';
update catalog_text set text = 'Asignar a cada hospitalización su grupo relacionado por el diagnóstico (DRG)'
    where kind = 'CAREER' and item_key = 'medical-coder' and field = 'task.3' and locale = 'es';
update catalog_text set text = 'Enviar consultas a los médicos cuando la documentación no es clara'
    where kind = 'CAREER' and item_key = 'medical-coder' and field = 'task.4' and locale = 'es';
update catalog_text set text = 'un perfil de O*NET actualizado en 2025; cada cifra indica su edición'
    where kind = 'CAREER' and item_key = 'medical-records-specialist' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'Pedir a los médicos que aclaren la documentación poco clara'
    where kind = 'CAREER' and item_key = 'medical-records-specialist' and field = 'task.6' and locale = 'es';
update catalog_text set text = 'un perfil de O*NET actualizado en 2025; cada cifra indica su edición'
    where kind = 'CAREER' and item_key = 'release-of-information-specialist' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'al menos la mitad de tu tiempo de trabajo dedicada a la informática durante 4 de los últimos 6 años (o del 20 al 49% durante 6 de los últimos 8)'
    where kind = 'CERTIFICATION' and item_key = 'ahic' and field = 'route.1.extra_conditions' and locale = 'es';
update catalog_text set text = 'al menos la mitad de tu tiempo de trabajo dedicada a la informática durante 4 de los últimos 6 años (o del 20 al 49% durante 6 de los últimos 8)'
    where kind = 'CERTIFICATION' and item_key = 'ahic' and field = 'route.2.extra_conditions' and locale = 'es';
update catalog_text set text = 'que tu maestría o doctorado sea de un campo relacionado (como medicina, enfermería, farmacia, salud pública o ciencias de la computación) y que hayas dedicado a la informática al menos la mitad de tu tiempo de trabajo durante 6 de los últimos 8 años (o del 20 al 49% durante 8 de los últimos 10)'
    where kind = 'CERTIFICATION' and item_key = 'ahic' and field = 'route.3.extra_conditions' and locale = 'es';
update catalog_text set text = 'la página de la CCA de la AHIMA: 7,972 titulares al 31 de diciembre de 2023'
    where kind = 'CERTIFICATION' and item_key = 'cca' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'páginas de la ACDIS, consultadas el 22 de noviembre de 2026'
    where kind = 'CERTIFICATION' and item_key = 'ccds' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'Trabajar actualmente como especialista en documentación clínica y, además, cumplir una de estas opciones: ser enfermero registrado (RN) o médico (MD o DO), o tener la RHIA o la RHIT, con 2 años de trabajo en documentación clínica en atención aguda de pacientes hospitalizados; tener un título de asociado en una profesión afín a la salud (allied health) que haya incluido terminología médica y anatomía y fisiología, y 3 años de ese trabajo; o haber tomado cursos de terminología médica, anatomía y fisiología y procesos patológicos (o tener la CCS), y 3 años de ese trabajo. La ACDIS cuenta un año como 2,000 horas.'
    where kind = 'CERTIFICATION' and item_key = 'ccds' and field = 'eligibility' and locale = 'es';
update catalog_text set text = 'la guía para candidatos (Candidate Guide) de la CCHIIM, junio de 2017 (nombre tal como figura allí)'
    where kind = 'CERTIFICATION' and item_key = 'ccs-p' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'la guía para candidatos (Candidate Guide) de la CCHIIM, junio de 2017 (nombre tal como figura allí)'
    where kind = 'CERTIFICATION' and item_key = 'cdip' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'la AHIMA: 639 titulares al 31 de diciembre de 2019'
    where kind = 'CERTIFICATION' and item_key = 'chps' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'páginas de la HIMSS, consultadas el 22 de noviembre de 2026'
    where kind = 'CERTIFICATION' and item_key = 'cpdhts' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'la guía para candidatos (Candidate Guide) de la CCHIIM, junio de 2017 (donde figura en la lista)'
    where kind = 'CERTIFICATION' and item_key = 'cphi' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'Las áreas de competencia que enseñan los programas acreditados de HIM de asociado, licenciatura y maestría. Solo el nombre del área I se confirmó en una fuente primaria; los otros cinco nombres son los que se citan habitualmente y están marcados como no verificados.'
    where kind = 'FRAMEWORK' and item_key = 'AHIMA_HIM_2018' and field = 'summary' and locale = 'es';
update catalog_text set text = 'Diez áreas que AMIA describe como la base de la formación en informática de la salud y que se usan para dar forma a los planes de estudio de posgrado. Seis nombres se confirmaron en la página de una universidad que cita a AMIA; los últimos cuatro son los que se citan habitualmente y están marcados como no verificados.'
    where kind = 'FRAMEWORK' and item_key = 'AMIA_FOUNDATIONAL' and field = 'summary' and locale = 'es';
update catalog_text set text = 'alrededor de 2019-2020'
    where kind = 'PROGRAM' and item_key = 'cancer-registry-associate' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'alrededor de 2019-2020'
    where kind = 'PROGRAM' and item_key = 'cancer-registry-certificate' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'páginas actuales'
    where kind = 'PROGRAM' and item_key = 'hi-associate' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'páginas actuales'
    where kind = 'PROGRAM' and item_key = 'hi-graduate-certificate' and field = 'as_of' and locale = 'es';
update catalog_text set text = '2017 a la actualidad'
    where kind = 'PROGRAM' and item_key = 'hi-master' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'La principal vía de posgrado hacia la informática, tanto para profesionales clínicos como para personal de TI y profesionales de HIM. Los planes de estudio se basan en las áreas fundamentales de AMIA.'
    where kind = 'PROGRAM' and item_key = 'hi-master' and field = 'summary' and locale = 'es';
update catalog_text set text = 'páginas actuales'
    where kind = 'PROGRAM' and item_key = 'him-associate' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'páginas actuales'
    where kind = 'PROGRAM' and item_key = 'him-bachelor' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'páginas actuales'
    where kind = 'PROGRAM' and item_key = 'him-doctorate' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'páginas actuales'
    where kind = 'PROGRAM' and item_key = 'him-master' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'alrededor de 2020'
    where kind = 'PROGRAM' and item_key = 'him-post-baccalaureate-certificate' and field = 'as_of' and locale = 'es';
update catalog_text set text = 'alrededor de 2020-2024'
    where kind = 'PROGRAM' and item_key = 'medical-coding-certificate' and field = 'as_of' and locale = 'es';
update questionnaire_text set text = 'escribir una consulta de base de datos sobre pacientes que vuelven al hospital'
    where kind = 'QUESTION' and item_key = '1.a1' and field = 'label' and locale = 'es';
update questionnaire_text set text = 'escribir una consulta de base de datos sobre pacientes que vuelven al hospital'
    where kind = 'QUESTION' and item_key = '2.a1' and field = 'label' and locale = 'es';
update questionnaire_text set text = 'Por ejemplo, los tiempos de espera o cuántos pacientes vuelven a ser hospitalizados, y qué podría mejorarlos.'
    where kind = 'QUESTION' and item_key = '2.a4' and field = 'hint' and locale = 'es';
update questionnaire_text set text = 'Sigues una lista de pasos de prueba y reportas todo lo que falle o confunda a los usuarios.'
    where kind = 'QUESTION' and item_key = '2.s2' and field = 'hint' and locale = 'es';

-- The competency frameworks' names, shown beside every competency, get a Spanish name too.
insert into catalog_text (kind, item_key, field, locale, text) values
('FRAMEWORK', 'AHIMA_HIM_2018', 'name', 'es', 'Competencias curriculares de HIM de AHIMA (2018)'),
('FRAMEWORK', 'AMIA_FOUNDATIONAL', 'name', 'es', 'Áreas fundamentales de la informática de la salud de AMIA (Valenta et al., JAMIA 2018;25(12):1657-1668)');

-- Two occupation notes of V27, said more plainly.
update catalog_text set text = 'No tiene un código O*NET-SOC propio (suele asociarse al 29-9021 o al 29-2072, o a la ocupación de enfermero registrado)'
    where kind = 'CAREER' and item_key = 'cdi-specialist' and field = 'onet_title' and locale = 'es';
update catalog_text set text = 'Ninguna: no hay una ocupación oficial que abarque este puesto'
    where kind = 'CAREER' and item_key = 'cdi-specialist' and field = 'bls_occupation' and locale = 'es';

-- Credential names stay in English in every language, so they hold no English prose: the AHIC name loses
-- "credential:". An issuer's name may have a translation where it holds words (the RHIA's).
update certification set full_name = 'AMIA Health Informatics Certification (ACHIP: AMIA Certified Health Informatics Professional)',
    row_version = row_version + 1
    where slug = 'ahic';
insert into catalog_text (kind, item_key, field, locale, text) values
('CERTIFICATION', 'rhia', 'issuing_body', 'es', 'AHIMA (administrada por la CCHIIM)');

update catalog_release set release = release + 1, published_on = date '2026-11-23',
    note = 'Spanish wording corrected after a full read; framework names in Spanish';
insert into catalog_release_history (release, figure_edition, published_on, note)
    select release, figure_edition, published_on, note from catalog_release;
