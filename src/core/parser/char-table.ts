// Per-character facts the tokenizer needs, computed once: is it a letter, its
// folded form (lower case, no marks, đ → d), and its "accent key" (lower case
// with the vowel modifiers â ê ô ơ ư ă đ kept, the tone split off). Two words
// are the same accented word when their keys and tones match, whichever vowel
// the tone mark sits on (`hoà` = `hòa`, `huỷ` = `hủy`).

export const enum CharClass {
  Space = 0,
  Letter = 1,
  Digit = 2,
  Symbol = 3,
  Ignore = 4,
  Break = 5,
  Mark = 6,
}

/** Tone marks, numbered: 1 grave, 2 acute, 3 tilde, 4 hook above, 5 dot below. */
const TONE_MARKS: Record<number, number> = { 0x300: 1, 0x301: 2, 0x303: 3, 0x309: 4, 0x323: 5 };
/** Vowel modifiers: circumflex, breve, horn. They make a different letter, not a tone. */
const MODIFIER_MARKS = new Set([0x302, 0x306, 0x31b]);

export interface CharFacts {
  fold: string;
  key: string;
  tone: number;
  marked: boolean;
  upper: boolean;
  lower: boolean;
}

const TABLE_SIZE = 0x2000;
const classes = new Uint8Array(0x10000);
const facts: (CharFacts | undefined)[] = new Array<CharFacts | undefined>(TABLE_SIZE);
const classKnown = new Uint8Array(0x10000);

const LETTER = /\p{L}/u;
const NUMBER_LIKE = /\p{N}/u;
const SPACE = /\s/u;

function describeLetter(ch: string): CharFacts {
  const lower = ch.toLowerCase();
  const upper = ch !== lower;
  const isLower = ch !== ch.toUpperCase();
  if (lower === 'đ') return { fold: 'd', key: 'đ', tone: 0, marked: true, upper, lower: isLower };
  const nfd = lower.normalize('NFD');
  let base = '';
  let modifiers = '';
  let tone = 0;
  let marks = 0;
  for (const part of nfd) {
    const code = part.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) marks++;
    if (TONE_MARKS[code] !== undefined) tone = TONE_MARKS[code] ?? 0;
    else if (MODIFIER_MARKS.has(code)) modifiers += part;
    else if (code >= 0x300 && code <= 0x36f) continue; // other marks: ignored for matching
    else base += part;
  }
  const fold = base === '' ? lower : base;
  const key = (fold + modifiers).normalize('NFC');
  return { fold, key, tone, marked: marks > 0, upper, lower: isLower };
}

function classify(code: number): CharClass {
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return CharClass.Break;
  if (code >= 0x30 && code <= 0x39) return CharClass.Digit;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return CharClass.Letter;
  if (code >= 0x300 && code <= 0x36f) return CharClass.Mark;
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Ignore; // surrogates: emoji and other astral symbols
  const ch = String.fromCharCode(code);
  if (code < 0x80) {
    if (code <= 0x20 || code === 0x7f) return CharClass.Space;
    return '+-*:,.?!/%;()'.includes(ch) ? CharClass.Symbol : CharClass.Ignore;
  }
  if (code === 0xd7) return CharClass.Symbol; // ×
  if (code === 0xff1f || code === 0x2026) return CharClass.Symbol; // fullwidth ?, …
  if (SPACE.test(ch)) return CharClass.Space;
  if (LETTER.test(ch)) return CharClass.Letter;
  if (NUMBER_LIKE.test(ch)) return CharClass.Ignore; // superscripts, keycaps: not quantities
  return CharClass.Ignore;
}

export function charClass(code: number): CharClass {
  if (classKnown[code] === 0) {
    classes[code] = classify(code);
    classKnown[code] = 1;
  }
  return classes[code] as CharClass;
}

const PLAIN_FACTS: CharFacts[] = [];
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  PLAIN_FACTS.push({ fold: lower, key: lower, tone: 0, marked: false, upper: ch !== lower, lower: ch !== ch.toUpperCase() });
}

/** Facts for a letter; letters outside Latin and Vietnamese fold to their lower case. */
export function letterFacts(code: number): CharFacts {
  if (code < 128) return PLAIN_FACTS[code] as CharFacts;
  if (code < TABLE_SIZE) {
    let known = facts[code];
    if (known === undefined) {
      known = describeLetter(String.fromCharCode(code));
      facts[code] = known;
    }
    return known;
  }
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  return { fold: lower, key: lower, tone: 0, marked: false, upper: ch !== lower, lower: ch !== ch.toUpperCase() };
}

/** The tone number of a combining tone mark, 0 for anything else. */
export function toneOfMark(code: number): number {
  return TONE_MARKS[code] ?? 0;
}
