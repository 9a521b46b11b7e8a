// One comment plus what is on screen in, one intent out (ORDER-GRAMMAR.md).
// The passes, in order: phones, sizes and prices, product mentions, an
// address, quantities, then the cue words that decide the intent. Each pass
// marks the tokens it used, so a phone is never a quantity and a keyword
// inside a product name is not a keyword.
import { callOf, callsEveryone, urges } from './addressee';
import { collapseElongation } from './elongation';
import { findAddress } from './address';
import { CatalogIndex, sizesIn, type Mention } from './catalog-index';
import { corrected, correctedCancel, crossedOut, lastCorrection } from './correction';
import {
  ADDRESS_HINTS,
  ADMIN_LEVELS,
  ADVISE,
  ALIKE_WHAT,
  ALSO,
  ALSO_SO,
  ASK,
  ASKED_AT_HOME,
  ASK_OPENERS,
  ASK_TAIL,
  A_ASKS,
  BAO,
  BAO_ASKS,
  BOTS,
  BULK_UNITS,
  BUT,
  CAN,
  CANCEL_VERBS,
  CANCEL_WORDS,
  CARD,
  CART,
  CHILD_AFTER,
  CHO,
  CONTACT_WORDS,
  CHOICE,
  CHOT,
  CHOT_SLIP,
  CHO_FILLERS,
  CHUA,
  CHUC,
  COMPARE,
  COUNTERS,
  DE,
  DEADLINE_HEADS,
  DESTROY,
  DIALECT_NO,
  DIALECT_ASKS,
  DON,
  DOZEN,
  DONT,
  DOWN,
  DROP_ALL,
  DROP_FILLERS,
  DROP_WORDS,
  EASY,
  EVERYONE_FIRST,
  GI,
  GIA,
  GIFT_WORD,
  GIVE,
  GRADES,
  GROUPS,
  HA,
  HABIT,
  HALF_WORD,
  HAVE,
  HERE,
  HET,
  INTO,
  JOKING,
  JUST_SO,
  KEEP_WORDS,
  KHOI,
  KIN,
  KINDS,
  LAI,
  MEAT,
  LATER_AFTER,
  LEAVE,
  LOOK,
  MARRIED,
  MAY,
  MAY_PEOPLE,
  MIDDLE_NAMES,
  MISTAKEN,
  MOI,
  MUOI_TEN,
  NAMING,
  NAO,
  NEGATIONS,
  NHIEU,
  NOT_AFTER_GIA,
  NOT_AFTER_MAY,
  NOT_AFTER_MO,
  NOT_BEFORE_GIA,
  NUA,
  NUMBERED_PLACES,
  NUMBER_WORDS,
  OI,
  OLD,
  ON_BEHALF,
  ORDER_FILLERS,
  ORDER_WORDS,
  OTHER_GOODS,
  OUT,
  OUT_OF,
  PACKS,
  PAIR,
  PASSIVE,
  PAST_BEFORE,
  PAST_SENSITIVE,
  PEOPLE,
  PER_HEAD,
  PHAI,
  PHONE_LABELS,
  PLACE_FIRST,
  PLACE_KINDS,
  PLACE_SECOND,
  PLACE_WORDS,
  PLAN,
  POLITE_TAIL,
  PRESS,
  PRICE_KINDS,
  PRONOUNS,
  QUESTION_PAIRS,
  QUESTION_PAIR_FIRSTS,
  QUESTION_WORDS,
  RAISE_ORDER,
  RARE_CUE_WORDS,
  ROI,
  RUIN,
  SAID,
  SAME_AS,
  SAME_EXACTLY,
  SAME_GOODS,
  SAME_OLD,
  SAO,
  SEE,
  SELF,
  SET_MARKS,
  SHADOWED,
  SHADOWED_AFTER,
  SHIP,
  SHIP_SPEEDS,
  SHOP_TAIL,
  SLOT,
  SLOT_WHICH,
  SOFT_ORDER_WORDS,
  SPEAKER_NEXT,
  STREET_PREFIXES,
  SWAP_TO,
  SWAP_VERBS,
  TELLING,
  THANKS_FIRST,
  THANKS_SECOND,
  THAT_ONE,
  THEM,
  THINKING_OF,
  THIS,
  THOI,
  TOGETHER,
  TOO_MANY,
  UNFOLLOW,
  UNIT_WORDS,
  VAGUE_ALL,
  VAGUE_COUNTS,
  VERY,
  WEAK_STREET_PREFIXES,
  WHERE_TO,
  WHICH_HEADS,
  WHO,
  WITH,
  WRAPS,
  YES_SIR,
  ZOOM,
} from './lexicon';
import { declined, keptAfterCancel, leaveAsked, onlyTailFrom, plainHuyIsAWord, restoresOrder } from './cancel-context';
import { aShare, countsSomethingElse, countsWhatIsLeft, givenTo, newTotal, runsOn, saidAgain, setsTotal, tells } from './count-context';
import { amountBefore, markMeasures } from './measures';
import { cartClauses, slotNamed } from './platform-cart';
import { asksHow, asksWhenBefore, conditional, elsewhere, notOrdering, toldToBuy, otherTimeBefore, pastAfter, pointsAtThis, someoneElse, unreal } from './order-word-context';
import { choiceBetween, clausesOf, describesUnit, endsMention, freeWord, isSym, joinedByPlus, lastBefore, laterInClause, leadingTitleWords, startsMention, startsQuantity } from './token-tests';
import type { CatalogEntry, ParseResult, ParsedItem } from './parse-result';
import { markNames, markTaggedYears } from './names';
import { isRenumbered, markPhones, normalisePhoneDigits } from './phone';
import { findQuantities, jerrycan, sameAmount, sizeAmount, type Amount, type Qty } from './quantities';
import { storyClauses, toldAsDone } from './story-context';
import { readSwaps, SWAP_REACH } from './swap-context';
import { goneBy, pastTime, toCome } from './time-words';
import { withoutVniKeys } from './telex';
import { tokenize, type Token } from './tokenize';
import { inLexicon, WordSet, type WordShape } from './word-set';

export interface ParseContext {
  /** Code of the product on screen when the comment arrived. */
  showcase?: string | null;
}

export interface Parser {
  parse(text: string, context?: ParseContext): ParseResult;
}

export interface ParserOptions {
  /**
   * A rule threw on a comment, which then reads as chatter so a live stream goes on: told here
   * so the app can log it and tests can fail on it.
   */
  onFault?: (error: unknown, text: string) => void;
}

/** Longer comments are cut: nobody orders in the 20,001st character, and it bounds the work. */
const MAX_CHARS = 20_000;
const COMBINING = /[\u0300-\u036f]/;
/** Letters struck through with a combining stroke, and the spaces struck with them. */
const STRUCK = /(?:[^\u0336\n]\p{M}*\u0336)+/gu;

