import { z } from 'zod';
import { bilingual } from '../text/bilingual';

/** A product code buyers type in chat: letters then digits, e.g. MO1, YEN1, CHUOI. */
export const productCodeSchema = z
  .string()
  .trim()
  .min(1, bilingual('Mã sản phẩm không được để trống', 'The product code must not be empty'))
  .max(20, bilingual('Mã sản phẩm tối đa 20 ký tự', 'A product code has at most 20 characters'))
  .regex(
    /^[A-Za-z0-9_-]+$/,
    bilingual('Mã sản phẩm chỉ gồm chữ không dấu, số, gạch ngang', 'A product code has only letters without accents, digits and hyphens'),
  )
  // toUpperCase() rather than a transform: the output stays a ZodString, so the
  // API's JSON schema (GET /api) can say a product's code is a string.
  .toUpperCase();

export const productFieldsSchema = z.object({
  code: productCodeSchema,
  name: z.string().trim().min(1, bilingual('Tên sản phẩm không được để trống', 'The product name must not be empty')).max(200),
  price: z
    .number()
    .int(bilingual('Giá phải là số nguyên (đồng)', 'The price must be a whole number of đồng'))
    .min(0, bilingual('Giá không được âm', 'The price must not be negative'))
    .max(1_000_000_000),
  unit: z.string().trim().max(30).default(''),
  stock: z
    .number()
    .int(bilingual('Tồn kho phải là số nguyên', 'Stock must be a whole number'))
    .min(0, bilingual('Tồn kho không được âm', 'Stock must not be negative'))
    .max(10_000_000)
    .default(0),
  aliases: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  ocopStars: z.number().int().min(0).max(5).nullable().default(null),
  description: z.string().max(5000).default(''),
  image: z.string().max(2000).default(''),
});

/** What a seller types into the product form or a CSV row, before defaults. */
export type ProductInput = z.input<typeof productFieldsSchema>;
export type ProductFields = z.output<typeof productFieldsSchema>;

export const productSchema = productFieldsSchema.extend({
  id: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Product = z.output<typeof productSchema>;
