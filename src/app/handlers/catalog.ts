import { catalogToCsv, parseCatalogCsv } from '../../adapters/csv/catalog-csv';
import { ProductCodeTakenError } from '../../adapters/sqlite/product-repository';
import type { catalogCommands } from '../contract/catalog';
import { AppError, notFound } from '../errors';
import { storePicture } from './pictures';
import type { HandlersFor } from './define';

function codeTaken(code: string): AppError {
  return new AppError(
    'PRODUCT_CODE_TAKEN',
    `Mã sản phẩm "${code}" đã có; hãy chọn mã khác.`,
    `Product code "${code}" is already used; choose another.`,
    409,
  );
}

function guardCode<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ProductCodeTakenError) throw codeTaken(error.productCode);
    throw error;
  }
}

const product = () => notFound('sản phẩm', 'Product');

export const catalogHandlers: HandlersFor<typeof catalogCommands> = {
  listProducts: ({ query }, ctx) => ctx.products.list(query),
  getProduct: ({ id }, ctx) => ctx.products.get(id) ?? (() => { throw product(); })(),
  createProduct: (fields, ctx) => {
    const created = guardCode(() => ctx.products.create(fields, ctx.now().toISOString()));
    ctx.events.emit('catalogChanged', { reason: 'created', productIds: [created.id] });
    return created;
  },
  updateProduct: ({ id, fields }, ctx) => {
    const updated = guardCode(() => ctx.products.update(id, fields, ctx.now().toISOString()));
    if (!updated) throw product();
    ctx.events.emit('catalogChanged', { reason: 'updated', productIds: [id] });
    return updated;
  },
  setProductPicture: ({ id, picture }, ctx) => {
    const current = ctx.products.get(id);
    if (!current) throw product();
    const image = picture === null ? '' : storePicture(ctx.dataDir, picture);
    const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = current;
    const updated = ctx.products.update(id, { ...fields, image }, ctx.now().toISOString());
    if (!updated) throw product();
    ctx.events.emit('catalogChanged', { reason: 'updated', productIds: [id] });
    return updated;
  },
  deleteProduct: ({ id }, ctx) => {
    const deleted = ctx.products.delete(id, ctx.now().toISOString());
    if (!deleted) throw product();
    ctx.events.emit('catalogChanged', { reason: 'deleted', productIds: [id] });
    return deleted;
  },
  restoreProduct: ({ id }, ctx) => {
    const restored = guardCode(() => ctx.products.restore(id, ctx.now().toISOString()));
    if (!restored) throw product();
    ctx.events.emit('catalogChanged', { reason: 'restored', productIds: [id] });
    return restored;
  },
  importCatalogCsv: ({ csv, dryRun }, ctx) => {
    const parsed = parseCatalogCsv(csv);
    if (!parsed.ok) {
      const count = parsed.issues.length;
      throw new AppError(
        'CATALOG_INVALID',
        `Tệp danh mục có ${count} lỗi; chưa nhập sản phẩm nào. Sửa các dòng được liệt kê rồi nhập lại.`,
        `The catalog file has ${count} error(s); nothing was imported. Fix the listed lines and import again.`,
        422,
        parsed.issues,
      );
    }
    if (dryRun) {
      const known = parsed.products.filter((p) => ctx.products.findByCode(p.code)).length;
      return { added: parsed.products.length - known, updated: known, products: parsed.products.length };
    }
    const summary = ctx.products.import(parsed.products, ctx.now().toISOString());
    const ids = parsed.products.map((p) => ctx.products.findByCode(p.code)?.id ?? 0).filter((id) => id > 0);
    ctx.events.emit('catalogChanged', { reason: 'imported', productIds: ids });
    return { ...summary, products: parsed.products.length };
  },
  exportCatalogCsv: (_input, ctx) => ({
    csv: '\uFEFF' + catalogToCsv(ctx.products.list()), // BOM so Excel opens Vietnamese text as UTF-8
    filename: `ocop-live-catalog-${ctx.now().toISOString().slice(0, 10)}.csv`,
  }),
};