/** Letters a unit is typed as, glued to its count (`2h` hũ, `3c` chai, `2b` bịch, `2t` túi, `2g` gói). */
const UNIT_INITIALS: readonly [string, string][] = [
  ['h', 'hũ'],
  ['c', 'chai'],
  ['b', 'bịch'],
  ['t', 'túi'],
  ['g', 'gói'],
];
const GLUED_INITIALS = /(?<![\p{L}\d.,])(\d{1,3})([hcbtg])(?![\p{L}\d:])/giu;
/** A child just before a count glued to `t` (`bé 5t`, `con 3t`), not given to (`cho con 2t`): the count is their age (tuổi). */
const AGE_OF = /(?:^|[\s,(])(?<!cho\s)(?:bé|be|con|cháu|chau)\s*$/iu;
/** Before `2h` counted in jars: an order or cancel word, the writer, `thêm`, or a code (`MO1 2h`). */
const H_BEFORE = /(?:^|[\s,.;:!-])(?:lấy|lay|lây|chốt|chot|mua|đặt|dat|thêm|them|cho|e|em|c|chị|chi|a|anh|mình|minh|mk|hủy|huỷ|huy|bỏ|bo|bớt|bot|[a-z]{1,4}\d{1,3})\s*$/iu;
/** Nothing after but polite words and signs (`2h nha`, `2h ạ`). */
const ONLY_POLITE = /^[\s\p{P}\p{S}]*(?:(?:nha|nhé|ạ|a|shop|c|e|ơi|nka)[\s\p{P}\p{S}]*)*$/iu;
/** After `5h`: a time of day (`5h chiều`, `7h tối`, `2h kém 15`). */
const CLOCK_AFTER = /^(sáng|sang|chiều|chieu|tối|toi|trưa|trua|đêm|dem|khuya|kém|kem|rưỡi|ruoi|nay|mai|\d)/u;
/** A word of letters with digits in it or at its end, whole (`cho6t1`, `chot61`), for VNI's keys (telex.ts). */
const VNI_TYPED = /(?<![\p{L}\d])[a-z][a-z\d]*\d[a-z\d]*(?![\p{L}\d])/giu;
/** `me too`, `me toooo`: English for `em cũng vậy`. */
const ME_TOO = /\bme\s+too+\b/i;
/**
 * A phone keyboard set to English corrects `chot` to `shot` and `hu` to `hub`: `shot` opening the comment or a sentence, or
 * before a count (`Shot 1 nha c`, `shot 2`; not `Nice shot`), and `hub` after a count (`2 hub`), are chốt and hũ.
 */
const SHOT = /(^|[\n.!?]\s*)shot\b|\bshot(?=\s+\d)/gi;
const HUB = /(\d)\s*hub\b/gi;
/** Either of them, tested first: most comments have neither. */
const AUTOCORRECTED = new RegExp(`${SHOT.source}|${HUB.source}`, 'i');
const ARROW = /→|⇒|->|=>/;
const ARROWS = /\s*(?:→|⇒|->|=>)\s*/g;
const TOTAL_ARROW = /(^|\n)[ \t]*(?:→|⇒|->|=>)[ \t]*(?=[0-9])/g;

/**
 * A reply's prefix: Facebook's (`Trả lời Lan Nguyễn: …`, `Replying to Lan: …`), Messenger's header line
 * (`Bạn đã trả lời Mật Ong Gia Lai`) and Zalo's (`↪ Bạn: …`).
 */
const REPLY = /^\s*(?:(?:trả lời|tra loi|reply to|replying to)\s+[^:\n]{1,60}:|(?:bạn đã trả lời|ban da tra loi)[^\n]{0,60}\n|↪\s*[^:\n]{1,60}:)/iu;
/** After a reply's prefix, the message replied to in quotes, then the buyer's own words on the next line or after an arrow. */
const QUOTED_FIRST = /^\s*["“][^"”\n]*["”]\s*(?:\n|→|⇒|->|=>)/u;

/**
 * The comment split into the buyer's own words and what they quote: lines quoted from others (`> …`), and after a
 * reply's prefix, the message it quotes (`Trả lời Shop: "… muốn hủy thì nhắn riêng" ok e chốt 1 chai`).
 */
function ownWords(text: string): { own: string; quoted: string } {
  const lines = text.split('\n');
  const quoted = lines.filter((line) => /^\s*>/.test(line)).map((line) => line.replace(/^\s*>/, ''));
  let own = lines.filter((line) => !/^\s*>/.test(line)).join('\n');
  if (REPLY.test(own)) {
    own = own.replace(REPLY, '');
    const first = QUOTED_FIRST.exec(own);
    if (first !== null) {
      quoted.push(first[0]);
      own = own.slice(first[0].length);
    }
  }
  return { own, quoted: quoted.join('\n') };
}

const ODD_FORMS = /[\uff01-\uff5e\u{1f51f}\u{1d400}-\u{1d7ff}\u2795]|\u20e3/u;

function plainForms(text: string): string {
  return (
    text
      // `1️⃣ yến x1` opening a line of a list numbers it, as `1.` does
      .replace(text.includes('\n') ? /(^|\n)(\s*)([0-9])\ufe0f?\u20e3/g : /$^/, '$1$2$3.')
      .replace(/([0-9])\ufe0f?\u20e3/g, '$1')
      .replace(/\u{1f51f}/gu, '10')
      // `➕1`: the heavy plus of an emoji keyboard
      .replace(/\u2795\ufe0f?/g, '+')
      .normalize('NFKC')
  );
}

const EVERYDAY_SETS: WordSet[] = [ORDER_WORDS, CANCEL_WORDS, NEGATIONS, QUESTION_WORDS, NUMBER_WORDS, PRONOUNS, POLITE_TAIL, EVERYONE_FIRST];

function firstWordShape(text: string): WordShape | null {
  const word = tokenize(String(text ?? '').normalize('NFC')).find((t) => t.kind === 'word');
  return word === undefined ? null : { fold: word.fold, key: word.key, marked: word.marked };
}

interface Cues {
  orderAt: Set<number>;
  chot: boolean;
  cancelAt: number[];
  /** Order words that belong to a cancel (`không lấy nữa`). */
  negatedOrderAt: Set<number>;
  question: boolean;
  questionClauses: number[];
  clauseOf: number[];
  /** Where the quantity of `bớt 1 hũ` starts when no product is named, else -1. */
  dropQuantityAt: number;
  /** Clauses that tell of an order gone by or for later (`hôm qua mua 3 gói rồi`, `lát lấy 2`): their quantities order nothing. */
  otherTimeClauses: Set<number>;
  /** Of those, clauses telling of the order a change is to (`đặt 3 hũ tỏi đen rồi, bớt 1`): what they name is what changes. */
  toldClauses: Set<number>;
  /** Clauses asking for goods to be shown (`zoom gần 2 chai đó`, `cho em xem 2 hũ`): their counts are of what is shown. */
  shownClauses: Set<number>;
  /** `không lấy` with no `nữa`: the products after it are refused (`không lấy yến, lấy mật ong`). */
  refusedAt: number[];
  /** A refusal ending the comment (`phấn hoa ko lấy`), which refuses the product just before it; or -1. */
  refusedLastAt: number;
  /** `đổi sang`, `chuyển qua`: what follows is wanted instead. */
  swapAt: number[];
  /** `thay (cho)`: what precedes is wanted instead of what follows. */
  swapBackAt: number[];
  /** Where mentions start that `không phải` turns down (`không phải đông trùng`). */
  turnedDown: number[];
  /** The comment calls another viewer (`@Lan …`, `mn ơi …`): a product named to them is not asked about. */
  toViewer: boolean;
  /** Where a payment made is told of (`đã ck 300k`), or -1. */
  paidAt: number;
  /** `không hủy mật ong bạc hà`: cancel words said not to be, before what they keep. */
  keptAt: number[];
}

export class ChatParser implements Parser {
  private readonly index: CatalogIndex;
  private readonly units: WordSet;
  private readonly productUnits: (WordShape | null)[];
  /** The catalog's unit each letter stands for when typed glued to a count (`2h` hũ). */
  private readonly unitInitials = new Map<string, string>();
  /** Some product is sold by the kilo: a glued `2kg` may be its count. */
  private readonly sellsByKilo: boolean;
  private readonly isUnit: (t: Token) => boolean;
  /** Per product, the packs its name or aliases say hold so many of its unit (`lốc 6 lon`, `thùng 24 hộp`): pack word → count. */
  private readonly packsByName: ReadonlyMap<string, number>[];
  /** Per product, the first two words of its name, folded (`xoai cat`): the kind its boxes and loose goods share. */
  private readonly nameHeads: (string | null)[];
  /** Per product, what one holds as its name says (`hộp 6 lọ` sold by the hộp: lọ → 6). */
  private readonly contentsByName: ReadonlyMap<string, number>[];
  /** Every size the catalog's names and aliases give (`1g`, `500ml`). */
  private readonly namedSizes: ReadonlySet<string>;
  /** The catalog's codes of letters only (`BTT`): typed so, no letter of theirs is held down. */
  private readonly letterCodes: ReadonlySet<string>;
  /** code → product index: every ordered item asks, and a search of the codes costs as the catalog grows. */
  private readonly productByCode: ReadonlyMap<string, number>;

  private readonly onFault: ParserOptions['onFault'];

  constructor(catalog: readonly CatalogEntry[], options: ParserOptions = {}) {
    this.onFault = options.onFault;
    const entries = Array.isArray(catalog) ? catalog : [];
    const unitShapes = entries.map((entry) => firstWordShape(entry.unit));
    this.productUnits = unitShapes;
    this.sellsByKilo = unitShapes.some((shape) => shape?.fold === 'kg');
    const catalogUnits = entries.map((entry) => String(entry.unit ?? '').trim()).filter((unit) => /\p{L}/u.test(unit));
    const unitWords = [...UNIT_WORDS];
    for (const unit of catalogUnits) {
      const shape = tokenize(unit.normalize('NFC')).find((t) => t.kind === 'word');
      if (shape !== undefined) unitWords.push(shape.raw.toLowerCase());
    }
    this.units = new WordSet(unitWords, 'always', false);
    // `2h`, `3c`, `2b`, `2t`, `2g`: the unit each letter stands for in live chat (hũ, chai, bịch, túi, gói), where the
    // catalog sells by it
    const sold = new Set(catalogUnits.map((unit) => unit.toLowerCase().normalize('NFC')));
    for (const [initial, unit] of UNIT_INITIALS) if (sold.has(unit)) this.unitInitials.set(initial, unit);
    const unitFolds = this.units;
    this.index = new CatalogIndex(entries, (fold) => unitFolds.hasFold(fold) || EVERYDAY_SETS.some((set) => set.hasFold(fold)), this.units);
    this.isUnit = (t: Token): boolean => this.index.isUnit(t);
    this.letterCodes = new Set(this.index.codes.filter((code) => /^\p{L}+$/u.test(code)));
    // (the first product of a code, as a search of the codes would find it)
    this.productByCode = new Map([...this.index.codes.entries()].reverse().map(([product, code]) => [code, product]));
    const named = entries.map((entry, product) => this.countsNamed(entry, unitShapes[product] ?? null));
    this.packsByName = named.map((counts) => counts.packs);
    this.contentsByName = named.map((counts) => counts.contents);
    this.nameHeads = entries.map((entry) => {
      const words = tokenize(String(entry.name ?? '').normalize('NFC')).filter((w) => w.kind === 'word');
      return words.length >= 2 ? `${(words[0] as Token).fold} ${(words[1] as Token).fold}` : null;
    });
    this.namedSizes = new Set(this.index.codes.flatMap((_, product) => [...(this.index.sizesOf(product) ?? [])]));
  }

  /**
   * What a product's name says of its unit in counts: packs that hold so many of it (`Nước yến (lốc 6 lon - thùng 30
   * lon)` sold by the lon: lốc → 6, thùng → 30), and what one of it holds (`hộp 6 lọ` sold by the hộp: lọ → 6).
   */
  private countsNamed(entry: CatalogEntry, unit: WordShape | null): { packs: Map<string, number>; contents: Map<string, number> } {
    const packs = new Map<string, number>();
    const contents = new Map<string, number>();
    if (unit === null) return { packs, contents };
    for (const phrase of [entry.name, ...(Array.isArray(entry.aliases) ? entry.aliases : [])]) {
      const tokens = tokenize(String(phrase ?? '').normalize('NFC'));
      for (let i = 0; i + 2 < tokens.length; i++) {
        const [before, count, after] = [tokens[i] as Token, tokens[i + 1] as Token, tokens[i + 2] as Token];
        if (before.kind !== 'word' || count.kind !== 'num' || after.kind !== 'word' || !count.spaced || !after.spaced) continue;
        if (!Number.isInteger(count.value) || count.value < 2 || count.value > 999 || (before.fold === unit.fold) === (after.fold === unit.fold)) continue;
        // (a unit word, a count, the own unit: a pack; the own unit, a count, a unit word: what one holds)
        if (after.fold === unit.fold && this.units.value(before) !== 0) packs.set(before.fold, count.value);
        else if (before.fold === unit.fold && this.units.value(after) !== 0) contents.set(after.fold, count.value);
      }
    }
    return { packs, contents };
  }

  /**
   * `nước yến 6 lọ 2 hộp` where the product is a box of 6 jars: the jars said right after its name (or its unit) tell
   * which box, as its name does, and count nothing.
   */
  private markContents(tokens: Token[], mentions: readonly Mention[]): void {
    for (const m of mentions) {
      if (m.products.length !== 1) continue;
      const contents = this.contentsByName[m.products[0] as number];
      if (contents === undefined || contents.size === 0) continue;
      let at = m.end;
      if (tokens[at]?.kind === 'word' && tokens[at]?.fold === this.productUnits[m.products[0] as number]?.fold) at++;
      const [count, held] = [tokens[at], tokens[at + 1]];
      if (count?.kind !== 'num' || count.role !== 'free' || held?.kind !== 'word' || held.role !== 'free') continue;
      if (contents.get(held.fold) !== count.value) continue;
      count.role = 'measure';
      held.role = 'measure';
    }
  }

  /**
   * `yến loại 1 với loại 2`, `khô bò 100g với 250g`, `mật ong 1 năm và 3 năm`: after a product's name, `với` and the
   * words or size that tell another product of the same name apart, which the buyer does not name again.
   */
  private withElidedVariants(tokens: Token[], mentions: Mention[]): Mention[] {
    if (mentions.length === 0) return mentions;
    let out = mentions;
    for (const m of mentions) {
      if (m.isCode || m.products.length !== 1) continue;
      let j = m.end;
      while (tokens[j]?.role === 'measure') j++;
      if (!(freeWord(tokens[j]) && WITH.has(tokens[j])) && !isSym(tokens[j], '+&')) continue;
      const head = tokens.slice(m.start, m.end).filter((t) => t.kind === 'word' && !GRADES.has(t));
      const siblings: number[] = [];
      for (let p = 0; p < this.index.codes.length; p++) if (p !== m.products[0] && head.every((t) => this.index.nameHasToken(p, t))) siblings.push(p);
      if (siblings.length === 0) continue;
      const start = j + 1;
      let end = start;
      // (a count and its unit, `2 hũ`, is no part of a name: `tỏi đen 500g với 2 hũ cà phê`)
      while (end < start + 3) {
        const t = tokens[end];
        if (t === undefined || t.kind === 'sym' || (t.role !== 'free' && t.role !== 'measure')) break;
        const after = tokens[end + 1];
        if (t.kind === 'num' && t.role === 'free' && after !== undefined && this.isUnit(after)) break;
        if (t.role !== 'measure' && !siblings.some((p) => this.index.nameHasToken(p, t))) break;
        end++;
      }
      if (end === start) continue;
      const phrase = tokens.slice(start, end);
      const sizes = sizesIn(phrase.filter(isMeasure));
      // (a word, or a size: a number alone, or a price, tells nothing apart)
      if (phrase.some((t) => isMeasure(t)) ? sizes.length === 0 : !phrase.some((t) => t.kind === 'word')) continue;
      const picked = siblings.filter((p) => phrase.every((t) => t.role === 'measure' || this.index.nameHasToken(p, t)) && sizes.every((size) => this.index.hasSize(p, size)));
      if (picked.length !== 1) continue;
      for (const t of phrase) t.role = 'mention';
      const elided: Mention = { start, end, products: picked, isCode: false, asSpelt: true, spellsCode: false };
      out = [...out, elided].sort((a, b) => a.start - b.start);
    }
    return out;
  }

  /**
   * `bưởi da xanh 2 thùng`, `chốt 1 thùng` with the loose mangoes on screen, where the kind is sold loose and by the box
   * as two products: counted in cartons, sacks or trays the product is not sold by, the one product of its kind (the same
   * first two words of the name) that is.
   */
  private soldBy(code: string, q: Qty | undefined): string {
    // (only a carton, sack or tray: a jar, bottle or bag said is any of them, `2 lọ mật ong` is the honey in bottles)
    if (q === undefined || q.unit === null || !BULK_UNITS.has(q.unit)) return code;
    const product = this.productOf(code);
    const unit = q.unit.fold;
    const head = this.nameHeads[product];
    if (head == null || this.productUnits[product]?.fold === unit || this.packsByName[product]?.has(unit) === true) return code;
    let found = -1;
    for (let p = 0; p < this.nameHeads.length; p++) {
      if (p === product || this.nameHeads[p] !== head || this.productUnits[p]?.fold !== unit) continue;
      if (found >= 0) return code;
      found = p;
    }
    return found < 0 ? code : (this.index.codes[found] as string);
  }

  /** The product a code is, or -1. */
  private productOf(code: string): number {
    return this.productByCode.get(code) ?? -1;
  }

  /** The word as typed is one of the catalog's letter-only codes, in any case (`BTT`, `btt`). */
  private isCodeTyped(word: string): boolean {
    return this.letterCodes.size > 0 && this.letterCodes.has(word.toUpperCase());
  }

  parse(text: string, context?: ParseContext): ParseResult {
    try {
      const result = this.run(text, context);
      // A landline is no phone of the contract's (mobiles only), but the seller can call it: kept beside
      if (result.phone !== null && result.phone.startsWith('02')) return { ...result, phone: null, landline: result.phone };
      // So is a mobile of before 2018 (`0168 345 6789`), reported by the number it has now (`0383 456 789`)
      if (result.phone !== null && isRenumbered(result.phone)) return { ...result, phone: null, renumbered: normalisePhoneDigits(result.phone) ?? undefined };
      return result;
    } catch (error) {
      // The rules above are written not to throw; this keeps a live stream going if one ever does.
      this.onFault?.(error, typeof text === 'string' ? text : '');
      return { intent: 'other', items: [], phone: null };
    }
  }

  private run(input: unknown, context: ParseContext | undefined, depth = 0): ParseResult {
    let text = typeof input === 'string' ? input : '';
    if (text.length > MAX_CHARS) text = text.slice(0, MAX_CHARS);
    if (COMBINING.test(text)) text = text.normalize('NFC');
    // `chốt ２ túi`, `ＭＯ１`, `2️⃣ hũ`, `🔟 gói`, `𝐜𝐡𝐨𝐭 𝟐`: full-width forms, keycap digits and fancy-font letters are the plain ones
    if (ODD_FORMS.test(text)) text = plainForms(text);
    if (AUTOCORRECTED.test(text)) text = text.replace(SHOT, (_whole: string, before: string | undefined) => `${before ?? ''}chốt`).replace(HUB, '$1 hũ');
    // `> chốt 2 hũ` quoted from another comment, `Trả lời Yến: …` as Facebook writes a reply: the buyer's own words only,
    // with the one product the quote names as the one they speak of (`Trả lời Thư: "mật ong còn không" → mình lấy 2 chai`)
    let spokenOf: string | null = null;
    if (depth === 0 && (text.includes('>') || REPLY.test(text))) {
      const { own, quoted } = ownWords(text);
      text = own;
      if (quoted.trim() !== '') {
        const read = this.run(quoted, undefined, depth + 1);
        const named = unique([...read.items.map((item) => item.code), ...(read.askedAbout ?? [])]);
        if (named.length === 1) spokenOf = named[0] as string;
      }
    }
    // `đổi MO1 → MO2`: an arrow says `sang` (into), the swap's own word; opening a line before a count (`=> 4 hũ`), the total
    if (ARROW.test(text)) text = text.replace(TOTAL_ARROW, '$1tổng ').replace(ARROWS, ' sang ');
    // `m̶í̶t̶ ̶s̶ấ̶y̶ ̶x̶2̶`: struck through as it was typed, so taken out
    if (text.includes('\u0336')) text = text.replace(STRUCK, '');
    const showcase = spokenOf ?? this.showcaseCode(context?.showcase);

    let tokens = tokenize(text);
    // `CHỐT 2 CHỤC BỊCH MÍT SẤY`, `Lấy Hai Gói Xoài Sấy Dẻo`: typed in capitals throughout, or every word capitalised (a
    // keyboard's title case), where capitals tell no name or street from any other word
    if ((tokens[0]?.allCaps === true && shouted(tokens)) || (tokens[0]?.title === true && titledThroughout(tokens))) {
      text = text.toLowerCase();
      tokens = tokenize(text);
    }
    let held = false;
    let telex = false;
    let respell = false;
    let vni = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'num') {
        // (`cho6t1`, `chot61`: digits inside a word, or a mark's and a tone's ending it; not a code's `MO1`)
        if (!t.spaced && tokens[i - 1]?.kind === 'word' && ((tokens[i + 1]?.kind === 'word' && !tokens[i + 1]?.spaced) || (t.fold.length === 2 && /^[6-9][1-5]$/.test(t.fold)))) vni = true;
        // `e lay 2h mat ong`, `3c mật ong rừng`: a unit typed by its first letter (not `5h chiều`, `2h30`, `500g`)
        const letter = tokens[i + 1];
        if (letter !== undefined && !letter.spaced && letter.kind === 'word' && letter.raw.length === 1 && this.unitInitials.has(letter.raw.toLowerCase())) respell = true;
        continue;
      }
      if (t.info === null) continue;
      if (t.info.held && !this.isCodeTyped(t.raw)) held = true;
      if (t.info.telex !== null) telex = true;
      // `me too 😍`: said in Vietnamese, as the rest of the comment is read
      if (t.fold === 'me' && tokens[i + 1]?.fold.startsWith('too') === true) respell = true;
    }
    if (respell) {
      text = this.withUnitsSpelt(text);
      if (ME_TOO.test(text)) text = text.replace(ME_TOO, 'em cũng vậy');
      tokens = tokenize(text);
    }
    if (held) {
      text = collapseElongation(text, (word) => this.isCodeTyped(word));
      tokens = tokenize(text);
    }
    if (vni) {
      const typed = this.withoutVniKeys(text);
      if (typed !== text) {
        text = typed;
        tokens = tokenize(text);
      }
    }
    this.index.prime(tokens);
    if (telex) {
      const typed = this.withoutTelexKeys(text, tokens);
      if (typed !== text) {
        text = typed;
        tokens = tokenize(text);
        this.index.prime(tokens);
      }
    }
    // `lấy 2 hũ, à không 3 hũ`: the order before the correction, as corrected by what follows it
    const fix = depth < 3 ? lastCorrection(tokens) : null;
    if (fix !== null) {
      const before = this.run(text.slice(0, (tokens[fix.start] as Token).start), context, depth + 1);
      const rest = text.slice((tokens[fix.end - 1] as Token).end);
      // (an asterisk fixes the one product before it: `TL1 *2 + HD1 *1` is a list of counts)
      if (before.intent === 'order' && before.items.length > 0 && (fix.star !== true || before.items.length === 1)) {
        const tail = this.tail(rest);
        const after = this.run(rest, context, depth + 1);
        // (what is on screen is no product the correction names: `lấy 2 chai mật ong, à không 3 chai` stays honey)
        const onScreenOnly = !tail.named && after.intent === 'order';
        return corrected(before, onScreenOnly ? { ...after, intent: 'other', items: [] } : after, tail.count, tail.only);
      }
      if (before.intent === 'cancel' && before.items.length > 0) {
        const fixed = correctedCancel(before, this.run(rest, context, depth + 1));
        if (fixed !== null) return fixed;
      }
    }
    // `Nightbot: Hủy đơn thành công cho @bao`: a bot's line pasted, its words no buyer's
    if (tokens.length > 1 && isSym(tokens[1], ':') && tokens[0]?.kind === 'word' && BOTS.has(tokens[0])) return { intent: 'other', items: [], phone: null };
    const phone = markPhones(tokens);
    this.markSizes(tokens);
    markNames(tokens);
    markTaggedYears(tokens, this.isUnit);
    let mentions = this.findMentions(tokens, text.charCodeAt(0) === 0x40 ? leadingTitleWords(tokens, 8) : 0);
    this.index.markUnknownCodes(tokens);
    this.markContents(tokens, mentions);
    const address = mayHoldAddress(tokens) ? findAddress(tokens, text, mentions, this.isUnit) : null;
    if (address !== null) mentions = address.mentions;
    markKeywordsInNames(tokens);
    mentions = this.withElidedVariants(tokens, mentions);
    if (this.sellsByKilo) this.kilosCounted(tokens, mentions, showcase);
    const candidates = findQuantities(tokens, this.isUnit);
    const cues = this.readCues(text, tokens, mentions, candidates);
    // `chốt giỏ số 7`, `quay lại sp số 2 đi, e chốt 2 gói`: a slot of the platform's basket, for the seller to
    // match (not the product on screen)
    if (mentions.length === 0 && cues.cancelAt.length === 0 && cues.chot && !cues.toViewer && slotNamed(tokens)) {
      return { intent: 'order', items: [], phone, review: 'no-product' };
    }
    // `chốt 1 mật ong, 1 yến. à bỏ yến ra`: a line of the cart crossed out as it is written
    if (depth < 3 && cues.cancelAt.length > 0 && cues.orderAt.size > 0) {
      const at = Math.min(...cues.cancelAt);
      if ([...cues.orderAt].every((order) => order < at)) {
        const from = (tokens[at] as Token).start;
        const net = crossedOut(this.run(text.slice(0, from), context, depth + 1), this.run(text.slice(from), context, depth + 1));
        if (net !== null) return net;
      }
    }
    const quantities = this.acceptQuantities(tokens, mentions, candidates, cues);
    let bound = this.bind(tokens, mentions, quantities, cues.clauseOf);
    if ((cues.refusedAt.length > 0 && cues.cancelAt.length === 0) || cues.turnedDown.length > 0) {
      const kept = mentions.map((m) => !cues.turnedDown.includes(m.start) && !(cues.cancelAt.length === 0 && refused(m, cues)));
      bound = bound.filter((_, k) => kept[k]);
      mentions = mentions.filter((_, k) => kept[k]);
    }

    const result: ParseResult = { intent: 'other', items: [], phone };
    if (address !== null) result.address = address.text;

    // 1. cancel
    if (cues.cancelAt.length > 0) {
      result.intent = 'cancel';
      const items: ParsedItem[] = [];
      let ambiguous = false;
      let kept = false;
      // `đặt 3 hũ tỏi đen rồi, bớt 1 nha`: a product named only in telling what was ordered is not what is taken back
      const live = mentions.filter((m) => !(cues.otherTimeClauses.has(cues.clauseOf[m.start] ?? -1) && !cues.cancelAt.some((at) => cues.clauseOf[at] === cues.clauseOf[m.start])));
      const dropped = quantities.find((q) => q.start === cues.dropQuantityAt);
      // (`mít sấy 2 túi, k lấy xoài nữa`: the cancel names its own product, so one counted in a clause of its own is kept)
      const namesOwn = live.some((m) => cues.cancelAt.some((at) => cues.clauseOf[at] === cues.clauseOf[m.start]));
      mentions.forEach((m, k) => {
        if (!live.includes(m)) return;
        // `hủy cà phê, lấy 2 tỏi`, `không lấy chuối nữa, đổi sang khoai lang`: wanted, not taken back
        // (`hủy mật ong rừng, không hủy mật ong bạc hà`: kept)
        if (this.ownedByOrder(m, cues) || lastBefore(cues.swapAt, m.start) > lastBefore(cues.cancelAt, m.start) || lastBefore(cues.keptAt, m.start) > lastBefore(cues.cancelAt, m.start)) return;
        // `hủy phấn hoa, mật ong còn không`, `PH1 hủy, MO1 x2`: a clause of its own that asks, or counts with a marker, is not the cancel's
        const clause = cues.clauseOf[m.start];
        // (`MO1 hủy 1`, `mật ong 2 chai hủy 1`: the one product named takes the count said bare after the cancel word,
        // over the count it was ordered by)
        const q = (live.length === 1 ? dropped : undefined) ?? bound[k];
        // (`bỏ phấn hoa đi, giảm giá mật ong cho em`: a clause of its own about the price is not the cancel's either)
        if (
          !cues.cancelAt.some((at) => cues.clauseOf[at] === clause) &&
          (cues.questionClauses.includes(clause ?? -1) ||
            // (`huỷ 2 gói trà shan, 1 túi gạo`: a bare line of a list after the cancel goes on with it)
            (q !== undefined && (q.kind !== 'number' || (namesOwn && q.unit !== null && !(m.start > Math.min(...cues.cancelAt) && bareLine(tokens, clause ?? -1, cues.clauseOf))))) ||
            tokens.some((t, j) => cues.clauseOf[j] === clause && freeWord(t) && GIA.has(t)))
        ) {
          return;
        }
        if (keptAfterCancel(tokens, m, cues.cancelAt)) {
          kept = true;
          return;
        }
        if (m.products.length > 1) {
          // `hủy hết mật ong`: every product the name covers, all of it; `hủy tỏi đen 250g`: the one its size tells
          const picked = this.pickAmong(m, tokens, cues.clauseOf);
          if (picked !== null) this.settleAmount(q, picked);
          if (HET.has(tokens[m.start - 1])) {
            for (const code of this.codesOf(m)) addItem(items, code, null);
          } else if (picked !== null) addItem(items, picked, q?.part === true ? null : (q?.value ?? null));
          else ambiguous = true;
          return;
        }
        // `hủy nửa ký trà`: part of a unit cannot come off a count of units; the seller decides
        // (`hủy 1 lạng yến thô` of 50g boxes: two boxes)
        this.settleAmount(q, this.codesOf(m)[0] as string);
        if (q?.part === true) ambiguous = true;
        addItem(items, this.codesOf(m)[0] as string, q?.value ?? null);
      });
      result.items = items;
      // `bớt 1 chai`, `hủy 1 hũ`: a count of something unnamed (ORDER-GRAMMAR.md: no items), said so the whole order is not taken back
      if (live.length === 0) {
        const counted = dropped ?? quantities.find((q) => q.unit !== null);
        // `hủy cái này giúp tôi`: the one on screen, named by pointing
        // (`đặt 3 hũ tỏi đen rồi, bớt 1 nha`: the one product the order told of)
        const toldOf = unique(mentions.filter((m) => cues.toldClauses.has(cues.clauseOf[m.start] ?? -1)).flatMap((m) => this.codesOf(m)));
        if (showcase !== null && cues.cancelAt.some((at) => pointsAtThis(tokens, at))) result.items = [{ code: showcase, qty: counted?.value ?? null }];
        else if (toldOf.length === 1) result.items = [{ code: toldOf[0] as string, qty: counted?.value ?? null }];
        else if (counted !== undefined) result.fewer = { qty: counted.value, unit: counted.unit?.raw ?? null };
      }
      // `hủy đơn, giữ mật ong`: everything but what is kept cannot be said as items; the seller decides.
      if (ambiguous || (kept && items.length === 0)) result.review = 'ambiguous';
      return result;
    }

    // `sl 2 NC2, tổng 220k đúng không`: a count with a marker, in a clause that asks nothing, orders like +N
    // (`mật ong x2 giá bao nhiêu` asks, in one clause)
    // `xoài sấy + mít sấy`: products added up, a cart
    const strong =
      cues.orderAt.size > 0 ||
      quantities.some((q) => q.kind === 'plus' || (q.kind !== 'number' && !cues.questionClauses.includes(cues.clauseOf[q.start] ?? -1))) ||
      (!cues.question && joinedByPlus(tokens, mentions));

    // 2a. a swap: `đổi 2 gói xoài thành 2 gói mít`, `đổi trà xanh sang trà sen`, `lấy mật ong thay cho phấn hoa`
    if (cues.swapAt.length + cues.swapBackAt.length === 1) {
      const back = cues.swapBackAt.length === 1;
      const pivot = (back ? cues.swapBackAt[0] : cues.swapAt[0]) as number;
      const before = mentions.filter((m) => m.end <= pivot && m.start > pivot - 1 - SWAP_REACH);
      // read back, what is replaced is the rest of the clause (`…, thêm 1 hũ yến` is another order)
      const after = mentions.filter((m) => m.start > pivot && (!back || cues.clauseOf[m.start] === cues.clauseOf[pivot]));
      const [from, into] = back ? [after, before] : [before, after];
      if (from.length > 0 && into.length > 0 && [...from, ...into].every((m) => m.products.length === 1)) {
        const code = (m: Mention) => this.codesOf(m)[0] as string;
        const out: ParsedItem[] = [];
        for (const m of from) addItem(out, code(m), bound[mentions.indexOf(m)]?.value ?? null);
        const stated = into.map((m) => bound[mentions.indexOf(m)]?.value);
        // the new product's count: as said; else, one for one, the count that goes out; else 1
        const oneForOne = into.length === 1 && out.length === 1 ? out[0]!.qty : null;
        const items: ParsedItem[] = [];
        into.forEach((m, k) => addItem(items, code(m), stated[k] ?? oneForOne ?? 1));
        if (!items.every((item) => out.some((gone) => gone.code === item.code))) {
          result.intent = 'order';
          result.items = items;
          result.swap = { out, sameCount: into.length === 1 && stated[0] === undefined && out[0]?.qty === null };
          return result;
        }
      }
      // `thôi đổi sang mật ong rừng nha shop`, `đổi qua 2 gói mít`: what is wanted, but not what goes; the seller settles
      // it from the review queue, taking off what the buyer had (`đổi sang robusta được không`: asked, not yet a swap)
      // (`lần sau e đổi qua mật ong rừng`: later; `đổi qua cho xem bưởi`: shown, not changed to)
      const pivotClause = cues.clauseOf[pivot] ?? -1;
      const now = !cues.otherTimeClauses.has(pivotClause) && !cues.shownClauses.has(pivotClause);
      if (!back && now && !cues.question && from.length === 0 && into.length > 0 && into.every((m) => m.products.length === 1) && cues.cancelAt.length === 0) {
        const items: ParsedItem[] = [];
        for (const m of into) addItem(items, this.codesOf(m)[0] as string, bound[mentions.indexOf(m)]?.value ?? 1);
        result.intent = 'order';
        result.items = items;
        result.review = 'swap';
        return result;
      }
    }

    // 2. order: a product named with a quantity, an order word or as a code
    if (mentions.length > 0) {
      const anyQty = bound.some((q) => q !== undefined);
      // `mã A1 hôm qua em nhận rồi, ngon lắm`: a code told about is no order (asked last: most comments decide before)
      // (a code in a clause that tells of something done or used is told of: `Ba tui cũng trồng lúa ST25 nè`)
      // (`cho e xem lại MO1 với`: a code asked to be shown orders nothing)
      const codeOrders =
        mentions.some((m) => m.isCode && !cues.otherTimeClauses.has(cues.clauseOf[m.start] ?? -1) && !cues.shownClauses.has(cues.clauseOf[m.start] ?? -1)) && !tells(tokens);
      // `mật ong 250k 1 chai nha cả nhà`, `có thêm 20 hộp yến mới về nha cả nhà`: a count told to everyone is the shop's news
      const announced = !strong && callsEveryone(tokens);
      // `mật ong rừng 0905 123 456`, `tỏi đen - 12 Lê Lợi Huế`: a product and where to reach or send to, and nothing else,
      // is an order of it (the product alone would ask)
      // (not a capitalised word mid-comment, a place's or a person's name more likely: `… huyện Cam Lâm`; nor one plain
      // word typed without the name's marks, or after `em`, as likely another word: `e dua sdt nha` is đưa, not dừa)
      const sendTo =
        (phone !== null || address !== null) &&
        cues.otherTimeClauses.size === 0 &&
        !cues.toViewer &&
        cues.paidAt < 0 &&
        onlyContactBeside(tokens) &&
        mentions.every(
          (m) =>
            (m.start === 0 || !tokens.slice(m.start, m.end).every((t) => t.title)) &&
            (m.isCode || m.end - m.start > 1 || (m.asSpelt && !PRONOUNS.has(tokens[m.start - 1]))),
        );
      if (strong || (!cues.question && !announced && (anyQty || codeOrders || sendTo))) {
        // `bánh pía 1 set 2 hộp đúng ko, lấy 2 set`: with one product named, a count ordered in a clause of its own
        // beats one told with the name (`thêm 1 chai nữa` adds instead)
        // `em đặt 5 hũ phấn rồi, giảm còn 2 hũ thôi`: with a new total, the count after `còn`/`thành` is that total
        const only = bound[0];
        if (mentions.length === 1 && only !== undefined && !only.afterOrder) {
          const ordered = quantities.find(
            (q) =>
              q !== only &&
              q.afterOrder &&
              // (`yến thô bn 1 hộp, e lấy 2`: bare digits ending the comment count too)
              (q.unit !== null || q.kind !== 'number' || (!q.words && onlyTailFrom(tokens, q.end))) &&
              cues.clauseOf[q.start] !== cues.clauseOf[only.start] &&
              !THEM.has(tokens[q.start - 1]) &&
              // (`chốt 1 kg sầu riêng, 1 túi mít sấy`: a count of goods the shop does not sell is no count of the one named)
              !this.otherGoodsAfter(tokens, q.end, (mentions[0] as Mention).products[0] ?? -1),
          );
          if (ordered !== undefined) bound = [ordered];
        }
        if (mentions.length === 1 && only !== undefined && setsTotal(tokens)) {
          const total = newTotal(tokens, quantities, only);
          if (total !== undefined) bound = [total];
        }
        const ordered: number[] = [];
        const asked: number[] = [];
        const told: number[] = [];
        mentions.forEach((m, k) => {
          // `yến thì thôi`: turned down, neither ordered nor asked about
          if (declined(tokens, m)) return;
          // `còn phấn hoa thì bao nhiêu một hũ?`: a count asked about in a question is a price's, not an order's
          const q = bound[k];
          const clause = cues.clauseOf[m.start] ?? -1;
          // `tháng trước mua 5 gói chipi rồi, nay lấy 2 gói phước hỷ`: chipi is told of, only phước hỷ is ordered
          if (q === undefined && cues.otherTimeClauses.has(clause) && !this.clauseHasOrder(m, cues)) {
            told.push(k);
            return;
          }
          const askedCount = q === undefined || (q.kind === 'number' && cues.clauseOf[q.start] === clause);
          const questionOnly = askedCount && !m.isCode && cues.questionClauses.includes(clause) && !this.clauseHasOrder(m, cues);
          // `lấy 2 hũ tỏi đen trước, mật ong để sau`, `khỏi phấn hoa nha, lấy 2 mật ong thôi`, `màn hình đứng ở mật ong
          // nãy giờ, em lấy 2 hũ tỏi đen`: a product named in a clause with no order word and no count of its own, beside
          // one ordered with its count in another clause, is talked of, not ordered (not in a list: `cà phê 2, trà 2, thêm 1 …`)
          const talkedOf =
            !questionOnly &&
            q === undefined &&
            !m.isCode &&
            tokens[m.end]?.kind !== 'num' &&
            !this.clauseHasOrder(m, cues) &&
            saysMore(tokens, m, cues.clauseOf) &&
            mentions.some((o, j) => j !== k && bound[j] !== undefined && this.clauseHasOrder(o, cues) && cues.clauseOf[o.start] !== clause);
          // `hết xoài sấy rồi thì em lấy mít sấy 2 túi`: a product told sold out, beside another ordered
          const soldOut =
            q === undefined &&
            tokens[m.start - 1]?.fold === 'het' &&
            freeWord(tokens[m.start - 1]) &&
            VAGUE_ALL.has(tokens[m.start - 1]) &&
            freeWord(tokens[m.end]) &&
            ROI.has(tokens[m.end]) &&
            mentions.some((o, j) => j !== k && bound[j] !== undefined);
          if (talkedOf || soldOut) {
            told.push(k);
            return;
          }
          (questionOnly ? asked : ordered).push(k);
        });
        const chosen = ordered.length > 0 ? ordered : asked.length > 0 ? asked : told;
        const items: ParsedItem[] = [];
        const ambiguousCodes: string[] = [];
        let amount: number | null = null;
        /** code → the mention that last gave it a count, to tell a count said again from a second lot. */
        const lastOf = new Map<string, number>();
        for (const k of chosen) {
          const m = mentions[k] as Mention;
          // `chốt 2 chai mật ong` with one of the honeys on screen: that one, unless a word of the comment points at another
          const named = m.products.length === 1 ? this.codesOf(m)[0] : (this.pickAmong(m, tokens, cues.clauseOf) ?? this.showcaseAmong(m, showcase, tokens));
          const code = named == null || m.isCode ? named : this.soldBy(named, bound[k]);
          // (`1 hũ lớn 2 hũ nhỏ tỏi đen`: a count for each of two variants)
          const groups = code === null && mentions.length === 1 ? this.variantGroups(m.products, tokens, quantities) : null;
          if (groups !== null) for (const item of groups) addItem(items, item.code, item.qty);
          else if (code === undefined || code === null) ambiguousCodes.push(...this.codesOf(m));
          else {
            // (`lấy 200k mật ong`: as much as the money buys, which the seller works out)
            if (bound[k] === undefined && cues.orderAt.size > 0) amount = amountBefore(tokens, m.start) ?? amount;
            const before = lastOf.get(code);
            lastOf.set(code, k);
            if (before !== undefined && saidAgain(tokens, bound[before], bound[k], (mentions[before] as Mention).start, m.end)) continue;
            // `mỗi mâm 2 chai rượu => chốt 80 chai rượu`, `mỗi bên 1 chai, tổng là 2 chai`: a count each is the rate,
            // a plain count of the same product beside it the whole
            const q = bound[k];
            this.settleAmount(q, code);
            const earlier = before === undefined ? undefined : bound[before];
            if (q?.each === true && earlier !== undefined && !earlier.each) continue;
            if (q !== undefined && !q.each && earlier?.each === true) {
              const item = items.find((i) => i.code === code);
              if (item !== undefined) {
                item.qty = q.value;
                continue;
              }
            }
            addItem(items, code, q?.value ?? this.bagsFor(tokens, code));
          }
        }
        // `lấy yến: 2 hộp cho mẹ, 1 hộp cho mẹ chồng`: one product, a count per person, added up
        // (`lấy ba chai, một chai cho ba, một chai cho má …`: a total said first stands)
        if (items.length === 1 && chosen.length === 1 && quantities.length >= 2) {
          const perPerson = quantities.filter((q) => aShare(tokens, q));
          const own = bound[chosen[0] as number];
          const sum = perPerson.reduce((total, q) => total + q.value, 0);
          // (`cho chị 2 hộp bánh pía, 1 hộp cho nội 1 hộp cho ngoại`: the first count is the whole, split after it)
          const splitAfter = own !== undefined && perPerson.length >= 3 && perPerson[0] === own && own.value * 2 === sum;
          if (perPerson.length >= 2 && (own === undefined || perPerson.includes(own)) && !splitAfter) {
            (items[0] as ParsedItem).qty = Math.min(999, sum);
          }
        }
        // `lấy 2 chai mật ong, thêm 1 chai nữa`: more of the one product named, said in a clause naming nothing
        if (items.length === 1 && chosen.length === 1) {
          const named = mentions[chosen[0] as number] as Mention;
          for (const q of quantities) {
            if (bound.includes(q) || !THEM.has(tokens[q.start - 1]) || !this.unitFits(q, named)) continue;
            if (mentions.some((m) => cues.clauseOf[m.start] === cues.clauseOf[q.start])) continue;
            (items[0] as ParsedItem).qty = Math.min(999, ((items[0] as ParsedItem).qty ?? 1) + q.value);
          }
        }
        // `lấy 3 gói, thêm 1 gói mít nữa`, `chốt 1 cái này với 1 gói chuối`: an ordered count in a clause naming nothing,
        // or pointing at `this`, is for what is on screen
        // (`lấy 2 chai với 1 hũ phấn hoa`: a count in the unit of what is on screen, and of no product named, is for it)
        if (showcase !== null && strong && !items.some((item) => item.code === showcase)) {
          const shownUnit = this.productUnits[this.productOf(showcase)]?.fold;
          const loose = quantities.find(
            (q) =>
              !bound.includes(q) &&
              (q.afterOrder || q.unit !== null || q.kind === 'plus') &&
              (THIS.has(tokens[q.end]) ||
                !mentions.some((m) => cues.clauseOf[m.start] === cues.clauseOf[q.start]) ||
                (q.unit !== null && q.unit.fold === shownUnit && !mentions.some((m) => this.unitFits(q, m)))),
          );
          if (loose !== undefined) items.unshift({ code: showcase, qty: loose.value });
        }
        // `lấy 2 MO1 hoặc 2 CF1`, `MO1 hay MO2 cũng được`: one or the other, the seller asks which
        // (`mít hay xoài ngon hơn, thôi lấy mỗi loại 1 gói`: asked which, then took each)
        const each = quantities.some((q) => q.each);
        for (let c = 1; c < chosen.length && !each; c++) {
          const [a, b] = [mentions[chosen[c - 1] as number] as Mention, mentions[chosen[c] as number] as Mention];
          if (!eitherBetween(tokens, a.end, b.start)) continue;
          const either = [...this.codesOf(a), ...this.codesOf(b)];
          ambiguousCodes.push(...either.filter((code) => !ambiguousCodes.includes(code)));
          for (let k = items.length - 1; k >= 0; k--) if (either.includes((items[k] as ParsedItem).code)) items.splice(k, 1);
        }
        result.intent = 'order';
        result.items = items.map((item) => ({ code: item.code, qty: item.qty ?? 1 }));
        if (ambiguousCodes.length > 0) {
          result.review = 'ambiguous';
          result.ambiguous = ambiguousCodes;
        } else if (setsTotal(tokens)) result.review = 'set-quantity';
        else if (chosen.some((k) => bound[k]?.part === true)) result.review = 'part';
        // (`chốt hết chỗ tỏi đen còn lại`: all of it said apart from the name, which no count is bound to)
        else if (chosen.some((k) => bound[k]?.vague === true) || (candidates.some((q) => q.vague === true) && chosen.every((k) => bound[k] === undefined))) {
          result.review = 'vague';
        }
        else if (paidFor(cues, quantities)) result.review = 'paid';
        else if (amount !== null) {
          result.review = 'amount';
          result.amount = amount;
        }
        if (chosen === ordered && asked.length > 0) result.askedAbout = unique(asked.flatMap((k) => this.codesOf(mentions[k] as Mention)));
        return result;
      }
      // `hôm qua mua 3 gói chuối rồi, ngon lắm`: a story of an order (or one for later), not a question about the product;
      // `mật ong nhà shop ngon lắm`: praise.
      // `@Sen ơi trà sen nè bà`: shown to a friend; `mật ong còn 12 chai thôi nha cả nhà`: told to everyone.
      // (`đã ck 640k cho đơn tỏi đen`: what was paid for)
      if (!cues.question && (cues.otherTimeClauses.size > 0 || tells(tokens) || cues.toViewer || cues.paidAt >= 0 || callsEveryone(tokens))) return result;
      result.intent = 'question';
      result.askedAbout = unique(mentions.flatMap((m) => this.codesOf(m)));
      return result;
    }

    // `như cũ nha shop`, `chốt y chang đơn trước`, `y chang bạn trên`: the same as an order before, which the seller looks up
    // (whatever is on screen now)
    // (a count of its own is the order: `em cũng vậy, 2 hộp`, `chốt như chị Lan, 1 chai thôi`)
    if (!cues.question && cues.cancelAt.length === 0 && quantities.length === 0 && repeatsAnOrder(tokens, cues.orderAt)) {
      result.intent = 'order';
      result.review = 'no-product';
      return result;
    }

    // 2b. no product named: the showcased one, or the review queue
    // (`chốt mỗi loại 1`: one of each kind, none named; the seller asks which, whatever is on screen)
    if (!cues.question && quantities.some((q) => q.each && freeWord(tokens[q.start - 1]) && KINDS.has(tokens[q.start - 1]))) {
      result.intent = 'order';
      result.review = 'no-product';
      return result;
    }
    // (`2 lạng` with the tea on screen: part of its unit, for the seller to settle)
    const standalone = quantities.filter((q) => q.kind !== 'number' || q.unit !== null || q.afterOrder || q.part);
    const first = standalone[0];
    // `em đặt 5 chai, giảm còn 2 chai thôi`, `giảm còn 1 thôi shop`: with a new total, the count after `còn`/`thành`
    const total = setsTotal(tokens) ? newTotal(tokens, quantities) : undefined;
    const shown = showcase === null ? -1 : this.productOf(showcase);
    // `slot 1`, `em lấy slot 5`, `chốt slot 3 với slot 4`: places of a flash sale claimed, one unit each
    const slots = cues.question ? 0 : slotClaims(tokens, cues.orderAt);
    // `chốt 100k`, `lấy 300k` with a product on screen: as much of it as the money buys
    let money: number | null = null;
    for (const at of cues.orderAt) money ??= amountBefore(tokens, at + 3);
    const ordersShowcase =
      money !== null ||
      slots > 0 ||
      cues.chot ||
      quantities.some((q) => q.kind === 'plus') ||
      standalone.some((q) => q.afterOrder) ||
      (!cues.question && (first !== undefined || total !== undefined || (cues.orderAt.size > 0 && this.namesVariant(shown, tokens))));
    if (showcase !== null && ordersShowcase) {
      const preferred = total ?? standalone.find((q) => q.kind === 'plus' || q.afterOrder) ?? first;
      // (`chốt cái 1 ký` with the 250g jar on screen and a 1kg jar sold: the 1kg jar, one of it)
      const sized = preferred?.amount == null ? -1 : this.sizedAs(this.index.variantsOf(shown), preferred.amount);
      const ordered = sized >= 0 ? (this.index.codes[sized] as string) : this.soldBy(this.variantOfShowcase(showcase, shown, tokens), preferred);
      if (sized >= 0 && preferred !== undefined) {
        preferred.value = 1;
        preferred.part = false;
      }
      // (`chốt 1 lạng` with the 50g nest on screen: two boxes)
      else this.settleAmount(preferred, ordered);
      result.intent = 'order';
      // `lấy 2 hũ tỏi đen`, `+2 trà sữa` with cashews on screen: goods the shop does not sell; the seller answers
      if (preferred !== undefined && this.otherGoodsAfter(tokens, preferred.end, shown)) {
        result.review = 'no-product';
        return result;
      }
      // `chốt cho mẹ 1 cho em 1`, `+1 cho mẹ +1 cho em`: one count per person, added up
      const perPerson = quantities.filter((q) => aShare(tokens, q));
      // (`cho em 1 hũ, 1 hũ nữa cho bạn em`, `lấy 2 hũ, thêm 1 hũ`: more said after the first count, added)
      const more =
        perPerson.length >= 2 || preferred === undefined
          ? []
          : standalone.filter((q) => q.start > preferred.end && q.unit !== null && (NUA.has(tokens[q.end]) || THEM.has(tokens[q.start - 1])));
      const qty =
        perPerson.length >= 2
          ? Math.min(999, perPerson.reduce((sum, q) => sum + q.value, 0))
          : Math.min(999, more.reduce((sum, q) => sum + q.value, preferred?.value ?? Math.max(1, slots)));
      // (`lấy 1 hũ 250g 1 hũ 500g` with one of the jars on screen: a count for each)
      // (`chốt 1 nhỏ 1 lớn`, `lấy 1 cay 1 không cay`: bare counts too, when each is followed by its own variant's word)
      const groups =
        shown >= 0 && perPerson.length < 2
          ? (this.variantGroups(this.index.variantsOf(shown), tokens, standalone) ??
            this.variantGroups(this.index.variantsOf(shown), tokens, bareCounts(candidates, cues)))
          : null;
      result.items = groups ?? [{ code: ordered, qty }];
      if (setsTotal(tokens)) result.review = 'set-quantity';
      else if (preferred?.part === true) result.review = 'part';
      else if (preferred?.vague === true) result.review = 'vague';
      else if (paidFor(cues, quantities)) result.review = 'paid';
      else if (money !== null && preferred === undefined) {
        result.review = 'amount';
        result.amount = money;
      }
      return result;
    }
    // `giảm còn 1 thôi shop` with nothing on screen: a new total for an order the comment does not name
    if (showcase === null && total !== undefined) {
      result.intent = 'order';
      result.review = 'set-quantity';
      return result;
    }
    // `em lấy 3 chai 60 độ`, `chốt 3 chai 1 lít` with nothing on screen: a size only one product of the catalog has
    // names it, when the count's unit is the one it is sold by
    if (showcase === null && cues.orderAt.size > 0 && !cues.question && first !== undefined) {
      const sized = this.onlySized(tokens, first);
      if (sized >= 0) {
        result.intent = 'order';
        result.items = [{ code: this.index.codes[sized] as string, qty: first.value }];
        return result;
      }
    }
    // (`chốt TD1 x2` where no TD1 is sold: a marked count with the order word)
    if (showcase === null && strong && standalone.some((q) => q.afterOrder || q.kind === 'plus' || (q.kind === 'times' && cues.orderAt.size > 0))) {
      result.intent = 'order';
      result.review = 'no-product';
      return result;
    }

    // `thôi không hủy nữa, em vẫn lấy`, `lúc nãy lỡ hủy`: a cancel taken back, naming nothing; the seller restores the order
    if (!cues.question && !cues.toViewer && mentions.length === 0 && quantities.length === 0 && restoresOrder(tokens)) {
      result.intent = 'order';
      result.review = 'restore';
      return result;
    }

    // 3–5
    if (cues.question) {
      result.intent = 'question';
      result.askedAbout = [];
    } else if (phone !== null || address !== null || tokens.some(isPhoneToken)) {
      // (a number abroad is a way to reach the buyer too, though no Vietnamese phone to report)
      result.intent = 'contact';
    }
    return result;
  }

  /**
   * `lấy 2kg hạt điều`, `chốt 5kg` with the rice on screen, where that product is sold by the kilo: the glued kilos are its
   * count, as `2hũ` is; ORDER-GRAMMAR.md's size `1kg` is the size in a name (`tỏi đen hũ 1kg`), which stays one.
   */
  private kilosCounted(tokens: Token[], mentions: readonly Mention[], showcase: string | null): void {
    const shown = showcase === null ? -1 : this.productOf(showcase);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const count = tokens[i] as Token;
      const kg = tokens[i + 1] as Token;
      if (count.kind !== 'num' || count.role !== 'measure' || kg.role !== 'measure' || kg.spaced || kg.fold !== 'kg') continue;
      // (`cà phê hạt 1kg x2`: a marked count after it is the count)
      const after = tokens[i + 2];
      if (after !== undefined && (isSym(after, '×*') || (after.kind === 'word' && after.fold === 'x'))) continue;
      // the product named right after or right before it, or the one product named (`khô cá lóc lấy 2kg`), else the one
      // on screen when none is named
      const m = mentions.find((mention) => mention.start === i + 2 || mention.end === i) ?? (mentions.length === 1 ? mentions[0] : undefined);
      const products = m !== undefined ? m.products : mentions.length === 0 && shown >= 0 ? [shown] : [];
      if (products.length > 0 && products.every((p) => this.productUnits[p]?.fold === 'kg')) {
        count.role = 'free';
        kg.role = 'free';
      }
    }
  }

  /** `2h mật ong` → `2 hũ mật ong`, with the catalog's own units; an hour (`5h chiều`) and grams (`500g`) are left. */
  private withUnitsSpelt(text: string): string {
    return text.replace(GLUED_INITIALS, (whole: string, count: string, letter: string, offset: number) => {
      const unit = this.unitInitials.get(letter.toLowerCase());
      if (unit === undefined) return whole;
      const value = Number(count);
      // (`500g` is grams, as is `1g` where a name gives it: `saffron 1g x5`; `4G` the network)
      if (value < 1 || (letter === 'g' && (value >= 50 || this.namedSizes.has(`${value}g`))) || letter === 'G') return whole;
      // (`mẹ 55t`, `mình 28t`, `bé 5t`: someone's age, tuổi, not bags; a grown-up's is 18 or more)
      if (letter.toLowerCase() === 't' && (value >= 18 || AGE_OF.test(text.slice(0, offset)))) return whole;
      const rest = text.slice(offset + whole.length);
      // (`8h sale em chốt`, `từ 8h`: an hour, unless an order word or a code stands before it, it stands alone or ends a line)
      if (letter.toLowerCase() === 'h') {
        const alone = text.slice(0, offset).trim() === '' && ONLY_POLITE.test(rest);
        // (`-toi den 2h` ending a line of a list counts the line's jars)
        const endsLine = /^[ \t]*\n/.test(rest);
        if (CLOCK_AFTER.test(rest.trimStart().toLowerCase()) || !(alone || endsLine || H_BEFORE.test(text.slice(0, offset)))) return whole;
      }
      return `${count} ${unit}`;
    });
  }

  /**
   * `lấy 10kg gạo st25` where the rice is a 5kg bag, `lấy 1kg cà phê` of 500g bags: a size said that is a whole number
   * of the product's own size counts the bags (2); null when it says no such thing.
   */
  private bagsFor(tokens: readonly Token[], code: string): number | null {
    // (`chốt 1kg tôm khô` sold by the lạng: 10 of it)
    const own = this.ownAmount(this.productOf(code));
    const said = sizesIn(tokens.filter(isMeasure));
    if (own === null || said.length !== 1) return null;
    // (`mật ong 2 lít 8`: slang for 280k, no volume)
    if (tokens.some((t, k) => isMeasure(t) && t.kind === 'word' && tokens[k + 1]?.kind === 'num')) return null;
    const amount = sizeAmount(said[0] as string);
    if (amount === null || amount.dim !== own.dim) return null;
    const bags = amount.value / own.value;
    return Number.isInteger(bags) && bags >= 2 && bags <= 999 ? bags : null;
  }

  /**
   * `cho e 1 lạng yến thô` where the nest comes in 50g boxes, `lấy 1 ký cà phê` of 500g bags, `nửa ký shan tuyết`: a
   * weight or volume said of a product sold in packs of one size its name gives is so many packs when it makes a whole
   * number of them; any other amount is for the seller to settle (counted as one, `part`). Where the product is sold
   * by a weight (the kilo, the lạng), so many of that; where its name gives no size, the count stands as said.
   */
  private settleAmount(q: Qty | undefined, code: string): void {
    if (q === undefined) return;
    const product = this.productOf(code);
    // `1 lốc nước yến`, `nửa thùng`, `CF2 2 thùng` where the name says `lốc 6 lon`, `thùng 24 hộp`: so many of its unit
    const pack = q.unit === null ? undefined : this.packsByName[product]?.get(q.unit.fold);
    if (pack !== undefined) {
      countAs(q, q.said * pack);
      return;
    }
    if (q.amount === null) return;
    // (`lấy 2 yến` under the bird's nest: the word is the product's own name, two of it, no twenty kilos)
    if (q.by !== null && this.index.nameHasWord(product, q.by)) {
      countAs(q, q.said);
      return;
    }
    const own = this.ownAmount(product);
    if (own !== null && own.dim === q.amount.dim) countAs(q, q.amount.value / own.value);
  }

  /** What one of the product is: its unit's weight where it is sold by one (chè by the lạng), else its pack's size. */
  private ownAmount(product: number): Amount | null {
    return unitAmount(this.productUnits[product]) ?? this.packAmount(product);
  }

  /** The one product of the catalog having every size the comment gives, sold by the unit `q` counts in (if any), or -1. */
  private onlySized(tokens: readonly Token[], q: Qty): number {
    const sizes = sizesIn(tokens.filter(isMeasure));
    if (sizes.length === 0) return -1;
    let found = -1;
    for (let p = 0; p < this.index.codes.length; p++) {
      if (!sizes.every((size) => this.index.hasSize(p, size))) continue;
      if (q.unit !== null && this.productUnits[p]?.fold !== q.unit.fold) continue;
      if (found >= 0) return -1;
      found = p;
    }
    return found;
  }

  /** The one product of these whose pack is the amount said (`1 ký` of tỏi đen where one jar is 1kg), or -1. */
  private sizedAs(products: readonly number[], amount: Amount): number {
    const sized = products.filter((p) => {
      const own = this.packAmount(p);
      return own !== null && sameAmount(own, amount);
    });
    return sized.length === 1 ? (sized[0] as number) : -1;
  }

  /** The one weight or volume the product's name or aliases give (`50g`), or null where they give none or several. */
  private packAmount(product: number): Amount | null {
    let found: Amount | null = null;
    for (const size of this.index.sizesOf(product) ?? []) {
      const amount = sizeAmount(size);
      if (amount === null) continue;
      if (found !== null && !sameAmount(found, amount)) return null;
      found = amount;
    }
    return found;
  }

  /** Sizes and prices (`500g`, `150k`) are no counts; where a product's name of two words or more starts, no price either (`1 cu đơ`). */
  private markSizes(tokens: Token[]): void {
    markMeasures(tokens, this.isUnit, (at) => {
      const m = this.index.matchAt(tokens, at);
      return m !== null && m.end - m.start > 1;
    });
  }

  /** What the words after a correction say outright: a count, whether they name a product, and whether it is all (`thôi`). */
  private tail(text: string): { count: number | null; named: boolean; only: boolean } {
    const tokens = tokenize(text);
    this.index.prime(tokens);
    markPhones(tokens);
    this.markSizes(tokens);
    const named = this.findMentions(tokens).length > 0;
    const counts = findQuantities(tokens, this.isUnit).filter((q) => !q.weak && !countsSomethingElse(tokens, q));
    return { count: counts.at(-1)?.value ?? null, named, only: tokens.some((t) => freeWord(t) && THOI.has(t)) };
  }

  /** `chots`, `laays 2 hopj`, `rwngf`: a word that means nothing here, read without its Telex keys when that is a word the parser knows. */
  private withoutTelexKeys(text: string, tokens: readonly Token[]): string {
    let out = '';
    let from = 0;
    for (const t of tokens) {
      const plain = t.info?.telex;
      if (plain === null || plain === undefined || this.knows(t) || this.index.isNameWord(t.fold)) continue;
      const reading = tokenize(plain);
      const word = reading[0];
      if (reading.length !== 1 || word === undefined) continue;
      this.index.prime(reading);
      // (`maajt ong rwngf`: a later word of a name is known too)
      if (!this.knows(word) && !this.index.isNameWord(word.fold)) continue;
      out += text.slice(from, t.start) + (t.title ? plain[0]!.toUpperCase() + plain.slice(1) : plain);
      from = t.end;
    }
    return from === 0 ? text : out + text.slice(from);
  }

  /** `cho6t1 1`, `hu3y d9o7n`: a word typed with VNI's digit keys left in it, read without them when that is a word the parser knows. */
  private withoutVniKeys(text: string): string {
    return text.replace(VNI_TYPED, (typed) => {
      // (a code as typed is the code, never VNI keys: `TRA2` is no `tra` with a tone)
      if (this.productByCode.has(typed.toUpperCase())) return typed;
      const plain = withoutVniKeys(typed);
      const reading = plain === null ? [] : tokenize(plain);
      const word = reading[0];
      if (plain === null || reading.length !== 1 || word === undefined) return typed;
      this.index.prime(reading);
      if (!this.knows(word) && !this.index.isNameWord(word.fold)) return typed;
      return /^[A-Z]/.test(typed) ? plain[0]!.toUpperCase() + plain.slice(1) : plain;
    });
  }

  /** A word of the lexicon, a unit, or the start of a product's name or code. */
  private knows(t: Token): boolean {
    return inLexicon(t) || this.isUnit(t) || (t.info !== null && (t.info.trieChild !== null || t.info.codes !== null));
  }

  private lastShowcaseRaw: unknown = null;
  private lastShowcase: string | null = null;

  /** The showcase code, trimmed and upper case; the same value comes with comment after comment. */
  private showcaseCode(raw: unknown): string | null {
    if (raw === this.lastShowcaseRaw) return this.lastShowcase;
    const code = typeof raw === 'string' && raw.trim() !== '' ? raw.trim().toUpperCase() : null;
    this.lastShowcaseRaw = raw;
    this.lastShowcase = code;
    return code;
  }

  /**
   * One of the products a shared name covers, told apart by a size the comment gives (`tỏi đen 500g`), or then by
   * words of its name no other of them has, said in its clause (`hũ to tỏi đen`, `khô gà không cay`); null when
   * nothing tells them apart.
   */
  private pickAmong(m: Mention, tokens: readonly Token[], clauseOf: readonly number[]): string | null {
    const picked = this.narrow(m.products, tokens, { mention: m, clauseOf });
    return picked.length === 1 ? (this.index.codes[picked[0] as number] as string) : null;
  }

  /** `lấy loại 1`, `lấy 43 độ` with a sibling on screen: the comment's words or size pick one variant of the product shown. */
  private namesVariant(shown: number, tokens: readonly Token[]): boolean {
    return this.variantPicked(shown, tokens) >= 0;
  }

  /**
   * The variant of the product on screen the comment asks for when it names none (`chốt 1kg`, `+2 hũ nhỏ` with the
   * 500g jar shown): a size or a word of the variant's name only; the product on screen itself when nothing says so.
   */
  private variantOfShowcase(showcase: string, shown: number, tokens: readonly Token[]): string {
    const picked = this.variantPicked(shown, tokens);
    return picked < 0 || picked === shown ? showcase : (this.index.codes[picked] as string);
  }

  /** The one variant of the product shown that the comment's words or size pick, or -1; a tie goes to the one sold in the shown one's unit. */
  private variantPicked(shown: number, tokens: readonly Token[]): number {
    if (shown < 0) return -1;
    const variants = this.index.variantsOf(shown);
    if (variants.length === 1) return -1;
    let picked = this.narrow(variants, tokens, null);
    if (picked.length > 1 && picked.length < variants.length) {
      const unit = this.productUnits[shown]?.fold;
      picked = picked.filter((p) => this.productUnits[p]?.fold === unit);
    }
    return picked.length === 1 ? (picked[0] as number) : -1;
  }

  /** A word of the product's name or aliases, or the unit it is sold by. */
  /** The word as typed is one of the product's (catalog-index.ts nameHasToken), or its unit. */
  private hasToken(product: number, t: Token): boolean {
    return this.index.nameHasToken(product, t) || this.productUnits[product]?.fold === t.fold;
  }

  /**
   * The candidates a size the comment gives narrows to, then those most words of the comment belong to only (ties by the
   * unit said). Words count in the mention's own clause only: a hint in a clause of its own (`lấy 2 mật ong nha, loại
   * rừng á`) is for the seller to read, from the review queue (and the rehearsal audience writes such orders for that).
   */
  private narrow(
    products: readonly number[],
    tokens: readonly Token[],
    within: { mention: Mention; clauseOf: readonly number[] } | null,
    span: readonly [number, number] = [0, tokens.length],
  ): number[] {
    let candidates = [...products];
    const [from, to] = span;
    // (`lấy 2 mật ong 500ml với 1 mật ong 1 lít`: a size right after the name, or right before it, is its own, where
    // every size said is some name's; `chốt tỏi đen 250g, thôi đổi qua 500g` leaves the choice to the seller)
    const own = within === null || !sizesAllNamed(tokens, from, to) ? [] : sizesIn(sizeTokensBeside(tokens, within.mention));
    const sizes = own.length > 0 && candidates.some((p) => own.some((size) => this.index.hasSize(p, size))) ? own : sizesIn(tokens.slice(from, to).filter(isMeasure));
    if (sizes.length > 0) {
      const sized = candidates.filter((p) => sizes.some((size) => this.index.hasSize(p, size)));
      if (sized.length > 0) candidates = sized;
    }
    if (candidates.length < 2) return candidates;
    const scores = candidates.map((p) => {
      let score = 0;
      for (let k = from; k < to; k++) {
        const t = tokens[k] as Token;
        if (within !== null) {
          const { mention: m, clauseOf } = within;
          if ((k >= m.start && k < m.end) || clauseOf[k] !== clauseOf[m.start]) continue;
        }
        // words and unit words; a number only as a grade (`loại 1`), never a count (`+1` is no `1 ký`)
        if (t.kind === 'sym' || (t.kind === 'num' ? !GRADES.has(tokens[k - 1]) || t.role === 'quantity' : t.role !== 'free' && t.role !== 'quantity')) continue;
        // (a one-letter fold tells nothing apart: `e ở Pleiku` is no `Nam Ô`)
        if (t.kind === 'word' && t.fold.length < 2) continue;
        // (a product sold by the chai has the word `chai`, whatever its aliases say: `mật ong chai lớn` is told apart by `lớn`)
        if (this.hasToken(p, t) && !candidates.every((q) => this.hasToken(q, t))) score++;
      }
      return score;
    });
    const top = Math.max(...scores);
    if (top === 0) return candidates;
    let best = candidates.filter((_, k) => scores[k] === top);
    // (`chốt 3 chai loại 1` beside a can of loại 1: the unit said)
    if (best.length > 1) {
      const byUnit = best.filter((p) => tokens.some((t) => t.role === 'quantity' && t.kind === 'word' && this.productUnits[p]?.fold === t.fold));
      if (byUnit.length > 0) best = byUnit;
    }
    return best;
  }

  /**
   * `cho chị 1 hũ lớn 2 hũ nhỏ tỏi đen`, `lấy 1 hũ 250g 1 hũ 500g`: several counts, each followed by words that tell one
   * variant apart: an item each; null unless every count picks its own variant.
   */
  private variantGroups(products: readonly number[], tokens: readonly Token[], counts: readonly Qty[]): ParsedItem[] | null {
    if (counts.length < 2) return null;
    const sorted = [...counts].sort((a, b) => a.start - b.start);
    const items: ParsedItem[] = [];
    for (let k = 0; k < sorted.length; k++) {
      const q = sorted[k] as Qty;
      const picked = this.narrow(products, tokens, null, [q.end, sorted[k + 1]?.start ?? tokens.length]);
      const code = picked.length === 1 ? (this.index.codes[picked[0] as number] as string) : null;
      if (code === null || items.some((item) => item.code === code)) return null;
      items.push({ code, qty: q.value });
    }
    return items;
  }

  /** The showcased product, when a name several products share covers it and no word of the comment belongs to another of them only (`loại rừng á`). */
  private showcaseAmong(m: Mention, showcase: string | null, tokens: readonly Token[]): string | null {
    if (showcase === null) return null;
    const shown = m.products.find((p) => this.index.codes[p] === showcase);
    if (shown === undefined) return null;
    for (const t of tokens) {
      if (t.kind !== 'word' || t.role !== 'free') continue;
      if (m.products.some((p) => p !== shown && this.index.nameHasWord(p, t.fold)) && !this.index.nameHasWord(shown, t.fold)) return null;
    }
    return showcase;
  }

  private codesOf(m: Mention): string[] {
    return m.products.map((p) => this.index.codes[p] as string);
  }

  /** `from`: where the comment's own words start (after a tagged display name). */
  private findMentions(tokens: Token[], from = 0): Mention[] {
    const mentions: Mention[] = [];
    let i = from;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      // (`chốt số 3`, `mã 6`: a product's number where the seller numbers them)
      const numbered = this.index.matchNumbered(tokens, i);
      if (numbered !== null) {
        for (let k = numbered.start; k < numbered.end; k++) (tokens[k] as Token).role = 'mention';
        mentions.push(numbered);
        i = numbered.end;
        continue;
      }
      if (t.role !== 'free' || t.kind === 'sym') {
        i++;
        continue;
      }
      const m = this.index.matchAt(tokens, i);
      // `c o hung yen lay 2 chai mat ong`, `Yên Mỹ, Hưng Yên`: a place, unless a product's name starts so
      if (PLACE_FIRST.has(t) && PLACE_SECOND.get(t.fold)?.has(tokens[i + 1]?.fold ?? '') === true && (m === null || m.end < i + 2)) {
        i += 2;
        continue;
      }
      if (m === null || this.notTheProduct(tokens, m) || (m.isCode && this.notTheCode(tokens, m))) {
        i++;
        continue;
      }
      // `chốt 1 chai mật ong dừng`: a slip in the next word of a longer name makes it any of them, for the seller to pick
      // (rather than the shorter name's product for sure)
      const slipped = m.isCode ? [] : this.index.nearMiss(tokens, m);
      if (slipped.length > 0) {
        m.products = [...m.products, ...slipped];
        m.end += 1;
      }
      for (let k = m.start; k < m.end; k++) (tokens[k] as Token).role = 'mention';
      // `A2 mật ong`: a name right after a code typed in one piece describes the product of the code
      // (`1 yen 1 mat ong`: not `yen 1`, which is a name and a count as much as the code YEN1)
      const last = mentions[mentions.length - 1];
      if (last !== undefined && last.isCode && !m.isCode && last.end === m.start && oneWord(tokens, last)) {
        i = m.end;
        continue;
      }
      mentions.push(m);
      i = m.end;
    }
    return mentions;
  }

  /**
   * Letters and digits that spell a code but are something else: a place's label (`khu A1`, `tòa B2`,
   * `kiot C1`), a pronoun and a count set apart (`cho a 2 hộp trà sen`: anh, two boxes), or a name's
   * word and a count (`tra 2 hộp shan tuyết`).
   */
  private notTheCode(tokens: readonly Token[], m: Mention): boolean {
    const prev = tokens[m.start - 1];
    // `về 584 Lê Hồng Phong`: a code of digits before a street's name is a house number
    const first = tokens[m.start] as Token;
    if (first.kind === 'num' && m.end - m.start === 1 && tokens[m.end]?.title === true && tokens[m.end + 1]?.title === true) return true;
    // `101 điểm cho shop`: a code of digits before what it counts (points, times, people) is that number
    if (first.kind === 'num' && m.end - m.start === 1 && tokens[m.end]?.kind === 'word' && COUNTERS.has(tokens[m.end])) return true;
    if (prev !== undefined && prev.kind === 'word' && (PLACE_WORDS.has(prev) || STREET_PREFIXES.has(prev) || WEAK_STREET_PREFIXES.has(prev))) return true;
    // `lớp 12A1`: a class, its number glued before the letters; `K9/12 Hoàng Diệu`: a lane and a house's number
    // (`2MO1` is a count glued to the code)
    if (prev?.kind === 'num' && !first.spaced && first.kind === 'word' && freeWord(tokens[m.start - 2]) && GROUPS.has(tokens[m.start - 2])) return true;
    const slash = tokens[m.end];
    if (slash !== undefined && isSym(slash, '/') && !slash.spaced && tokens[m.end + 1]?.kind === 'num' && tokens[m.end + 1]?.spaced === false) return true;
    const letters = tokens[m.start] as Token;
    const digits = tokens[m.start + 1];
    if (m.end - m.start !== 2 || digits?.kind !== 'num' || !digits.spaced) return false;
    // (`cho mk 1 chai mật ong`, `mua cho ny 1 hộp yến`, `cho a 1`: the buyer or their sweetheart, then a count)
    const person = CHO.has(prev) && !letters.allCaps && (PRONOUNS.has(letters) || KIN.has(letters));
    const after = tokens[m.end];
    if (after === undefined) return person;
    if (after.kind !== 'word') return false;
    // (`tra 2 hộp shan tuyết`: a word of a name typed plain, then a count with its unit and the rest of the name;
    // `TRA2`, `cf 2 gói` are still the code)
    if (letters.fold.length !== 1 && !person) {
      return !letters.allCaps && this.index.isNameWord(letters.fold) && this.isUnit(after) && this.index.matchAt(tokens, m.end + 1) !== null;
    }
    return this.isUnit(after) || this.index.matchAt(tokens, m.end) !== null;
  }

  /**
   * A one-word mention that is really something else: a capitalised plain word mid-sentence is a
   * name (`miền Nam` is not `nấm`), and one after a word of where a place (`ra Nghệ An`); `cam on` is
   * thanks; `cho toi` is tôi; `yen tam` is yên tâm; `nam hu toi den`: a plain number word that is also a
   * product's name (`nấm`) counts as the number before a unit or product.
   */
  private notTheProduct(tokens: Token[], m: Mention): boolean {
    if (m.isCode) return false;
    // `mỗi loại 1 chai` where a tea is called `loại 1`: one of each kind
    if (freeWord(tokens[m.start - 1]) && MOI.has(tokens[m.start - 1]) && GRADES.has(tokens[m.start]) && tokens[m.start + 1]?.kind === 'num') return true;
    // `em ở Cầu Đất`, `gửi về Thái Nguyên`: a place's name of several words, each capitalised, after a word of where;
    // `c Linh Chi oi`: a person's, called; `em là Kim Sa Rươne`: one said to be the writer's
    if (m.end - m.start > 1) {
      const before = tokens[m.start - 1];
      return (
        allNames(tokens, m.start, m.end) &&
        (WHERE_TO.has(before) || NAMING.has(before) || ((KIN.has(before) || PRONOUNS.has(before)) && OI.has(tokens[m.end])))
      );
    }
    const t = tokens[m.start] as Token;
    // `chốt cho @Bé Mít 2 gói hồng sấy`, `@Yến Nhi xem nè`: capitalised words right after an @tag go on with the tagged
    // friend's name (`@Lan Mật ong ngon nè`: a name that runs on in lower case is the product's)
    if (taggedName(tokens, m.start, m.end)) return true;
    // `miền Nam`: one capitalised plain word mid-sentence is a name, not the product `nấm` (but `Chipi` is `chipi`)
    if (t.name && !t.marked && !m.asSpelt) return true;
    // `Chào chị Yến`, `em là Yến`, `Trần Thị Hải Yến`: a capitalised word after a kinship word, `là`/`tên` or another
    // capitalised word is someone's name, marks and all
    const prev = tokens[m.start - 1];
    const next = tokens[m.end];
    if (
      t.name &&
      (KIN.has(prev) ||
        NAMING.has(prev) ||
        (prev?.title === true && MIDDLE_NAMES.has(prev)) ||
        this.plainNameWord(prev))
    ) {
      return true;
    }
    if (THANKS_FIRST.has(t) && THANKS_SECOND.has(next)) return true;
    // `doi sang 2 hu mac ca` where hạt dổi is sold as `doi`: đổi sang, a change, typed plain
    if (!t.marked && SWAP_VERBS.has(t) && freeWord(next) && SWAP_TO.has(next)) return true;
    // `Yến ơi chốt 2 hũ hạt điều`, `chị yến ơi`, `ĐÀO ƠI` typed in capitals: someone called by name, not the product
    if (OI.has(next)) return true;
    // `Yến đây, chốt 1 nha`: the writer saying who they are
    if (t.title && t.sentenceStart && freeWord(next) && HERE.has(next)) return true;
    // `huy don cua Hong`, `hủy giúp Trà 1 hộp atiso`: whose order, for whom; `Yến lấy 2 hộp trà sen`: who orders another product
    if ((t.name || (prev?.fold === 'cua' && DON.has(tokens[m.start - 2]))) && ON_BEHALF.has(prev)) return true;
    if (t.title && t.sentenceStart && ORDER_WORDS.has(next) && this.namedAfter(tokens, m.end + 1)) return true;
    // `gửi ra Nghệ An`, `tôi ở Trà Vinh`: a place's name after a word of where
    if (t.name && WHERE_TO.has(prev) && next?.title === true) return true;
    // `tại chợ Đồng Xoài`, `ra đảo Lý Sơn`: the second word of a place's name, after a word for a kind of place
    const before = tokens[m.start - 2];
    if (t.name && prev?.title === true && !prev.sentenceStart && freeWord(before) && (PLACE_KINDS.has(before) || PLACE_WORDS.has(before) || WHERE_TO.has(before))) return true;
    // `1 yến gạo`, `nửa yến nếp`, `cà phê 2 yến`: yến the weight (ten kilos) of another product named beside it
    if (t.fold === 'yen' && (prev?.kind === 'num' || NUMBER_WORDS.has(prev) || HALF_WORD.has(prev)) && this.namedBeside(tokens, m)) return true;
    // `yen tam`, `yên tâm`, `nghe thấy`, `Điều kiện`: a common word in its common phrase, not the product it spells
    // (`2 gói mang về` typed plain: after a count and its unit a word shadowed only as a verb is the product;
    // `2 gói yến mạch` is oats all the same)
    const countedBefore = prev !== undefined && (prev.role === 'quantity' || this.isUnit(prev)) && VERB_SHADOWED.has(t.fold);
    if ((SHADOWED.get(t.fold)?.has(next) === true || SHADOWED_AFTER.get(t.fold)?.has(prev) === true) && !countedBefore) return true;
    if (!t.marked) {
      // `cho toi 2 hộp`, `toi lay 2 chai`, `toi muon mua`, `toi ko lay nua`, `vo toi dan`, `sdt toi 0339…`: tôi typed plain, not tỏi
      if (PRONOUNS.has(t) && (CHO.has(prev) || KIN.has(prev) || PHONE_LABELS.has(prev) || ORDER_WORDS.has(next) || NEGATIONS.has(next) || SPEAKER_NEXT.has(next))) {
        return true;
      }
      // `lấy 1 hộp nghe`, `hủy đơn nghe o`: the Centre's `nghe` (nhé) ending a clause or before whom it is said to, not
      // nghệ (`2 hũ nghe`, after a count or its own unit, is the turmeric)
      const counted =
        prev !== undefined &&
        ((prev.kind === 'num' && prev.role === 'quantity') || (prev.kind === 'word' && m.products.some((p) => this.productUnits[p]?.fold === prev.fold)));
      if (t.fold === 'nghe' && m.end - m.start === 1 && !counted) {
        if (next === undefined || next.kind === 'sym' || (freeWord(next) && (KIN.has(next) || PRONOUNS.has(next)))) return true;
      }
    }
    if (t.marked || !(NUMBER_WORDS.has(t) || MUOI_TEN.has(t) || CHUC.has(t))) return false;
    if (next === undefined || next.kind !== 'word') return false;
    return this.isUnit(next) || this.index.matchAt(tokens, m.end) !== null;
  }

  /** Another product named right after the mention, or ending just before its count (`gạo 1 yến`, `cà phê 2 yến`). */
  private namedBeside(tokens: Token[], m: Mention): boolean {
    if (m.end < tokens.length && this.index.matchAt(tokens, m.end) !== null) return true;
    for (let from = Math.max(0, m.start - 4); from <= m.start - 2; from++) {
      const before = this.index.matchAt(tokens, from);
      if (before !== null && before.end === m.start - 1) return true;
    }
    return false;
  }

  /**
   * A word for goods that is no word of the product on screen, in the two words after a count (`2 hũ tỏi đen`
   * with pepper shown, `1 túi hạt macca` with cashews): other goods, sold here or not, that no name matched.
   */
  private otherGoodsAfter(tokens: readonly Token[], from: number, shown: number): boolean {
    for (let j = from; j < from + 2; j++) {
      const t = tokens[j];
      if (t === undefined || t.kind !== 'word' || t.role !== 'free') return false;
      if (!t.marked || !OTHER_GOODS.has(t)) continue;
      const same = SAME_GOODS.find((words) => words.includes(t.fold)) ?? [t.fold];
      if (!(shown >= 0 && same.some((fold) => this.index.nameHasWord(shown, fold)))) return true;
    }
    return false;
  }

  /** Some product named from `from` on (a rare question, asked only of a capitalised first word before an order word). */
  private namedAfter(tokens: readonly Token[], from: number): boolean {
    for (let j = from; j < tokens.length; j++) if (tokens[j]?.role === 'free' && this.index.matchAt(tokens, j) !== null) return true;
    return false;
  }

  /**
   * A pack some product is sold by, just before a count (`combo 3 hũ`, `1 set 2 hộp`): what the pack
   * holds. Typed with its marks, the unit of a count before it, or a word with no marks to lose
   * (`bo 1 gói` is bỏ, `cho tui 2 túi` is tôi). Where no product is sold by it, `combo 2 chai mật ong`
   * counts what is ordered.
   */
  private holdsPack(t: Token | undefined): boolean {
    if (t === undefined || t.kind !== 'word' || t.role === 'mention' || !PACKS.has(t)) return false;
    if (!this.productUnits.some((unit) => unit?.fold === t.fold)) return false;
    return t.marked || t.role === 'quantity' || t.fold === 'combo' || t.fold === 'set';
  }

  /** A capitalised free word that is no keyword and no unit: a word of someone's or some place's name. */
  private plainNameWord(t: Token | undefined): boolean {
    return t !== undefined && t.kind === 'word' && t.title && t.role === 'free' && !inLexicon(t) && !this.isUnit(t);
  }

  private readCues(text: string, tokens: Token[], mentions: Mention[], quantities: Qty[]): Cues {
    const orderAt = new Set<number>();
    const negatedOrderAt = new Set<number>();
    const cancelAt: number[] = [];
    const keptAt: number[] = [];
    const clauseOf = clausesOf(tokens);
    const questionClauses: number[] = [];
    /** Clauses asked in words, not only with a `?`. */
    const askedInWords: number[] = [];
    let chot = false;
    let question = false;
    let sawThoi = false;
    let dropQuantityAt = -1;
    const otherTimeClauses = new Set<number>();
    const shownClauses = new Set<number>();
    /** Order words after what someone at home said to buy (`vợ bảo mua 2 hũ`). */
    const toldToBuyAt: number[] = [];
    const refusedAt: number[] = [];
    let refusedLastAt = -1;
    /** A `chưa` ending the comment (`chốt đơn cho em chưa`), or -1. */
    let doneYetAt = -1;
    const notYetAt: number[] = [];
    const turnedDown: number[] = [];
    const softOrderAt: number[] = [];

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const clause = clauseOf[i] as number;
      if (t.kind === 'sym') {
        if (t.raw === '?' && (t.role === 'free' || t.role === 'measure')) {
          question = true;
          questionClauses.push(clause);
        }
        continue;
      }
      if (t.role !== 'free' || t.kind !== 'word' || !inLexicon(t)) continue;
      const next = tokens[i + 1];
      // (`hỏi vậy thôi chứ không lấy đâu`, `nói thế thôi`: just asking, just saying, no change of mind; `giá vậy thôi` decides)
      if (THOI.has(t) && !(freeWord(tokens[i - 1]) && JUST_SO.has(tokens[i - 1]) && freeWord(tokens[i - 2]) && (ASK.has(tokens[i - 2]) || SAID.has(tokens[i - 2])))) sawThoi = true;
      // `zoom gần 2 chai đó cho em xem với`, `cầm 2 chai lên cho e so màu`: goods asked to be shown, not ordered
      if (
        RARE_CUE_WORDS.has(t) &&
        // (typed plain, `cam`, `lat` are cảm, lát as often: only `zoom` goes unmarked)
        ((ZOOM.has(t) && (t.marked || t.fold === 'zoom')) ||
          (SEE.has(t) && freeWord(tokens[i - 1]) && PRONOUNS.has(tokens[i - 1]) && CHO.has(tokens[i - 2])) ||
          (COMPARE.has(t) && freeWord(tokens[i - 1]) && (CHO.has(tokens[i - 1]) || EASY.has(tokens[i - 1]) || PRONOUNS.has(tokens[i - 1]))))
      ) {
        shownClauses.add(clause);
      }

      // cancels
      if (CANCEL_WORDS.has(t)) {
        // `Huy đặt 2 hũ`: a capitalised plain Huy followed by an order is someone signing, not a cancel
        // (lower case too before an order word: `huy lay 2 chai` is Huy ordering; a cancel there would take back a whole order)
        // (`Huy: 2 gói cà phê`: a line of a group's list, headed by Huy's name)
        const signing =
          !t.marked &&
          ((t.title && (ORDER_WORDS.has(next) || startsQuantity(quantities, i + 1) || startsMention(mentions, i + 1) || (isSym(next, ':') && startsQuantity(quantities, i + 2)))) ||
            (t.fold === 'huy' && freeWord(next) && ORDER_WORDS.has(next)));
        // `Huy đẹp trai quá`, `huy chương`, `anh Huy`: a plain huy before any other word, or named, is not a cancel
        // (`nguyen van huy 0987…`: a name typed plain, after its middle name)
        // (`minh ten huy nha, chot 1 chai`: a name given after `tên`, typed plain)
        const word =
          !t.marked &&
          t.fold === 'huy' &&
          (plainHuyIsAWord(tokens, i, mentions, quantities) || (t.title && KIN.has(tokens[i - 1])) || MIDDLE_NAMES.has(tokens[i - 1]) || tokens[i - 1]?.fold === 'ten');
        // `ko huỷ đâu c ơi, vẫn lấy 2 lọ`: a cancel said not to be one; `đơn có bị hủy không`: one suffered, asked about;
        // `hủy theo dõi`, `hủy đăng ký`: a follow or a subscription ended, not an order
        // `đừng hủy nha`, `khỏi hủy`: don't
        // `ngon hủy diệt`, `hủy hoại`: destroyed (and awesome); `huỷ ship hỏa tốc`: a way of delivery dropped, not the order;
        // `hủy lịch hẹn`: an appointment
        const denied =
          regretted(tokens, i) ||
          jokedAfter(tokens, i, clauseOf) ||
          NEGATIONS.has(tokens[i - 1]) ||
          DONT.has(tokens[i - 1]) ||
          KHOI.has(tokens[i - 1]) ||
          PASSIVE.has(tokens[i - 1]) ||
          (freeWord(next) && (UNFOLLOW.has(next) || RUIN.has(next) || (SHIP.has(next) && freeWord(tokens[i + 2]) && SHIP_SPEEDS.has(tokens[i + 2])))) ||
          // `hủy kèo nhậu tối nay`: a plan of the buyer's own called off (`hủy kèo nha shop` calls off the deal with the shop)
          (freeWord(next) && PLAN.has(next) && freeWord(tokens[i + 2]) && !POLITE_TAIL.has(tokens[i + 2]) && !ORDER_FILLERS.has(tokens[i + 2]) && !THIS.has(tokens[i + 2]) && !THAT_ONE.has(tokens[i + 2])) ||
          // `hủy hộp quà thôi, hàng vẫn lấy`: the gift wrapping dropped, not the goods
          giftWrap(tokens, i + 1) ||
          saidBySomeone(tokens, i, clauseOf) ||
          // `ai hủy thì nhường em 1 hũ`: whoever cancels, another buyer
          WHO.has(tokens[i - 1]) ||
          DESTROY.has(tokens[i - 1]);
        if (denied && NEGATIONS.has(tokens[i - 1])) keptAt.push(i);
        if (!signing && !word && !denied) {
          cancelAt.push(i);
          // `MO1 hủy 1`, `hủy 1 thôi`: how many, said bare
          if (startsQuantity(quantities, i + 1) && (onlyTailFrom(tokens, i + 2) || (THOI.has(tokens[i + 2]) && onlyTailFrom(tokens, i + 3)))) dropQuantityAt = i + 1;
        }
      } else if (DROP_WORDS.has(t) && !(t.fold === 'bo' && !t.marked && (CHO.has(tokens[i - 1]) || MEAT.has(tokens[i - 1])))) {
        // (`mua cho bo 2 goi`: bố, the buyer's father, typed plain after `cho`; `thit bo gac bep`: bò, beef; not bỏ)
        let j = i + 1;
        let countAt = -1;
        for (let skipped = 0; skipped < 6 && j < tokens.length; skipped++) {
          const u = tokens[j] as Token;
          if (u.role === 'quantity') {
            if (countAt < 0) countAt = j;
            j++;
          } else if (freeWord(u) && (DROP_FILLERS.has(u) || this.isUnit(u)) && !DON.has(u)) j++;
          else break;
        }
        const mentioned = mentions.find((m) => m.start === j);
        if (mentioned !== undefined) {
          // `bỏ mật ong vào sữa chua`, `bỏ mật ong với trà sen chung 1 túi`, `bỏ chai nước mắm xuống`: put in or down,
          // neither taken off nor ordered
          // (`bỏ 1 chai mật ong vô giỏ`: into the cart, which orders it)
          const into = putsIn(tokens, mentions, mentioned.end);
          if (into < 0) cancelAt.push(i);
          else if (!CART.has(tokens[into + 1])) otherTimeClauses.add(clause);
        } else if (DON.has(tokens[j])) cancelAt.push(i);
        // `bỏ cái này nha c`: the one on screen, pointed at
        else if (pointsAtThis(tokens, i)) cancelAt.push(i);
        else if (j === i + 1 && DROP_ALL.has(tokens[j]) && !oldContactBefore(tokens, i)) {
          // `bỏ hết mật ong`, `thôi bỏ đi shop`: all of what follows, or the whole order (not `số cũ bỏ đi`: the old phone)
          while (DROP_ALL.has(tokens[j])) j++;
          if (startsMention(mentions, j) || DON.has(tokens[j]) || onlyTailFrom(tokens, j)) cancelAt.push(i);
        } else if (countAt >= 0 && mentions.every((m) => otherTimeClauses.has(clauseOf[m.start] as number) || orderToldOf(tokens, clauseOf, clauseOf[m.start] as number, clause))) {
          // `bớt 1 hũ` with nothing named (`đặt 3 hũ tỏi đen rồi, bớt 1 nha`, `e đặt dư 1 túi st25, bỏ bớt 1 túi`: named
          // only in telling what was ordered): fewer of something the order book works out
          cancelAt.push(i);
          dropQuantityAt = countAt;
        }
      } else if (NEGATIONS.has(t) && freeWord(next) && PHAI.has(next) && (startsMention(mentions, i + 2) || startsMention(mentions, i + 3))) {
        // `chốt 2 chai mật ong, không phải đông trùng`: that one is turned down, neither ordered nor taken back
        turnedDown.push(startsMention(mentions, i + 2) ? i + 2 : i + 3);
      } else if (CHUA.has(t) && freeWord(next) && CANCEL_VERBS.has(next)) {
        // `lấy 1 chai mật ong, chưa lấy phấn hoa đâu`: not yet, so not ordered, and nothing is taken back
        notYetAt.push(i);
        negatedOrderAt.add(i + 1);
      } else if (
        (NEGATIONS.has(t) || KHOI.has(t)) &&
        freeWord(next) &&
        CANCEL_VERBS.has(next) &&
        (comesLater(tokens, i, clauseOf) ||
          THEM.has(tokens[i + 2]) ||
          TOO_MANY.has(tokens[i + 2]) ||
          WHO.has(tokens[i - 1]) ||
          someoneElse(tokens, i) ||
          saidBySomeone(tokens, i, clauseOf) ||
          jokedAfter(tokens, i, clauseOf) ||
          giftWrap(tokens, i + 2) ||
          (next.fold === 'lay' && MARRIED.has(tokens[i + 2])))
      ) {
        // `không lấy thêm nữa`: nothing more, what was ordered stands; `không lấy nhiều đâu, chỉ 1 hũ`: not many;
        // `lần sau không lấy nữa`: a vow for later;
        // `ai không lấy thì nhường mình 1 hộp`, `chị kia không lấy nữa thì để em 1 hũ`: someone else;
        // `thôi không lấy chồng nữa`: not marrying; `bà Lan nói không lấy nữa kìa`: someone else, told of
        negatedOrderAt.add(i + 1);
      } else if (NEGATIONS.has(t) && quantities.some((q) => q.start === i + 1 && q.kind === 'plus')) {
        // `không +1 nữa nha, nhầm`: the +1 taken back, one unit off (not the whole order)
        cancelAt.push(i);
        dropQuantityAt = i + 1;
      } else if (NEGATIONS.has(t) && CAN.has(tokens[i - 1]) && NEGATIONS.has(tokens[i - 2])) {
        // `không thể không mua 2 hũ`: cannot not buy, an order
      } else if ((NEGATIONS.has(t) || KHOI.has(t) || (t.marked && DIALECT_NO.has(t))) && freeWord(next) && CANCEL_VERBS.has(next)) {
        // (`nỏ lấy nữa`: không, as Nghệ An and Hà Tĩnh say it)
        let later = false;
        for (let j = i + 2; j < tokens.length && !later; j++) later = NUA.has(tokens[j]);
        if (later || sawThoi) {
          cancelAt.push(i);
        } else {
          // `không lấy yến, lấy mật ong`: what follows is refused, not ordered (and nothing is cancelled)
          refusedAt.push(i);
          if (onlyTailFrom(tokens, i + 2)) refusedLastAt = i;
        }
        negatedOrderAt.add(i + 1);
      }

      // order words
      // (`lên đơn cho em`: put my order up, as `chốt đơn` says; `lên đơn nhanh nha shop` urges the shop on)
      const raisesOrder = t.fold === 'len' && RAISE_ORDER.has(t) && DON.has(next) && heldFor(tokens, i + 1);
      // (`chót 2`: chốt typed with the wrong tone, before a count or a product; not `hạn chót`)
      const slipChot =
        CHOT_SLIP.has(t) && (startsQuantity(quantities, i + 1) || startsMention(mentions, i + 1)) && !(freeWord(tokens[i - 1]) && DEADLINE_HEADS.has(tokens[i - 1]));
      if ((ORDER_WORDS.has(t) || raisesOrder || slipChot) && !negatedOrderAt.has(i)) {
        // `đã mua`, `mua rồi`, `hôm qua lấy 2 hũ`: the buyer tells of an order, they do not make one.
        // `chốt rồi` is still an order (done, I take it); `đã chốt` is not.
        const notNow =
          (PAST_SENSITIVE.has(t) && ROI.has(next)) ||
          ((PAST_SENSITIVE.has(t) || CHOT.has(t) || raisesOrder) && PAST_BEFORE.has(tokens[i - 1])) ||
          otherTimeBefore(tokens, i, clauseOf) ||
          pastAfter(tokens, i, clauseOf) ||
          toldAsDone(tokens, i, clauseOf, quantities) ||
          // `chị Lan chốt 3 chai rồi nha`, `chị Hương lấy 5 hộp luôn kìa`: another viewer's order, told
          saidBySomeone(tokens, i, clauseOf) ||
          unreal(tokens, i, clauseOf) ||
          // `2 năm nay toàn mua mật ong shop`: a habit (`mật ong thường lấy 1 chai` is the plain kind)
          (HABIT.has(tokens[i - 1]) && !endsMention(mentions, i - 1)) ||
          // `năm nào cũng mua yến`, `lần nào cũng lấy 2 chai`: every year, every time, told
          everyTime(tokens, i) ||
          // `em muốn mua mật ong cho con uống, mà …`, `tính mua yến chưng cho bà`: buying thought of, with no count
          // (`còn không ạ, em muốn lấy`: wanting it, said last, takes it)
          (freeWord(tokens[i - 1]) &&
            THINKING_OF.has(tokens[i - 1]) &&
            !onlyTailFrom(tokens, i + 1) &&
            !quantities.some((q) => q.start > i && clauseOf[q.start] === clauseOf[i])) ||
          // `em chốt sau nha`: later; `lấy sau hũ` counts six
          (LATER_AFTER.has(next) && !quantities.some((q) => q.start === i + 1 && (q.unit !== null || startsMention(mentions, q.end))));
        // `nếu có … thì em lấy 3 kg`: the whole clause is a maybe, its counts included
        // (`freeship thì chốt 2 hũ`, `giảm 20% thì lấy 3 hũ`: terms asked beside an order stand as an order, the order
        // word winning over the question as ORDER-GRAMMAR.md says; most readers labelled them so)
        const maybe = conditional(tokens, i, clauseOf) === 'if';
        // `ai mua mật ong chưa`, `mua ở đâu`, `chị kia chốt 2 rồi`, `mua 2 tặng 1`, `chốt rồi thì …`, `đừng mua`: not this buyer ordering now
        // `để mua thử`: in order to buy
        const asking =
          WHO.has(tokens[i - 1]) ||
          PEOPLE.has(tokens[i - 1]) ||
          DE.has(tokens[i - 1]) ||
          asksHow(tokens, i, clauseOf) ||
          asksWhenBefore(tokens, i, clauseOf) ||
          askedAbout(tokens, i, clauseOf) ||
          notOrdering(tokens, i);
        // `em mua 2 hũ bên kia rồi`: bought at another shop, its counts included
        if (notNow || maybe || elsewhere(tokens, i)) otherTimeClauses.add(clause);
        else if (!asking) {
          if (toldToBuy(tokens, i)) toldToBuyAt.push(i);
          orderAt.add(i);
          if (CHOT.has(t) || slipChot || raisesOrder || pointsAtThis(tokens, i)) chot = true;
        }
      } else if (
        THEM.has(t) &&
        startsQuantity(quantities, i + 1) &&
        !otherTimeBefore(tokens, i, clauseOf) &&
        !HAVE.has(tokens[i - 1]) &&
        !GIVE.has(tokens[i - 1]) &&
        !(PER_HEAD.has(tokens[i + 2]) && tokens[i + 2]?.marked === true)
      ) {
        // `thêm 2 hộp`: more (not `có thêm 20 hộp mới về`: there are more in stock; `tặng thêm 1 gói`: a gift
        // asked of the shop; `thêm 2 bạn nữa`: more people)
        orderAt.add(i);
      } else if (
        KEEP_WORDS.has(t) &&
        cancelAt.length === 0 &&
        (heldFor(tokens, i) || (freeWord(next) && PRONOUNS.has(next) && (startsQuantity(quantities, i + 2) || startsMention(mentions, i + 2)))) &&
        !NEGATIONS.has(tokens[i - 1]) &&
        !otherTimeBefore(tokens, i, clauseOf)
      ) {
        // `giữ cho e tới t6 nha`, `giữ giùm em 1 hũ`, `giữ em 3 hộp`: hold it for me, as `chốt` does the one on screen
        // (after a cancel, `hủy đơn giữ giùm em tỏi đen` keeps a product out of it)
        orderAt.add(i);
        chot = true;
      } else if (t.fold === 'ho' && t.marked && tokens[i - 1]?.fold === 'ung' && supportsWith(tokens, i + 1, quantities, mentions)) {
        // `ủng hộ em 2 hũ`, `ủng hộ con 1 hộp yến`: bought to support the seller, an order
        orderAt.add(i);
      } else if (SOFT_ORDER_WORDS.has(t) && !otherTimeBefore(tokens, i, clauseOf) && !toldAsDone(tokens, i, clauseOf, quantities)) {
        // `em xin 1`, `xí 1 hũ được không`: a count (of goods) or a product right after; `xin giá`, `xin 1 chút thông tin` ask
        const count = quantities.find((q) => q.start === i + 1);
        if ((count !== undefined && !countsSomethingElse(tokens, count) && !runsOn(tokens, count)) || startsMention(mentions, i + 1)) softOrderAt.push(i);
      } else if ((CHO.has(t) || DE.has(t)) && freeWord(next) && PRONOUNS.has(next) && !ADVISE.has(tokens[i - 1])) {
        let k = i + 2;
        // (`cho mình vài hũ mật ong`: a few, the number for the seller to ask; none said is one)
        for (let skipped = 0; skipped < 2 && (CHO_FILLERS.has(tokens[k]) || tokens[k]?.name === true || VAGUE_COUNTS.has(tokens[k])); skipped++) k++;
        const count = quantities.find((q) => q.start === k);
        // `cho tôi xin tư vấn`, `cho em xin 1 chút thông tin`: advice and information, not counted goods
        // (`cho chú Tư hũ mắm ruốc`: a unit with no number before the product is one of it)
        const unitThenProduct = tokens[k] !== undefined && freeWord(tokens[k]) && this.isUnit(tokens[k] as Token) && startsMention(mentions, k + 1);
        if ((count !== undefined && !countsSomethingElse(tokens, count) && !runsOn(tokens, count)) || startsMention(mentions, k) || unitThenProduct) {
          orderAt.add(i);
        }
      }

      // questions
      let asks = false;
      if (QUESTION_WORDS.has(t)) {
        // `gia đình` is family; `cam on nhieu` is thanks a lot; `để em hỏi chồng đã` asks someone at home; `giá mà` is if only
        asks = !(
          // (`xin giá combo 3 hũ`: the combo's price, asked for)
          (GIA.has(t) &&
            ((!t.marked && NOT_AFTER_GIA.has(next)) ||
              NOT_BEFORE_GIA.has(tokens[i - 1]) ||
              (freeWord(next) && ((PRICE_KINDS.has(next) && !(freeWord(tokens[i - 1]) && tokens[i - 1]?.fold === 'xin')) || BUT.has(next))))) ||
          (NHIEU.has(t) && thanksBefore(tokens, i)) ||
          // `mua nhieu lan roi`: typed plain and not after `bao`, nhiều (many) before a word it counts (`nhiu tiền` asks)
          (NHIEU.has(t) && !t.marked && !BAO.has(tokens[i - 1]) && freeWord(next) && !POLITE_TAIL.has(next) && !BAO_ASKS.has(next)) ||
          // `cảm ơn bn`: thanks, friend
          (t.fold === 'bn' && THANKS_SECOND.has(tokens[i - 1])) ||
          (ASK.has(t) && freeWord(next) && ASKED_AT_HOME.has(next)) ||
          // `để tui hỏi lại đã`: let me ask (someone), not a question to the shop
          (ASK.has(t) && PRONOUNS.has(tokens[i - 1]) && DE.has(tokens[i - 2]))
        );
      } else if (HA.has(t)) {
        // `ha ha` is laughter; a plain `ho` is ho (a cough) or họ (they) far more often than hở
        asks = t.marked || (t.fold === 'ha' && tokens[i - 1]?.fold !== 'ha' && next?.fold !== 'ha');
      } else if (A_ASKS.has(t) && t.marked && i > 0) {
        // `hết mật ong à?`, `hết rồi à shop`: ending a clause, or before a word for the shop ending it (`à shop ơi` opens
        // one; a plain `a` is anh)
        let j = i + 1;
        while (freeWord(tokens[j]) && SHOP_TAIL.has(tokens[j]) && !OI.has(tokens[j])) j++;
        asks = tokens[j] === undefined || tokens[j]?.kind === 'sym';
      } else if (SAO.has(t)) {
        const prev = tokens[i - 1];
        // `4 sao` rates, `không sao` is no matter; a code's digits before it (`SPXVN0381234567 sao chưa …`) do not rate
        const rating = prev !== undefined && prev.kind === 'num' && prev.value <= 10 && !(tokens[i - 2]?.kind === 'word' && !prev.spaced);
        // `thử 1 hũ xem sao`: see how it goes
        asks = !(prev !== undefined && (rating || NUMBER_WORDS.has(prev) || NEGATIONS.has(prev) || SEE.has(prev)));
      } else if (CHOICE.has(t)) {
        // (`hũ nhỏ hay hũ lớn`: between two sizes of a unit)
        const [unitBefore, unitAfter] = [tokens[i - 2], tokens[i + 1]];
        asks = choiceBetween(tokens, i) || (unitBefore !== undefined && unitAfter !== undefined && this.isUnit(unitBefore) && this.isUnit(unitAfter));
        // `pha phin hay pha máy vậy shop`, `đô Úc hay đô Mỹ vậy`: one thing or another, asked (`live hay vậy`,
        // `hay quá` praise: `hay` there is good)
        // (`ăn giòn hay dẻo ạ`, `nấm hương rừng hay nấm trồng vậy shop`: ended by a word for the shop or a polite ạ too)
        const before = tokens[i - 1];
        if (!asks && (before?.role === 'mention' || freeWord(before)) && (next?.role === 'mention' || (freeWord(next) && !POLITE_TAIL.has(next) && !TELLING.has(next))) && !VERY.has(before)) {
          // (`pha phin hay pha máy`, `ăn sống luôn hay phải nấu`: the same word again, or `phải`, after it, even unended)
          asks = endsAsking(tokens, true) || (freeWord(next) && (PHAI.has(next) || saidBefore(tokens, i, clauseOf)));
        }
      } else if (DIALECT_ASKS.has(t)) {
        asks = t.marked && !(freeWord(next) && NOT_AFTER_MO.has(next));
      } else if (MAY.has(t)) {
        // `mấy tổ`, `mấy lần`; not `mấy bạn ơi`, nor `mua dùng mấy lần rồi` (a few times already); `may mắn` typed plain is luck
        // (`mấy chục năm rồi`: for decades)
        asks = !(freeWord(next) && (MAY_PEOPLE.has(next) || (!t.marked && NOT_AFTER_MAY.has(next)))) && !ROI.has(tokens[i + 2]) && !(CHUC.has(next) && ROI.has(tokens[i + 3]));
        // `ngày mấy shop`, `giờ mấy`: which day, what time, whatever follows; `mấy bữa trước`: a few days ago
        if (!asks && t.marked && freeWord(tokens[i - 1]) && COUNTERS.has(tokens[i - 1]) && !ROI.has(next)) asks = true;
        if (asks && goneBy(tokens, i + 1)) asks = false;
      } else if (NEGATIONS.has(t) && !(freeWord(next) && CANCEL_VERBS.has(next))) {
        // `còn … không`, `có … không`, `được không`
        // (`mua thử 1 chai xem có ngon không`: whether, wondered, not asked)
        // (`con trai bác … không về`: a plain con before these is a child, not còn)
        for (let j = i - 1; j >= 0 && clauseOf[j] === clause && !asks; j--) {
          asks = tokens[j]?.role === 'free' && ASK_OPENERS.has(tokens[j]) && !SEE.has(tokens[j - 1]) && !(tokens[j]?.marked === false && CHILD_AFTER.has(tokens[j + 1]));
        }
      }
      if (!asks && freeWord(next) && QUESTION_PAIR_FIRSTS.has(t)) {
        for (let p = 0; p < QUESTION_PAIRS.length && !asks; p++) {
          const pair = QUESTION_PAIRS[p] as [WordSet, WordSet];
          asks = pair[0].has(t) && pair[1].has(next);
        }
      }
      // `mật ong nào ngon`: which one (`2 hũ mật ong nào` ending the comment urges, in the North)
      if (!asks && NAO.has(t) && tokens[i - 1]?.role === 'mention') asks = freeWord(next) && !POLITE_TAIL.has(next);
      if (!asks && WHICH_HEADS.has(t) && next?.role === 'mention') {
        // `loại nấm nào ngon`: the product between the head and `nào`
        let j = i + 1;
        while (tokens[j]?.role === 'mention') j++;
        asks = freeWord(tokens[j]) && NAO.has(tokens[j]);
      }
      // `ở đâu cũng không ngon bằng`, `bao nhiêu cũng mua`, `ngày nào cũng 1 thìa`: any, not asked
      if (asks && meansAny(tokens, i, clauseOf)) asks = false;
      // `em chưa bao giờ ăn`, `không hủy bao giờ`: never, not when
      if (asks && BAO.has(t) && negatedBefore(tokens, i, clauseOf)) asks = false;
      if (asks) {
        question = true;
        questionClauses.push(clause);
        askedInWords.push(clause);
      }
    }

    // `không`/`chưa` ending the comment, or followed only by `shop`, `ạ`, `vậy`…
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i] as Token;
      if (t.kind === 'sym' || t.role === 'phone') continue;
      if (t.kind === 'word' && t.role === 'free' && POLITE_TAIL.has(t) && !NEGATIONS.has(t)) continue;
      // (`D2 là hạt gì vậy c`: `gì` ending it asks too)
      // (`dạ không ạ`: no, thank you, answered)
      if (t.kind === 'word' && t.role === 'free' && (NEGATIONS.has(t) || CHUA.has(t) || GI.has(t)) && !YES_SIR.has(tokens[i - 1])) {
        question = true;
        questionClauses.push(clauseOf[i] as number);
        askedInWords.push(clauseOf[i] as number);
        if (CHUA.has(t)) doneYetAt = i;
      }
      break;
    }
    // Order words found not to be this buyer ordering now: their clauses order nothing, and `chốt` alone may no longer stand
    const withdrawn: number[] = [];
    // `shop chốt đơn cho em chưa ạ`: asks whether it is done, with nothing counted or named between
    if (doneYetAt >= 0) {
      for (const at of orderAt) {
        if (clauseOf[at] !== clauseOf[doneYetAt] || quantities.some((q) => q.start > at && q.start < doneYetAt) || mentions.some((m) => m.start > at && m.start < doneYetAt)) continue;
        withdrawn.push(at);
      }
    }
    // `múc 1 chai bao nhiêu tiền`: a buyer's own word for taking yields to a question, as the grammar's order words do not
    // (but `xí 1 hũ được không` asks leave, and takes)
    if (!question || permissionOnly(tokens)) for (const at of softOrderAt) orderAt.add(at);
    // `@Lan Nguyễn lấy 2 hũ đi bà`, `mn ơi chốt lẹ đi`: another viewer urged or asked, whose clause orders nothing
    const call = callOf(text, tokens);
    const viewerAsked = question && !permissionOnly(tokens);
    for (const at of orderAt) if (urges(tokens, at, clauseOf, call, viewerAsked)) withdrawn.push(at);
    // `em đặt 2 chai trên giỏ vàng rồi`: ordered in the platform's own shop, not here
    const inCart = cartClauses(tokens, clauseOf);
    if (inCart.size > 0) {
      for (const at of orderAt) if (inCart.has(clauseOf[at] as number)) withdrawn.push(at);
      for (const clause of inCart) otherTimeClauses.add(clause);
    }
    for (const at of withdrawn) {
      orderAt.delete(at);
      otherTimeClauses.add(clauseOf[at] as number);
    }
    if (chot && withdrawn.length > 0) chot = [...orderAt].some((i) => CHOT.has(tokens[i]) || pointsAtThis(tokens, i));
    const story = storyClauses(tokens, clauseOf);
    for (const clause of story.clauses) otherTimeClauses.add(clause);
    // `gửi sai hàng, em đặt tỏi đen chứ ko phải bột nghệ`, `giao thiếu 1kg, em đặt 3kg mà`: beside a complaint of goods
    // come wrong, `đặt` and `mua` tell of the order they came for, unless more is ordered (`đặt thêm`, `mua lại`)
    if (story.complaint) {
      for (const at of [...orderAt]) {
        const t = tokens[at] as Token;
        if (!PAST_SENSITIVE.has(t) || t.fold === 'lay' || laterInClause(tokens, at, clauseOf, THEM) || laterInClause(tokens, at, clauseOf, LAI)) continue;
        orderAt.delete(at);
        otherTimeClauses.add(clauseOf[at] as number);
      }
    }
    // `vợ bảo mua 2 hũ thôi, em lấy 5 hũ`: what was said to buy, and no more, gives way to what the buyer then orders
    // (`mẹ bảo lấy 2 hũ` alone is the order, made for her; `mẹ bảo lấy 2 hũ, còn em lấy 1 chai` orders both)
    for (const at of toldToBuyAt) {
      if (laterInClause(tokens, at, clauseOf, THOI) && [...orderAt].some((other) => other > at && (clauseOf[other] as number) > (clauseOf[at] as number))) {
        orderAt.delete(at);
        otherTimeClauses.add(clauseOf[at] as number);
      }
    }
    // `lấy 2 hũ kia ra cho e coi thử`: taken out to be shown, not ordered
    for (const at of orderAt) if (shownClauses.has(clauseOf[at] as number) && takenOut(tokens, at, clauseOf)) orderAt.delete(at);
    // `đặt 3 hũ tỏi đen rồi, bớt 1 nha`, `e đặt dư 1 túi st25, hủy 1 túi`: an order told of before a change orders nothing now
    // (`@Lan chốt 2 hũ rồi kìa, e cũng lấy 1 hũ`, `em đặt 2 hũ rồi, giờ lấy thêm 1`: an order told of before a new one, too)
    const toldClauses = new Set<number>();
    const changeAt = cancelAt.length > 0 ? Math.min(...cancelAt) : orderAt.size > 1 ? Math.max(...orderAt) : -1;
    if (changeAt >= 0) {
      const changeClause = clauseOf[changeAt] as number;
      for (const at of orderAt) if (orderToldOf(tokens, clauseOf, clauseOf[at] as number, changeClause)) toldClauses.add(clauseOf[at] as number);
      for (const at of orderAt) if (toldClauses.has(clauseOf[at] as number)) orderAt.delete(at);
    }
    for (const at of orderAt) otherTimeClauses.delete(clauseOf[at] ?? -1);
    for (const clause of toldClauses) otherTimeClauses.add(clause);
    // `không lấy mật ong nha shop`, `khỏi lấy kẹo dừa`, `phấn hoa ko lấy`: a refusal with nothing else ordered takes the product back
    // (`sao không lấy tỏi đen?` asks why, and stays a question)
    // (`hồi trước em không tin nên không mua mật ong`: a refusal told of takes nothing back)
    if (refusedAt.length > 0 && orderAt.size === 0 && !question && (mentions.some((m) => m.start > (refusedAt[0] as number)) || (mentions.length === 1 && mentions[0]?.end === refusedLastAt))) {
      cancelAt.push(...refusedAt.filter((at) => !otherTimeClauses.has(clauseOf[at] ?? -1)));
      refusedAt.length = 0;
    }
    refusedAt.push(...notYetAt);
    // `hủy đơn có mất phí không`, `chính sách hủy đơn thế nào`: asking about cancelling, not cancelling
    // (`hủy được không shop` asks leave, and cancels; `hủy mật ong còn phấn hoa không` names what goes);
    // `@Hoa bà hủy chi, lấy đi`: another viewer's cancel
    for (let k = cancelAt.length - 1; k >= 0; k--) {
      const at = cancelAt[k] as number;
      const clause = clauseOf[at] as number;
      // (`răng chưa hủy cho o`: why not cancelled yet, which asks for it; `giá vậy thôi em không lấy nữa`: decided)
      // (`lần trước nói không lấy nữa mà ghiền quá, chốt 3 hũ`: a cancel told of, in a time gone by before it;
      // `hủy đơn hôm qua` cancels yesterday's order)
      let told = false;
      for (let j = at - 1; j >= 0 && clauseOf[j] === clause && !told; j--) told = goneBy(tokens, j);
      const asked =
        askedInWords.includes(clause) &&
        !sawThoi &&
        !CHUA.has(tokens[at - 1]) &&
        !leaveAsked(tokens, clause, clauseOf) &&
        !mentions.some((m) => clauseOf[m.start] === clause);
      if (told || asked || inCart.has(clause) || urges(tokens, at, clauseOf, call, viewerAsked)) cancelAt.splice(k, 1);
    }
    const { swapAt, swapBackAt } = readSwaps(tokens, clauseOf);
    const toViewer = call.tag || call.everyone;
    return {
      orderAt,
      chot,
      cancelAt,
      negatedOrderAt,
      question,
      questionClauses,
      clauseOf,
      dropQuantityAt,
      otherTimeClauses,
      toldClauses,
      shownClauses,
      refusedAt,
      refusedLastAt,
      swapAt,
      swapBackAt,
      turnedDown,
      toViewer,
      paidAt: story.paidAt,
      keptAt,
    };
  }

  /** Which quantity expressions really are quantities here. */
  private acceptQuantities(tokens: Token[], mentions: Mention[], candidates: Qty[], cues: Cues): Qty[] {
    const accepted: Qty[] = [];
    const shares = candidates.filter((q) => aShare(tokens, q)).length;
    // `hủy 2 trong 3 hũ`: two out of the three; the count stands where the whole was said, with its unit
    const outOf = new Set<Qty>();
    for (const [k, q] of candidates.entries()) {
      const whole = candidates[k + 1];
      if (q.kind === 'number' && q.unit === null && freeWord(tokens[q.end]) && OUT_OF.has(tokens[q.end]) && whole?.start === q.end + 1) {
        whole.value = q.value;
        outOf.add(q);
      }
    }
    /** The heads a `mỗi người` count was multiplied by, and its clause: the next counts of its list are each's too. */
    let perHead: { heads: number; clause: number } | null = null;
    for (const q of candidates) {
      if (outOf.has(q)) {
        for (let k = q.start; k < q.end; k++) (tokens[k] as Token).role = 'free';
        continue;
      }
      q.afterOrder = this.followsOrderWord(tokens, q.start, cues);
      const before = tokens[q.start - 1];
      // (`mỗi người lấy 1 hộp`: an order word between the heads and the count)
      const moiAt = MOI.has(before) ? q.start - 1 : MOI.has(tokens[q.start - 2]) && freeWord(before) ? q.start - 2 : -1;
      const eachTaking = moiAt < 0 && tokens[q.start - 3]?.fold === 'moi' && MOI.has(tokens[q.start - 3]) && freeWord(before) && ORDER_WORDS.has(before) && freeWord(tokens[q.start - 2]);
      q.each = moiAt >= 0 || eachTaking;
      // `nhà em 4 người, mỗi người 1 gói`, `em với bạn mỗi đứa 1 gói`: one each, for so many people
      // (`mỗi người 1 gói cà phê 1 bịch chuối sấy, 3 người`: and so is each next count of the list)
      const clause = cues.clauseOf[q.start] ?? -1;
      // (`cho 5 chị, mỗi chị 1 hộp`: heads told by a kinship word, counted before with the same word)
      const head = eachTaking ? tokens[q.start - 2] : before;
      const heads = q.each && !MOI.has(before) && (PER_HEAD.has(head) || KIN.has(head)) ? peopleCounted(tokens, eachTaking ? q.start - 3 : q.start - 2, q.end) : 1;
      if (q.each && !MOI.has(before) && (PER_HEAD.has(head) || heads > 1)) {
        q.value = Math.min(999, q.value * heads);
        perHead = { heads, clause };
      } else if (perHead !== null && perHead.clause === clause && q.unit !== null && !q.each) {
        q.value = Math.min(999, q.value * perHead.heads);
      }
      let ok: boolean;
      // (`hủy 2 hộp yến hôm qua`: the time tells which order a cancel takes from, and its count stands)
      if (cues.otherTimeClauses.has(cues.clauseOf[q.start] ?? -1) && !cues.cancelAt.some((at) => at < q.start && cues.clauseOf[at] === cues.clauseOf[q.start])) ok = false;
      // `mua 3 lần`, `bé 2 tuổi`, `top 1 mật ong`: the number counts something else, or ranks; `zoom gần 2 chai đó`: what is shown
      else if (countsSomethingElse(tokens, q) || (cues.shownClauses.has(cues.clauseOf[q.start] ?? -1) && !cues.orderAt.size)) ok = false;
      // `MO1 với MO2 lấy cả hai`: both of the products named, one each (`em lấy cả 2 luôn` under one on screen is two)
      else if (q.unit === null && tokens[q.start - 1]?.fold === 'ca' && freeWord(tokens[q.start - 1]) && mentions.length >= 2 && q.value === mentions.length) ok = false;
      // `ấp 2 Cái Bè`, `KV 2 Cái Răng`, `phường 12`: the number of a place
      // (`1 hũ to 2 hũ nhỏ`: a plain `to` after a unit is big, not tổ)
      else if (q.kind === 'number' && isPlaceWord(tokens[q.start - 1]) && !describesUnit(tokens, q.start - 1, this.isUnit)) ok = false;
      // `combo 3 hũ`, `2 set 2 hộp`: what a pack holds, not how many packs
      else if (q.unit !== null && this.holdsPack(tokens[q.start - 1])) ok = false;
      // `còn 25 hũ`, `còn lại 3 chai`: what is left in stock, told (`giảm còn 1 chai` sets a total, `lấy … còn 2` orders)
      else if (countsWhatIsLeft(tokens, q, cues.clauseOf) && !cues.orderAt.size) ok = false;
      else if (q.kind !== 'number' || q.unit !== null || q.part) ok = true;
      // (`bay mat ong rung … canh nhau`: a plain word that may spell a number is bày, not seven, before a name with no unit)
      else if (startsMention(mentions, q.end)) ok = !q.weak;
      // `đặt 2 hũ giờ giảm còn 1`: the new total, said bare
      else if (freeWord(before) && SET_MARKS.has(before) && setsTotal(tokens)) ok = true;
      else if (!q.words && postOf(mentions, q, tokens) >= 0) ok = true;
      // `lấy hai nha`, but not `cho tôi xin tư vấn`: a number word after an order word stands at the end of what is asked for
      else if (q.afterOrder || q.each) ok = !q.weak && !runsOn(tokens, q);
      // `chốt 1 cho mẹ 1 cho em`, `lấy 1 cho mẹ, 1 cho em`: in an order, a count given for someone stands on its own
      else if ((!q.words || !runsOn(tokens, q)) && cues.orderAt.size > 0 && givenTo(tokens, q)) ok = true;
      // `2 giao Hà Nội 1 giao Huế`, `mẹ 1 em 1 chị 1`: bare counts, each a lot of its own, claim that many of what is on screen
      else if (!q.words && !cues.question && shares >= 2 && aShare(tokens, q)) ok = q.afterOrder = true;
      // `e 1`, `1 nha c`, `e 2 nha`: the writer and a count, nothing else, claim that many of what is on screen
      // (a lone `1` is a reaction the host asked for)
      else if (claims(tokens, q)) ok = q.afterOrder = true;
      else if (q.start === cues.dropQuantityAt) ok = !q.words;
      else ok = false;
      if (ok) accepted.push(q);
      else for (let k = q.start; k < q.end; k++) (tokens[k] as Token).role = 'free';
    }
    this.packsOf(tokens, accepted);
    return accepted;
  }

  /**
   * `1 thùng 24 hũ`, `2 thùng, thùng 24 hũ`: cartons of so many, where no product is sold by the carton: the count
   * becomes what the product is sold by (the two counts made one).
   */
  private packsOf(tokens: readonly Token[], accepted: Qty[]): void {
    if (accepted.length < 2) return;
    for (let k = 0; k + 1 < accepted.length; k++) {
      const pack = accepted[k] as Qty;
      const inner = accepted[k + 1] as Qty;
      if (pack.unit === null || !PACKS.has(pack.unit) || this.sold(pack.unit) || !this.sold(inner.unit) || inner.kind !== 'number') continue;
      let j = pack.end;
      while (j < inner.start && (isSym(tokens[j], ',') || tokens[j]?.fold === pack.unit.fold)) j++;
      if (j !== inner.start) continue;
      pack.value = Math.min(999, pack.value * inner.value);
      pack.unit = inner.unit;
      pack.end = inner.end;
      accepted.splice(k + 1, 1);
    }
  }

  /** Some product is sold by this unit, or by a weight the same as it (`ký` where the catalog says `kg`). */
  private sold(unit: Token | null): boolean {
    if (unit === null) return false;
    const weight = unitAmount(unit);
    return this.productUnits.some((u) => {
      if (u == null) return false;
      if (u.fold === unit.fold) return true;
      const own = weight === null ? null : unitAmount(u);
      return own !== null && weight !== null && sameAmount(own, weight);
    });
  }

  private followsOrderWord(tokens: readonly Token[], start: number, cues: Cues): boolean {
    for (let j = start - 1, steps = 0; j >= 0 && steps < 5; j--, steps++) {
      if (cues.orderAt.has(j)) return true;
      const t = tokens[j] as Token;
      if (t.kind === 'sym' || t.role !== 'free') return false;
      if (!(ORDER_FILLERS.has(t) || PRONOUNS.has(t) || KIN.has(t) || t.name)) return false;
    }
    return false;
  }

  /** Each product mention's quantity, or undefined. ORDER-GRAMMAR.md: adjacent first, then the nearest. */
  private bind(tokens: readonly Token[], mentions: Mention[], quantities: Qty[], clauseOf: readonly number[]): (Qty | undefined)[] {
    const bound: (Qty | undefined)[] = new Array<Qty | undefined>(mentions.length);
    if (mentions.length === 0) return [];
    // The first product decides the comment's style: `2 hũ tỏi đen …` or `tỏi đen 2 hũ …`.
    const preStyle = quantities.some((q) => preOf(mentions, q, tokens) === 0) || !quantities.some((q) => postOf(mentions, q, tokens) === 0);
    const loose: Qty[] = [];
    for (const q of quantities) {
      if (q.each) {
        loose.push(q);
        continue;
      }
      const pre = preOf(mentions, q, tokens);
      const post = postOf(mentions, q, tokens);
      let target = pre >= 0 ? pre : post;
      if (pre >= 0 && post >= 0) {
        const fitsPre = this.unitFits(q, mentions[pre] as Mention);
        const fitsPost = this.unitFits(q, mentions[post] as Mention);
        if (bound[post] !== undefined || (fitsPre && !fitsPost)) target = pre;
        else if (fitsPost && !fitsPre) target = post;
        else target = preStyle ? pre : post;
        if (bound[target] !== undefined) target = target === pre ? post : pre;
      }
      if (target >= 0 && bound[target] === undefined) bound[target] = q;
      else loose.push(q);
    }
    for (const q of loose) {
      if (q.each) continue;
      if (q.kind === 'number' && q.unit === null && !q.afterOrder) continue;
      // `mật ong đông trùng cho tôi 1 hũ, mật ong thường 2 chai`: its own clause first, then a product sold by its unit, then the nearest
      let best = -1;
      let bestScore = Number.POSITIVE_INFINITY;
      mentions.forEach((m, k) => {
        if (bound[k] !== undefined) return;
        const distance = m.end <= q.start ? q.start - m.end : m.start - q.end;
        const score = (clauseOf[m.start] === clauseOf[q.start] ? 0 : 2000) + (this.unitFits(q, m) ? 0 : 1000) + distance;
        if (score < bestScore) {
          best = k;
          bestScore = score;
        }
      });
      if (best >= 0) bound[best] = q;
    }
    for (const q of loose) {
      if (!q.each) continue;
      mentions.forEach((_, k) => {
        if (bound[k] === undefined) bound[k] = q;
      });
    }
    return bound;
  }

  private unitFits(q: Qty, m: Mention): boolean {
    if (q.unit === null) return false;
    const unitFold = q.unit.fold;
    return m.products.some((p) => this.productUnits[p]?.fold === unitFold);
  }

  /** A mention in a clause with an order word, or preceded by one. */
  private clauseHasOrder(m: Mention, cues: Cues): boolean {
    const clause = cues.clauseOf[m.start];
    for (const at of cues.orderAt) if (cues.clauseOf[at] === clause) return true;
    return false;
  }

  /** In a cancel, a product after a later order word is being ordered, not cancelled (`hủy mật ong, lấy 2 tỏi`). */
  private ownedByOrder(m: Mention, cues: Cues): boolean {
    return lastBefore(cues.orderAt, m.start) > lastBefore(cues.cancelAt, m.start);
  }
}

