// Splits a comment into words, numbers and the few symbols that mean
// something (+ x * : , . ? ! / % -). Letters and digits glued together are
// separate tokens that remember they were glued (`2hũ`, `MO1`, `x2`), so the
// later passes can tell `2 hũ` from `mo1`. Links, @tags and #tags are skipped,
// except a #tag shaped like a product code (`#MO1`).
import { isHeldDown } from './elongation';
import { slipReading } from './telex';
import { CharClass, charClass, letterFacts, toneOfMark } from './char-table';
import { ensureMasks, type MaskedWord } from './lexicon-index';

export type TokenKind = 'word' | 'num' | 'sym';

/** What a later pass decided a token is part of (`measure`: a size or price, 500g, 150k). */
export type Role = 'free' | 'phone' | 'measure' | 'mention' | 'address' | 'quantity' | 'name';

/**
 * A word as typed, worked out once and cached: chat repeats the same few hundred words all day,
 * so most words cost one map lookup. The masks say which shared word sets (word-set.ts) it is in,
 * as an ordinary word (m) and as a name mid-sentence (n); they are filled on first use.
 */
export interface WordInfo extends MaskedWord {
  /**
   * What one parser's catalog makes of this word (catalog-index.ts), for the parser whose id is
   * `ownerId`: its first step in the name trie, the codes starting with it, whether it is a unit.
   */
  ownerId: number;
  trieChild: object | null;
  codes: object | null;
  unit: boolean;
  /** The word as typed (NFC): the cache key. */
  raw: string;
  /** A letter held down (`chốttt`): the parser reads the comment again with it typed once (elongation.ts). */
  held: boolean;
  /** The word with Telex keys left in it dropped (`chots` → `chot`) or teen code's ck read as ch (`ckốt`), telex.ts; or null. */
  telex: string | null;
  hash: number;
  fold: string;
  key: string;
  marked: boolean;
  title: boolean;
  allCaps: boolean;
  maskVersion: number;
  m0: number;
  m1: number;
  m2: number;
  m3: number;
  n0: number;
  n1: number;
  n2: number;
  n3: number;
}

// An open-addressing table keyed by the word's characters in the comment itself, so a known
// word costs a hash computed while scanning it and one comparison: no slice, no Map hashing.
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const MAX_CACHED_WORDS = 1 << (TABLE_BITS - 1);
let table: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(1 << TABLE_BITS);
let cached = 0;

function describeWord(raw: string, hash: number): WordInfo {
  let fold = '';
  let key = '';
  let tone = 0;
  let marked = false;
  let firstUpper = false;
  let letters = 0;
  let uppers = 0;
  for (let j = 0; j < raw.length; j++) {
    const c = raw.charCodeAt(j);
    if (charClass(c) === CharClass.Mark) {
      // a combining mark left after NFC: count it as a diacritic of this word
      const t = toneOfMark(c);
      if (t !== 0 && tone === 0) tone = t;
      marked = true;
      continue;
    }
    const f = letterFacts(c);
    fold += f.fold;
    key += f.key;
    if (f.tone !== 0 && tone === 0) tone = f.tone;
    if (f.marked) marked = true;
    if (f.upper) {
      uppers++;
      if (letters === 0) firstUpper = true;
    }
    letters++;
  }
  return {
    raw,
    held: isHeldDown(raw),
    telex: slipReading(raw),
    hash,
    fold: fold.length > 0 ? fold : raw,
    key: key + String(tone),
    marked,
    title: firstUpper && letters >= 2 && uppers < letters,
    allCaps: letters >= 2 && uppers === letters,
    ownerId: -1,
    trieChild: null,
    codes: null,
    unit: false,
    maskVersion: -1,
    m0: 0,
    m1: 0,
    m2: 0,
    m3: 0,
    n0: 0,
    n1: 0,
    n2: 0,
    n3: 0,
  };
}

