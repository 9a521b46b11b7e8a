// A set of words written in proper Vietnamese spelling, matched the way
// ORDER-GRAMMAR.md says: a word typed without diacritics matches any accented
// form; a word typed with diacritics matches only its own (`già` is not
// `giá`). A capitalised word mid-sentence is a name (`Huy`, `Gia Lai`), not a
// keyword, unless typed with exactly the keyword's own diacritics (`Chốt`).
import { tokenize, TokenKind, type Token } from './tokenize';

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
  const token = tokenize(word.normalize('NFC')).find((t) => t.kind === TokenKind.Word);
  if (!token) throw new Error(`not a word: ${word}`);
  return { fold: token.fold, key: token.key, marked: token.marked };
}

/** True when the typed token is the word `shape` by the diacritics rule. */
export function sameWord(token: Token, shape: WordShape): boolean {
  return token.fold === shape.fold && (!token.marked || token.key === shape.key);
}

export class WordSet {
  private readonly byFold = new Map<string, Entry[]>();

  /**
   * `names`: how a capitalised mid-sentence word (a likely name) may match: `exact` only when typed
   * with the word's own diacritics (`Chốt`), `never` (`chị Ba` is a person), `always` (unit words).
   */
  constructor(
    words: Iterable<string> | Iterable<[string, number]>,
    private readonly names: 'exact' | 'never' | 'always' = 'exact',
  ) {
    for (const item of words) {
      const [word, value] = typeof item === 'string' ? [item, 1] : item;
      const shape = wordShape(word);
      const list = this.byFold.get(shape.fold) ?? [];
      list.push({ key: shape.key, marked: shape.marked, value });
      this.byFold.set(shape.fold, list);
    }
  }

  /** The value of the word the token is, or 0 when it is none of them. */
  value(token: Token | undefined): number {
    if (token === undefined || token.kind !== TokenKind.Word) return 0;
    const list = this.byFold.get(token.fold);
    if (list === undefined) return 0;
    for (const entry of list) {
      const exact = token.key === entry.key;
      if (token.marked && !exact) continue;
      if (token.name && this.names !== 'always' && !(this.names === 'exact' && token.marked && exact)) continue;
      return entry.value;
    }
    return 0;
  }

  has(token: Token | undefined): boolean {
    return this.value(token) !== 0;
  }

  /** Whether any spelling folds to this (used to keep letter-only codes from eating words). */
  hasFold(fold: string): boolean {
    return this.byFold.has(fold);
  }
}