/** Every size said between `from` and `to` sits right after a product's name or right before one. */
function sizesAllNamed(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]?.role !== 'measure' || tokens[k - 1]?.role === 'measure') continue;
    let end = k;
    while (tokens[end]?.role === 'measure') end++;
    if (tokens[k - 1]?.role !== 'mention' && tokens[end]?.role !== 'mention') return false;
  }
  return true;
}

/** The size tokens just after a mention (`mật ong 500ml`), else just before it (`2kg gạo`). */
function sizeTokensBeside(tokens: readonly Token[], m: Mention): Token[] {
  const after: Token[] = [];
  for (let k = m.end; tokens[k]?.role === 'measure'; k++) after.push(tokens[k] as Token);
  if (after.length > 0) return after;
  const before: Token[] = [];
  for (let k = m.start - 1; tokens[k]?.role === 'measure'; k--) before.unshift(tokens[k] as Token);
  return before;
}

/**
 * `đặt 3 hũ tỏi đen rồi`, `e đặt dư 1 túi st25`: an order word in an earlier clause than `before`, told of as done
 * (`rồi` after it in its clause) or as a mistake (`nhầm`, `dư` right after it): no order now.
 */
function orderToldOf(tokens: readonly Token[], clauseOf: readonly number[], clause: number, before: number): boolean {
  if (clause >= before) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (clauseOf[i] !== clause || !freeWord(tokens[i]) || !ORDER_WORDS.has(tokens[i])) continue;
    if (freeWord(tokens[i + 1]) && MISTAKEN.has(tokens[i + 1])) return true;
    for (let j = i + 1; j < tokens.length && clauseOf[j] === clause; j++) if (freeWord(tokens[j]) && ROI.has(tokens[j])) return true;
  }
  return false;
}

