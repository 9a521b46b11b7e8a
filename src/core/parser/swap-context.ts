// Where a comment swaps one product for another. Two word orders:
// forward, what goes comes first (`đổi trà xanh sang trà sen`, `đổi phấn hoa
// lấy mật ong`, `thay phấn hoa bằng mật ong`), and back, what is wanted comes
// first (`lấy mật ong thay cho phấn hoa`).
import { RARE_CUE_WORDS, SWAP_INSTEAD, SWAP_INSTEAD_FILLERS, SWAP_TAKE, SWAP_TO, SWAP_VERBS, SWAP_WITH } from './lexicon';
import { freeWord } from './token-tests';
import type { Token } from './tokenize';
import type { WordSet } from './word-set';

/** How many tokens before the pivot the product swapped out (or in, read back) may start (`đổi 2 gói xoài loại dẻo thành …`). */
export const SWAP_REACH = 8;

export interface SwapCues {
  /** Pivots after which comes what is wanted: `sang`, `qua`, `thành` after `đổi`; `lấy` after `đổi` + product; `bằng` after `thay` + product. */
  swapAt: number[];
  /** Pivots before which comes what is wanted: `thay` (`lấy mật ong thay cho phấn hoa`). */
  swapBackAt: number[];
}

export function readSwaps(tokens: readonly Token[], clauseOf: readonly number[]): SwapCues {
  const swapAt: number[] = [];
  const swapBackAt: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!freeWord(t) || !RARE_CUE_WORDS.has(t)) continue;
    if (SWAP_TO.has(t)) {
      if (wordBefore(tokens, clauseOf, i, SWAP_VERBS) >= 0) swapAt.push(i);
    } else if (SWAP_TAKE.has(t)) {
      // `đổi ý lấy 2 hũ` changes the mind, not a product: a product must sit between the verb and the pivot
      const verb = wordBefore(tokens, clauseOf, i, SWAP_VERBS);
      if (verb >= 0 && productBetween(tokens, verb, i)) swapAt.push(i);
    } else if (SWAP_WITH.has(t)) {
      // `thay phấn hoa bằng mật ong`, or `phấn hoa thay bằng mật ong`
      const verb = wordBefore(tokens, clauseOf, i, SWAP_INSTEAD);
      if (verb >= 0 && (productBetween(tokens, verb, i) || (verb === i - 1 && tokens[verb - 1]?.role === 'mention'))) swapAt.push(i);
    } else if (SWAP_INSTEAD.has(t) && !(freeWord(tokens[i + 1]) && SWAP_WITH.has(tokens[i + 1]))) {
      // `mật ong thấy ngon` typed plain is not `thay`: the product replaced follows at once (a count and unit may come first)
      let j = i + 1;
      if (freeWord(tokens[j]) && SWAP_INSTEAD_FILLERS.has(tokens[j])) j++;
      const reach = tokens[j]?.kind === 'num' ? j + 2 : j;
      for (let k = j; k <= reach && clauseOf[k] === clauseOf[i]; k++) {
        if (tokens[k]?.role === 'mention') {
          swapBackAt.push(i);
          break;
        }
      }
    }
  }
  return { swapAt, swapBackAt };
}

/** The nearest word of `words` within reach before `at` in its clause, else -1. */
function wordBefore(tokens: readonly Token[], clauseOf: readonly number[], at: number, words: WordSet): number {
  for (let j = at - 1; j >= 0 && j >= at - 1 - SWAP_REACH && clauseOf[j] === clauseOf[at]; j--) {
    if (freeWord(tokens[j]) && words.has(tokens[j])) return j;
  }
  return -1;
}

function productBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (tokens[j]?.role === 'mention') return true;
  return false;
}
