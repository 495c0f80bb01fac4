-- 002: the office's own masterplan skeletons, saved from an edited programme and reused for the next one.
CREATE TABLE mp_template (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  skeleton TEXT NOT NULL CHECK (json_valid(skeleton)),
  created_at TEXT NOT NULL
) STRICT;
