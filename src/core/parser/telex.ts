// Vietnamese is typed with Telex: `chootj` becomes `chốt` as the keyboard
// turns doubled vowels and a trailing tone key into marks. When the IME
// misses, the keys stay: `chots`, `laays 2 hopj`. A seller reads the word, so
// does the parser: the leftovers are dropped, giving the word typed without
// marks. The parser only takes the reading when the typed word means nothing
// and the reading is a word it knows (parser.ts). Teen code's `ckốt` for
// `chốt` is read the same way.

const TONE_KEYS = /[sfrxj]$/;
const MODIFIER = /dd|aa|ee|oo|aw|ow|uw/;
const MODIFIERS = new RegExp(MODIFIER.source, 'g');
/** A tone key typed before the final consonant (`maajt`, `hoojp`): only taken with a modifier beside it, since English has `most`. */
const INNER_TONE_KEY = /([aeiouy])[sfrxj](?=(?:c|ch|m|n|ng|nh|p|t)$)/;

/** `ckốt`, `cko`: teen code spells ch as ck; taken only where `ch` gives a word the parser knows (and `ck` alone stays a transfer). */
const TEEN_CK = /^ck(?=[^\sk])/i;

/** The word as meant when typing slipped: Telex keys left in it, or teen code's ck for ch; null when nothing slipped. */
export function slipReading(word: string): string | null {
  return withoutTelexKeys(word) ?? (TEEN_CK.test(word) ? `ch${word.slice(2)}` : null);
}

/** The word without Telex leftovers (lower-case ASCII letters only), or null when there are none to drop. */
export function withoutTelexKeys(word: string): string | null {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return null;
  let plain = word.replace(TONE_KEYS, '');
  const modified = MODIFIER.test(plain);
  plain = plain.replace(MODIFIERS, (pair) => pair[0]!);
  if (modified) plain = plain.replace(INNER_TONE_KEY, '$1');
  return plain !== word && plain.length >= 2 ? plain : null;
}
