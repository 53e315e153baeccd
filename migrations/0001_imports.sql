-- The import service's state (docs/imports.md). Applied by `wrangler d1 migrations apply`, and by the Worker tests.

-- One row per batch started by POST /api/imports.
CREATE TABLE imports (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  -- the prefix that was listed, or NULL for a list of keys
  prefix TEXT,
  -- documents queued: one queue message each
  total INTEGER NOT NULL
);

-- One row per document, written by the queue consumer once it has seen the document. A document without a row
-- is still queued.
CREATE TABLE documents (
  import_id TEXT NOT NULL REFERENCES imports (id),
  key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('retrying', 'parsed', 'failed', 'needs_ocr', 'duplicate', 'dead')),
  sha256 TEXT,
  -- status duplicate: the key whose content this is (its result is the one)
  duplicate_of TEXT,
  -- status parsed: the result JSON's key in R2
  result_key TEXT,
  questions INTEGER,
  links INTEGER,
  unanswered INTEGER,
  -- JSON array of the result's warning codes
  warnings TEXT NOT NULL DEFAULT '[]',
  -- failed, needs_ocr, dead, retrying: the library's error code, or the consumer's (transient, retries_exhausted)
  error_code TEXT,
  -- deliveries of the message the consumer handled (Queues' own count)
  attempts INTEGER NOT NULL DEFAULT 0,
  -- a message delivered again after its document was done: counted here, no second result
  redeliveries INTEGER NOT NULL DEFAULT 0,
  bytes INTEGER,
  read_ms INTEGER,
  parse_write_ms INTEGER,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (import_id, key)
);

CREATE INDEX documents_by_status ON documents (import_id, status);

-- The first key of each content (sha256) in an import: later keys with the same bytes are duplicates.
CREATE TABLE contents (
  import_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (import_id, sha256)
);