/**
 * `như cũ`, `y chang (lần trước)`, `như mọi khi`, `như hôm qua`: the same as an order before, said at the start of the comment or after
 * an order word (`địa chỉ như cũ` keeps an address, and orders nothing).
 */
function repeatsAnOrder(tokens: readonly Token[], orderAt: ReadonlySet<number>): boolean {
  if (meToo(tokens)) return true;
  // `đặt lại đơn tuần trước giúp em`: the order again
  for (const at of orderAt) if (freeWord(tokens[at + 1]) && LAI.has(tokens[at + 1]) && formerOrder(tokens, at + 2)) return true;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    // (a fold test first: most words are none of them)
    if ((t.fold !== 'nhu' && t.fold !== 'y' && t.fold !== 'giong' && t.fold !== 'bang') || t.role !== 'free' || !SAME_AS.has(t)) continue;
    const next = tokens[i + 1] as Token;
    // (`lấy giống hôm qua`, `lấy bằng hôm qua`: like, or as much as, an order gone by)
    const same =
      (t.fold === 'nhu' && (SAME_OLD.has(next) || (next.fold === 'moi' && tokens[i + 2]?.fold === 'khi') || someonesOrder(tokens, i + 1) || formerOrder(tokens, i + 1))) ||
      (t.fold === 'y' && SAME_EXACTLY.has(next)) ||
      (t.fold === 'giong' && ((freeWord(next) && ALIKE_WHAT.has(next)) || someonesOrder(tokens, i + 1) || formerOrder(tokens, i + 1))) ||
      (t.fold === 'bang' && formerOrder(tokens, i + 1));
    if (!same) continue;
    // (`cho em y chang chị kia`: for the one writing; `0909 123 456 đơn như cũ nha`: after a phone, the order)
    let start = 0;
    while (start < i && (tokens[start]?.kind === 'sym' || tokens[start]?.role === 'phone' || PRONOUNS.has(tokens[start]) || CHO.has(tokens[start]) || DON.has(tokens[start]))) start++;
    if (start === i || (orderAt.size > 0 && [...orderAt].some((at) => at < i))) return true;
  }
  return false;
}

