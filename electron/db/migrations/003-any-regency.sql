-- 003: a model for any kabupaten or kota. Stable uids and times on every record; units with parents; non-ASN
-- people; signatures naming several positions; the berita acara's parties; venues and facilitators as people;
-- the masterplan's plan, programme codes and funding sources; issued numbers never deleted (aktif / batal).
-- Data moves that need code (uids, facilitators, merged signatories) run in 003's upgrade step, in the same
-- transaction, before the old columns are dropped there.

ALTER TABLE regency ADD COLUMN region_code TEXT;
-- Tata Naskah's new settings, with the defaults of tataNaskahSchema, so a v1 profile reads as a v2 one (without
-- them the attendance list printed "08.00 – 16.00 undefined").
UPDATE regency SET tata_naskah = json_set(tata_naskah,
  '$.timeZone', coalesce(json_extract(tata_naskah, '$.timeZone'), 'WIB'),
  '$.signerNameCase', coalesce(json_extract(tata_naskah, '$.signerNameCase'), 'as_recorded'),
  '$.signatureSpaceMm', coalesce(json_extract(tata_naskah, '$.signatureSpaceMm'), 25));

ALTER TABLE unit ADD COLUMN parent_id INTEGER REFERENCES unit (id) ON DELETE SET NULL;
CREATE INDEX unit_parent ON unit (parent_id);

ALTER TABLE person ADD COLUMN is_asn INTEGER NOT NULL DEFAULT 1 CHECK (is_asn IN (0, 1));
ALTER TABLE person ADD COLUMN institution TEXT;
ALTER TABLE person ADD COLUMN gender TEXT CHECK (gender IN ('L', 'P'));
ALTER TABLE person ADD COLUMN eselon TEXT;
UPDATE person SET gender = CASE substr(nip, 15, 1) WHEN '1' THEN 'L' WHEN '2' THEN 'P' END WHERE nip IS NOT NULL;

ALTER TABLE position ADD COLUMN with_region INTEGER NOT NULL DEFAULT 0 CHECK (with_region IN (0, 1));

ALTER TABLE team_member ADD COLUMN role_text TEXT;

ALTER TABLE stage RENAME COLUMN venue TO venue_name;
ALTER TABLE stage ADD COLUMN venue_address TEXT;
ALTER TABLE stage ADD COLUMN venue_city TEXT;
ALTER TABLE stage ADD COLUMN mode TEXT NOT NULL DEFAULT 'luring' CHECK (mode IN ('luring', 'daring', 'hybrid'));
ALTER TABLE stage ADD COLUMN meeting_link TEXT;

CREATE TABLE stage_facilitator (
  id INTEGER PRIMARY KEY,
  stage_number INTEGER NOT NULL REFERENCES stage (number) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT,
  UNIQUE (stage_number, person_id)
) STRICT;
CREATE INDEX stage_facilitator_person ON stage_facilitator (person_id);

ALTER TABLE closure ADD COLUMN first_party_position_id INTEGER REFERENCES position (id) ON DELETE SET NULL;
ALTER TABLE closure ADD COLUMN second_party_position_id INTEGER REFERENCES position (id) ON DELETE SET NULL;
ALTER TABLE closure ADD COLUMN berita_acara_title TEXT;
ALTER TABLE closure ADD COLUMN berita_acara_points TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(berita_acara_points));
ALTER TABLE closure ADD COLUMN closing_time TEXT;
ALTER TABLE closure ADD COLUMN copies INTEGER CHECK (copies BETWEEN 1 AND 20);

-- A signatory is a person signing in one or more of their positions, in order.
CREATE TABLE closure_signatory_v3 (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('penandatangan', 'mengetahui', 'mengetahui_berita_acara')),
  on_behalf_of TEXT,
  by_order_of TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT,
  UNIQUE (kind, person_id)
) STRICT;
CREATE TABLE closure_signatory_position (
  signatory_id INTEGER NOT NULL REFERENCES closure_signatory_v3 (id) ON DELETE CASCADE,
  position_id INTEGER NOT NULL REFERENCES position (id) ON DELETE CASCADE,
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (signatory_id, position_id)
) STRICT;
CREATE INDEX closure_signatory_position_position ON closure_signatory_position (position_id);

CREATE TABLE mp_plan (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT,
  period_start INTEGER,
  period_end INTEGER,
  vision TEXT,
  missions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missions)),
  legal_bases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(legal_bases)),
  horizons TEXT NOT NULL DEFAULT '{"pendek":null,"menengah":null,"panjang":null}' CHECK (json_valid(horizons)),
  attachments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments)),
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
INSERT INTO mp_plan (id, vision) SELECT 1, vision FROM programme WHERE vision IS NOT NULL AND vision <> '';
ALTER TABLE programme DROP COLUMN vision;

ALTER TABLE mp_programme ADD COLUMN code TEXT;
CREATE UNIQUE INDEX mp_programme_code ON mp_programme (code COLLATE NOCASE) WHERE code IS NOT NULL;
CREATE TABLE mp_programme_funding (
  programme_id INTEGER NOT NULL REFERENCES mp_programme (id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  amount INTEGER CHECK (amount >= 0),
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (programme_id, source)
) STRICT;
INSERT INTO mp_programme_funding (programme_id, source, amount, sort_order)
  SELECT id, coalesce(budget_source, 'Lainnya'), budget_estimate, 0
  FROM mp_programme WHERE budget_source IS NOT NULL OR budget_estimate IS NOT NULL;
ALTER TABLE mp_programme DROP COLUMN budget_estimate;
ALTER TABLE mp_programme DROP COLUMN budget_source;

-- Issued numbers stay: one active number per document, and a year's sequence never repeats.
CREATE TABLE document_number_v3 (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  year INTEGER NOT NULL,
  seq INTEGER,
  number TEXT NOT NULL,
  manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
  issued_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'batal')),
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
INSERT INTO document_number_v3 (id, kind, subject_key, year, seq, number, manual, issued_at)
  SELECT id, kind, subject_key, year, seq, number, manual, issued_at FROM document_number;
