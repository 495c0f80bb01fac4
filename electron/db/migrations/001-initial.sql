-- 001: the whole programme: regency profile, organisation, programme, Bimtek, closure, masterplan, register.
CREATE TABLE regency (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  kind TEXT NOT NULL CHECK (kind IN ('kabupaten', 'kota')),
  name TEXT NOT NULL,
  province TEXT NOT NULL,
  capital TEXT NOT NULL,
  office_name TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT,
  fax TEXT,
  website TEXT,
  email TEXT,
  postal_code TEXT,
  logo BLOB,
  logo_mime TEXT CHECK (logo_mime IN ('image/png', 'image/jpeg')),
  tata_naskah TEXT NOT NULL CHECK (json_valid(tata_naskah))
) STRICT;

CREATE TABLE numbering (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  template TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  kka TEXT NOT NULL CHECK (json_valid(kka))
) STRICT;

CREATE TABLE number_counter (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL CHECK (last >= 0)
) STRICT;

CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  short_name TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  front_title TEXT,
  back_title TEXT,
  nip TEXT UNIQUE,
  ni_pppk TEXT UNIQUE,
  pangkat TEXT,
  phone TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
) STRICT;
CREATE INDEX person_name ON person (name COLLATE NOCASE);

CREATE TABLE position (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  unit_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  role TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('definitif', 'plt', 'plh', 'pj')),
  start_date TEXT,
  end_date TEXT
) STRICT;
CREATE INDEX position_person ON position (person_id);
CREATE INDEX position_unit ON position (unit_id);

CREATE TABLE programme (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  year INTEGER NOT NULL,
  name TEXT NOT NULL,
  mou_number TEXT,
  mou_date TEXT,
  mou_partner TEXT,
  vision TEXT
) STRICT;

CREATE TABLE team (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL UNIQUE CHECK (kind IN ('dewan', 'tim_pelaksana')),
  name TEXT NOT NULL,
  sk_number TEXT,
  sk_date TEXT,
  sk_title TEXT
) STRICT;

CREATE TABLE team_member (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position_id INTEGER REFERENCES position (id) ON DELETE SET NULL,
  role TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX team_member_team ON team_member (team_id);
CREATE INDEX team_member_person ON team_member (person_id);
CREATE INDEX team_member_position ON team_member (position_id);

CREATE TABLE stage (
  number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 4),
  title TEXT NOT NULL,
  venue TEXT,
  facilitators TEXT NOT NULL CHECK (json_valid(facilitators)),
  agenda TEXT NOT NULL CHECK (json_valid(agenda)),
  outputs TEXT NOT NULL CHECK (json_valid(outputs))
) STRICT;

CREATE TABLE stage_day (
  id INTEGER PRIMARY KEY,
  stage_number INTEGER NOT NULL REFERENCES stage (number) ON DELETE CASCADE,
  date TEXT NOT NULL,
  start_time TEXT,
  end_time TEXT,
  venue TEXT,
  UNIQUE (stage_number, date)
) STRICT;

CREATE TABLE participant (
  id INTEGER PRIMARY KEY,
  stage_number INTEGER NOT NULL REFERENCES stage (number) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position_id INTEGER REFERENCES position (id) ON DELETE SET NULL,
  institution TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  UNIQUE (stage_number, person_id)
) STRICT;
CREATE INDEX participant_person ON participant (person_id);
CREATE INDEX participant_position ON participant (position_id);

CREATE TABLE attendance (
  participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  day_id INTEGER NOT NULL REFERENCES stage_day (id) ON DELETE CASCADE,
  PRIMARY KEY (participant_id, day_id)
) STRICT;
CREATE INDEX attendance_day ON attendance (day_id);

CREATE TABLE closure (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  date TEXT,
  venue TEXT,
  place TEXT,
  presiding_position_id INTEGER REFERENCES position (id) ON DELETE SET NULL,
  commitment_title TEXT NOT NULL,
  preamble TEXT,
  points TEXT NOT NULL CHECK (json_valid(points)),
  closing_text TEXT
) STRICT;

CREATE TABLE closure_signatory (
  id INTEGER PRIMARY KEY,
  position_id INTEGER NOT NULL UNIQUE REFERENCES position (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('penandatangan', 'mengetahui')),
  on_behalf_of TEXT,
  by_order_of TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE mp_volume (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE mp_chapter (
  id INTEGER PRIMARY KEY,
  volume_id INTEGER NOT NULL REFERENCES mp_volume (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX mp_chapter_volume ON mp_chapter (volume_id);

CREATE TABLE mp_section (
  id INTEGER PRIMARY KEY,
  chapter_id INTEGER NOT NULL REFERENCES mp_chapter (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  guidance TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX mp_section_chapter ON mp_section (chapter_id);

CREATE TABLE mp_dimension (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE mp_element (
  id INTEGER PRIMARY KEY,
  dimension_id INTEGER NOT NULL REFERENCES mp_dimension (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX mp_element_dimension ON mp_element (dimension_id);

CREATE TABLE mp_readiness (
  id INTEGER PRIMARY KEY,
  aspect TEXT NOT NULL CHECK (aspect IN ('struktur', 'infrastruktur', 'suprastruktur')),
  dimension_id INTEGER REFERENCES mp_dimension (id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX mp_readiness_dimension ON mp_readiness (dimension_id);

CREATE TABLE mp_swot (
  id INTEGER PRIMARY KEY,
  dimension_id INTEGER NOT NULL REFERENCES mp_dimension (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('S', 'W', 'O', 'T')),
  text TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX mp_swot_dimension ON mp_swot (dimension_id);

CREATE TABLE mp_programme (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT,
  dimension_id INTEGER NOT NULL REFERENCES mp_dimension (id) ON DELETE RESTRICT,
  element_id INTEGER REFERENCES mp_element (id) ON DELETE SET NULL,
  unit_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  horizon TEXT NOT NULL CHECK (horizon IN ('pendek', 'menengah', 'panjang')),
  start_year INTEGER NOT NULL,
  end_year INTEGER NOT NULL,
  budget_estimate INTEGER CHECK (budget_estimate >= 0),
  budget_source TEXT,
  is_quick_win INTEGER NOT NULL DEFAULT 0 CHECK (is_quick_win IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX mp_programme_dimension ON mp_programme (dimension_id);
CREATE INDEX mp_programme_element ON mp_programme (element_id);
CREATE INDEX mp_programme_unit ON mp_programme (unit_id);

CREATE TABLE document_number (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  year INTEGER NOT NULL,
  seq INTEGER,
  number TEXT NOT NULL,
  manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
  issued_at TEXT NOT NULL,
  UNIQUE (kind, subject_key)
) STRICT;

CREATE TABLE document_render (
  id INTEGER PRIMARY KEY,
  number_id INTEGER REFERENCES document_number (id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
  paper TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  file_name TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX document_render_number ON document_render (number_id);
