// The sample catalog shipped for rehearsals on a machine whose catalog is
// still empty: eight OCOP products in the catalog CSV format (README,
// "Catalog files"), two pairs of them sharing a name ("mật ong", "trà") so
// the audience can write orders only the review queue settles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProductFields } from '../../core/catalog/product';
import { parseCatalogCsv } from '../csv/catalog-csv';

export const SAMPLE_CATALOG_PATH = fileURLToPath(new URL('../../../assets/sample-catalog.csv', import.meta.url));

/** The shipped sample products; a broken file is a packaging mistake, reported with its first problem. */
export function readSampleCatalog(path = SAMPLE_CATALOG_PATH): ProductFields[] {
  const parsed = parseCatalogCsv(readFileSync(path, 'utf8'));
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new Error(`The sample catalog ${path} is invalid${first ? ` (line ${first.line}: ${first.messageEn})` : ''}`);
  }
  return parsed.products;
}