/** `(như) lần trước`, `(như) đơn cũ`, `(như) đơn hôm qua`: an order gone by. */
function formerOrder(tokens: readonly Token[], at: number): boolean {
  if (pastTime(tokens, at)) return true;
  const then = tokens[at + 1];
  return freeWord(tokens[at]) && DON.has(tokens[at]) && (SAME_OLD.has(then) || then?.fold === 'truoc' || pastTime(tokens, at + 1));
}

/** `như chị Lan`, `như bạn Hoa ở trên`: a kin word and a name, or `kia`/`trên` (that one, above). */
function someonesOrder(tokens: readonly Token[], at: number): boolean {
  const kin = tokens[at];
  const who = tokens[at + 1];
  return freeWord(kin) && KIN.has(kin) && who !== undefined && who.kind === 'word' && (who.title || who.name || THAT_ONE.has(who) || SAME_OLD.has(who));
}

/** `em cũng vậy`, `e cx v` (and `me too`, said so): the whole comment says the writer wants the same. */
function meToo(tokens: readonly Token[]): boolean {
  let words = 0;
  let also = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    words++;
    if (words > 4) return false;
    if ((t.fold === 'cung' || t.fold === 'cx') && freeWord(tokens[i + 1]) && ALSO_SO.has(tokens[i + 1])) also = i;
  }
  return also >= 0 && (also === 0 || PRONOUNS.has(tokens[also - 1]));
}

