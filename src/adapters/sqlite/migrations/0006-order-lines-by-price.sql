-- An order holds a product once per price it was sold at. Units a buyer adds
-- when a flash sale starts (to a line opened at the regular price), or after
-- it ends (to a line opened at the deal price), are a line of their own at the
-- price of their moment, instead of taking the price the line was opened at.
-- SQLite cannot change a table's UNIQUE constraint in place: the table is
-- rebuilt, ids and all. Nothing refers to order_items, so no key breaks.
CREATE TABLE order_items_by_price (
  id         INTEGER PRIMARY KEY,
  order_id   INTEGER NOT NULL REFERENCES orders (id),
  product_id INTEGER NOT NULL REFERENCES products (id),
  qty        INTEGER NOT NULL CHECK (qty > 0),
  unit_price INTEGER NOT NULL CHECK (unit_price >= 0), -- the price when ordered
  created_at TEXT    NOT NULL,
  UNIQUE (order_id, product_id, unit_price)
);
INSERT INTO order_items_by_price (id, order_id, product_id, qty, unit_price, created_at)
  SELECT id, order_id, product_id, qty, unit_price, created_at FROM order_items;
DROP TABLE order_items;
ALTER TABLE order_items_by_price RENAME TO order_items;
-- As 0005 had them. order_items_product (product_id alone) is not brought back:
-- order_items_product_cover starts with product_id and serves the same lookups.
CREATE INDEX order_items_order_cover ON order_items (order_id, product_id, qty, unit_price);
CREATE INDEX order_items_product_cover ON order_items (product_id, order_id, qty, unit_price, created_at);
