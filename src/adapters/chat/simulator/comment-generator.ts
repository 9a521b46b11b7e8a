// Realistic Vietnamese live-chat comments for any catalog, each with the
// answer it should get (ground truth by ORDER-GRAMMAR.md): orders in many
// phrasings, "+1"/"chốt" on the product on screen, questions, cancels, phone
// numbers and addresses, chit-chat, teen code, text without diacritics.
// For rehearsals it also writes orders only a person can settle: a name two
// products share, with a hint in a clause of its own ("mật ong nha, loại
// rừng á"), which the parser leaves to the seller: it sends them to the
// review queue, the truth says which.
// Deterministic: the same seed and catalog give the same comments.
import { foldVietnamese } from '../../../core/text/fold';
import { createParser, type Parser } from '../../../core/parser';
import type { CatalogEntry, Intent } from '../../../core/parser/parse-result';
import { SeededRandom } from './seeded-random';

export interface SimulatedTruth {
  intent: Intent;
  items: { code: string; qty: number | null }[];
  phone: string | null;
  /** Which phrasing made it, for scoring by kind. */
  kind: string;
}

export interface SimulatedComment {
  /** Position in the run, from 1. */
  seq: number;
  userId: string;
  userName: string;
  text: string;
  /** The product code on screen when it was written (what "+1" refers to). */
  showcase: string | null;
  truth: SimulatedTruth;
}

export type CommentKind = 'order' | 'showcase' | 'ambiguous' | 'question' | 'cancel' | 'contact' | 'other';

export const DEFAULT_MIX: Record<CommentKind, number> = { order: 40, showcase: 15, ambiguous: 0, question: 18, cancel: 5, contact: 7, other: 15 };

/** A rehearsal's audience: mostly what needs the learner ("+1" on the presented product, shared names, questions). */
export const REHEARSAL_MIX: Record<CommentKind, number> = { order: 14, showcase: 34, ambiguous: 6, question: 14, cancel: 4, contact: 8, other: 20 };

/** Truth kinds whose order reaches the book only through the learner: the right product on screen, or the review queue settled. */
export const needsLearner = (kind: string): boolean => kind.startsWith('showcase:') || kind.startsWith('review:');

/** A viewer does not repeat a text within this long (the order book counts a repeat within its window once). */
const REPEAT_GUARD_MS = 15_000;

export interface GeneratorOptions {
  catalog: readonly CatalogEntry[];
  seed: number;
  /** How many different viewers comment. */
  viewers?: number;
  mix?: Partial<Record<CommentKind, number>>;
  /** Share of comments typed without diacritics (where that stays unambiguous). */
  noDiacritics?: number;
  /** Share of comments in teen code (e, mk, k, bn, nha...). */
  teenCode?: number;
}

