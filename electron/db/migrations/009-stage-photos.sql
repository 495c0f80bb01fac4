-- 009: documentation photos of a Bimtek stage, printed in its Laporan Pelaksanaan (two per page, with captions). The
-- image is stored already scaled down (longest side at most 1600 px) and re-encoded, so the database stays small.
CREATE TABLE stage_photo (
  id INTEGER PRIMARY KEY,
  stage_number INTEGER NOT NULL REFERENCES stage (number) ON DELETE CASCADE,
  caption TEXT NOT NULL DEFAULT '' CHECK (length(caption) <= 300),
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 1600),
  height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 1600),
  content BLOB NOT NULL CHECK (length(content) > 0),
  sort_order INTEGER NOT NULL DEFAULT 0,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE UNIQUE INDEX stage_photo_uid ON stage_photo (uid);
CREATE INDEX stage_photo_stage ON stage_photo (stage_number, sort_order);
