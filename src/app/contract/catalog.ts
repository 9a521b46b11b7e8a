import { z } from 'zod';
import { productFieldsSchema, productSchema } from '../../core/catalog/product';
import { defineCommands, defineEvents } from './define';

const idInput = z.object({ id: z.number().int().positive() });

export const catalogIssueSchema = z.object({
  line: z.number().int(),
  column: z.string().optional(),
  message: z.string(),
  messageEn: z.string(),
});

export const catalogCommands = defineCommands({
  listProducts: {
    summary: 'List products, optionally filtered by a diacritic-insensitive search ("mat ong" finds "Mật ong").',
    input: z.object({ query: z.string().max(200).default('') }),
    output: z.array(productSchema),
  },
  getProduct: { summary: 'One product by id.', input: idInput, output: productSchema },
  createProduct: { summary: 'Add a product.', input: productFieldsSchema, output: productSchema },
  updateProduct: {
    summary: 'Replace a product’s fields.',
    input: z.object({ id: z.number().int().positive(), fields: productFieldsSchema }),
    output: productSchema,
  },
  setProductPicture: {
    summary: 'Give a product its photo (PNG, JPEG, WebP or GIF, base64, at most 8 MB), kept in the data folder; null removes it.',
    input: z.object({ id: z.number().int().positive(), picture: z.string().max(12_000_000).nullable() }),
    output: productSchema,
  },
  deleteProduct: {
    summary: 'Delete a product; restoreProduct undoes it.',
    input: idInput,
    output: productSchema,
  },
  restoreProduct: { summary: 'Undo a product deletion.', input: idInput, output: productSchema },
  importCatalogCsv: {
    summary: 'Import a catalog CSV (code,name,price,unit,stock,aliases,ocop_stars[,description,image]); all or nothing.',
    input: z.object({ csv: z.string().max(20_000_000), dryRun: z.boolean().default(false) }),
    output: z.object({ added: z.number().int(), updated: z.number().int(), products: z.number().int() }),
  },
  exportCatalogCsv: {
    summary: 'The catalog as CSV text, in the import format.',
    input: z.object({}).default({}),
    output: z.object({ csv: z.string(), filename: z.string() }),
  },
});

export const catalogEvents = defineEvents({
  catalogChanged: z.object({ reason: z.enum(['created', 'updated', 'deleted', 'restored', 'imported']), productIds: z.array(z.number().int()) }),
});