-- Foreign keys are off while migrating, so dropping the old table leaves document_render.number_id alone.
DROP TABLE document_number;
ALTER TABLE document_number_v3 RENAME TO document_number;
CREATE UNIQUE INDEX document_number_active ON document_number (kind, subject_key) WHERE status = 'aktif';
CREATE UNIQUE INDEX document_number_year_seq ON document_number (year, seq) WHERE seq IS NOT NULL;

-- uid and times on every record (document_render and mp_template already have created_at).
ALTER TABLE regency ADD COLUMN uid TEXT;
ALTER TABLE regency ADD COLUMN created_at TEXT;
ALTER TABLE regency ADD COLUMN updated_at TEXT;
ALTER TABLE programme ADD COLUMN uid TEXT;
ALTER TABLE programme ADD COLUMN created_at TEXT;
ALTER TABLE programme ADD COLUMN updated_at TEXT;
ALTER TABLE unit ADD COLUMN uid TEXT;
ALTER TABLE unit ADD COLUMN created_at TEXT;
ALTER TABLE unit ADD COLUMN updated_at TEXT;
ALTER TABLE person ADD COLUMN uid TEXT;
ALTER TABLE person ADD COLUMN created_at TEXT;
ALTER TABLE person ADD COLUMN updated_at TEXT;
ALTER TABLE position ADD COLUMN uid TEXT;
ALTER TABLE position ADD COLUMN created_at TEXT;
ALTER TABLE position ADD COLUMN updated_at TEXT;
ALTER TABLE team ADD COLUMN uid TEXT;
ALTER TABLE team ADD COLUMN created_at TEXT;
ALTER TABLE team ADD COLUMN updated_at TEXT;
ALTER TABLE team_member ADD COLUMN uid TEXT;
ALTER TABLE team_member ADD COLUMN created_at TEXT;
ALTER TABLE team_member ADD COLUMN updated_at TEXT;
ALTER TABLE stage ADD COLUMN uid TEXT;
ALTER TABLE stage ADD COLUMN created_at TEXT;
ALTER TABLE stage ADD COLUMN updated_at TEXT;
ALTER TABLE stage_day ADD COLUMN uid TEXT;
ALTER TABLE stage_day ADD COLUMN created_at TEXT;
ALTER TABLE stage_day ADD COLUMN updated_at TEXT;
ALTER TABLE participant ADD COLUMN uid TEXT;
ALTER TABLE participant ADD COLUMN created_at TEXT;
ALTER TABLE participant ADD COLUMN updated_at TEXT;
ALTER TABLE closure ADD COLUMN uid TEXT;
ALTER TABLE closure ADD COLUMN created_at TEXT;
ALTER TABLE closure ADD COLUMN updated_at TEXT;
ALTER TABLE mp_volume ADD COLUMN uid TEXT;
ALTER TABLE mp_volume ADD COLUMN created_at TEXT;
ALTER TABLE mp_volume ADD COLUMN updated_at TEXT;
ALTER TABLE mp_chapter ADD COLUMN uid TEXT;
ALTER TABLE mp_chapter ADD COLUMN created_at TEXT;
ALTER TABLE mp_chapter ADD COLUMN updated_at TEXT;
ALTER TABLE mp_section ADD COLUMN uid TEXT;
ALTER TABLE mp_section ADD COLUMN created_at TEXT;
ALTER TABLE mp_section ADD COLUMN updated_at TEXT;
ALTER TABLE mp_dimension ADD COLUMN uid TEXT;
ALTER TABLE mp_dimension ADD COLUMN created_at TEXT;
ALTER TABLE mp_dimension ADD COLUMN updated_at TEXT;
ALTER TABLE mp_element ADD COLUMN uid TEXT;
ALTER TABLE mp_element ADD COLUMN created_at TEXT;
ALTER TABLE mp_element ADD COLUMN updated_at TEXT;
ALTER TABLE mp_readiness ADD COLUMN uid TEXT;
ALTER TABLE mp_readiness ADD COLUMN created_at TEXT;
ALTER TABLE mp_readiness ADD COLUMN updated_at TEXT;
ALTER TABLE mp_swot ADD COLUMN uid TEXT;
ALTER TABLE mp_swot ADD COLUMN created_at TEXT;
ALTER TABLE mp_swot ADD COLUMN updated_at TEXT;
ALTER TABLE mp_programme ADD COLUMN uid TEXT;
ALTER TABLE mp_programme ADD COLUMN created_at TEXT;
ALTER TABLE mp_programme ADD COLUMN updated_at TEXT;
ALTER TABLE mp_template ADD COLUMN uid TEXT;
ALTER TABLE mp_template ADD COLUMN updated_at TEXT;
ALTER TABLE document_render ADD COLUMN uid TEXT;
ALTER TABLE document_render ADD COLUMN updated_at TEXT;
