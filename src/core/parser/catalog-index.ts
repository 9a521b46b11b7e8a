// The catalog compiled once for matching: a trie over the folded words of
// every name and alias, and product codes split into letter and digit parts
// (`TD1` is found as `td1`, `TD 1`, `td-1`). Longest match wins; a name
// shared by several products at the same length is reported as ambiguous.
import type { CatalogEntry } from './parse-result';
import { tokenize, type Token } from './tokenize';
import { CHUC, PRICE_GLUED, QUESTION_WORDS, SIZE_GLUED, SIZE_SPACED, THAT_ONE, THIS } from './lexicon';
import { strengthAt } from './measures';
import { inLexicon, type WordSet } from './word-set';

interface NameEnd {
  product: number;
  keys: string[];
  /** A name or alias as written; false for a prefix of a name (`ngũ cốc` from `Ngũ cốc Hạnh Chipi`). */
  explicit: boolean;
  /**
   * Written with a size the match leaves out (`mật ong 1 lít`): the product's own name only when a size follows
   * in the comment (which then picks among the sizes); else only the kind, as a name's first words are.
   */
  sized: boolean;
  /**
   * An alias written without diacritics for a product whose name has them (`mat ong` beside
   * `Mật ong …`): a spelling without marks, matching any accented typing. Otherwise a plain
   * catalog word is a word in its own right (`Cam Vinh`: `cảm` is not `cam`; `nho` in
   * `Nho khô`, spelt so in the name too: `nhớ` is not `nho`).
   */
  loose: boolean;
  /** For a loose end, per word: how the product spells it, marks and tone (`tỏi` for `toi`), or null. */
  spellings: (readonly string[] | null)[] | null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: NameEnd[];
}

interface CodePattern {
  segments: string[];
  digits: boolean[];
  product: number;
  /** Letter-only codes that are also words (`CHUOI`) count only typed in capitals. */
  needsCaps: boolean;
}

export interface Mention {
  start: number;
  /** Exclusive token index. */
  end: number;
  /** Candidate products (indices); more than one means ambiguous. */
  products: number[];
  isCode: boolean;
  /** Every word typed exactly as the catalog spells it (`Chipi` for `chipi`; not `Nam` for `nấm`). */
  asSpelt: boolean;
  /** A name typed as the product's letter-only code in lower case (`chuoi` for CHUOI): a number right after it counts, as after a code. */
  spellsCode: boolean;
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });

/** The matchable words of a name: sizes (`500ml`), prices and punctuation dropped. */
function phraseTokens(text: string): Token[] {
  const tokens = tokenize(text.normalize('NFC'));
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'sym') continue;
    if (t.kind === 'num') {
      const next = tokens[i + 1];
      if (next?.kind === 'word') {
        const glued = !next.spaced;
        if ((glued && (SIZE_GLUED.has(next.fold) || PRICE_GLUED.has(next.fold))) || (!glued && (SIZE_SPACED.has(next.fold) || strengthAt(tokens, i)))) {
          i++;
          continue;
        }
      }
      if (t.grouped) continue;
    }
    kept.push(t);
  }
  return kept;
}

/** fold → the spellings (keys) the product gives it: every word of its name, the accented words of its aliases. */
function spellingsOf(name: readonly Token[], aliases: readonly string[]): Map<string, string[]> {
  const spellings = new Map<string, string[]>();
  const add = (word: Token) => {
    if (word.kind !== 'word') return;
    const list = spellings.get(word.fold) ?? [];
    if (!list.includes(word.key)) list.push(word.key);
    spellings.set(word.fold, list);
  };
  for (const word of name) add(word);
  for (const alias of aliases) for (const word of phraseTokens(alias)) if (word.marked) add(word);
  return spellings;
}

/**
 * A marked word typed as a loose alias's first word: `tôi`, `bà` are people, not `tỏi`, `ba` (a product
 * that spells the word so), and any word the parser reads as a cue is that word (`bỏ khô bò` is no slip of
 * `bò khô`). Any other marks may be a slip (`mặt ong`, `mạt ong`), and so may a person inside a name
 * (`mật ông`); but a one-word alias is met only as the product spells it: `ngồi yên`, `15 mâm`,
 * `em nằm xem live` are not `yến`, `mắm`, `nấm`.
 */
