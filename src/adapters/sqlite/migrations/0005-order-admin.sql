-- After the stream: the tally's lookups, the seller's undo journal, and the
-- bank transfers a statement import could not settle by itself.

-- A buyer's orders across streams (returning buyers, merges, the customer list).
CREATE INDEX orders_customer ON orders (customer_id, status);
-- A session's live orders by time, read from the index alone (orders per minute).
CREATE INDEX orders_session_time ON orders (session_id, status, created_at, customer_id);
-- A session's first and last order id, and whether another session's orders sit between them.
CREATE INDEX IF NOT EXISTS orders_session_id ON orders (session_id, id);
-- The tally reads order lines from indexes alone: by order (totals per order)
-- and by product within a session's range of order ids (items by product,
-- units ordered while the product was on screen).
CREATE INDEX order_items_order_cover ON order_items (order_id, product_id, qty, unit_price);
CREATE INDEX order_items_product_cover ON order_items (product_id, order_id, qty, unit_price, created_at);

-- One key per bank transfer (its reference, or time + amount + memo), so the
-- same statement imported twice records nothing twice.
ALTER TABLE payments ADD COLUMN transfer_key TEXT;
CREATE UNIQUE INDEX payments_transfer_key ON payments (transfer_key) WHERE transfer_key IS NOT NULL;

-- The seller's changes to orders and customers, newest last, each with the
-- steps that take it back (JSON) and the state it left (checked before undo,
-- so an undo never overwrites what happened since).
CREATE TABLE order_admin_journal (
  id         INTEGER PRIMARY KEY,
  action     TEXT    NOT NULL,
  label      TEXT    NOT NULL,
  label_en   TEXT    NOT NULL,
  order_ids  TEXT    NOT NULL DEFAULT '[]',
  reverse    TEXT    NOT NULL,
  expect     TEXT    NOT NULL DEFAULT '[]',
  at         TEXT    NOT NULL,
  undone_at  TEXT
);
CREATE INDEX order_admin_journal_recent ON order_admin_journal (undone_at, id);

-- Transfers from a statement that matched no order exactly: the seller decides.
CREATE TABLE payment_reviews (
  payment_id  INTEGER PRIMARY KEY REFERENCES payments (id),
  reason      TEXT    NOT NULL,
  codes       TEXT    NOT NULL DEFAULT '[]',        -- order codes the memo named
  order_ids   TEXT    NOT NULL DEFAULT '[]',        -- the known orders among them
  expected    INTEGER,                              -- what those orders still owed
  line        INTEGER NOT NULL DEFAULT 0,           -- where in the imported file
  status      TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
  created_at  TEXT    NOT NULL,
  resolved_at TEXT
);
CREATE INDEX payment_reviews_status ON payment_reviews (status, payment_id);
