-- The live ingest: who each comment came from, what else happened to it, and
-- the lookups the order book makes on every comment.

-- The buyer a comment belongs to (every comment, not only orders), and what
-- else the order book did with it (JSON: waitlisted quantities, review id, ...).
ALTER TABLE chat_outcomes ADD COLUMN customer_id INTEGER REFERENCES customers (id);
ALTER TABLE chat_outcomes ADD COLUMN detail TEXT NOT NULL DEFAULT '{}';

-- A buyer's own waits when they cancel.
CREATE INDEX waitlist_customer ON waitlist (customer_id, session_id, status);
-- The review queue of one stream.
CREATE INDEX review_queue_session ON review_queue (session_id, status, id);