function spellingFits(typed: Token, spellings: readonly string[] | null, alone: boolean): boolean {
  if (spellings === null) return true;
  // (pronouns and kin words are cue words too: inLexicon covers them)
  return spellings.includes(typed.key) || (!alone && !inLexicon(typed));
}

/** `tiêu đó`, `trà atiso này`: a word pointing at something, typed with its marks, is that word, no slip of a name's (`tiêu đỏ`). */
function pointsAt(typed: Token): boolean {
  return THAT_ONE.has(typed) || THIS.has(typed);
}

/** The sizes written in these tokens (`500g`, `250 g`, `1kg`), each as digits and unit. */
export function sizesIn(tokens: readonly Token[]): string[] {
  const sizes: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (t.kind !== 'num' || next.kind !== 'word') continue;
    if (next.spaced ? SIZE_SPACED.has(next.fold) || strengthAt(tokens, i) : SIZE_GLUED.has(next.fold)) sizes.push(`${t.fold}${next.fold}`);
  }
  return sizes;
}

/** The phrase with `nước` as `nc` and `cà phê` as `cf`, or null when it has neither (a bare `nc` is talk, a bare `cf` is coffee). */
function abbreviated(words: readonly Token[]): string | null {
  const out: string[] = [];
  let changed = false;
  let coffee = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    if (w.fold === 'nuoc') {
      out.push('nc');
      changed = true;
    } else if (w.fold === 'ca' && words[i + 1]?.fold === 'phe') {
      out.push('cf');
      changed = true;
      coffee = true;
      i++;
    } else out.push(w.raw);
  }
  return changed && (out.length >= 2 || coffee) ? out.join(' ') : null;
}

const I_FORMS = 'iìíỉĩịIÌÍỈĨỊ';
const Y_FORMS = 'yỳýỷỹỵYỲÝỶỸỴ';
/** A syllable ending in i or y after h, k, l, m, s, t, v or qu, where the two are one sound (`mì`/`mỳ`, `lí`/`lý`, `quí`/`quý`). */
const IY_SYLLABLE = /(?<![\p{L}\p{M}])(qu|[hklmstv])([iìíỉĩịyỳýỷỹỵ])(?![\p{L}\p{M}])/giu;

/** The phrase with each such syllable spelt the other way, or null when it has none. */
function otherIY(phrase: string): string | null {
  const text = phrase.normalize('NFC');
  const swapped = text.replace(IY_SYLLABLE, (_whole: string, onset: string, vowel: string) => {
    const i = I_FORMS.indexOf(vowel);
    return onset + (i >= 0 ? Y_FORMS[i] : I_FORMS[Y_FORMS.indexOf(vowel)]);
  });
  return swapped === text ? null : swapped;
}

/** Two words one typing slip apart: a letter changed, dropped or added, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let first = -1;
    let count = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (count === 0) first = i;
      count++;
    }
    return count === 1 || (count === 2 && a[first] === b[first + 1] && a[first + 1] === b[first]);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

/** The products of every name ending at or below this node, a few words deep. */
function productsBelow(node: TrieNode, into: number[], depth: number): void {
  for (const end of node.ends) if (!into.includes(end.product)) into.push(end.product);
  if (depth > 0) for (const child of node.next.values()) productsBelow(child, into, depth - 1);
}

function splitCode(code: string): { segments: string[]; digits: boolean[] } {
  const segments: string[] = [];
  const digits: boolean[] = [];
  for (const part of code.toLowerCase().match(/[a-z]+|[0-9]+/g) ?? []) {
    segments.push(part);
    digits.push(/^[0-9]/.test(part));
  }
  return { segments, digits };
}

/** `số 3`, `mã 6`: the word before a product's number (typed plain too: `so 3`). */
const NUMBER_HEADS = new Set(['số', 'so', 'mã']);
/** `nhà số 7`, `giỏ số 3`, `phòng số 2`, `tk số 12`: the number of something else. */
const NOT_NUMBERED_BEFORE = new Set(['nha', 'gio', 'phong', 'tk', 'ban', 'duong', 'hem', 'kiet', 'ngo', 'lo', 'to', 'ap', 'xom', 'thon', 'khu', 'sdt', 'dt']);

