// `ocop-live parse --catalog FILE`: comments as JSON lines on stdin, one
// parse result per line on stdout. A bad line gets an error object on stdout
// (and a message on stderr) and the stream goes on.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { parseCatalogCsv } from '../../adapters/csv/catalog-csv';
import { createParser, type Parser } from '../../core/parser';
import { fail } from '../fail';

const commentLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  user: z.string().optional(),
  text: z.string(),
  showcase: z.string().nullable().optional(),
});

const idOf = (value: unknown): string | number | null => {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
};

/** One output line for one input line. */
export function parseLine(parser: Parser, line: string, lineNumber: number): { out: string; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    const error = `dòng ${lineNumber}: không phải JSON (not valid JSON)`;
    return { out: JSON.stringify({ id: null, line: lineNumber, error }), error };
  }
  const comment = commentLineSchema.safeParse(value);
  if (!comment.success) {
    const detail = comment.error.issues.map((issue) => `${issue.path.join('.') || '(dòng)'}: ${issue.message}`).join('; ');
    const error = `dòng ${lineNumber}: bình luận không hợp lệ (invalid comment): ${detail}`;
    return { out: JSON.stringify({ id: idOf(value), line: lineNumber, error }), error };
  }
  const { id, text, showcase } = comment.data;
  const result = parser.parse(text, { showcase: showcase ?? null });
  return { out: JSON.stringify({ id, ...result }) };
}

async function run(catalogFile: string): Promise<void> {
  let csv: string;
  try {
    csv = readFileSync(catalogFile, 'utf8');
  } catch {
    fail(`Không đọc được tệp danh mục ${catalogFile} (cannot read the catalog file)`);
  }
  const catalog = parseCatalogCsv(csv);
  if (!catalog.ok) {
    for (const issue of catalog.issues) console.error(`dòng ${issue.line}: ${issue.message} (${issue.messageEn})`);
    process.exit(1);
  }
  let lineNumber = 0;
  const parser = createParser(catalog.products, {
    onFault: (error) => console.error(`dòng ${lineNumber}: lỗi bộ đọc, bình luận được coi là trò chuyện (a parser rule failed; read as chatter): ${String(error)}`),
  });

  const input = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let buffered: string[] = [];
  const flush = async (): Promise<void> => {
    if (buffered.length === 0) return;
    const chunk = `${buffered.join('\n')}\n`;
    buffered = [];
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  };
  for await (const line of input) {
    lineNumber++;
    if (line.trim() === '') continue;
    const { out, error } = parseLine(parser, line, lineNumber);
    if (error !== undefined) console.error(error);
    buffered.push(out);
    if (buffered.length >= 512) await flush();
  }
  await flush();
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('Đọc bình luận (JSON từng dòng) từ stdin, in ý định đặt hàng (parse chat comments from stdin into orders)')
    .requiredOption('--catalog <file>', 'tệp danh mục CSV (catalog CSV file)')
    .action(async (options: { catalog: string }) => {
      await run(options.catalog);
    });
}
