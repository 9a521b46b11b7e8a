-- The order book. Money is whole đồng (INTEGER); times are ISO-8601 UTC text.

CREATE TABLE products (
  id          INTEGER PRIMARY KEY,
  code        TEXT    NOT NULL COLLATE NOCASE,
  name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
  price       INTEGER NOT NULL CHECK (price >= 0),
  unit        TEXT    NOT NULL DEFAULT '',
  stock       INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
  aliases     TEXT    NOT NULL DEFAULT '[]',          -- JSON array of strings
  ocop_stars  INTEGER CHECK (ocop_stars BETWEEN 0 AND 5),
  description TEXT    NOT NULL DEFAULT '',
  image       TEXT    NOT NULL DEFAULT '',
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  deleted_at  TEXT                                     -- soft delete, so delete can be undone
);
-- A code names one live product; a deleted one keeps its code for old orders.
CREATE UNIQUE INDEX products_live_code ON products (code) WHERE deleted_at IS NULL;

CREATE TABLE customers (
  id           INTEGER PRIMARY KEY,
  display_name TEXT    NOT NULL,
  phone        TEXT,
  address      TEXT    NOT NULL DEFAULT '',
  notes        TEXT    NOT NULL DEFAULT '',
  merged_into  INTEGER REFERENCES customers (id),    -- set when two customers turn out to be one person
  created_at   TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL
);
CREATE INDEX customers_phone ON customers (phone);

CREATE TABLE customer_identities (
  id               INTEGER PRIMARY KEY,
  customer_id      INTEGER NOT NULL REFERENCES customers (id),
  platform         TEXT    NOT NULL,                  -- tiktok, facebook, youtube, twitch, manual, simulator
  platform_user_id TEXT    NOT NULL,
  display_name     TEXT    NOT NULL,
  first_seen_at    TEXT    NOT NULL,
  UNIQUE (platform, platform_user_id)
);
CREATE INDEX customer_identities_customer ON customer_identities (customer_id);

CREATE TABLE stream_sessions (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL UNIQUE,
  kind       TEXT    NOT NULL DEFAULT 'live' CHECK (kind IN ('live', 'rehearsal', 'replay')),
  started_at TEXT    NOT NULL,
  ended_at   TEXT,
  notes      TEXT    NOT NULL DEFAULT ''
);

-- Every comment as it arrived, before anything acts on it. Append-only.
CREATE TABLE chat_messages (
  id          INTEGER PRIMARY KEY,
  session_id  INTEGER NOT NULL REFERENCES stream_sessions (id),
  platform    TEXT    NOT NULL,
  message_id  TEXT    NOT NULL,
  user_id     TEXT    NOT NULL,
  user_name   TEXT    NOT NULL,
  text        TEXT    NOT NULL,
  sent_at     TEXT    NOT NULL,                       -- the platform's time, or arrival when it has none
  received_at TEXT    NOT NULL,
  UNIQUE (platform, message_id)
);
CREATE INDEX chat_messages_session ON chat_messages (session_id, id);
CREATE TRIGGER chat_messages_append_only_update BEFORE UPDATE ON chat_messages
BEGIN SELECT RAISE(ABORT, 'chat_messages is append-only'); END;
CREATE TRIGGER chat_messages_append_only_delete BEFORE DELETE ON chat_messages
BEGIN SELECT RAISE(ABORT, 'chat_messages is append-only'); END;

-- What the parser made of each comment, and what the order book did with it.
CREATE TABLE chat_outcomes (
  chat_message_id INTEGER PRIMARY KEY REFERENCES chat_messages (id),
  intent          TEXT    NOT NULL CHECK (intent IN ('order', 'cancel', 'question', 'contact', 'other')),
  items           TEXT    NOT NULL DEFAULT '[]',      -- JSON [{code, qty}]
  phone           TEXT,
  showcase_code   TEXT,
  action          TEXT    NOT NULL DEFAULT 'none',    -- none, ordered, cancelled, waitlisted, review, duplicate
  order_id        INTEGER REFERENCES orders (id)
);

-- Which product was on screen when: resolves "+1"/"chốt" and feeds the tally.
CREATE TABLE showcase_events (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER REFERENCES stream_sessions (id),
  product_id INTEGER REFERENCES products (id),       -- NULL: nothing showcased (hidden)
  shown_at   TEXT    NOT NULL
);
CREATE INDEX showcase_events_session ON showcase_events (session_id, shown_at);

CREATE TABLE orders (
  id          INTEGER PRIMARY KEY,
  code        TEXT    NOT NULL UNIQUE,                -- what the buyer writes in the transfer memo
  session_id  INTEGER REFERENCES stream_sessions (id),
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  status      TEXT    NOT NULL DEFAULT 'pending'
              CHECK (status IN ('pending', 'confirmed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled')),
  source      TEXT    NOT NULL DEFAULT 'chat' CHECK (source IN ('chat', 'manual')),
  platform    TEXT,
  note        TEXT    NOT NULL DEFAULT '',
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL
);
CREATE INDEX orders_session_customer ON orders (session_id, customer_id, status);
CREATE INDEX orders_status ON orders (status);

