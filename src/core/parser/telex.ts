// Vietnamese is typed with Telex: `chootj` becomes `chốt` as the keyboard
// turns doubled vowels and a trailing tone key into marks. When the IME
// misses, the keys stay: `chots`, `laays 2 hopj`. A seller reads the word, so
// does the parser: the leftovers are dropped, giving the word typed without
// marks. The parser only takes the reading when the typed word means nothing
// and the reading is a word it knows (parser.ts). Teen code's `ckốt` for
// `chốt` is read the same way, and so are VNI's digit keys (`cho6t1`, `hu3y`).

const TONE_KEYS = /[sfrxj]$/;
const MODIFIER = /dd|aa|ee|oo|aw|ow|uw/;
const MODIFIERS = new RegExp(MODIFIER.source, 'g');
/**
 * A tone key typed before the final consonant or vowel (`maajt`, `hoojp`, `laasy`): only taken with a
 * modifier beside it, since English has `most`.
 */
const INNER_TONE_KEY = /([aeiouy])[sfrxj](?=(?:c|ch|m|n|ng|nh|p|t|i|y|o|u)$)/;
/** `rwngf`, `twf`: a `w` alone between consonants is Telex's ư. */
const LONE_W = /([bcdghklmnpqrstvx])w(?=[bcdghklmnpqrstvx]|$)/g;
/** `chôts`: the keyboard took the doubled vowel but not the tone key after it. */
const HALF_TYPED = /^\S*[^\p{ASCII}]\S*[sfrxj]$/iu;
/** Combining tone marks (grave, acute, tilde, hook, dot below): a word that has one has its tone already. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/** `ckốt`, `cko`: teen code spells ch as ck; taken only where `ch` gives a word the parser knows (and `ck` alone stays a transfer). */
const TEEN_CK = /^ck(?=[^\sk])/i;

/** The word as meant when typing slipped: Telex keys left in it, or teen code's ck for ch; null when nothing slipped. */
export function slipReading(word: string): string | null {
  return withoutTelexKeys(word) ?? halfTyped(word) ?? (TEEN_CK.test(word) ? `ch${word.slice(2)}` : null);
}

/** `chôts` read as typed without marks (`chot`): vowel marks taken, the tone key left, and no tone on the word. */
function halfTyped(word: string): string | null {
  if (word.length < 3 || !HALF_TYPED.test(word)) return null;
  const letters = word.slice(0, -1).normalize('NFD');
  if (TONE_MARKS.test(letters)) return null;
  return letters.replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The word without Telex leftovers (lower-case ASCII letters only), or null when there are none to drop. */
export function withoutTelexKeys(word: string): string | null {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return null;
  let plain = word.replace(TONE_KEYS, '');
  const modified = MODIFIER.test(plain) || plain.search(LONE_W) >= 0;
  plain = plain.replace(MODIFIERS, (pair) => pair[0]!).replace(LONE_W, '$1u');
  if (modified) plain = plain.replace(INNER_TONE_KEY, '$1');
  return plain !== word && plain.length >= 2 ? plain : null;
}

/**
 * VNI types marks as digits: 1–5 tones, 6–8 a vowel's hat, horn or breve, 9 the đ. Left in a word, a digit stands
 * after the vowel or d it marks, a tone's at its end too (`cho6t1`), or two at its end (a mark, then a tone:
 * `chot61`); a word of letters and one digit after them (`MO1`, `sau1`) is a code's shape and is left as typed.
 */
const VNI_WORD = /^(?:[a-z]*(?:[aeiouy][1-8]|d9)[a-z]*)+[1-5]?$|^[a-z]{2,}[6-9][1-5]$/i;
const VNI_INNER = /\d[a-z]|\d\d$/i;

/** `cho6t1`, `hu3y`, `d9o7n`, `chot61`: the word without its VNI digits, or null when it is no word typed so. */
export function withoutVniKeys(word: string): string | null {
  if (!VNI_WORD.test(word) || !VNI_INNER.test(word)) return null;
  return word.replace(/\d/g, '').toLowerCase();
}
