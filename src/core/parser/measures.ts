// Sizes (`500g`, `250ml`, `1kg`) and prices (`150k`, `150.000đ`, `150 nghìn`)
// are part of the text, never quantities: mark them before quantities are read.
import { DEGREES, DEGREES_OF, DONG_SPACED, K, PRICE_GLUED, PRICE_SPACED, SIZE_GLUED, SIZE_SPACED } from './lexicon';
import { type Token } from './tokenize';

/** `namesAt`: a product name of two words or more starts at this token (`1 cu đơ` is candy, not a million). */
export function markMeasures(tokens: Token[], isCountUnit: (t: Token) => boolean, namesAt: (at: number) => boolean = () => false): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'num' || t.role !== 'free') continue;
    const next = tokens[i + 1];
    if (next === undefined) continue;
    let measure = false;
    if (next.kind === 'word' && next.role === 'free') {
      if (!next.spaced) {
        // glued: `2hũ` is a count, `1kg` a size (ORDER-GRAMMAR.md, even where the shop sells by the kilo), `150k` a price
        // (but `NM1L`, letters on both sides, is a code when one is sold)
        measure =
          (SIZE_GLUED.has(next.fold) || PRICE_GLUED.has(next.fold)) && !(isCountUnit(next) && next.fold !== 'kg') && !(gluedToWord(tokens, i) && namesAt(i - 1));
      } else if ((SIZE_SPACED.has(next.fold) || strengthAt(tokens, i)) && !isCountUnit(next) && !namesAt(i + 1)) {
        measure = true;
      } else if ((PRICE_SPACED.has(next) || (DONG_SPACED.has(next) && t.value >= 1000)) && !isCountUnit(next) && !namesAt(i + 1)) {
        measure = true;
      } else if (K.has(next) && !next.marked && t.value >= 10 && !isCountUnit(next) && !gluedToWord(tokens, i)) {
        measure = true; // `150 k`; a small number before `k` is more likely "không", and `có st25 k` asks
      }
    } else if (next.kind === 'sym' && !next.spaced && next.raw === '%') {
      measure = true;
    }
    if (measure) {
      t.role = 'measure';
      next.role = 'measure';
      i++;
    }
  }
}

/** `st25`, `g7`: the number is the end of a word (a name, a code), glued to the letters before it. */
function gluedToWord(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  return !t.spaced && tokens[at - 1]?.kind === 'word';
}

/** Đồng per price word: `k`, `nghìn` a thousand, `tr`, `triệu` and slang `củ` a million. */
const PRICE_SCALE = new Map([['k', 1000], ['ka', 1000], ['nghin', 1000], ['ngan', 1000], ['ngin', 1000], ['tr', 1_000_000], ['trieu', 1_000_000], ['cu', 1_000_000]]);

/** `lấy 200k mật ong`: the money a measure just before `at` names (in đồng), or null when none does. */
export function amountBefore(tokens: readonly Token[], at: number): number | null {
  const n = tokens[at - 2];
  const word = tokens[at - 1];
  if (n?.kind !== 'num' || n.role !== 'measure' || word?.kind !== 'word' || word.role !== 'measure') return null;
  const scale = PRICE_SCALE.get(word.fold);
  return scale === undefined ? null : n.value * scale;
}

/**
 * `43 độ`, `35 do dam`: a strength (of fish sauce, of rice wine), as much a size as `500ml`.
 * Typed without marks only when it cannot be a bare `2 đồ`: a strength word after it, or a number no count would be.
 */
export function strengthAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  const next = tokens[at + 1];
  // (a fold test first: most words after a number are not `do`)
  if (t?.kind !== 'num' || next === undefined || !next.spaced || next.fold !== 'do' || !DEGREES.has(next)) return false;
  return next.marked || t.value >= 20 || DEGREES_OF.has(tokens[at + 2]);
}