/** How many slots of a flash sale the comment claims: `slot` with its number or `cuối`, or after an order word (`hết slot rồi` claims none). */
function slotClaims(tokens: readonly Token[], orderAt: ReadonlySet<number>): number {
  let claims = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.fold !== 'slot' || !freeWord(t) || !SLOT.has(t) || tokens[i - 1]?.kind === 'num') continue;
    const next = tokens[i + 1];
    if ((next?.kind === 'num' && next.role === 'free') || SLOT_WHICH.has(next) || orderAt.has(i - 1)) claims++;
  }
  return claims;
}

/** `giữ cho em`, `giữ giùm chị`, `lên đơn cho em`: for the one writing. */
function heldFor(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return freeWord(next) && (CHO.has(next) || DROP_FILLERS.has(next)) && freeWord(tokens[at + 2]) && PRONOUNS.has(tokens[at + 2]);
}

/** The plain counts of the comment (no `mỗi`, no marker), outside a time other than now. */
function bareCounts(candidates: readonly Qty[], cues: Cues): Qty[] {
  const counts: Qty[] = [];
  for (const q of candidates) if (!q.each && q.kind === 'number' && !cues.otherTimeClauses.has(cues.clauseOf[q.start] ?? -1)) counts.push(q);
  return counts;
}