CREATE TABLE order_items (
  id         INTEGER PRIMARY KEY,
  order_id   INTEGER NOT NULL REFERENCES orders (id),
  product_id INTEGER NOT NULL REFERENCES products (id),
  qty        INTEGER NOT NULL CHECK (qty > 0),
  unit_price INTEGER NOT NULL CHECK (unit_price >= 0), -- the price when ordered
  created_at TEXT    NOT NULL,
  UNIQUE (order_id, product_id)
);
CREATE INDEX order_items_product ON order_items (product_id);

CREATE TABLE order_status_changes (
  id          INTEGER PRIMARY KEY,
  order_id    INTEGER NOT NULL REFERENCES orders (id),
  from_status TEXT,
  to_status   TEXT    NOT NULL,
  changed_at  TEXT    NOT NULL
);
CREATE INDEX order_status_changes_order ON order_status_changes (order_id);

-- Buyers who asked for a product after it ran out, in comment order.
CREATE TABLE waitlist (
  id              INTEGER PRIMARY KEY,
  session_id      INTEGER REFERENCES stream_sessions (id),
  product_id      INTEGER NOT NULL REFERENCES products (id),
  customer_id     INTEGER NOT NULL REFERENCES customers (id),
  qty             INTEGER NOT NULL CHECK (qty > 0),
  chat_message_id INTEGER REFERENCES chat_messages (id),
  created_at      TEXT    NOT NULL,
  status          TEXT    NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'fulfilled', 'cancelled')),
  resolved_at     TEXT
);
CREATE INDEX waitlist_product ON waitlist (product_id, status, id);

-- Every change of stock, so the number on hand can always be explained.
CREATE TABLE stock_ledger (
  id              INTEGER PRIMARY KEY,
  product_id      INTEGER NOT NULL REFERENCES products (id),
  delta           INTEGER NOT NULL,
  reason          TEXT    NOT NULL,                   -- import, edit, reserve, release, restock
  order_id        INTEGER REFERENCES orders (id),
  chat_message_id INTEGER REFERENCES chat_messages (id),
  at              TEXT    NOT NULL
);
CREATE INDEX stock_ledger_product ON stock_ledger (product_id, id);

-- Comments the parser was unsure of, for the seller to settle with a click.
CREATE TABLE review_queue (
  id                INTEGER PRIMARY KEY,
  session_id        INTEGER REFERENCES stream_sessions (id),
  chat_message_id   INTEGER NOT NULL UNIQUE REFERENCES chat_messages (id),
  reason            TEXT    NOT NULL,
  status            TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
  resolved_order_id INTEGER REFERENCES orders (id),
  created_at        TEXT    NOT NULL,
  resolved_at       TEXT
);
CREATE INDEX review_queue_open ON review_queue (status, id);

CREATE TABLE payments (
  id         INTEGER PRIMARY KEY,
  order_id   INTEGER REFERENCES orders (id),          -- NULL: a transfer not yet matched to an order
  amount     INTEGER NOT NULL,
  method     TEXT    NOT NULL CHECK (method IN ('vietqr', 'transfer', 'cash', 'cod')),
  reference  TEXT    NOT NULL DEFAULT '',             -- bank transaction id
  memo       TEXT    NOT NULL DEFAULT '',
  paid_at    TEXT    NOT NULL,
  created_at TEXT    NOT NULL
);
CREATE INDEX payments_order ON payments (order_id);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL                                  -- JSON
);

-- Training: a class of learners sharing one machine.
CREATE TABLE learners (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  class_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE lesson_reads (
  learner_id INTEGER NOT NULL REFERENCES learners (id),
  module_id  TEXT    NOT NULL,
  lesson_id  TEXT    NOT NULL,
  read_at    TEXT    NOT NULL,
  PRIMARY KEY (learner_id, module_id, lesson_id)
);

CREATE TABLE quiz_attempts (
  id           INTEGER PRIMARY KEY,
  learner_id   INTEGER NOT NULL REFERENCES learners (id),
  module_id    TEXT    NOT NULL,
  lesson_id    TEXT    NOT NULL,
  answers      TEXT    NOT NULL,                      -- JSON
  score        INTEGER NOT NULL,
  total        INTEGER NOT NULL,
  passed       INTEGER NOT NULL CHECK (passed IN (0, 1)),
  attempted_at TEXT    NOT NULL
);
CREATE INDEX quiz_attempts_learner ON quiz_attempts (learner_id, module_id, lesson_id);

CREATE TABLE rehearsals (
  id         INTEGER PRIMARY KEY,
  learner_id INTEGER NOT NULL REFERENCES learners (id),
  session_id INTEGER REFERENCES stream_sessions (id),
  score      TEXT    NOT NULL,                        -- JSON summary
  at         TEXT    NOT NULL
);