function wordInfo(text: string, start: number, end: number, hash: number): WordInfo {
  const length = end - start;
  let slot = hash & TABLE_MASK;
  for (;;) {
    const entry = table[slot];
    if (entry === undefined) break;
    if (entry.hash === hash && entry.raw.length === length) {
      let same = true;
      for (let k = 0; k < length; k++) {
        if (entry.raw.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return entry;
    }
    slot = (slot + 1) & TABLE_MASK;
  }
  if (cached >= MAX_CACHED_WORDS) {
    // junk floods must not grow memory without bound: start again
    table = new Array<WordInfo | undefined>(1 << TABLE_BITS);
    cached = 0;
    slot = hash & TABLE_MASK;
  }
  const info = describeWord(text.slice(start, end), hash);
  table[slot] = info;
  cached++;
  return info;
}

export interface Token {
  kind: TokenKind;
  /** The text as typed (after NFC). */
  raw: string;
  /** Lower case, no diacritics; digits only for numbers. */
  fold: string;
  /** Lower case with vowel modifiers kept and the tone number appended: the accented word's identity. */
  key: string;
  /** Typed with at least one diacritic (đ included). */
  marked: boolean;
  start: number;
  end: number;
  /** Whitespace (or a skipped emoji, link, tag) before this token: not glued to the previous one. */
  spaced: boolean;
  /** An emoji or other pictograph stands between the previous token and this one (`❤️x3`, `👍 x10`). */
  afterGlyph: boolean;
  /** An @tag stands right before this token (`@Bé Mít`: the rest of a tagged friend's name may follow). */
  afterTag: boolean;
  /** The first word of the comment or of a sentence. */
  sentenceStart: boolean;
  /** A line break stands between this token and the one before it. */
  lineStart: boolean;
  /** Capitalised like a name: an upper-case first letter followed by lower case. */
  title: boolean;
  /** Title case in the middle of a sentence: a person or place name, not a keyword. */
  name: boolean;
  /** Two or more letters, all capitals (`TP`, `HUỶ`). */
  allCaps: boolean;
  /** What is known about this word whatever its place (shared by every token of the same word); null for numbers and symbols. */
  info: WordInfo | null;
  /** The shared word sets (lexicon-index.ts) this token is in, given its place (a name or not): zero for numbers and symbols. */
  m0: number;
  m1: number;
  m2: number;
  m3: number;
  /** Numbers: the integer value (Infinity past nine digits). */
  value: number;
  /** Numbers written with thousands separators (150.000): never a quantity. */
  grouped: boolean;
  role: Role;
}

function isLinkStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // cheap first: only `http…:/` and `www.` go to the regular expression
  if ((c === 0x68 || c === 0x48) && (text.charCodeAt(i + 4) === 0x3a || text.charCodeAt(i + 5) === 0x3a)) {
    return /^https?:\/\//i.test(text.slice(i, i + 8));
  }
  if ((c === 0x77 || c === 0x57) && text.charCodeAt(i + 3) === 0x2e) return /^www\./i.test(text.slice(i, i + 4));
  return false;
}

function skipToSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && charClass(text.charCodeAt(j)) !== CharClass.Space && charClass(text.charCodeAt(j)) !== CharClass.Break) j++;
  return j;
}

/**
 * `mật ong rừngx2`, `tỏi đenx3`: `x` and a count glued to a name's last word. No Vietnamese word ends
 * in x; codes (`MAX2`) are capitals and words of two letters (`box2`, `mix1`) are left whole.
 */
function timesGlued(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last !== 0x78 || end - start < 4) return false;
  for (let j = start; j < end - 1; j++) if (text.charCodeAt(j) > 0x7f) return true;
  const word = text.slice(start, end - 1);
  return word === word.toLowerCase() && /[aeiouyngmhtcp]$/.test(word);
}

/** `MO1`, `td-1`, `MDT`: letters then digits, or two to six capitals; not `ocop`, `matong` or `chotdon`. */
function codeShapedTag(text: string, from: number): boolean {
  const end = skipToSpace(text, from);
  return /^(?:[A-Za-z]{1,8}-?\d{1,3}|[A-Z]{2,6})$/.test(text.slice(from, end));
}

/** Emoji (astral, as surrogates) and the arrows, symbols and dingbats of the BMP (❤ ☕ ✨). */
const isPictograph = (code: number): boolean => (code >= 0xd800 && code <= 0xdfff) || (code >= 0x2190 && code <= 0x2bff);

function makeToken(kind: TokenKind, raw: string, start: number, end: number, spaced: boolean): Token {
  return {
    kind,
    raw,
    fold: raw,
    key: raw,
    marked: false,
    start,
    end,
    spaced,
    afterGlyph: false,
    afterTag: false,
    sentenceStart: false,
    lineStart: false,
    title: false,
    name: false,
    allCaps: false,
    info: null,
    m0: 0,
    m1: 0,
    m2: 0,
    m3: 0,
    value: Number.NaN,
    grouped: false,
    role: 'free',
  };
}

