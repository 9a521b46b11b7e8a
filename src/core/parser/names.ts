// A buyer's name given with a label (`Tên: Lê Thị Yến`, `ten: hai yen`,
// `tên là Huy`): its words up to the next comma, full stop, line or phone are
// a name, so `hai` is no count, `yen` no product and `huy` no cancel.
import { NAMING, PHONE_LABELS } from './lexicon';
import { isSym } from './token-tests';
import type { Token } from './tokenize';

const NAME_WORDS_AT_MOST = 5;

export function markNames(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const label = tokens[i] as Token;
    // `tên:` or `tên là` (`là` alone is too common a word to open a name)
    if (label.kind !== 'word' || label.role !== 'free' || label.fold !== 'ten' || !NAMING.has(label)) continue;
    let j = i + 1;
    if (isSym(tokens[j], ':')) j++;
    else if (tokens[j]?.kind === 'word' && tokens[j]?.fold === 'la') j++;
    else continue;
    for (let words = 0; words < NAME_WORDS_AT_MOST; words++, j++) {
      const t = tokens[j];
      if (t === undefined || t.sentenceStart || t.kind !== 'word' || t.role !== 'free' || PHONE_LABELS.has(t)) break;
      t.role = 'name';
    }
  }
}
