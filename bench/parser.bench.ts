// The parser alone, on one core: comments parsed per second with a
// 50-product catalog. Target (issue 3): ≥ 200,000 comments/s.
//   npx tsx bench/parser.bench.ts [seconds]
// Prints one JSON object per line.
import { createParser, type CatalogEntry } from '../src/core/parser';

const SECONDS = Number(process.argv[2] ?? 3);
const TARGET = 200_000;

// 50 products the way sellers write them: accented names with sizes, a unit, aliases.
const BASES: [string, string, string, string[]][] = [
  ['Tỏi đen Lý Sơn', 'hũ', 'TD', ['tỏi đen', 'toi den']],
  ['Mật ong hoa nhãn', 'chai', 'MO', ['mật ong', 'mật ong nhãn']],
  ['Cà phê Robusta rang mộc', 'gói', 'CF', ['cà phê', 'cafe']],
  ['Xoài sấy dẻo Cam Lâm', 'túi', 'XS', ['xoài sấy', 'xoài']],
  ['Nước mắm Nam Ô', 'chai', 'NM', ['nước mắm']],
  ['Mắm ruốc Huế', 'hũ', 'MR', ['mắm ruốc']],
  ['Bánh tráng phơi sương', 'bịch', 'BT', ['bánh tráng']],
  ['Trà xanh Thái Nguyên', 'gói', 'TX', ['trà xanh', 'chè thái']],
  ['Yến sào Khánh Hòa', 'hộp', 'YS', ['yến sào', 'yến']],
  ['Chuối sấy Trà Nhung', 'gói', 'CS', ['chuối sấy', 'chuối']],
];
const VARIANTS = ['loại 1', 'loại 2', 'đặc biệt', 'quà tết', 'gia đình'];

function catalog(): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (let v = 0; v < VARIANTS.length; v++) {
    for (const [name, unit, code, aliases] of BASES) {
      entries.push({
        code: `${code}${v + 1}`,
        name: `${name} ${VARIANTS[v]} ${250 * (v + 1)}g`,
        unit,
        aliases: v === 0 ? aliases : aliases.map((alias) => `${alias} ${VARIANTS[v]}`),
      });
    }
  }
  return entries;
}

const TEMPLATES = [
  'chốt {n} {u} {a}',
  'chot {n} {a}',
  '{c} x{n}',
  '{c} {n}',
  'e lấy {n} {a} nha shop',
  'lấy cho mình {n} {u} {a}',
  '+{n}',
  'chốt',
  'giá bao nhiêu vậy shop',
  '{a} bn 1 {u}',
  'còn {a} không shop?',
  'xinh quá 😍😍',
  'Chào shop nha',
  'sdt 0912.345.678',
  'chốt {n} {a} sđt 0905 111 222',
  'hủy đơn giúp em',
  'thôi em không lấy nữa',
  'hủy 1 {a}',
  '{n} {a} 2 {b}',
  'lấy {n} {u} {a} với 1 {u} {b}',
  'cho e {n} {u} {a}',
  'hai {u} {a}',
  'Địa chỉ: 20 Trần Hưng Đạo, TP Lạng Sơn',
  'mình lấy {n} {u} {a}, sđt 0356789012',
  '{a} còn không, lấy {n} {u}',
  'ngon lắm, lần trước mua rồi',
  'shop ơi cho em hỏi {a} dùng thế nào ạ, nhà em ở Gia Lai',
  'em ở Pleiku',
];

function comments(count: number, products: CatalogEntry[]): { text: string; showcase: string }[] {
  let seed = 12345;
  const next = (limit: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % limit;
  };
  const out: { text: string; showcase: string }[] = [];
  let showcase = (products[0] as CatalogEntry).code;
  for (let i = 0; i < count; i++) {
    // the seller moves the showcase now and then, as in a real stream
    if (i % 200 === 0) showcase = (products[next(products.length)] as CatalogEntry).code;
    const a = products[next(products.length)] as CatalogEntry;
    const b = products[next(products.length)] as CatalogEntry;
    const text = (TEMPLATES[next(TEMPLATES.length)] as string)
      .replace('{n}', String(1 + next(5)))
      .replace('{u}', a.unit)
      .replace('{a}', a.aliases[0] ?? a.name)
      .replace('{b}', b.aliases[0] ?? b.name)
      .replace('{c}', a.code);
    out.push({ text, showcase });
  }
  return out;
}

const products = catalog();
const compileStart = performance.now();
const parser = createParser(products);
const compileMs = performance.now() - compileStart;
const sample = comments(20_000, products);

// Warm up: let the JIT settle before timing.
for (let round = 0; round < 3; round++) for (const c of sample) parser.parse(c.text, { showcase: c.showcase });

// The machine is shared: count CPU time used by this process (all its threads, so GC
// helpers count against us) as well as wall-clock time, and judge by CPU time.
let parsed = 0;
let orders = 0;
const started = performance.now();
const cpuStart = process.cpuUsage();
const deadline = started + SECONDS * 1000;
while (performance.now() < deadline) {
  for (const c of sample) {
    if (parser.parse(c.text, { showcase: c.showcase }).intent === 'order') orders++;
  }
  parsed += sample.length;
}
const wallSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const perSecond = Math.round(parsed / cpuSeconds);

const line = (value: Record<string, unknown>): void => console.log(JSON.stringify(value));
line({
  bench: 'parser',
  metric: 'comments_per_s',
  value: perSecond,
  target: `>=${TARGET}`,
  ok: perSecond >= TARGET,
  basis: 'cpu time of this process',
  wallClockPerS: Math.round(parsed / wallSeconds),
  products: products.length,
  comments: parsed,
  orderShare: Number((orders / parsed).toFixed(3)),
});
line({ bench: 'parser', metric: 'catalog_compile_ms', value: Number(compileMs.toFixed(2)), products: products.length });
