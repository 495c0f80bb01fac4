-- 005: the office's own wording of a document's prose, one row per kind and part (the default applies without one).
CREATE TABLE text_template (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  part TEXT NOT NULL,
  text TEXT NOT NULL,
  uid TEXT,
  created_at TEXT,
  updated_at TEXT,
  UNIQUE (kind, part)
) STRICT;
CREATE UNIQUE INDEX text_template_uid ON text_template (uid);