export function tokenize(input: string): Token[] {
  const text = input;
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaced = true;
  let glyph = false;
  let tag = false;
  let sentenceStart = true;
  // a comment of several lines may number them (`1. MO1\n2. PH1`)
  let lineStart = text.includes('\n');
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Space || cls === CharClass.Ignore || cls === CharClass.Mark) {
      if (isPictograph(code)) glyph = true;
      // @tag, #tag; but `#MO1 x2` is how sellers ask for orders: a #tag shaped like a code is read as one
      if (code === 0x40 || (code === 0x23 && !codeShapedTag(text, i + 1))) {
        tag = code === 0x40;
        i = skipToSpace(text, i);
      }
      // `<3` is a heart, drawn: no count
      else if (code === 0x3c && text.charCodeAt(i + 1) === 0x33 && !/[0-9]/.test(text.charAt(i + 2))) {
        glyph = true;
        i += 2;
      } else i++;
      spaced = true;
      continue;
    }
    if (cls === CharClass.Break) {
      i++;
      spaced = true;
      sentenceStart = true;
      lineStart = true;
      continue;
    }
    if (lineStart && cls === CharClass.Digit) {
      // `1.`, `2)`, `3/` opening a line number the line: no count
      const marker = /^\d{1,2}[.)/](?=\s)/.exec(text.slice(i, i + 4));
      if (marker !== null) {
        i += marker[0].length;
        spaced = true;
        lineStart = false;
        continue;
      }
    }
    lineStart = false;
    if (cls === CharClass.Letter && isLinkStart(text, i)) {
      i = skipToSpace(text, i);
      spaced = true;
      continue;
    }
    const start = i;
    if (cls === CharClass.Letter) {
      let hash = Math.imul(2166136261 ^ code, 16777619);
      let before = hash;
      let end = i + 1;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c < 128) {
          if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) break;
        } else {
          const k = charClass(c);
          if (k !== CharClass.Letter && k !== CharClass.Mark) break;
        }
        before = hash;
        hash = Math.imul(hash ^ c, 16777619);
        end++;
      }
      if (end < n && charClass(text.charCodeAt(end)) === CharClass.Digit && timesGlued(text, start, end)) {
        end--;
        hash = before;
      }
      const info = wordInfo(text, start, end, hash);
      const token = makeToken('word', info.raw, start, end, spaced);
      token.info = info;
      token.fold = info.fold;
      token.key = info.key;
      token.marked = info.marked;
      token.title = info.title;
      token.allCaps = info.allCaps;
      i = end;
      token.sentenceStart = sentenceStart;
      token.name = token.title && !sentenceStart;
      ensureMasks(info);
      if (token.name) {
        token.m0 = info.n0;
        token.m1 = info.n1;
        token.m2 = info.n2;
        token.m3 = info.n3;
      } else {
        token.m0 = info.m0;
        token.m1 = info.m1;
        token.m2 = info.m2;
        token.m3 = info.m3;
      }
      sentenceStart = false;
      tokens.push(token);
    } else if (cls === CharClass.Digit) {
      let digits = '';
      let grouped = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) {
          digits += text[i];
          i++;
          continue;
        }
        // 150.000: a thousands separator belongs to the number; `1,5` and `091.234.5678` stay
        // apart (a decimal is never a quantity; phone groups are joined by the phone pass)
        if ((c === 0x2e || c === 0x2c) && i + 1 < n) {
          let j = i + 1;
          while (j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
          if (j - (i + 1) === 3) {
            grouped = true;
            digits += text.slice(i + 1, j);
            i = j;
            continue;
          }
        }
        break;
      }
      const token = makeToken('num', text.slice(start, i), start, i, spaced);
      token.fold = digits;
      token.key = digits;
      token.grouped = grouped;
      token.value = digits.length > 9 ? Number.POSITIVE_INFINITY : Number(digits);
      tokens.push(token);
    } else {
      // a meaningful symbol
      let raw = text[i] as string;
      if (code === 0xff1f) raw = '?';
      if (code === 0x2026) raw = '.';
      i++;
      tokens.push(makeToken('sym', raw, start, i, spaced));
      if (raw === '.' || raw === '!' || raw === '?') sentenceStart = true;
    }
    const last = tokens[tokens.length - 1] as Token;
    last.afterGlyph = glyph;
    last.afterTag = tag;
    spaced = false;
    glyph = false;
    tag = false;
  }
  if (text.includes('\n')) {
    for (let k = 1; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      token.lineStart = text.slice((tokens[k - 1] as Token).end, token.start).includes('\n');
    }
  }
  return tokens;
}
