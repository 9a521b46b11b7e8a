// A set of words written in proper Vietnamese spelling, matched the way
// ORDER-GRAMMAR.md says: a word typed without diacritics matches any accented
// form; a word typed with diacritics matches only its own (`già` is not
// `giá`). A capitalised word mid-sentence is a name (`Huy`, `Gia Lai`), not a
// keyword, unless typed with exactly the keyword's own diacritics (`Chốt`).
import { accepts, registerSet, registerWord, type NameRule } from './lexicon-index';
import { tokenize, type Token } from './tokenize';

interface Entry {
  key: string;
  marked: boolean;
  value: number;
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
  return token.m0 !== 0 || token.m1 !== 0 || token.m2 !== 0 || token.m3 !== 0;
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
    private readonly names: NameRule = 'exact',
    /** Module-level sets share one index (a bit each); a parser's own sets (catalog units) keep theirs. */
    private readonly shared = true,
  ) {
    if (shared) ({ bitWord: this.bitWord, bit: this.bit } = registerSet());
    for (const item of words) {
      const [word, value] = typeof item === 'string' ? [item, 1] : item;
      const shape = wordShape(word);
      const list = this.byFold.get(shape.fold) ?? [];
      list.push({ key: shape.key, marked: shape.marked, value });
      this.byFold.set(shape.fold, list);
      if (shared) registerWord(shape.fold, shape.key, this.bitWord, this.bit, names);
    }
  }

  /** The value of the word the token is, or 0 when it is none of them. */
  value(token: Token | undefined): number {
    if (token === undefined || token.kind !== 'word') return 0;
    if (this.shared && !this.has(token)) return 0;
    const list = this.byFold.get(token.fold);
    if (list === undefined) return 0;
    for (const entry of list) if (accepts(this.names, token.marked, token.key, token.name, entry.key)) return entry.value;
    return 0;
  }

  /** The token is one of these words (a bit test for shared sets). */
  has(token: Token | undefined): boolean {
    if (token === undefined) return false;
    if (this.shared) {
      const mask = this.bitWord === 0 ? token.m0 : this.bitWord === 1 ? token.m1 : this.bitWord === 2 ? token.m2 : token.m3;
      return (mask & this.bit) !== 0;
    }
    return this.value(token) !== 0;
  }

  /** Whether any spelling folds to this (used to keep letter-only codes from eating words). */
  hasFold(fold: string): boolean {
    return this.byFold.has(fold);
  }
}