/** Every token of the span is capitalised as a name is. */
/** Every word from `from` to `to` is capitalised, and so are the words back to an @tag at most three words before. */
function taggedName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(tokens[k] as Token).title) return false;
  for (let k = from; k >= 0 && k > from - 4; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || !t.title || !t.spaced) return false;
    if (t.afterTag) return true;
  }
  return false;
}

function allNames(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(tokens[k] as Token).name) return false;
  return true;
}

/** The mention a quantity stands just before (`2 hũ tỏi đen`), or -1; not across a line (`Tỏi đen 2\nĐông trùng`: the line's count). */
function preOf(mentions: readonly Mention[], q: Qty, tokens: readonly Token[]): number {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.start === q.end) return tokens[m.start]?.lineStart === true ? -1 : k;
  }
  return -1;
}

/** The mention a quantity stands just after (`tỏi đen 2 hũ`, `TD1 2`, `TD1: 2`, `TD1 - 2`), or -1. */
function postOf(mentions: readonly Mention[], q: Qty, tokens: readonly Token[]): number {
  const colon = isSym(tokens[q.start - 1], ':-');
  // `phấn hoa 200g x1`, `tỏi đen 1kg 1 hũ`: a marked count, or one with its unit, reaches back over the size
  let from = q.start;
  if (q.kind !== 'number' || q.unit !== null) while (tokens[from - 1]?.role === 'measure') from--;
  // `- Mật ong hoa nhãn 500ml: 2`: so does a count after a colon
  let named = colon ? q.start - 1 : -1;
  if (colon) while (tokens[named - 1]?.role === 'measure') named--;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.end === from || (colon && m.end === named)) {
      // After a name, bare digits count when set apart (`mật ong: 2`) or in a list (`mật ong 2, phấn hoa 1`).
      // (`nem 1 chục`, `bưởi 1 đôi`: a number with the word it multiplies counts as with a unit)
      const counts =
        q.kind !== 'number' ||
        q.unit !== null ||
        (!q.words &&
          (q.end - q.start > 1 ||
            m.isCode ||
            m.spellsCode ||
            (colon && m.end === named) ||
            listedWithNumbers(mentions, tokens) ||
            lineOfItsOwn(tokens, m, q) ||
            // (`tỏi đen 2`, `lạp xưởng 2 nha`: the one name and its count, nothing else: as after a code)
            (mentions.length === 1 && q.value <= 99 && onlyTailFrom(tokens, q.end) && onlyTailBefore(tokens, m.start))));
      return counts ? k : -1;
    }
  }
  return -1;
}