let nextIndexId = 0;

export class CatalogIndex {
  private readonly id = nextIndexId++;
  readonly codes: string[];
  readonly unitWords: string[];
  private readonly root: TrieNode = newNode();
  private readonly codePatterns = new Map<string, CodePattern[]>();
  /**
   * Where one series of codes numbers most products (`SP1` … `SP8`), the product of each number: the seller numbers the
   * products on the overlay, and buyers say `số 3`, `mã 3`.
   */
  private readonly numbered = new Map<string, number>();
  /** Codes of letters ending in O, then digits (`MO1`), by their letters before the O: typed with a zero for the O (`M01`). */
  private readonly zeroForO = new Map<string, CodePattern[]>();
  private readonly nameWords = new Set<string>();
  /** Each product's name and alias words, folded: what tells products sharing a name apart. */
  private readonly productWords: Set<string>[] = [];
  /** Each product's words as spelt with their marks (token keys), and the folds it spells with marks somewhere. */
  private readonly productKeys: Set<string>[] = [];
  private readonly productMarkedFolds: Set<string>[] = [];
  /** Each product's sizes as its name and aliases give them (`500g`, `1kg`): names are matched without them. */
  private readonly productSizes: Set<string>[] = [];
  /** Products sharing an alias (`tỏi đen` for the 250g, 500g and 1kg jars): variants of one another. */
  private readonly aliasOwners = new Map<string, number[]>();
  /** variantsOf, worked out once per product. */
  private readonly variants: (number[] | undefined)[] = [];

  constructor(
    catalog: readonly CatalogEntry[],
    isEverydayWord: (fold: string) => boolean,
    private readonly units: WordSet,
  ) {
    this.codes = catalog.map((entry) => String(entry.code).trim().toUpperCase());
    this.unitWords = catalog.map((entry) => String(entry.unit ?? '').trim()).filter((unit) => unit !== '');
    const seen = new Set<string>();
    catalog.forEach((entry, product) => {
      const aliases = Array.isArray(entry.aliases) ? entry.aliases : [];
      const name = phraseTokens(String(entry.name ?? ''));
      const nameMarked = name.some((word) => word.marked);
      // Words the name itself spells without marks (`Nho` in `Nho khô Ninh Thuận`): an alias made of these is the word's own spelling.
      const namePlain = new Set(name.filter((word) => !word.marked).map((word) => word.fold));
      const spelt = spellingsOf(name, aliases.map(String));
      for (const alias of [String(entry.name ?? ''), ...aliases.map(String)]) {
        const sizes = sizesIn(tokenize(alias.normalize('NFC')));
        for (const size of sizes) (this.productSizes[product] ??= new Set()).add(size);
        const words = phraseTokens(alias);
        // `chai 1 lít`, `túi 2kg`: without its size, an alias of units alone would make every `chai` this product
        if (sizes.length > 0 && words.every((w) => this.units.has(w))) continue;
        const key = words.map((w) => w.fold).join(' ');
        const owners = this.aliasOwners.get(key) ?? [];
        if (!owners.includes(product)) owners.push(product);
        this.aliasOwners.set(key, owners);
        this.addPhrase(words, product, true, seen, nameMarked, namePlain, spelt, sizes.length > 0);
        // Typed in one go on a phone: `matong`, `toiden`, `chuoisay`. Short phrases only: nobody glues a whole name.
        if (words.length >= 2 && words.length <= 3 && words.every((w) => w.kind === 'word')) {
          this.addPhrase(phraseTokens(words.map((w) => w.raw).join('')), product, true, seen, nameMarked, namePlain, spelt, false, true);
        }
        // The short forms everyone types: `nc mắm` (nước), `cf hạt`, `cf` (cà phê)
        const short = abbreviated(words);
        if (short !== null) this.addPhrase(phraseTokens(short), product, true, seen, nameMarked, namePlain, spelt);
        // `mỳ Quảng` for `mì Quảng`, `tỏi Lí Sơn` for `Lý Sơn`: spelt either way (names of two words or more: `my` alone is English)
        const respelt = words.length >= 2 ? otherIY(alias) : null;
        if (respelt !== null) this.addPhrase(phraseTokens(respelt), product, true, seen, nameMarked, namePlain, spelt);
      }
      for (let length = 2; length < name.length; length++) this.addPhrase(name.slice(0, length), product, false, seen, nameMarked, namePlain, spelt);
    });
    this.numberProducts();
    this.codes.forEach((code, product) => {
      const { segments, digits } = splitCode(code);
      const first = segments[0];
      if (first === undefined) return;
      const lettersOnly = digits.every((d) => !d);
      const folded = segments.join('');
      // `CF-BOT` has its hyphen to tell it from a word; `CHUOI` does not
      const needsCaps = lettersOnly && segments.length === 1 && (this.nameWords.has(folded) || isEverydayWord(folded));
      const list = this.codePatterns.get(first) ?? [];
      const pattern = { segments, digits, product, needsCaps };
      list.push(pattern);
      this.codePatterns.set(first, list);
      if (segments.length === 2 && digits[1] === true && first.length >= 2 && first.endsWith('o')) {
        const before = first.slice(0, -1);
        this.zeroForO.set(before, [...(this.zeroForO.get(before) ?? []), pattern]);
      }
    });
  }

