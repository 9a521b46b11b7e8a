// Every module-level word set's words in one table, so a word's membership of
// all of them is worked out once per distinct word (and cached with the word,
// tokenize.ts) and each set is then a single bit: `ORDER_WORDS.has(token)` is a
// bit test, however many sets a comment is checked against.

/** How a capitalised mid-sentence word (a likely name) may match a set's word. */
export type NameRule = 'exact' | 'never' | 'always';

interface SharedEntry {
  key: string;
  bitWord: number;
  bit: number;
  names: NameRule;
}

export interface MaskedWord {
  fold: string;
  key: string;
  marked: boolean;
  /** The lexicon version the masks were computed for (-1: never). */
  maskVersion: number;
  /** Set bits as an ordinary word (m) and as a name mid-sentence (n). */
  m0: number;
  m1: number;
  m2: number;
  m3: number;
  n0: number;
  n1: number;
  n2: number;
  n3: number;
}

const SHARED = new Map<string, SharedEntry[]>();
/** Four 32-bit masks per word. */
const MAX_SETS = 128;
let sets = 0;
/** Bumped when a set registers, so words cached before it are looked at again. */
let version = 0;

/** A typed word (its marks, its accent key, whether it stands as a name) is a set's word with `key`. */
export function accepts(names: NameRule, marked: boolean, typedKey: string, name: boolean, key: string): boolean {
  const exact = typedKey === key;
  if (marked && !exact) return false;
  return !name || names === 'always' || (names === 'exact' && marked && exact);
}

/** A new shared set: its bit position. */
export function registerSet(): { bitWord: number; bit: number } {
  if (sets >= MAX_SETS) throw new Error('too many shared word sets');
  const slot = sets++;
  version++;
  return { bitWord: slot >> 5, bit: 1 << (slot & 31) };
}

export function registerWord(fold: string, key: string, bitWord: number, bit: number, names: NameRule): void {
  const list = SHARED.get(fold) ?? [];
  list.push({ key, bitWord, bit, names });
  SHARED.set(fold, list);
  version++;
}

/** Fills the word's masks unless they are up to date. */
export function ensureMasks(word: MaskedWord): void {
  if (word.maskVersion === version) return;
  word.maskVersion = version;
  word.m0 = word.m1 = word.m2 = word.m3 = word.n0 = word.n1 = word.n2 = word.n3 = 0;
  const entries = SHARED.get(word.fold);
  if (entries === undefined) return;
  for (const entry of entries) {
    if (accepts(entry.names, word.marked, word.key, false, entry.key)) {
      if (entry.bitWord === 0) word.m0 |= entry.bit;
      else if (entry.bitWord === 1) word.m1 |= entry.bit;
      else if (entry.bitWord === 2) word.m2 |= entry.bit;
      else word.m3 |= entry.bit;
    }
    if (accepts(entry.names, word.marked, word.key, true, entry.key)) {
      if (entry.bitWord === 0) word.n0 |= entry.bit;
      else if (entry.bitWord === 1) word.n1 |= entry.bit;
      else if (entry.bitWord === 2) word.n2 |= entry.bit;
      else word.n3 |= entry.bit;
    }
  }
}
