-- 006: settings of this database file on this computer, not programme data: never exported, imported, cleared or
-- restored with the programme. Today the last copy to a folder or flash drive (Pengaturan shows how old it is).
CREATE TABLE local_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