  private addPhrase(
    words: Token[],
    product: number,
    explicit: boolean,
    seen: Set<string>,
    nameMarked: boolean,
    namePlain: ReadonlySet<string>,
    spelt: ReadonlyMap<string, string[]>,
    sized = false,
    glued = false,
  ): void {
    if (words.length === 0) return;
    const id = `${product}|${explicit ? 'e' : 'd'}${sized ? 's' : ''}|${words.map((w) => w.key).join(' ')}`;
    if (seen.has(id)) return;
    seen.add(id);
    let node = this.root;
    const own = (this.productWords[product] ??= new Set());
    const keys = (this.productKeys[product] ??= new Set());
    const markedFolds = (this.productMarkedFolds[product] ??= new Set());
    for (const word of words) {
      this.nameWords.add(word.fold);
      own.add(word.fold);
      keys.add(word.key);
      if (word.marked) markedFolds.add(word.fold);
      let child = node.next.get(word.fold);
      if (child === undefined) {
        child = newNode();
        node.next.set(word.fold, child);
      }
      node = child;
    }
    const loose = nameMarked && words.every((w) => !w.marked) && !words.every((w) => namePlain.has(w.fold));
    // (a name typed in one go has no spelling with marks of its own: typed with marks, it is another word, `huyện` no `hu yen`)
    const spellings = loose ? words.map((w) => spelt.get(w.fold) ?? (glued ? [] : null)) : null;
    node.ends.push({ product, keys: words.map((w) => w.key), explicit, sized, loose, spellings });
  }

  /** Works out once per distinct word what this catalog makes of it (cached on the word). */
  prime(tokens: readonly Token[]): void {
    for (const t of tokens) {
      const info = t.info;
      if (info === null || info.ownerId === this.id) continue;
      info.ownerId = this.id;
      info.trieChild = this.root.next.get(info.fold) ?? null;
      info.codes = this.codePatterns.get(info.fold) ?? null;
      info.unit = this.units.has(t);
    }
  }

  /** A count unit (`hũ`, the catalog's own units); tokens must have been primed. */
  isUnit(t: Token): boolean {
    return t.info !== null && t.info.unit;
  }

  /** A fold that is a word of this product's name or aliases. */
  nameHasWord(product: number, fold: string): boolean {
    return this.productWords[product]?.has(fold) ?? false;
  }

  /**
   * The word as typed is one of this product's name or aliases: typed plain, any spelling of it; typed with its marks,
   * that spelling, where the product spells the word with marks at all (`đó` is no word of `tiêu đỏ`, though `tieu do`
   * is its alias typed plain).
   */
  nameHasToken(product: number, t: Token): boolean {
    if (!this.nameHasWord(product, t.fold)) return false;
    if (!t.marked) return true;
    return (this.productKeys[product]?.has(t.key) ?? false) || !(this.productMarkedFolds[product]?.has(t.fold) ?? false);
  }

