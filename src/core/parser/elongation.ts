// Buyers hold a key down for emphasis: `chốttt`, `lấyyy 2`, `nhaaaa`. A seller
// reads the word; so does the parser, once a letter typed three times or more
// in a row is typed once (and a consonant doubled at a word's end, `chốtt`). No Vietnamese word doubles a letter more than once
// (`xoong`), so nothing real is lost. Left alone: words of one repeated letter
// (`kkkk` is laughter, not `k` for không) and runs touching a digit (a product
// code such as `AAA1`).

import { letterFacts } from './char-table';

const RUN = /(\p{L})\1{2,}/gu;
/** `chốtt`, `lấy 2 hũ nhaa`: no Vietnamese word ends in a doubled consonant. */
const DOUBLED_END = /([bcdghklmnpqrstvx])\1$/iu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The comment with every held letter typed once. The tokenizer says when it is needed (WordInfo.held): most comments never
 * come here. `kept`: words left as typed (a shop's code such as `BTT` or `MOO` is no held key).
 */
export function collapseElongation(text: string, kept: (word: string) => boolean = () => false): string {
  return text.replace(WORD, (word) => (/\p{N}/u.test(word) || !isHeldDown(word) || kept(word) ? word : heldOnce(word)));
}

/** `huỷyyyy`: the letters held after one with its marks are that letter again (in NFD, the letter, its marks, then itself). */
const HELD_AFTER_MARKS = /(\p{L})(\p{M}+)\1+/gu;

function heldOnce(word: string): string {
  return word.replace(RUN, '$1').normalize('NFD').replace(HELD_AFTER_MARKS, '$1$2').normalize('NFC').replace(DOUBLED_END, '$1');
}

/** One word as the tokenizer cuts it (letters only): a letter three times in a row, and some other letter too. */
export function isHeldDown(word: string): boolean {
  let held = false;
  let other = false;
  const first = word.charCodeAt(0) | 0x20;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c | 0x20) !== first) other = true;
    if (i >= 2 && c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) held = true;
  }
  return (held || (word.length >= 3 && (DOUBLED_END.test(word) || heldAfterMarks(word)))) && other;
}

/** `huỷyy`: a word ending in its last letter typed twice more, plain, after that letter with its marks. */
function heldAfterMarks(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  const before = word.charCodeAt(n - 3);
  return last === word.charCodeAt(n - 2) && before > 0x7f && letterFacts(before).fold === String.fromCharCode(last | 0x20);
}
