-- 008: the office's own Word templates (.docx with placeholders), kept in this database file like its settings: a
-- programme export, import or clear leaves them (see NOT_PROGRAMME in electron/db/table-order.ts).
CREATE TABLE word_template (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  file_name TEXT NOT NULL,
  content BLOB NOT NULL,
  placeholders TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(placeholders)),
  needs_stage INTEGER NOT NULL DEFAULT 0 CHECK (needs_stage IN (0, 1)),
  uid TEXT,
  created_at TEXT,
  updated_at TEXT
) STRICT;
CREATE UNIQUE INDEX word_template_uid ON word_template (uid);
CREATE UNIQUE INDEX word_template_name ON word_template (name COLLATE NOCASE);
