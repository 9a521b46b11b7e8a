// Runs one XLSX export in its own process so the benchmark reads this
// export's peak resident memory (the kernel's maxRSS), nothing else's.
import { createWriteStream } from 'node:fs';
import { openDatabase } from '../../src/adapters/sqlite/open-database';
import { writeXlsxExport } from '../../src/app/orders-admin/exports';

const [database, out, kind, sessionId] = process.argv.slice(2);
const db = openDatabase(database!);
const started = performance.now();
const rows = await writeXlsxExport(db, kind as 'orders' | 'workbook', { sessionId: Number(sessionId) }, 'vi', createWriteStream(out!));
const seconds = (performance.now() - started) / 1000;
db.close();
console.log(JSON.stringify({ rows, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