// Words that mean something to the parser once folded: a product form holding one would change the answer.
const RISKY_FOLDED = new Set(
  [
    'huy', 'bo', 'gia', 'bn', 'nhieu', 'con', 'co', 'khong', 'ko', 'k', 'hong', 'lay', 'mua', 'dat', 'chot', 'order', 'cho', 'sao', 'sl', 'x',
    'mot', 'hai', 'ba', 'bon', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi', 'chuc', 'hu', 'hop', 'goi', 'chai', 'tui', 'bich', 'lo', 'cai', 'kg',
    'phan', 'set', 'don', 'nua', 'thoi', 'ship', 'shop', 'em', 'e', 'c', 'a', 'anh', 'chi', 'minh', 'tui', 'dc', 'duoc', 'the', 'nao', 'ha', 'dau',
  ],
);
const UNIT_WORDS = new Set(['hũ', 'hủ', 'hộp', 'gói', 'chai', 'túi', 'bịch', 'lọ', 'cái', 'kg', 'phần', 'set']);
const NUMBER_WORDS: Record<number, string[]> = { 1: ['một'], 2: ['hai'], 3: ['ba'], 4: ['bốn', 'tư'], 10: ['mười', 'một chục'] };
const PROVINCES = ['Lạng Sơn', 'Gia Lai', 'Cà Mau', 'Đắk Lắk', 'Hà Giang', 'Bến Tre', 'Quảng Ngãi', 'Sơn La', 'Kon Tum', 'An Giang'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const GIVEN = ['Lan', 'Hoa', 'Minh', 'Tuấn', 'Hương', 'Thảo', 'Nam', 'Linh', 'Hùng', 'Mai', 'Phương', 'Dũng', 'Trang', 'Hà', 'Khánh', 'Vy', 'Quân', 'Ngọc', 'Bảo', 'Yến'];
const NICKNAMES = ['Mẹ Bống', 'Bé Na', 'Cún Con', 'Mây Trắng', 'Gạo Nếp', 'Hạt Tiêu', 'Su Su', 'Bin Bin'];
const STREETS = ['Hùng Vương', 'Lê Lợi', 'Trần Phú', 'Nguyễn Huệ', 'Quang Trung', 'Hai Bà Trưng'];
const WARDS = ['phường Yên Đỗ', 'phường Hội Phú', 'xã Ia Kênh', 'thị trấn Phú Hòa', 'phường 5'];
const CHITCHAT = [
  'Chào shop nha',
  'chào cả nhà',
  'xinh quá 😍😍',
  'hàng đẹp ghê',
  'live hôm nay vui quá',
  'ủng hộ shop',
  'shop nói chuyện dễ thương quá',
  '❤️❤️❤️',
  '👍👍',
  'ib',
  'mọi người ơi vào xem nè',
  'hay quá shop ơi',
  'tuyệt vời',
  'nhìn ngon quá',
];
const CHITCHAT_TEEN = ['hihi', 'xinh qa', 'đẹp wá', 'iu shop', 'hóng nha', 'hay ghê ạ'];

interface ProductForms {
  entry: CatalogEntry;
  /** How buyers name it, with diacritics as in the catalog. */
  forms: string[];
  /** Forms that stay unambiguous when typed without diacritics. */
  foldSafe: string[];
  unit: string;
}

interface Viewer {
  id: string;
  name: string;
  phone: string;
  ordered: string[];
  /** Products this viewer ordered in a way only the learner can capture: their cancels leave these alone, so the truth stays unambiguous whenever the learner catches up. */
  throughLearner: Set<string>;
  lastText: string;
  /** Texts with when they were sent (ms), when the caller gives times. */
  recent: Map<string, number>;
}

/** A name several products share, and the words that tell one owner from the others. */
interface SharedName {
  form: string;
  owners: { product: ProductForms; hints: string[] }[];
}

function productForms(catalog: readonly CatalogEntry[]): ProductForms[] {
  const owners = new Map<string, Set<string>>();
  for (const entry of catalog) {
    for (const form of [entry.name, ...entry.aliases]) {
      const folded = foldVietnamese(form).trim();
      if (!owners.has(folded)) owners.set(folded, new Set());
      owners.get(folded)!.add(entry.code);
    }
  }
  return catalog.map((entry) => {
    const candidates = [...new Set([...entry.aliases, entry.name].map((f) => f.trim()))];
    const forms = candidates.filter((form) => {
      const folded = foldVietnamese(form);
      const words = form.split(/\s+/);
      return (
        form.length > 0 &&
        form.length <= 40 &&
        !/\d/.test(form) &&
        owners.get(folded)?.size === 1 &&
        !words.some((word) => UNIT_WORDS.has(word.toLowerCase())) &&
        !/[?+*x×:]/.test(form) &&
        // its exact accented words must not be keywords either (`bỏ`, `lấy`...): checked folded + unaccented
        !foldVietnamese(form).split(/\s+/).some((word, i) => RISKY_FOLDED.has(word) && words[i]?.toLowerCase() === word)
      );
    });
    const foldSafe = forms.filter((form) => !foldVietnamese(form).split(/\s+/).some((word) => RISKY_FOLDED.has(word)));
    const unit = entry.unit && UNIT_WORDS.has(entry.unit.toLowerCase()) ? entry.unit.toLowerCase() : '';
    return { entry, forms, foldSafe, unit };
  });
}

/**
 * Names (or aliases) that several products answer to, with what a buyer would
 * add to say which: the word after the shared name ("mật ong rừng"), the rest
 * of the name before its size ("sen tây hồ"), or a place in it ("u minh").
 */
function sharedNames(products: readonly ProductForms[]): SharedName[] {
  const byFold = new Map<string, { form: string; owners: ProductForms[] }>();
  for (const product of products) {
    for (const form of new Set([product.entry.name, ...product.entry.aliases].map((f) => f.trim()).filter((f) => f !== ''))) {
      const folded = foldVietnamese(form);
      const shared = byFold.get(folded) ?? { form, owners: [] };
      if (!shared.owners.includes(product)) shared.owners.push(product);
      byFold.set(folded, shared);
    }
  }
  const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
  const result: SharedName[] = [];
  for (const [folded, { form, owners }] of byFold) {
    if (owners.length < 2 || /\d/.test(form)) continue;
    const formWords = words(folded);
    const withHints = owners.map((product) => {
      const others = new Set(owners.filter((o) => o !== product).flatMap((o) => words(foldVietnamese(o.entry.name))));
      const own = words(product.entry.name);
      const ownFolded = own.map((w) => foldVietnamese(w));
      const telling = (from: number, to: number) => ownFolded.slice(from, to).some((f) => !others.has(f) && !RISKY_FOLDED.has(f));
      const at = ownFolded.findIndex((_, i) => formWords.every((w, k) => ownFolded[i + k] === w));
      const start = at === -1 ? 0 : at + formWords.length;
      let end = start;
      while (end < own.length && !/\d/.test(own[end]!)) end += 1;
      const hints: string[] = [];
      if (end > start && own[start]!.length >= 3 && telling(start, start + 1)) hints.push(own[start]!);
      if (end - start >= 2 && end - start <= 4 && telling(start, end)) hints.push(own.slice(start, end).join(' '));
      for (let i = 1; i + 1 < own.length; i += 1) {
        const proper = (w: string) => /^\p{Lu}/u.test(w) && !/\d/.test(w);
        if (proper(own[i]!) && proper(own[i + 1]!) && telling(i, i + 2)) hints.push(`${own[i]} ${own[i + 1]}`);
      }
      return { product, hints: [...new Set(hints.map((h) => h.toLowerCase()))] };
    });
    const usable = withHints.filter((o) => o.hints.length > 0);
    if (usable.length >= 2) result.push({ form, owners: usable });
  }
  return result;
}

function phoneFor(random: SeededRandom): string {
  return `0${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

function formatPhone(phone: string, random: SeededRandom): string {
  const rest = phone.slice(1);
  switch (random.int(0, 3)) {
    case 0:
      return phone;
    case 1:
      return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
    case 2:
      return `${phone.slice(0, 4)}.${phone.slice(4, 7)}.${phone.slice(7)}`;
    default:
      return `+84 ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`;
  }
}

export class CommentGenerator {
  private readonly random: SeededRandom;
  private readonly products: ProductForms[];
  private readonly viewers: Viewer[];
  private readonly mix: Record<CommentKind, number>;
  private readonly noDiacritics: number;
  private readonly teenCode: number;
  private readonly shared: SharedName[];
  private readonly catalog: readonly CatalogEntry[];
  private parser: Parser | undefined;
  private seq = 0;

  constructor(options: GeneratorOptions) {
    this.random = new SeededRandom(options.seed);
    this.products = productForms(options.catalog).filter((p) => p.forms.length > 0 || /^[A-Z]+\d*$/.test(p.entry.code));
    if (this.products.length === 0) throw new Error('The simulator needs a catalog with at least one product');
    this.mix = { ...DEFAULT_MIX, ...options.mix };
    this.noDiacritics = options.noDiacritics ?? 0.2;
    this.teenCode = options.teenCode ?? 0.2;
    this.catalog = options.catalog;
    this.shared = sharedNames(this.products);
    const count = Math.max(1, options.viewers ?? 60);
    this.viewers = Array.from({ length: count }, (_, i) => ({
      id: `sim-viewer-${i + 1}`,
      name: this.random.chance(0.15) ? this.random.pick(NICKNAMES) : `${this.random.pick(GIVEN)} ${this.random.pick(FAMILY)}`,
      phone: phoneFor(this.random),
      ordered: [],
      throughLearner: new Set<string>(),
      lastText: '',
      recent: new Map<string, number>(),
    }));
  }

  /**
   * The next comment, given the product code the audience is being shown now
   * (null: nothing), and when it is written (ms; lets a viewer avoid repeating
   * a recent text, which the order book would count once).
   */
  next(showcase: string | null, at?: number): SimulatedComment {
    const showcased = showcase ? this.products.find((p) => p.entry.code === showcase.toUpperCase()) : undefined;
    const viewer = this.random.pick(this.viewers);
    const repeated = (text: string) => {
      if (at === undefined) return text === viewer.lastText;
      const when = viewer.recent.get(text);
      return when !== undefined && at - when < REPEAT_GUARD_MS;
    };
    for (let tries = 0; tries < 20; tries++) {
      const weights = { ...this.mix };
      if (!showcased) weights.showcase = 0;
      if (this.shared.length === 0) weights.ambiguous = 0;
      if (viewer.ordered.every((code) => viewer.throughLearner.has(code))) weights.cancel = 0;
      const kind = this.random.weighted(weights);
      const made = this.make(kind, viewer, showcased);
      if (!made || repeated(made.text)) continue;
      this.remember(viewer, made.text, at);
      if (made.truth.intent === 'order') {
        for (const item of made.truth.items) {
          viewer.ordered.push(item.code);
          if (needsLearner(made.truth.kind)) viewer.throughLearner.add(item.code);
        }
      }
      if (made.truth.intent === 'cancel' && made.truth.items.length === 0) viewer.ordered = [];
      this.seq += 1;
      return { seq: this.seq, userId: viewer.id, userName: viewer.name, text: made.text, showcase: showcased?.entry.code ?? null, truth: made.truth };
    }
    // Every phrasing collided with this viewer's recent comments: a greeting never does for long.
    this.seq += 1;
    const text = `${this.random.pick(CHITCHAT)} ${'!'.repeat(this.seq % 3)}`.trim();
    this.remember(viewer, text, at);
    return { seq: this.seq, userId: viewer.id, userName: viewer.name, text, showcase: showcased?.entry.code ?? null, truth: { intent: 'other', items: [], phone: null, kind: 'other:fallback' } };
  }

  private remember(viewer: Viewer, text: string, at: number | undefined): void {
    viewer.lastText = text;
    if (at === undefined) return;
    viewer.recent.set(text, at);
    for (const [old, when] of viewer.recent) if (at - when >= REPEAT_GUARD_MS) viewer.recent.delete(old);
  }

  private make(kind: CommentKind, viewer: Viewer, showcased: ProductForms | undefined): { text: string; truth: SimulatedTruth } | undefined {
    switch (kind) {
      case 'order':
        return this.order(viewer);
      case 'showcase':
        return showcased ? this.showcaseOrder(showcased) : undefined;
      case 'ambiguous':
        return this.ambiguousOrder(showcased);
      case 'question':
        return this.question();
      case 'cancel':
        return this.cancel(viewer);
      case 'contact':
        return this.contact(viewer);
      default:
        return this.other();
    }
  }

  private qty(): number {
    return Number(this.random.weighted({ '1': 45, '2': 30, '3': 12, '4': 5, '5': 4, '10': 4 }));
  }

  /** A product with a name form; `foldable` asks for one that survives losing its diacritics. */
  private pickProduct(): { product: ProductForms; form: string; folded: boolean } | undefined {
    const named = this.products.filter((p) => p.forms.length > 0);
    if (named.length === 0) return undefined;
    const product = this.random.pick(named);
    const fold = product.foldSafe.length > 0 && this.random.chance(this.noDiacritics);
    return { product, form: this.random.pick(fold ? product.foldSafe : product.forms), folded: fold };
  }

  private order(viewer: Viewer): { text: string; truth: SimulatedTruth } | undefined {
    const template = this.random.int(0, 13);
    const one = (code: string, qty: number, text: string, fold: boolean, tag: string, phone: string | null = null) => ({
      text: fold ? foldVietnamese(text) : text,
      truth: { intent: 'order' as const, items: [{ code, qty }], phone, kind: `order:${tag}` },
    });
    const teen = this.random.chance(this.teenCode);
    const e = teen ? 'e' : 'em';
    const nha = teen ? 'nha' : this.random.pick(['nha', 'nhé', 'ạ', '']);
    if (template <= 3) {
      // Codes: the most reliable way buyers order when the seller shows them.
      const coded = this.products.filter((p) => /^[A-Z]+\d*$/.test(p.entry.code));
      if (coded.length === 0) return undefined;
      const product = this.random.pick(coded);
      const code = product.entry.code;
      const n = this.qty();
      // A code without digits typed in lower case reads as a word too ("chuoi 1"): only codes with digits go lower case.
      const lower = /\d/.test(code) ? `${code.toLowerCase()} ${n}` : `${code} ${n}`;
      const variants = [`${code} x${n}`, lower, `${code}*${n}`, `sl ${n} ${code}`, `${code} sl: ${n}`, n === 1 ? code : `${code} x ${n}`];
      const text = this.random.pick(variants);
      return one(code, text === code ? 1 : n, text, false, 'code');
    }
    const pick = this.pickProduct();
    if (!pick) return undefined;
    const { product, form, folded } = pick;
    const code = product.entry.code;
    const n = this.qty();
    const unit = product.unit;
    const u = unit ? `${unit} ` : '';
    const tail = nha ? ` ${nha}` : '';
    switch (template) {
      case 4:
        return one(code, n, `chốt ${n} ${u}${form}`, folded, 'chot');
      case 5:
        return one(code, n, `${e} lấy ${n} ${u}${form}${tail}`, folded, 'lay');
      case 6:
        return one(code, n, `lấy cho mình ${n} ${u}${form}`, folded, 'lay-cho');
      case 7:
        return one(code, n, `cho ${e} ${n} ${u}${form}${tail}`, folded, 'cho-em');
      case 8: {
        const words = NUMBER_WORDS[n];
        if (!words) return one(code, n, `đặt ${n} ${u}${form}${tail}`, folded, 'dat');
        const word = this.random.pick(words);
        const lead = this.random.pick(['', 'mua ', 'lấy ']);
        return one(code, n, `${lead}${word} ${u}${form}`, folded, 'number-word');
      }
      case 9:
        return one(code, n, `${form} x${n}`, folded, 'form-x');
      case 10:
        return unit ? one(code, n, `${form} ${n} ${unit}`, folded, 'form-n-unit') : one(code, n, `chốt ${n} ${form}`, folded, 'chot');
      case 11: {
        const other = this.pickProduct();
        if (!other || other.product.entry.code === code) return one(code, n, `order ${n} ${form} nha`, folded, 'order');
        const n2 = this.qty();
        const u2 = other.product.unit ? `${other.product.unit} ` : '';
        const text = this.random.chance(0.5) ? `lấy ${n} ${u}${form} với ${n2} ${u2}${other.form}` : `${n} ${form} ${n2} ${other.form}`;
        return {
          text,
          truth: { intent: 'order', items: [{ code, qty: n }, { code: other.product.entry.code, qty: n2 }], phone: null, kind: 'order:two-products' },
        };
      }
      case 12: {
        const shown = formatPhone(viewer.phone, this.random);
        return one(code, n, `chốt ${n} ${u}${form} sđt ${shown}`, false, 'with-phone', viewer.phone);
      }
      default:
        return one(code, n, `đặt ${n} ${u}${form}${tail}`, folded, 'dat');
    }
  }

  private showcaseOrder(showcased: ProductForms): { text: string; truth: SimulatedTruth } {
    const code = showcased.entry.code;
    const n = this.random.weighted({ 1: 70, 2: 20, 3: 10 });
    const qty = Number(n);
    const unit = showcased.unit;
    const variants: [string, number, string][] = [
      [`+${qty}`, qty, 'plus'],
      [`+${qty} nha shop`, qty, 'plus'],
      ['chốt', 1, 'chot'],
      ['chot', 1, 'chot'],
      ['chốt đơn ạ', 1, 'chot'],
      [`chốt ${qty}`, qty, 'chot-n'],
      [`lấy ${qty}`, qty, 'lay-n'],
      [`mua ${qty}`, qty, 'lay-n'],
      ...(unit ? ([[`${qty} ${unit}`, qty, 'n-unit']] as [string, number, string][]) : []),
    ];
    const [text, q, tag] = this.random.pick(variants);
    return { text, truth: { intent: 'order', items: [{ code, qty: q }], phone: null, kind: `showcase:${tag}` } };
  }

  private question(): { text: string; truth: SimulatedTruth } | undefined {
    const pick = this.pickProduct();
    const form = pick?.form ?? 'sản phẩm này';
    const folded = pick?.folded ?? false;
    const variants: [string, boolean][] = [
      ['giá bao nhiêu vậy shop', true],
      [`còn ${form} không shop?`, folded],
      [`có ${form} không ạ`, folded],
      [`xin giá ${form}`, folded],
      [`${form} dùng sao vậy shop`, folded],
      [`${form} giá sao shop`, folded],
      [`ship về ${this.random.pick(PROVINCES)} được không`, false],
      ['shop ơi ship mấy ngày tới?', false],
      ['hạn sử dụng bao lâu vậy shop?', false],
      ['bn v shop', false],
      ['con hang k shop', false],
      ['giá sao c', false],
    ];
    const [text, fold] = this.random.pick(variants);
    return { text: fold ? foldVietnamese(text) : text, truth: { intent: 'question', items: [], phone: null, kind: 'question' } };
  }

  /**
   * "lấy 2 mật ong nha, loại rừng á" where two products answer to "mật ong":
   * the parser leaves a hint in a clause of its own to the review queue; a
   * person reading it knows which. Checked against the real parser with what is on screen
   * (the parser reads a shared name as the showcased product when the hint
   * allows), so it never lands on a product by itself.
   */
  private ambiguousOrder(showcased: ProductForms | undefined): { text: string; truth: SimulatedTruth } | undefined {
    const shared = this.random.pick(this.shared);
    const { product, hints } = this.random.pick(shared.owners);
    const hint = this.random.pick(hints);
    const n = this.qty();
    const u = product.unit ? `${product.unit} ` : '';
    const e = this.random.chance(this.teenCode) ? 'e' : 'em';
    const form = shared.form.toLowerCase();
    // (the hint in a clause of its own: said beside the name, the parser reads it and takes that product itself)
    const text = this.random.pick([
      `lấy ${n} ${u}${form} nha, loại ${hint} á`,
      `cho ${e} ${n} ${u}${form} nha. Loại ${hint}`,
      `${form} lấy ${n}, loại ${hint} nha`,
      `chốt ${n} ${u}${form} nha shop, loại ${hint}`,
    ]);
    this.parser ??= createParser(this.catalog);
    const parsed = this.parser.parse(text, { showcase: showcased?.entry.code ?? null });
    const onlyReview = parsed.intent === 'order' && parsed.review === 'ambiguous' && parsed.items.length === 0 && (parsed.ambiguous ?? []).includes(product.entry.code);
    if (!onlyReview) return undefined;
    return { text, truth: { intent: 'order', items: [{ code: product.entry.code, qty: n }], phone: null, kind: 'review:ambiguous' } };
  }

  private cancel(viewer: Viewer): { text: string; truth: SimulatedTruth } | undefined {
    const cancellable = viewer.ordered.filter((code) => !viewer.throughLearner.has(code));
    if (cancellable.length === 0) return undefined;
    const code = this.random.pick(cancellable);
    const product = this.products.find((p) => p.entry.code === code);
    const choice = this.random.int(0, 5);
    // Cancelling everything would also take back what only the learner can capture (timing decides which): only when there is none.
    if (!product) return undefined;
    if (choice <= 2 && viewer.throughLearner.size === 0) {
      const text = this.random.pick(['hủy đơn giúp em', 'huy don', 'thôi em không lấy nữa', 'huỷ đơn nha shop', 'e hủy nha']);
      return { text, truth: { intent: 'cancel', items: [], phone: null, kind: 'cancel:all' } };
    }
    if (choice === 3 && /^[A-Z]+\d*$/.test(code)) return { text: `huỷ ${code}`, truth: { intent: 'cancel', items: [{ code, qty: null }], phone: null, kind: 'cancel:code' } };
    const form = product.forms.length > 0 ? this.random.pick(product.forms) : code;
    if (choice === 4) return { text: `hủy 1 ${form}`, truth: { intent: 'cancel', items: [{ code, qty: 1 }], phone: null, kind: 'cancel:qty' } };
    return { text: `bỏ ${form} nha shop`, truth: { intent: 'cancel', items: [{ code, qty: null }], phone: null, kind: 'cancel:product' } };
  }

  private contact(viewer: Viewer): { text: string; truth: SimulatedTruth } {
    const shown = formatPhone(viewer.phone, this.random);
    const choice = this.random.int(0, 4);
    if (choice === 4) {
      const text = `đ/c: ${this.random.int(2, 199)} ${this.random.pick(STREETS)}, ${this.random.pick(WARDS)}`;
      return { text, truth: { intent: 'contact', items: [], phone: null, kind: 'contact:address' } };
    }
    const text = [shown, `sdt ${shown}`, `sđt ${shown} nha`, `${shown} gọi em nhé`][choice]!;
    return { text, truth: { intent: 'contact', items: [], phone: viewer.phone, kind: 'contact:phone' } };
  }

  private other(): { text: string; truth: SimulatedTruth } {
    const teen = this.random.chance(this.teenCode);
    const text = this.random.pick(teen ? CHITCHAT_TEEN : CHITCHAT);
    return { text, truth: { intent: 'other', items: [], phone: null, kind: 'other' } };
  }
}

/** A whole scripted run at once (for rehearsals scored afterwards); the showcase may change along the way. */
export function generateComments(options: GeneratorOptions, count: number, showcaseAt: (seq: number) => string | null = () => null): SimulatedComment[] {
  const generator = new CommentGenerator(options);
  return Array.from({ length: count }, (_, i) => generator.next(showcaseAt(i + 1)));
}