  /** The product and the products that share an alias with it (its variants), the product first. */
  variantsOf(product: number): readonly number[] {
    const known = this.variants[product];
    if (known !== undefined) return known;
    const variants = [product];
    for (const owners of this.aliasOwners.values()) {
      if (owners.length < 2 || !owners.includes(product)) continue;
      for (const p of owners) if (!variants.includes(p)) variants.push(p);
    }
    this.variants[product] = variants;
    return variants;
  }

  /** The sizes the product's name and aliases give (`5kg`), as digits and unit. */
  sizesOf(product: number): ReadonlySet<string> | undefined {
    return this.productSizes[product];
  }

  /** The product's name or an alias gives this size (`500g`). */
  hasSize(product: number, size: string): boolean {
    return this.productSizes[product]?.has(size) ?? false;
  }

  /**
   * `chốt MO3 x2` where the shop sells MO1 and MO2: the letters of its codes glued to a number no code has are a code
   * it does not sell, not a word (`mo` is mô, where). Marked as a name, so no rule reads them as a word.
   */
  markUnknownCodes(tokens: Token[]): void {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i] as Token;
      const next = tokens[i + 1] as Token;
      if (t.kind !== 'word' || t.role !== 'free' || t.marked || next.kind !== 'num' || next.spaced || next.role !== 'free') continue;
      if (this.codePatterns.has(t.fold) && (i === 0 || (tokens[i - 1] as Token).kind !== 'word' || t.spaced)) t.role = 'name';
    }
  }

  /** The series, if any: one letter prefix numbering most of the catalog (at least 4 codes, 60%), each number once. */
  private numberProducts(): void {
    const series = new Map<string, Map<string, number>>();
    for (const [product, code] of this.codes.entries()) {
      const { segments, digits } = splitCode(code);
      if (segments.length !== 2 || digits[0] !== false || digits[1] !== true) continue;
      const [prefix, digitsPart] = segments as [string, string];
      const numbers = series.get(prefix) ?? new Map<string, number>();
      const number = String(Number(digitsPart));
      // a number twice in one series (`SP1`, `SP01`) is no numbering
      numbers.set(number, numbers.has(number) ? -1 : product);
      series.set(prefix, numbers);
    }
    for (const numbers of series.values()) {
      if (numbers.size < 4 || numbers.size < this.codes.length * 0.6 || [...numbers.values()].includes(-1)) continue;
      for (const [number, product] of numbers) this.numbered.set(number, product);
      return;
    }
  }

  /**
   * `chốt số 3`, `mã 6 lấy 2 bịch` where the products are numbered (SP1 … SP8): the product of that number. Not a
   * house's number (`số 7 Lê Lợi`, `nhà số 7`) nor a slot of the platform's basket (`giỏ số 3`). (A hashtag, `#4`, never
   * reaches here: the tokenizer skips tags.)
   */
  matchNumbered(tokens: readonly Token[], i: number): Mention | null {
    if (this.numbered.size === 0) return null;
    const head = tokens[i] as Token;
    const number = tokens[i + 1];
    if (head.kind !== 'word' || head.role !== 'free' || !NUMBER_HEADS.has(head.raw.toLowerCase())) return null;
    if (number?.kind !== 'num' || number.role !== 'free' || number.grouped || !number.spaced) return null;
    const before = tokens[i - 1];
    if (before?.kind === 'word' && (NOT_NUMBERED_BEFORE.has(before.fold) || before.title)) return null;
    // (`mật ong nhà này số 1 luôn`: the best, said of what was named)
    if (number.value === 1 && before?.kind === 'word' && (before.role === 'mention' || before.fold === 'nay')) return null;
    const after = tokens[i + 2];
    if (after !== undefined && after.kind === 'word' && after.title && after.spaced) return null;
    const product = this.numbered.get(String(number.value));
    return product === undefined ? null : { start: i, end: i + 2, products: [product], isCode: true, asSpelt: true, spellsCode: false };
  }

  /** A fold that is a word of some product's name or alias. */
  isNameWord(fold: string): boolean {
    return this.nameWords.has(fold);
  }

  /** The longest product mention starting at token i, or null. */
  matchAt(tokens: readonly Token[], i: number): Mention | null {
    const byCode = this.matchCode(tokens, i);
    const byName = this.matchName(tokens, i);
    if (byCode !== null && !byCode.isCode) {
      // a word-like code typed in lower case (`chuoi`) is the name, which also spells that code
      if (byName !== null && byName.end === byCode.end && byName.products.length === 1 && byName.products[0] === byCode.products[0]) byName.spellsCode = true;
      return byName;
    }
    if (byName !== null && (byCode === null || byName.end > byCode.end)) return byName;
    // `atiso 2 hop` beside the code ATISO2, `nem 1 chục` beside NEM1: a name, then digits set apart and a unit, is a name and its count
    if (byCode !== null && byName !== null && byName.end === byCode.end - 1 && tokens[byName.end]?.spaced === true) {
      const after = tokens[byCode.end];
      if (after !== undefined && after.kind === 'word' && after.role === 'free' && (this.isUnit(after) || CHUC.has(after))) return byName;
    }
    return byCode;
  }

  private matchCode(tokens: readonly Token[], i: number): Mention | null {
    const first = tokens[i];
    if (first === undefined || first.role !== 'free') return null;
    // (`tđ1` for TD1, its digits glued: `HĐ 1 bản` is an invoice, hóa đơn)
    const dTyped = first.marked && tokens[i + 1]?.kind === 'num' && tokens[i + 1]?.spaced === false && !markedBeyondD(first);
    if (first.marked && !dTyped) return null;
    if (first.kind === 'sym' || (first.kind === 'num' && first.grouped)) return null;
    const patterns = (first.info !== null ? first.info.codes : this.codePatterns.get(first.fold)) as CodePattern[] | null | undefined;
    if (patterns === undefined || patterns === null) return this.misTypedCode(tokens, i);
    const prev = tokens[i - 1];
    if (prev !== undefined && !first.spaced && prev.kind === 'word') return null;
    let best: Mention | null = null;
    for (const pattern of patterns) {
      const lowerWord = pattern.needsCaps && first.raw !== first.raw.toUpperCase();
      let j = i;
      let ok = true;
      for (let s = 0; s < pattern.segments.length; s++) {
        let t = tokens[j];
        if (s > 0) {
          // `td-2`, and `td.2` as a code is sometimes printed
          if (t?.kind === 'sym' && (t.raw === '-' || (t.raw === '.' && pattern.digits[s] !== pattern.digits[s - 1])) && !t.spaced && tokens[j + 1] !== undefined && !tokens[j + 1]?.spaced) {
            j++;
            t = tokens[j];
          } else if (t !== undefined && t.spaced && pattern.digits[s] === pattern.digits[s - 1]) {
            ok = false; // a space only between letters and digits
            break;
          }
        }
        const wantDigits = pattern.digits[s] === true;
        if (
          t === undefined ||
          t.role !== 'free' ||
          t.fold !== pattern.segments[s] ||
          (t.marked && !(j === i && dTyped)) ||
          (wantDigits ? t.kind !== 'num' || t.grouped : t.kind !== 'word')
        ) {
          ok = false;
          break;
        }
        j++;
      }
      if (!ok) continue;
      // `mật ong bn 1 chai`: how much a bottle, asked; a code set apart from a count is no code when its letters ask (ORDER-GRAMMAR.md)
      if (QUESTION_WORDS.has(first) && tokens[i + 1]?.spaced === true && this.units.has(tokens[j])) continue;
      const after = tokens[j];
      if (after !== undefined && !after.spaced && after.kind !== 'sym') {
        const markerAfter = after.kind === 'word' && after.fold === 'x' && tokens[j + 1]?.kind === 'num' && !tokens[j + 1]?.spaced;
        if (!markerAfter) continue; // part of a longer word: not this code
      }
      if (best === null || j > best.end || (best.isCode === false && !lowerWord && j === best.end)) {
        best = { start: i, end: j, products: [pattern.product], isCode: !lowerWord, asSpelt: true, spellsCode: lowerWord };
      }
    }
    return best ?? this.misTypedCode(tokens, i);
  }

  /**
   * A code typed as it looks on screen, not as it is: a zero for the letter O (`M01` for MO1), or its number padded
   * with a zero (`MO01`). Typed glued, as a code is, and set apart from the word after it.
   */
  private misTypedCode(tokens: readonly Token[], i: number): Mention | null {
    const first = tokens[i] as Token;
    const number = tokens[i + 1];
    if (first.kind !== 'word' || number?.kind !== 'num' || number.spaced || number.grouped || !number.raw.startsWith('0') || number.raw.length < 2) return null;
    const prev = tokens[i - 1];
    if (prev !== undefined && !first.spaced && prev.kind === 'word') return null;
    const after = tokens[i + 2];
    if (after !== undefined && !after.spaced && after.kind !== 'sym' && !(after.kind === 'word' && after.fold === 'x')) return null;
    const rest = number.raw.slice(1);
    const asO = this.zeroForO.get(first.fold)?.find((p) => p.segments[1] === rest);
    const padded = this.codePatterns.get(first.fold)?.find((p) => p.segments.length === 2 && p.digits[1] === true && p.segments[1] === rest);
    const pattern = asO ?? padded;
    return pattern === undefined ? null : { start: i, end: i + 2, products: [pattern.product], isCode: true, asSpelt: true, spellsCode: false };
  }

  /**
   * `mật ong dừng` beside `mật ong rừng`, `yến chưg` beside `yến chưng`: the word after a matched name is one slip of the
   * keyboard from the next word of a longer name (a letter wrong, missing, extra or swapped). The products of those
   * longer names, for the seller to choose among with the one matched; none when the word is one the parser knows.
   */
  nearMiss(tokens: readonly Token[], m: Mention): number[] {
    const next = tokens[m.end];
    if (m.isCode || next === undefined || next.kind !== 'word' || next.role !== 'free' || next.fold.length < 3) return [];
    if (this.nameWords.has(next.fold) || inLexicon(next) || this.units.has(next)) return [];
    let node: TrieNode | undefined = this.root;
    for (let k = m.start; k < m.end && node !== undefined; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'sym') node = node.next.get(t.fold);
    }
    if (node === undefined) return [];
    const products: number[] = [];
    for (const [word, child] of node.next) if (oneSlip(word, next.fold)) productsBelow(child, products, 4);
    return products.filter((p) => !m.products.includes(p));
  }

  private matchName(tokens: readonly Token[], i: number): Mention | null {
    let node = this.root;
    let j = i;
    const positions: number[] = [];
    let best: Mention | null = null;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if (t.role !== 'free') break;
      if (t.kind === 'sym') {
        // a hyphen inside a name (`Shan-tuyết`) is skipped
        if (t.raw === '-' && positions.length > 0 && !t.spaced && tokens[j + 1] !== undefined && !tokens[j + 1]?.spaced) {
          j++;
          continue;
        }
        break;
      }
      if (t.kind === 'num' && t.grouped) break;
      const child = j === i && t.info !== null ? (t.info.trieChild as TrieNode | null) ?? undefined : node.next.get(t.fold);
      if (child === undefined) break;
      node = child;
      positions.push(j);
      j++;
      if (node.ends.length === 0) continue;
      const explicit: number[] = [];
      const derived: number[] = [];
      let asSpelt = false;
      for (const end of node.ends) {
        let ok = true;
        let same = true;
        for (let w = 0; w < positions.length; w++) {
          const typed = tokens[positions[w] as number] as Token;
          if (typed.key !== end.keys[w]) {
            same = false;
            if (typed.marked && (!end.loose || (w === 0 && !spellingFits(typed, end.spellings?.[0] ?? null, end.keys.length === 1)) || (w > 0 && pointsAt(typed)))) {
              ok = false;
              break;
            }
          }
        }
        if (!ok) continue;
        if (same) asSpelt = true;
        // (`mật ong 1 lít` beside `mật ong bạc hà`: without a size after it the alias names only the kind)
        const list = end.explicit && (!end.sized || tokens[j]?.role === 'measure') ? explicit : derived;
        if (!list.includes(end.product)) list.push(end.product);
      }
      const products = explicit.length > 0 ? explicit : derived;
      if (products.length > 0) best = { start: i, end: j, products, isCode: false, asSpelt, spellsCode: false };
    }
    return best;
  }
}

/** A mark other than đ's stroke: a Telex keyboard types the d of a code (`tđ1` for TD1) as đ, and no other mark. */
function markedBeyondD(t: Token): boolean {
  return t.marked && /[^\p{ASCII}đĐ]/u.test(t.raw);
}
