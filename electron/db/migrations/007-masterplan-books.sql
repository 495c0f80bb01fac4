-- 007: the data behind the four masterplan books (issue 13). Buku I: baseline statistics, regulations, existing
-- applications, readiness scores per dimension and (sub-)aspect with evidence, the gap per element. Buku II: sasaran
-- with baseline and target, TOWS strategies tied to SWOT items and programmes, M&E indicators, quick-win profiles;
-- the programme's matrix columns with its yearly targets and yearly budget per source as child tables; the plan's
-- Kata Pengantar date and place. Every old row is kept; new columns start empty or at their default.

ALTER TABLE mp_plan ADD COLUMN preface_date TEXT;
ALTER TABLE mp_plan ADD COLUMN preface_place TEXT;

ALTER TABLE mp_programme ADD COLUMN indicator TEXT;
ALTER TABLE mp_programme ADD COLUMN baseline TEXT;
ALTER TABLE mp_programme ADD COLUMN rpjmd_ref TEXT;
ALTER TABLE mp_programme ADD COLUMN renstra_ref TEXT;
ALTER TABLE mp_programme ADD COLUMN enabler TEXT CHECK (enabler IN ('struktur', 'infrastruktur', 'suprastruktur'));
ALTER TABLE mp_programme ADD COLUMN partners TEXT;
ALTER TABLE mp_programme ADD COLUMN risk TEXT;
ALTER TABLE mp_programme ADD COLUMN status TEXT NOT NULL DEFAULT 'direncanakan'
  CHECK (status IN ('usulan', 'direncanakan', 'berjalan', 'selesai', 'ditunda'));

CREATE TABLE mp_programme_target (
  programme_id INTEGER NOT NULL REFERENCES mp_programme (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  value TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (programme_id, year)
) STRICT;

CREATE TABLE mp_programme_budget (
  programme_id INTEGER NOT NULL REFERENCES mp_programme (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  source TEXT NOT NULL CHECK (source IN ('APBD', 'APBN', 'DAK', 'APBD Provinsi', 'CSR', 'KPBU', 'Lainnya')),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (programme_id, year, source)
) STRICT;

CREATE TABLE mp_statistic (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  value TEXT NOT NULL,
  year INTEGER,
  source TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE UNIQUE INDEX mp_statistic_uid ON mp_statistic (uid);

CREATE TABLE mp_regulation (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('RPJPD', 'RPJMD', 'Renstra OPD', 'RTRW', 'SPBE', 'Peraturan Daerah', 'Peraturan Kepala Daerah', 'Lainnya')),
  title TEXT NOT NULL,
  number TEXT,
  status TEXT NOT NULL CHECK (status IN ('ada', 'perlu_disusun', 'perlu_direvisi')),
  note TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE UNIQUE INDEX mp_regulation_uid ON mp_regulation (uid);

CREATE TABLE mp_application (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  unit_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  dimension_id INTEGER REFERENCES mp_dimension (id) ON DELETE SET NULL,
  description TEXT,
  status TEXT NOT NULL CHECK (status IN ('berjalan', 'pengembangan', 'tidak_aktif')),
  sort_order INTEGER NOT NULL DEFAULT 0,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE INDEX mp_application_unit ON mp_application (unit_id);
CREATE INDEX mp_application_dimension ON mp_application (dimension_id);
CREATE UNIQUE INDEX mp_application_uid ON mp_application (uid);

CREATE TABLE mp_readiness_score (
  id INTEGER PRIMARY KEY,
  dimension_id INTEGER NOT NULL REFERENCES mp_dimension (id) ON DELETE CASCADE,
  aspect TEXT NOT NULL CHECK (aspect IN ('struktur', 'infrastruktur', 'suprastruktur')),
  sub_aspect TEXT,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  evidence TEXT,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
-- One score per dimension, aspect and sub-aspect (the aspect as a whole once).
CREATE UNIQUE INDEX mp_readiness_score_key ON mp_readiness_score (dimension_id, aspect, ifnull(sub_aspect, '') COLLATE NOCASE);
CREATE UNIQUE INDEX mp_readiness_score_uid ON mp_readiness_score (uid);

CREATE TABLE mp_element_gap (
  id INTEGER PRIMARY KEY,
  element_id INTEGER NOT NULL UNIQUE REFERENCES mp_element (id) ON DELETE CASCADE,
  current_condition TEXT NOT NULL,
  target_condition TEXT NOT NULL,
  gap TEXT,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE UNIQUE INDEX mp_element_gap_uid ON mp_element_gap (uid);

CREATE TABLE mp_goal (
  id INTEGER PRIMARY KEY,
  dimension_id INTEGER REFERENCES mp_dimension (id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  indicator TEXT NOT NULL,
  unit TEXT,
  baseline TEXT,
  baseline_year INTEGER,
  target TEXT NOT NULL,
  target_year INTEGER,
  sort_order INTEGER NOT NULL DEFAULT 0,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE INDEX mp_goal_dimension ON mp_goal (dimension_id);
CREATE UNIQUE INDEX mp_goal_uid ON mp_goal (uid);

CREATE TABLE mp_strategy (
  id INTEGER PRIMARY KEY,
  dimension_id INTEGER NOT NULL REFERENCES mp_dimension (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('SO', 'WO', 'ST', 'WT')),
  text TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE INDEX mp_strategy_dimension ON mp_strategy (dimension_id);
CREATE UNIQUE INDEX mp_strategy_uid ON mp_strategy (uid);

CREATE TABLE mp_strategy_swot (
  strategy_id INTEGER NOT NULL REFERENCES mp_strategy (id) ON DELETE CASCADE,
  swot_id INTEGER NOT NULL REFERENCES mp_swot (id) ON DELETE CASCADE,
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (strategy_id, swot_id)
) STRICT;
CREATE INDEX mp_strategy_swot_swot ON mp_strategy_swot (swot_id);

CREATE TABLE mp_strategy_programme (
  strategy_id INTEGER NOT NULL REFERENCES mp_strategy (id) ON DELETE CASCADE,
  programme_id INTEGER NOT NULL REFERENCES mp_programme (id) ON DELETE CASCADE,
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (strategy_id, programme_id)
) STRICT;
CREATE INDEX mp_strategy_programme_programme ON mp_strategy_programme (programme_id);

CREATE TABLE mp_monitoring (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('baseline', 'output', 'outcome', 'impact', 'quick_win')),
  dimension_id INTEGER REFERENCES mp_dimension (id) ON DELETE SET NULL,
  programme_id INTEGER REFERENCES mp_programme (id) ON DELETE SET NULL,
  indicator TEXT NOT NULL,
  target TEXT,
  data_source TEXT,
  frequency TEXT,
  unit_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE INDEX mp_monitoring_dimension ON mp_monitoring (dimension_id);
CREATE INDEX mp_monitoring_programme ON mp_monitoring (programme_id);
CREATE INDEX mp_monitoring_unit ON mp_monitoring (unit_id);
CREATE UNIQUE INDEX mp_monitoring_uid ON mp_monitoring (uid);

CREATE TABLE mp_quick_win (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL UNIQUE REFERENCES mp_programme (id) ON DELETE CASCADE,
  problem TEXT NOT NULL,
  existing_service TEXT,
  beneficiaries TEXT NOT NULL,
  indicator TEXT NOT NULL,
  schedule TEXT NOT NULL,
  budget INTEGER CHECK (budget >= 0),
  criteria TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(criteria)),
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE UNIQUE INDEX mp_quick_win_uid ON mp_quick_win (uid);
