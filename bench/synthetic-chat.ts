// Synthetic Vietnamese live-stream chat for the ingest benchmarks: a 50-product
// catalog and comments in the proportions a busy stream has (mostly chatter
// and questions, a good share of orders, a few cancels and phone numbers).
// Deterministic: the same seed gives the same comments.
import type { ChatMessage } from '../src/core/chat/chat-message';

const NAMES = [
  ['Mật ong rừng U Minh', 'chai', 'mật ong rừng|mat ong rung'],
  ['Cà phê Robusta Cầu Đất', 'gói', 'cà phê cầu đất|cafe cau dat'],
  ['Khô gà lá chanh', 'hũ', 'khô gà|kho ga'],
  ['Bánh tráng phơi sương', 'bịch', 'bánh tráng|banh trang'],
  ['Trà Shan tuyết Hà Giang', 'hộp', 'trà shan|tra shan tuyet'],
  ['Tỏi đen Lý Sơn', 'hũ', 'tỏi đen|toi den'],
  ['Nước mắm Phú Quốc', 'chai', 'nước mắm|nuoc mam'],
  ['Yến sào Khánh Hoà', 'hộp', 'yến sào|yen sao'],
  ['Chuối sấy dẻo', 'gói', 'chuối sấy|chuoi say'],
  ['Hạt điều rang muối', 'hũ', 'hạt điều|hat dieu'],
] as const;
const VARIANTS = ['loại 1', 'đặc biệt', 'túi nhỏ', 'hộp quà', 'nguyên chất'];

export interface SyntheticProduct {
  code: string;
  name: string;
  price: number;
  unit: string;
  stock: number;
  aliases: string[];
}

/** 50 products: 10 kinds × 5 variants, codes like MR1..MR5. A few have little stock so waitlists happen. */
export function syntheticCatalog(): SyntheticProduct[] {
  const products: SyntheticProduct[] = [];
  NAMES.forEach(([name, unit, aliases], kind) => {
    const prefix = ['MR', 'CF', 'KG', 'BT', 'TS', 'TD', 'NM', 'YS', 'CS', 'HD'][kind]!;
    VARIANTS.forEach((variant, index) => {
      products.push({
        code: `${prefix}${index + 1}`,
        name: `${name} ${variant}`,
        price: 45_000 + kind * 20_000 + index * 5_000,
        unit,
        stock: index === 4 ? 300 : 1_000_000,
        aliases: index === 0 ? aliases.split('|') : [`${aliases.split('|')[0]} ${variant}`],
      });
    });
  });
  return products;
}

export function catalogCsv(products: readonly SyntheticProduct[]): string {
  const rows = products.map((p) => [p.code, p.name, p.price, p.unit, p.stock, p.aliases.join('|'), 3].join(','));
  return ['code,name,price,unit,stock,aliases,ocop_stars', ...rows].join('\n');
}

/** A small fast PRNG (mulberry32): benchmarks must be repeatable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHATTER = [
  'chào shop ạ', 'đẹp quá chị ơi', 'xem từ đầu nè', '❤️❤️❤️', 'hay quá', 'shop ơi live lâu không', 'lên đơn nhanh nha shop',
  'hôm qua mua rồi ngon lắm', 'em ở Pleiku nè', 'tuyệt vời', '👍👍', 'chị nói to lên chút', 'share cho bạn rồi nha',
];
const QUESTIONS = ['{a} giá bao nhiêu vậy shop', 'còn {a} không ạ', '{a} bn 1 {u}?', 'ship về Đà Nẵng bao lâu?', '{a} có ngon không shop', 'xin giá {a}'];
const ORDERS = ['chốt {n} {u} {a}', '{c} x{n}', 'lấy {n} {a} nha shop', '+1', 'chốt', 'mua {n} {u} {a}', '{c}', 'cho em {n} {u} {a}', '+{n}', 'e lấy {n} {c}'];
const CANCELS = ['hủy đơn', 'huỷ {c}', 'không lấy nữa nha shop', 'bỏ {a}'];
const CONTACTS = ['sdt 09{p}', 'số em 03{p} nha', 'địa chỉ 12 Hùng Vương, Pleiku, Gia Lai'];
const NUMBERS = ['1', '2', '3', 'hai', 'ba', '5'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

export interface SyntheticComment {
  message: ChatMessage;
  /** Product code to put on screen before this comment, when the showcase changes here. */
  showcase?: string;
}

/**
 * `count` comments from `users` buyers, `gapMs` (1) apart in platform time
 * (a very busy stream), the showcase moving to another product every `showcaseEvery` (2,000).
 */
export function* syntheticComments(
  count: number,
  options: { users?: number; seed?: number; start?: number; prefix?: string; showcaseEvery?: number; gapMs?: number } = {},
): Generator<SyntheticComment> {
  const rnd = random(options.seed ?? 42);
  const products = syntheticCatalog();
  const users = options.users ?? 20_000;
  const start = options.start ?? Date.UTC(2026, 10, 22, 12, 0, 0);
  const prefix = options.prefix ?? 'c';
  const every = options.showcaseEvery ?? 2000;
  const gap = options.gapMs ?? 1;
  for (let i = 0; i < count; i += 1) {
    const product = pick(rnd, products);
    const fill = (template: string) =>
      template
        .replace('{a}', product.aliases[0]!)
        .replace('{c}', product.code)
        .replace('{u}', product.unit)
        .replace('{n}', pick(rnd, NUMBERS))
        .replace('{p}', String(10_000_000 + Math.floor(rnd() * 89_999_999)));
    const roll = rnd();
    const template =
      roll < 0.45 ? pick(rnd, CHATTER) : roll < 0.62 ? pick(rnd, QUESTIONS) : roll < 0.92 ? pick(rnd, ORDERS) : roll < 0.96 ? pick(rnd, CANCELS) : pick(rnd, CONTACTS);
    const user = Math.floor(rnd() * users);
    yield {
      message: {
        platform: 'tiktok',
        messageId: `${prefix}${i}`,
        userId: `u${user}`,
        userName: `Khách ${user}`,
        text: fill(template),
        sentAt: new Date(start + i * gap).toISOString(),
      },
      showcase: i % every === 0 ? products[(i / every) % products.length]!.code : undefined,
    };
  }
}
