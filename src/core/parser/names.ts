// A buyer's name given with a label (`Tên: Lê Thị Yến`, `ten: hai yen`,
// `tên là Huy`, the account's `tên TK NGUYEN VAN HUY`): its words up to the next comma,
// full stop, line or phone are a name, so `hai` is no count, `yen` no product and `huy` no cancel.
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
    // `tên TK NGUYEN VAN HUY`, `tên tài khoản: …`: the name on a bank account
    if (tokens[j]?.fold === 'tk') j++;
    else if (tokens[j]?.fold === 'tai' && tokens[j + 1]?.fold === 'khoan') j += 2;
    // (without `:` or `là`, only a name written as names are: capitalised, as banks print them in capitals)
    let written = false;
    if (isSym(tokens[j], ':')) j++;
    else if (tokens[j]?.kind === 'word' && tokens[j]?.fold === 'la') j++;
    else if (j > i + 1 && capitalised(tokens[j])) written = true;
    // `em tên huy, sđt …`: one word between `tên` and a comma or a phone's label is the name
    else if (tokens[j]?.kind === 'word' && (isSym(tokens[j + 1], ',') || PHONE_LABELS.has(tokens[j + 1]))) {
      (tokens[j] as Token).role = 'name';
      continue;
    } else continue;
    for (let words = 0; words < NAME_WORDS_AT_MOST; words++, j++) {
      const t = tokens[j];
      if (t === undefined || t.sentenceStart || t.kind !== 'word' || t.role !== 'free' || PHONE_LABELS.has(t)) break;
      if (written && !capitalised(t)) break;
      t.role = 'name';
    }
  }
}

function capitalised(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.title || t.allCaps);
}

/**
 * `@Hùng 92 MO1`, `@Lan Nguyễn 1995`: a tagged friend's name often ends in a birth year, which is part of the name, no
 * count. A number of 20 or more right after an @tag, or after the capitalised words that go on with it, and before
 * no unit.
 */
export function markTaggedYears(tokens: Token[], isUnit: (t: Token) => boolean): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i] as Token).afterTag) continue;
    let j = i;
    while (j < tokens.length && j < i + 4 && capitalised(tokens[j]) && (tokens[j] as Token).spaced) j++;
    const year = tokens[j];
    if (year === undefined || year.kind !== 'num' || !year.spaced || year.role !== 'free' || year.grouped) continue;
    // (`@shop 50 hũ nha`: a count and its unit)
    const after = tokens[j + 1];
    if (after !== undefined && after.kind === 'word' && isUnit(after)) continue;
    if (year.value >= 20 && year.value <= 99 && year.fold.length === 2) year.role = 'name';
    else if (year.value >= 1940 && year.value <= 2030) year.role = 'name';
  }
}
