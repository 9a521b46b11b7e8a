import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { parseCatalogCsv } from '../../adapters/csv/catalog-csv';
import { fail } from '../fail';

export function registerCatalog(program: Command): void {
  program
    .command('catalog-check')
    .description('Kiểm tra tệp danh mục CSV (check a catalog CSV file)')
    .argument('<file>', 'tệp CSV')
    .action((file: string) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        fail(`Không đọc được tệp ${file} (cannot read the file)`);
      }
      const result = parseCatalogCsv(text);
      if (!result.ok) {
        for (const issue of result.issues) console.error(`dòng ${issue.line}: ${issue.message} (${issue.messageEn})`);
        process.exit(1);
      }
      for (const p of result.products) console.log(`${p.code}\t${p.name}\t${p.price}\t${p.stock}`);
      console.log(`${result.products.length} sản phẩm hợp lệ (valid products)`);
    });
}
