-- 004: the Bimtek paperwork beyond the closure. Per stage, what the Surat Undangan and the Laporan Pelaksanaan need
-- and the rest of the model lacks (letter date, sifat, hal, invitees, signer, tembusan; dasar, maksud dan tujuan,
-- kendala, penutup), as JSON; and the one Keputusan Bupati forming the Dewan and the Tim Pelaksana (menimbang,
-- mengingat, tasks, place and date). Empty values mean the documents' standard wording.

CREATE TABLE stage_paperwork (
  stage_number INTEGER PRIMARY KEY REFERENCES stage (number) ON DELETE CASCADE,
  invitation TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(invitation)),
  report TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(report)),
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE UNIQUE INDEX stage_paperwork_uid ON stage_paperwork (uid);

CREATE TABLE team_decree (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  considerations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(considerations)),
  legal_bases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(legal_bases)),
  dewan_tasks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dewan_tasks)),
  tim_tasks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tim_tasks)),
  place TEXT,
  date TEXT,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE UNIQUE INDEX team_decree_uid ON team_decree (uid);
