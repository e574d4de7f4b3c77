-- Spanish for the official occupation names shown on career pages (O*NET and BLS): the official English
-- name stays, with a Spanish gloss and the note translated. V25 left them out.
insert into catalog_text (kind, item_key, field, locale, text) values
('CAREER', 'biostatistician', 'onet_title', 'es', 'Biostatisticians (bioestadísticos)'),
('CAREER', 'biostatistician', 'bls_occupation', 'es', 'Mathematicians and statisticians (matemáticos y estadísticos; un grupo ocupacional de la BLS)'),
('CAREER', 'cancer-registrar', 'onet_title', 'es', 'Health Information Technologists and Medical Registrars (tecnólogos en información de salud y registradores médicos)'),
('CAREER', 'cancer-registrar', 'bls_occupation', 'es', 'Health information technologists and medical registrars (tecnólogos en información de salud y registradores médicos, SOC 29-9021)'),
('CAREER', 'cdi-specialist', 'onet_title', 'es', 'No tiene un código O*NET-SOC propio (a menudo se asigna al 29-9021 o al 29-2072, o a una formación previa en enfermería registrada)'),
('CAREER', 'cdi-specialist', 'bls_occupation', 'es', 'Ninguna: ninguna ocupación oficial abarca este puesto'),
('CAREER', 'clinical-data-manager', 'onet_title', 'es', 'Clinical Data Managers (gerentes de datos clínicos)'),
('CAREER', 'clinical-data-manager', 'bls_occupation', 'es', 'Data scientists (científicos de datos, SOC 15-2051), usada como aproximación: los gerentes de datos clínicos no tienen un perfil propio en la BLS'),
('CAREER', 'clinical-informaticist', 'onet_title', 'es', 'Health Informatics Specialists (especialistas en informática de la salud; también llamados especialistas en informática clínica o de enfermería)'),
('CAREER', 'clinical-informaticist', 'bls_occupation', 'es', 'Computer systems analysts (analistas de sistemas de computación, SOC 15-1211); muchos empiezan como enfermeros registrados (SOC 29-1141)'),
('CAREER', 'cmio', 'onet_title', 'es', 'Computer and Information Systems Managers (gerentes de sistemas de computación e información; usada como aproximación, ya que los CMIO no tienen un código propio)'),
('CAREER', 'cmio', 'bls_occupation', 'es', 'Computer and information systems managers (gerentes de sistemas de computación e información, SOC 11-3021)'),
('CAREER', 'ehr-analyst', 'onet_title', 'es', 'Computer Systems Analysts (analistas de sistemas de computación)'),
('CAREER', 'ehr-analyst', 'bls_occupation', 'es', 'Computer systems analysts (analistas de sistemas de computación, SOC 15-1211)'),
('CAREER', 'health-data-analyst', 'onet_title', 'es', 'Data Scientists (científicos de datos; también llamados analistas de datos; los analistas de inteligencia de negocios tienen el código 15-2051.01)'),
('CAREER', 'health-data-analyst', 'bls_occupation', 'es', 'Data scientists (científicos de datos, SOC 15-2051)'),
('CAREER', 'health-informatics-specialist', 'onet_title', 'es', 'Health Informatics Specialists (especialistas en informática de la salud)'),
('CAREER', 'health-informatics-specialist', 'bls_occupation', 'es', 'Computer systems analysts (analistas de sistemas de computación, SOC 15-1211); O*NET publica salarios solo en este nivel de seis dígitos'),
('CAREER', 'health-information-technologist', 'onet_title', 'es', 'Health Information Technologists and Medical Registrars (tecnólogos en información de salud y registradores médicos)'),
('CAREER', 'health-information-technologist', 'bls_occupation', 'es', 'Health information technologists and medical registrars (tecnólogos en información de salud y registradores médicos, SOC 29-9021)'),
('CAREER', 'health-it-project-manager', 'onet_title', 'es', 'Information Technology Project Managers (gerentes de proyectos de tecnología de la información)'),
('CAREER', 'health-it-project-manager', 'bls_occupation', 'es', 'Project management specialists (especialistas en gestión de proyectos, SOC 13-1082)'),
('CAREER', 'healthcare-data-scientist', 'onet_title', 'es', 'Data Scientists (científicos de datos)'),
('CAREER', 'healthcare-data-scientist', 'bls_occupation', 'es', 'Data scientists (científicos de datos, SOC 15-2051)'),
('CAREER', 'him-director', 'onet_title', 'es', 'Medical and Health Services Managers (gerentes de servicios médicos y de salud; entre los títulos que se reportan están director de HIM y gerente de registros médicos)'),
('CAREER', 'him-director', 'bls_occupation', 'es', 'Medical and health services managers (gerentes de servicios médicos y de salud, SOC 11-9111); la BLS no tiene una ocupación específica de HIM'),
('CAREER', 'medical-and-health-services-manager', 'onet_title', 'es', 'Medical and Health Services Managers (gerentes de servicios médicos y de salud)'),
('CAREER', 'medical-and-health-services-manager', 'bls_occupation', 'es', 'Medical and health services managers (gerentes de servicios médicos y de salud, SOC 11-9111)'),
('CAREER', 'medical-coder', 'onet_title', 'es', 'Medical Records Specialists (especialistas en registros médicos; la definición de O*NET incluye a los codificadores médicos)'),
('CAREER', 'medical-coder', 'bls_occupation', 'es', 'Medical records specialists (especialistas en registros médicos, SOC 29-2072)'),
('CAREER', 'medical-records-specialist', 'onet_title', 'es', 'Medical Records Specialists (especialistas en registros médicos)'),
('CAREER', 'medical-records-specialist', 'bls_occupation', 'es', 'Medical records specialists (especialistas en registros médicos, SOC 29-2072)'),
('CAREER', 'privacy-officer', 'onet_title', 'es', 'Compliance Officers (oficiales de cumplimiento; los oficiales de privacidad del sector salud no tienen un código aparte)'),
('CAREER', 'privacy-officer', 'bls_occupation', 'es', 'Compliance officers (oficiales de cumplimiento, SOC 13-1041); no encontramos un perfil en el Occupational Outlook Handbook'),
('CAREER', 'release-of-information-specialist', 'onet_title', 'es', 'Medical Records Specialists (especialistas en registros médicos)'),
('CAREER', 'release-of-information-specialist', 'bls_occupation', 'es', 'Medical records specialists (especialistas en registros médicos, SOC 29-2072)');

update catalog_release set release = release + 1, published_on = date '2026-11-23',
    note = 'Spanish for the official occupation names on career pages';
insert into catalog_release_history (release, figure_edition, published_on, note)
    select release, figure_edition, published_on, note from catalog_release;
