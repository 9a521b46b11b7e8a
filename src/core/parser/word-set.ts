// A set of words written in proper Vietnamese spelling, matched the way
// ORDER-GRAMMAR.md says: a word typed without diacritics matches any accented
// form; a word typed with diacritics matches only its own (`già` is not
// `giá`). A capitalised word mid-sentence is a name (`Huy`, `Gia Lai`), not a
// keyword, unless typed with exactly the keyword's own diacritics (`Chốt`).
import { tokenize, type LexEntry, type Token, type WordInfo } from './tokenize';

interface Entry {
  key: string;
  marked: boolean;
  value: number;
}

/**
 * Every shared (module-level) set's words in one map: a token is looked up once, and each set
 * is then a bit in the token's masks.
 */
const SHARED = new Map<string, LexEntry[]>();
let sharedCount = 0;
/** Shared sets get one bit each in a token's three 32-bit masks. */
const MAX_SHARED = 96;

/** Which shared sets a word is in, as an ordinary word and as a name, worked out once per word. */
function computeMasks(info: WordInfo): void {
  info.masked = true;
  const entries = SHARED.get(info.fold);
  if (entries === undefined) return;
  for (const entry of entries) {
    const set = entry.set as WordSet;
    if (set.accepts(info.marked, info.key, false, entry.key)) {
      if (set.bitWord === 0) info.m0 |= set.bit;
      else if (set.bitWord === 1) info.m1 |= set.bit;
      else info.m2 |= set.bit;
    }
    if (set.accepts(info.marked, info.key, true, entry.key)) {
      if (set.bitWord === 0) info.n0 |= set.bit;
      else if (set.bitWord === 1) info.n1 |= set.bit;
      else info.n2 |= set.bit;
    }
  }
  info.any = info.m0 !== 0 || info.m1 !== 0 || info.m2 !== 0;
  info.anyAsName = info.n0 !== 0 || info.n1 !== 0 || info.n2 !== 0;
}

function maskWord(token: Token, word: number): number {
  const info = token.info;
  if (info === null) return 0;
  if (!info.masked) computeMasks(info);
  if (token.name) return word === 0 ? info.n0 : word === 1 ? info.n1 : info.n2;
  return word === 0 ? info.m0 : word === 1 ? info.m1 : info.m2;
}

export interface WordShape {
  fold: string;
  key: string;
  marked: boolean;
}

/** The fold and accent key of one word, as the tokenizer sees it. */
export function wordShape(word: string): WordShape {
  const token = tokenize(word.normalize('NFC')).find((t) => t.kind === 'word');
  if (!token) throw new Error(`not a word: ${word}`);
  return { fold: token.fold, key: token.key, marked: token.marked };
}

/** The token is a word of at least one shared set: cue scanning skips every other word. */
export function inLexicon(token: Token): boolean {
  const info = token.info;
  if (info === null) return false;
  if (!info.masked) computeMasks(info);
  return token.name ? info.anyAsName : info.any;
}

export class WordSet {
  private readonly byFold = new Map<string, Entry[]>();
  readonly bitWord: number = 0;
  readonly bit: number = 0;

  /**
   * `names`: how a capitalised mid-sentence word (a likely name) may match: `exact` only when typed
   * with the word's own diacritics (`Chốt`), `never` (`chị Ba` is a person), `always` (unit words).
   */
  constructor(
    words: Iterable<string> | Iterable<[string, number]>,
    private readonly names: 'exact' | 'never' | 'always' = 'exact',
    /** Module-level sets share one index; a parser's own sets (catalog units) keep theirs. */
    private readonly shared = true,
  ) {
    if (shared) {
      if (sharedCount >= MAX_SHARED) throw new Error('too many shared word sets');
      this.bitWord = sharedCount >> 5;
      this.bit = 1 << (sharedCount & 31);
      sharedCount++;
    }
    for (const item of words) {
      const [word, value] = typeof item === 'string' ? [item, 1] : item;
      const shape = wordShape(word);
      const list = this.byFold.get(shape.fold) ?? [];
      list.push({ key: shape.key, marked: shape.marked, value });
      this.byFold.set(shape.fold, list);
      if (shared) {
        const sharedList = SHARED.get(shape.fold) ?? [];
        sharedList.push({ set: this, key: shape.key, marked: shape.marked, value });
        SHARED.set(shape.fold, sharedList);
      }
    }
  }

  /** The value of the word the token is, or 0 when it is none of them. */
  value(token: Token | undefined): number {
    if (token === undefined || token.kind !== 'word') return 0;
    if (this.shared && (maskWord(token, this.bitWord) & this.bit) === 0) return 0;
    const list = this.byFold.get(token.fold);
    if (list === undefined) return 0;
    for (const entry of list) if (this.accepts(token.marked, token.key, token.name, entry.key)) return entry.value;
    return 0;
  }

  /** The token is one of these words (a bit test for shared sets). */
  has(token: Token | undefined): boolean {
    if (token === undefined || token.kind !== 'word') return false;
    if (this.shared) return (maskWord(token, this.bitWord) & this.bit) !== 0;
    return this.value(token) !== 0;
  }

  /** A typed word (its marks, its key, whether it stands as a name) is this set's word with `key`. */
  accepts(marked: boolean, typedKey: string, name: boolean, key: string): boolean {
    const exact = typedKey === key;
    if (marked && !exact) return false;
    return !name || this.names === 'always' || (this.names === 'exact' && marked && exact);
  }

  /** Whether any spelling folds to this (used to keep letter-only codes from eating words). */
  hasFold(fold: string): boolean {
    return this.byFold.has(fold);
  }
}
