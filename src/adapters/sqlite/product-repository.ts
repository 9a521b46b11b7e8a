// Products in the order book. Every multi-row change runs in one transaction;
// a stock change is always written to the stock ledger beside it.
import type { Database } from 'better-sqlite3';
import type { Product, ProductFields } from '../../core/catalog/product';
import { foldedIncludes } from '../../core/text/fold';

interface ProductRow {
  id: number;
  code: string;
  name: string;
  price: number;
  unit: string;
  stock: number;
  aliases: string;
  ocop_stars: number | null;
  description: string;
  image: string;
  created_at: string;
  updated_at: string;
}

function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    price: row.price,
    unit: row.unit,
    stock: row.stock,
    aliases: JSON.parse(row.aliases) as string[],
    ocopStars: row.ocop_stars,
    description: row.description,
    image: row.image,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class ProductCodeTakenError extends Error {
  constructor(readonly productCode: string) {
    super(`Product code ${productCode} is already used`);
  }
}

export interface ImportSummary {
  added: number;
  updated: number;
}

export class ProductRepository {
  constructor(private readonly db: Database) {}

  list(query = ''): Product[] {
    const rows = this.db
      .prepare('SELECT * FROM products WHERE deleted_at IS NULL ORDER BY code')
      .all() as ProductRow[];
    const products = rows.map(toProduct);
    if (query.trim() === '') return products;
    return products.filter((product) =>
      foldedIncludes([product.code, product.name, ...product.aliases].join(' '), query),
    );
  }

  get(id: number): Product | undefined {
    const row = this.db.prepare('SELECT * FROM products WHERE id = ? AND deleted_at IS NULL').get(id) as
      | ProductRow
      | undefined;
    return row && toProduct(row);
  }

  findByCode(code: string): Product | undefined {
    const row = this.db
      .prepare('SELECT * FROM products WHERE code = ? AND deleted_at IS NULL')
      .get(code) as ProductRow | undefined;
    return row && toProduct(row);
  }

  create(fields: ProductFields, now = new Date().toISOString()): Product {
    return this.db.transaction(() => {
      if (this.findByCode(fields.code)) throw new ProductCodeTakenError(fields.code);
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO products (code, name, price, unit, stock, aliases, ocop_stars, description, image, created_at, updated_at)
           VALUES (@code, @name, @price, @unit, @stock, @aliases, @ocopStars, @description, @image, @now, @now)`,
        )
        .run({ ...fields, aliases: JSON.stringify(fields.aliases), now });
      const id = Number(lastInsertRowid);
      if (fields.stock !== 0) this.recordStock(id, fields.stock, 'create', now);
      return this.get(id)!;
    })();
  }

  update(id: number, fields: ProductFields, now = new Date().toISOString()): Product | undefined {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (!before) return undefined;
      const clash = this.findByCode(fields.code);
      if (clash && clash.id !== id) throw new ProductCodeTakenError(fields.code);
      this.db
        .prepare(
          `UPDATE products SET code = @code, name = @name, price = @price, unit = @unit, stock = @stock,
             aliases = @aliases, ocop_stars = @ocopStars, description = @description, image = @image, updated_at = @now
           WHERE id = @id`,
        )
        .run({ ...fields, aliases: JSON.stringify(fields.aliases), now, id });
      if (fields.stock !== before.stock) this.recordStock(id, fields.stock - before.stock, 'edit', now);
      return this.get(id);
    })();
  }

  /** Soft delete: orders keep pointing at the product, and undo brings it back. */
  delete(id: number, now = new Date().toISOString()): Product | undefined {
    return this.db.transaction(() => {
      const product = this.get(id);
      if (!product) return undefined;
      this.db.prepare('UPDATE products SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
      return product;
    })();
  }

  restore(id: number, now = new Date().toISOString()): Product | undefined {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT * FROM products WHERE id = ? AND deleted_at IS NOT NULL').get(id) as
        | ProductRow
        | undefined;
      if (!row) return undefined;
      if (this.findByCode(row.code)) throw new ProductCodeTakenError(row.code);
      this.db.prepare('UPDATE products SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now, id);
      return this.get(id);
    })();
  }

  /** Adds new codes and updates known ones, all or nothing. */
  import(products: readonly ProductFields[], now = new Date().toISOString()): ImportSummary {
    return this.db.transaction(() => {
      const summary: ImportSummary = { added: 0, updated: 0 };
      for (const fields of products) {
        const existing = this.findByCode(fields.code);
        if (existing) {
          this.update(existing.id, fields, now);
          summary.updated += 1;
        } else {
          this.create(fields, now);
          summary.added += 1;
        }
      }
      return summary;
    })();
  }

  private recordStock(productId: number, delta: number, reason: string, now: string): void {
    this.db
      .prepare('INSERT INTO stock_ledger (product_id, delta, reason, at) VALUES (?, ?, ?, ?)')
      .run(productId, delta, reason, now);
  }
}
