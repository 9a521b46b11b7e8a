import { z } from 'zod';

/** A product code buyers type in chat: letters then digits, e.g. MO1, YEN1, CHUOI. */
export const productCodeSchema = z
  .string()
  .trim()
  .min(1, 'Mã sản phẩm không được để trống')
  .max(20, 'Mã sản phẩm tối đa 20 ký tự')
  .regex(/^[A-Za-z0-9_-]+$/, 'Mã sản phẩm chỉ gồm chữ không dấu, số, gạch ngang')
  .transform((code) => code.toUpperCase());

export const productFieldsSchema = z.object({
  code: productCodeSchema,
  name: z.string().trim().min(1, 'Tên sản phẩm không được để trống').max(200),
  price: z.number().int('Giá phải là số nguyên (đồng)').min(0, 'Giá không được âm').max(1_000_000_000),
  unit: z.string().trim().max(30).default(''),
  stock: z.number().int('Tồn kho phải là số nguyên').min(0, 'Tồn kho không được âm').max(10_000_000).default(0),
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