/** Only polite words, order words or nothing before `at` (`tỏi đen 2`, `e lấy tỏi đen 2`, not `bé nhà em 2`). */
function onlyTailBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = 0; j < at; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'sym' || (freeWord(t) && (POLITE_TAIL.has(t) || ORDER_WORDS.has(t) || SELF.has(t)))) continue;
    return false;
  }
  return true;
}

/** `✅ Tỏi đen 2` as one line of a list: the name opens the line and the digits end it, with another line before or after. */
function lineOfItsOwn(tokens: readonly Token[], m: Mention, q: Qty): boolean {
  if (m.start > 0 && tokens[m.start]?.lineStart !== true) return false;
  const next = tokens[q.end];
  if (next !== undefined) return next.lineStart;
  return m.start > 0;
}

/** `mật ong 2, phấn hoa 1, yến 1`: two products or more, each followed by digits and nothing else before the next. */
function listedWithNumbers(mentions: readonly Mention[], tokens: readonly Token[]): boolean {
  if (mentions.length < 2) return false;
  return mentions.every((m, k) => {
    const number = tokens[m.end];
    if (number === undefined || number.kind !== 'num' || !number.spaced) return false;
    // (`xoài sấy 2 gói, mít sấy 3`: a count's unit may follow it)
    const unit = tokens[m.end + 1]?.kind === 'word' && tokens[m.end + 1]?.role === 'quantity' ? 1 : 0;
    const after = tokens[m.end + 1 + unit];
    return after === undefined || isSym(after, ',;+.') || mentions[k + 1]?.start === m.end + 1 + unit;
  });
}

/** A word that numbers a place (`ấp`, `KV`, `phường`), free or already taken into an address; not a product's name nor a measure (`6 lo`). */
function isPlaceWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.role !== 'mention' && t.role !== 'measure' && (STREET_PREFIXES.has(t) || NUMBERED_PLACES.has(t));
}

/** `cũng` within three words after the question word at `at`, in its clause: `ở đâu cũng`, `bao nhiêu cũng`. */
function meansAny(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at + 1; j <= at + 3 && clauseOf[j] === clauseOf[at]; j++) if (freeWord(tokens[j]) && ALSO.has(tokens[j])) return true;
  return false;
}

/** Two kin words that make a couple, as typed with their marks (token keys). */
const COUPLES = new Set(['ông bà', 'bố mẹ', 'ba mẹ', 'cha mẹ', 'bố má', 'ba má', 'vợ chồng'].map((pair) => tokenize(pair).map((t) => t.key).join(' ')));

/**
 * How many people a comment counts before `mỗi` at `at`: `4 người`, `bốn đứa`, `3 mẹ con`, `5 chị` (the word `mỗi`
 * counts by), or two joined by `với` (`em với bạn`); or after the count ending at `after`, with that word (`lớp 12
 * bạn`); else 1.
 */
function peopleCounted(tokens: readonly Token[], at: number, after: number): number {
  // (`mỗi bạn 1 hũ, lớp 12 bạn`: the count of heads said after, with the same word)
  const head = tokens[at + 1] as Token;
  for (let j = after; j + 1 < tokens.length && j < after + 8; j++) {
    const n = tokens[j] as Token;
    const word = tokens[j + 1] as Token;
    if (freeWord(word) && word.fold === head.fold && (n.kind === 'num' || NUMBER_WORDS.has(n))) {
      const value = n.kind === 'num' ? n.value : NUMBER_WORDS.value(n);
      if (value >= 2 && value <= 500) return value;
    }
  }
  for (let j = at - 1; j >= 1 && j >= at - 8; j--) {
    const t = tokens[j] as Token;
    // (`3 mẹ con`, `hai vợ chồng`, `3 chị em`: a count of a family, told by two kin words)
    const family = freeWord(t) && KIN.has(t) && freeWord(tokens[j - 1]) && KIN.has(tokens[j - 1]);
    if (family || (freeWord(t) && (PER_HEAD.has(t) || t.fold === head.fold))) {
      const n = tokens[family ? j - 2 : j - 1];
      const value = n === undefined ? 0 : n.kind === 'num' ? n.value : NUMBER_WORDS.value(n);
      if (value >= 2 && value <= 500) return value;
      // (`ông bà`, `bố mẹ`, `vợ chồng`: a couple is two)
      if (family && COUPLES.has(`${(tokens[j - 1] as Token).key} ${t.key}`)) return 2;
    }
    if (freeWord(t) && WITH.has(t) && (KIN.has(tokens[j - 1]) || PRONOUNS.has(tokens[j - 1])) && (KIN.has(tokens[j + 1]) || PRONOUNS.has(tokens[j + 1]))) return 2;
  }
  return 1;
}

/**
 * Nothing but products, contact details and the words that label or address them (`sđt`, `giao về`, `cho chị Lan`,
 * `nha`): a comment that gives where to send a product and says nothing else of it.
 */
function onlyContactBeside(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (t.kind === 'sym' || (t.role !== 'free' && t.role !== 'quantity')) continue;
    if (t.kind === 'num') return false;
    if (t.title || POLITE_TAIL.has(t) || SHOP_TAIL.has(t) || PRONOUNS.has(t) || KIN.has(t) || CHO.has(t) || CONTACT_WORDS.has(t) || PHONE_LABELS.has(t)) continue;
    return false;
  }
  return true;
}

/** The clause holds only a count and a product (`, 1 túi gạo`), and polite words: a line of a list. */
function bareLine(tokens: readonly Token[], clause: number, clauseOf: readonly number[]): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (clauseOf[j] !== clause) continue;
    const t = tokens[j] as Token;
    if (t.kind === 'sym' || t.role === 'quantity' || t.role === 'mention' || t.role === 'measure' || POLITE_TAIL.has(t) || ORDER_FILLERS.has(t)) continue;
    return false;
  }
  return true;
}

/** The word after `at` was said before it in its clause (`pha phin hay pha máy`): two of a kind, set side by side. */
function saidBefore(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  const next = tokens[at + 1] as Token;
  for (let j = at - 1; j >= 0 && clauseOf[j] === clauseOf[at]; j--) if (freeWord(tokens[j]) && tokens[j]?.fold === next.fold) return true;
  return false;
}

/** `hoặc` or `hay`, alone or with counts, between two products: `2 MO1 hoặc 2 CF1`, `MO1 hay MO2`. */
function eitherBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let choice = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (freeWord(t) && CHOICE.has(t)) choice = true;
    else if (t.role !== 'quantity') return false;
  }
  return choice;
}

/** `lần sau không lấy nữa`, `tuần sau khỏi lấy`: a time to come earlier in the clause of `at` (a vow for later, no cancel). */
function comesLater(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at - 1; j >= 0 && clauseOf[j] === clauseOf[at]; j--) if (toCome(tokens, j)) return true;
  return false;
}

/** `sđt cũ bỏ đi`, `số cũ bỏ nha`, `địa chỉ cũ bỏ đi`: the buyer's old phone or address just before `at`. */
function oldContactBefore(tokens: readonly Token[], at: number): boolean {
  if (!OLD.has(tokens[at - 1])) return false;
  const what = tokens[at - 2];
  return what !== undefined && freeWord(what) && (PHONE_LABELS.has(what) || what.fold === 'so' || what.fold === 'chi');
}

/** A negation (`không`, `chưa`) a few words before `at` in its clause. */
function negatedBefore(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 4 && clauseOf[j] === clauseOf[at]; j--) if (freeWord(tokens[j]) && (NEGATIONS.has(tokens[j]) || CHUA.has(tokens[j]))) return true;
  return false;
}

/**
 * `đã chuyển khoản 300k cho 2 hũ`, `ck rồi, 2 hộp 440k`: counts told after a payment, with no order word, may be an
 * order already taken that the money pays for; the seller checks (`2 hộp yến, ck rồi nha` and `+1 đã ck` order).
 */
function paidFor(cues: Cues, quantities: readonly Qty[]): boolean {
  return cues.paidAt >= 0 && cues.orderAt.size === 0 && quantities.every((q) => q.start > cues.paidAt);
}

/** The comment asks only leave (`… được không`), nothing about price or stock. */
function permissionOnly(tokens: readonly Token[]): boolean {
  let leave = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!freeWord(t)) continue;
    if (QUESTION_WORDS.has(t) || (ASK_OPENERS.has(t) && !LEAVE.has(t))) return false;
    if (LEAVE.has(t) && NEGATIONS.has(tokens[i + 1])) leave = true;
  }
  return leave;
}

/** `cảm ơn (shop) nhiều`: thanks a lot, said just before. */
function thanksBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = Math.max(1, at - 3); j < at; j++) if (THANKS_SECOND.has(tokens[j]) && THANKS_FIRST.has(tokens[j - 1])) return true;
  return false;
}

/** Only a number or a label word can start an address. */
function mayHoldAddress(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (t.role !== 'free') continue;
    // (`thôn Năm Mẫu, xã Phú Lương`: named places, no number)
    if (t.kind === 'num' || (t.kind === 'word' && (ADDRESS_HINTS.has(t) || ADMIN_LEVELS.has(t)))) return true;
  }
  return false;
}

/** Right after the products named (joined by `với`, `và`, a comma): where `vào`/`vô` (into), `chung` (together) or `xuống` (down) stands, or -1. */
function putsIn(tokens: readonly Token[], mentions: readonly Mention[], from: number): number {
  let j = from;
  for (;;) {
    const t = tokens[j];
    if (freeWord(t) && (INTO.has(t) || TOGETHER.has(t) || DOWN.has(t))) return j;
    if (!(isSym(t, ',') || (freeWord(t) && WITH.has(t)))) return -1;
    const next = mentions.find((m) => m.start === j + 1);
    if (next === undefined) return -1;
    j = next.end;
  }
}

/**
 * Every word of two letters or more in capitals, and two at least that are no code's letters (a word
 * followed by digits: `CAM 2 MIT 2 SEN 2` is codes, kept as typed).
 */
function shouted(tokens: readonly Token[]): boolean {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || t.fold.length < 2) continue;
    if (!t.allCaps) return false;
    if (tokens[i + 1]?.kind !== 'num') words++;
  }
  return words >= 2;
}

/**
 * Every word of three or more capitalised (`Chốt Đơn Hai Hủ Ạ`), opening with a word the parser knows and with no digits:
 * not a name and its phone or address (`Trần Văn Nam - 0358 …`), which are capitalised so by right.
 */
function titledThroughout(tokens: readonly Token[]): boolean {
  if (!inLexicon(tokens[0] as Token)) return false;
  let words = 0;
  for (const t of tokens) {
    if (t.kind === 'num') return false;
    if (t.kind !== 'word' || t.fold.length < 2) continue;
    if (!t.title || t.allCaps) return false;
    words++;
  }
  return words >= 3;
}

/** After `ủng hộ` (a pronoun or kin word may come first): a count or a product. */
function supportsWith(tokens: readonly Token[], from: number, quantities: readonly Qty[], mentions: readonly Mention[]): boolean {
  const at = freeWord(tokens[from]) && (PRONOUNS.has(tokens[from]) || KIN.has(tokens[from])) ? from + 1 : from;
  return startsQuantity(quantities, at) || startsMention(mentions, at);
}

/** Product words shadowed as verbs (`mang về`, `tra trước`, `ghé rước`, `che mất`): a count and unit before them keep the product. */
const VERB_SHADOWED = new Set(['mang', 'tra', 'ruoc', 'che']);

/** `em lỡ tay bấm hủy`, `lỡ hủy`: a cancel pressed by mistake, `lỡ` with only `tay` and a press between (not `em lỡ đặt, hủy giúp em`). */
function regretted(tokens: readonly Token[], at: number): boolean {
  // `hủy nhầm`, `bấm hủy lộn`: a cancel made by mistake, told of (`hủy đơn nhầm` still cancels the wrong order)
  const next = tokens[at + 1];
  if (freeWord(next) && next.marked && MISTAKEN.has(next) && (next.fold === 'nham' || next.fold === 'lon')) return true;
  let j = at - 1;
  if (freeWord(tokens[j]) && PRESS.has(tokens[j])) j--;
  if (tokens[j]?.fold === 'tay') j--;
  return j < at - 1 && freeWord(tokens[j]) && tokens[j]?.fold === 'lo' && PASSIVE.has(tokens[j]);
}

/** The comment is only a pronoun for the writer (or the seller spoken to), the count, and polite words: `e 1`, `1 nha c`. */
function claims(tokens: readonly Token[], q: Qty): boolean {
  if (q.value < 1 || q.value > 20) return false;
  // (`1 chục ạ`, `nửa chục nha`, `2 cặp`: a count said with the word it multiplies claims on its own, as with a unit)
  const last = tokens[q.end - 1];
  const multiplied = q.end - q.start > 1 && (CHUC.has(last) || DOZEN.has(last) || PAIR.has(last));
  let person = false;
  for (let j = 0; j < tokens.length; j++) {
    if (j >= q.start && j < q.end) continue;
    const t = tokens[j] as Token;
    if (t.kind === 'sym') continue;
    if (!freeWord(t)) return false;
    if (PRONOUNS.has(t)) person = true;
    else if (!POLITE_TAIL.has(t) && !ORDER_FILLERS.has(t)) return false;
  }
  return person || multiplied;
}

/** `lấy … ra`: `ra` (out) within four words after `lấy` in its clause. */
function takenOut(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  if (tokens[at]?.fold !== 'lay') return false;
  for (let j = at + 1; j <= at + 4 && clauseOf[j] === clauseOf[at]; j++) if (freeWord(tokens[j]) && OUT.has(tokens[j])) return true;
  return false;
}

/** `hộp quà`, `túi quà`, `thiệp` at `at`: the gift wrapping, which a cancel of it leaves the goods ordered. */
function giftWrap(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  // (`hủy hộp quà sen gừng`: a gift box the shop sells is a product, and cancelled)
  if (t === undefined || t.kind !== 'word' || t.role === 'mention' || tokens[at + 1]?.role === 'mention') return false;
  if (CARD.has(t)) return true;
  const next = tokens[at + 1];
  return WRAPS.has(t) && next !== undefined && next.kind === 'word' && GIFT_WORD.has(next);
}

/** `k lấy nữa đâu, đùa thôi, lấy 2 hũ`, `hủy đơn nha, giỡn thôi`: the cancel said as a joke, in its clause or the next. */
function jokedAfter(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  const clause = clauseOf[at] as number;
  for (let j = at + 1; j < tokens.length && (clauseOf[j] as number) <= clause + 1; j++) if (freeWord(tokens[j]) && JOKING.has(tokens[j]) && THOI.has(tokens[j + 1])) return true;
  return false;
}

/**
 * `Chị Mai (Giá Rai): 2 hũ mắm`, `về Cái Bè`: a capitalised keyword mid-comment before a capitalised word that is no
 * keyword and no product's is the first word of a place's or person's name (ORDER-GRAMMAR.md: capitalised words in
 * the middle of a comment are usually names), even typed with the keyword's own marks.
 */
function markKeywordsInNames(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (t.kind !== 'word' || t.role !== 'free' || !t.title || t.sentenceStart || !inLexicon(t)) continue;
    if (next.kind === 'word' && next.role === 'free' && next.title && !next.sentenceStart && next.spaced && !inLexicon(next)) t.role = 'name';
  }
}

/**
 * `bà Lan nói không lấy nữa kìa`, `chị Lan nói hủy rồi`, `chị Lan chốt rồi kìa`: another viewer's cancel or order
 * told, after their name, as done or pointed at (`mẹ bảo không lấy nữa` is the buyer's mother, and cancels; so does
 * `chị Lan bảo hủy 2 chai`, passed on).
 */
function saidBySomeone(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  // (`chị Mai hủy rồi, còn em vẫn lấy 2 hũ`: her cancel told, with no `nói`, after a kinship word and her name)
  const said = freeWord(tokens[at - 1]) && SAID.has(tokens[at - 1]);
  const whoAt = said ? at - 2 : at - 1;
  const who = tokens[whoAt];
  if (who === undefined || who.kind !== 'word' || !(who.title || who.role === 'name')) return false;
  if (!said && !(freeWord(tokens[whoAt - 1]) && KIN.has(tokens[whoAt - 1]))) return false;
  // told as done or pointed at (`… rồi`, `… kìa`); `chi Lan bao huy 2 chai` passes her cancel on
  for (let j = at + 1; j < tokens.length && clauseOf[j] === clauseOf[at]; j++) if (freeWord(tokens[j]) && (ROI.has(tokens[j]) || LOOK.has(tokens[j]))) return true;
  return false;
}

/** The mention's clause holds words of its own besides the name and polite words (`mật ong để sau`, not `tỏi đen,` nor `mật ong nữa`). */
function saysMore(tokens: readonly Token[], m: Mention, clauseOf: readonly number[]): boolean {
  const clause = clauseOf[m.start];
  for (let j = m.start - 1; j >= 0 && clauseOf[j] === clause; j--) if (ownWord(tokens[j])) return true;
  for (let j = m.end; j < tokens.length && clauseOf[j] === clause; j++) if (ownWord(tokens[j])) return true;
  return false;
}

/** A word that says something of its own: not polite, not `với`, nor one that adds (`nữa`, `thêm`, `luôn`: `với mật ong nữa` orders it too). */
function ownWord(t: Token | undefined): boolean {
  return freeWord(t) && !POLITE_TAIL.has(t) && !WITH.has(t) && !NUA.has(t) && !THEM.has(t) && !ORDER_FILLERS.has(t);
}

/** `năm nào cũng mua`, `lần nào em cũng lấy`: `nào`, then `cũng` just before the order word at `at` (a pronoun between). */
function everyTime(tokens: readonly Token[], at: number): boolean {
  let j = at - 1;
  if (!(freeWord(tokens[j]) && ALSO.has(tokens[j]))) return false;
  j--;
  if (freeWord(tokens[j]) && PRONOUNS.has(tokens[j])) j--;
  // (`năm nào`: `năm` may have been read as a count, five)
  return freeWord(tokens[j]) && NAO.has(tokens[j]) && tokens[j - 1]?.kind === 'word';
}

/** `cho mình hỏi mua 10 hũ có giảm không`: `hỏi` (ask) just before the order word, in its clause: buying is asked about. */
function askedAbout(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3 && clauseOf[j] === clauseOf[at]; j--) if (freeWord(tokens[j]) && ASK.has(tokens[j])) return true;
  return false;
}

/**
 * The comment ends asking: `vậy`, `thế`, `nhỉ` last, before only a word for the shop or a polite `ạ`; or, where it offers
 * a choice (`choice`), that word or `ạ` alone (`ăn giòn hay dẻo ạ`).
 */
function endsAsking(tokens: readonly Token[], choice = false): boolean {
  let tail = false;
  for (let j = tokens.length - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'sym') continue;
    if (!freeWord(t)) return choice && tail;
    if (ASK_TAIL.has(t)) return true;
    if (!SHOP_TAIL.has(t)) return choice && tail;
    tail = true;
  }
  return false;
}

/** The count `n` of the product, where it is whole (1–999); otherwise one, for the seller to settle (`part`). */
function countAs(q: Qty, n: number): void {
  const whole = Number.isInteger(n) && n >= 1 && n <= 999;
  q.value = whole ? n : 1;
  q.part = !whole;
}

/** One of a unit that is a weight or volume (`kg`, `lạng`, `cân`, `lít`), or null. */
function unitAmount(unit: WordShape | Token | null | undefined): Amount | null {
  return unit == null || jerrycan(unit) ? null : sizeAmount(`1${unit.fold}`);
}

function isMeasure(t: Token): boolean {
  return t.role === 'measure';
}

/** `10kg` → [10, 'kg']. */
function isPhoneToken(t: Token): boolean {
  return t.role === 'phone';
}

function addItem(items: ParsedItem[], code: string, qty: number | null): void {
  const existing = items.find((item) => item.code === code);
  if (existing === undefined) items.push({ code, qty });
  else if (qty !== null) existing.qty = Math.min(999, (existing.qty ?? 0) + qty); // quantities stay 1–999
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function createParser(catalog: readonly CatalogEntry[], options: ParserOptions = {}): Parser {
  return new ChatParser(catalog, options);
}

/** The mention is typed with nothing set apart inside it (`A2`, `td-1`; not `yen 1`). */
function oneWord(tokens: readonly Token[], m: Mention): boolean {
  for (let k = m.start + 1; k < m.end; k++) if ((tokens[k] as Token).spaced) return false;
  return true;
}

/** The nearest order cue before the product is a refusal (`không lấy …`). */
function refused(m: Mention, cues: Cues): boolean {
  // `mật ong 2 chai, phấn hoa ko lấy`: refused right after its name, ending the comment, as a topic no order word
  // took in its clause (`lấy 2 chai mật ong không lấy túi`: the bag is refused)
  const order = lastBefore(cues.orderAt, m.start);
  if (cues.refusedLastAt === m.end && !(order >= 0 && cues.clauseOf[order] === cues.clauseOf[m.start])) return true;
  const refusal = lastBefore(cues.refusedAt, m.start);
  return refusal >= 0 && order < refusal;
}
