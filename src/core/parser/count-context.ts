// What a number or a whole comment says besides a count of goods: a count of
// something else, a word of a phrase, one count per person, a new total, or a
// statement (praise, a story) rather than a question.
import { CHO, CON, COUNTERS, DON, GROUPS, ONWARD_FIRST, ONWARD_SECOND, ORDER_WORDS, TOTAL, GIVE, HUY_CANCEL_NEXT, DAY_HEADS, INTO, KIN, LAI, SENT_TO, TOGETHER, NUA, NUMBER_WORDS, ORDER_FILLERS, POLITE_TAIL, PRAISE, PRONOUNS, RANKS, REACTIONS, SELF, SEND, SET_MARKS, SET_VERBS, TELLING, THEM, THOI, TOO_MANY } from './lexicon';
import type { Qty } from './quantities';
import { callsEveryone } from './addressee';
import { freeWord } from './token-tests';
import { inLexicon } from './word-set';
import type { Token } from './tokenize';

/** `mua 3 lần`, `bé 2 tuổi`, `+1 like`, `top 1`: the number counts something else, or ranks; `3 chai nhiều quá`: a count judged, not ordered. */
export function countsSomethingElse(tokens: readonly Token[], q: Qty): boolean {
  const after = tokens[q.end];
  if (freeWord(after) && after.marked && TOO_MANY.has(after)) return true;
  if (freeWord(after) && REACTIONS.has(after)) return true;
  // `tổng 5 món`: the buyer's sum of the list; `3 món trở lên`: a threshold; `gói gọn vô 1 túi`, `bỏ chung 1 túi`: what it goes into
  // (`2 đứa lấy chung 1 hộp`: one box shared, ordered)
  const before = tokens[q.start - 1];
  if (freeWord(before) && (TOTAL.has(before) || INTO.has(before) || (TOGETHER.has(before) && !ORDER_WORDS.has(tokens[q.start - 2])))) return true;
  // (`…\nTổng: 3 trà shan tuyết + 3 nước mắm`: a line of totals after the list's lines)
  if (onTotalLine(tokens, q.start)) return true;
  for (let k = q.end; k <= q.end + 1; k++) if (freeWord(tokens[k]) && ONWARD_FIRST.has(tokens[k]) && ONWARD_SECOND.has(tokens[k + 1])) return true;
  // `gửi về Việt Nam`, `viet nam`: the country, not five
  if (q.words && before?.kind === 'word' && before.fold === 'viet') return true;
  // `chốt 1 đơn 2 túi`: orders counted, the goods' count after them
  if (q.unit === null && freeWord(after) && DON.has(after) && tokens[q.end + 1]?.role === 'quantity') return true;
  // (a product's code or name after it is what it counts: `chot 2 ti1` is no `2 tí`)
  return (q.kind === 'number' || q.kind === 'plus') && q.unit === null && ((freeWord(after) && COUNTERS.has(after)) || RANKS.has(tokens[q.start - 1]));
}

/** The count is on a line that opens with `tổng` (a sum), below other lines. */
function onTotalLine(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && !(tokens[start] as Token).lineStart) start--;
  const first = tokens[start];
  return start > 0 && freeWord(first) && TOTAL.has(first);
}

/** `còn 25 hũ`, `còn lại 3 chai`: right after `còn` (and `lại`), with no change verb before it in the clause (`giảm còn 1 chai`). */
export function countsWhatIsLeft(tokens: readonly Token[], q: Qty, clauseOf: readonly number[]): boolean {
  // (`con +2 ạ`: a child to an elder, `con` typed as it is; nobody tells stock with a plus)
  if (q.kind === 'plus') return false;
  let j = q.start - 1;
  if (freeWord(tokens[j]) && LAI.has(tokens[j])) j--;
  // `còn 1 chai thôi`: only that many, a new total (setsTotal); `còn lại 3 hũ thôi` is still stock, and so is
  // `còn 12 chai thôi nha cả nhà`, told to everyone
  else if (freeWord(tokens[q.end]) && THOI.has(tokens[q.end]) && !callsEveryone(tokens)) return false;
  if (!(freeWord(tokens[j]) && CON.has(tokens[j]))) return false;
  for (let k = j - 1; k >= 0 && clauseOf[k] === clauseOf[q.start]; k--) if (freeWord(tokens[k]) && SET_VERBS.has(tokens[k])) return false;
  return true;
}

/** A number word followed by a free word other than a polite tail (`nha`, `shop`, `luôn`): part of a phrase (`tư vấn`), not a count. */
export function runsOn(tokens: readonly Token[], q: Qty): boolean {
  const t = tokens[q.end];
  if (!q.words || q.unit !== null || !freeWord(t)) return false;
  // (`lấy nửa chục thôi`, `lấy thêm nửa chục nữa`: a count said with the word it multiplies ends at `thôi`, `nữa`)
  if (q.end - q.start > 1 && (THOI.has(t) || NUA.has(t))) return false;
  return !(POLITE_TAIL.has(t) || ORDER_FILLERS.has(t) || HUY_CANCEL_NEXT.has(t));
}

/** A word for a person (a pronoun or kin). */
function person(t: Token | undefined): boolean {
  return freeWord(t) && (PRONOUNS.has(t) || KIN.has(t));
}

/** `cho mẹ 1`, `1 cho em`, `1 chai biếu sếp`: a count given for a person, just before or after it. */
export function givenTo(tokens: readonly Token[], q: Qty): boolean {
  const after = tokens[q.end];
  return (CHO.has(tokens[q.start - 2]) && person(tokens[q.start - 1])) || ((CHO.has(after) || GIVE.has(after) || SEND.has(after)) && person(tokens[q.end + 1]));
}

/**
 * A count given for a person (givenTo), or after a person opening the clause:
 * `mẹ 2 chai, em 1 chai`, `chị hai 1 hộp`, `chị Lan 2 hũ`, `mẹ em 1 túi`.
 */
export function forSomeone(tokens: readonly Token[], q: Qty): boolean {
  if (givenTo(tokens, q)) return true;
  // (`chị hai`, `cô năm`: a kinship word and a birth-order number are one person; so are `chị Lan`, `anh Tú`)
  const named = NUMBER_WORDS.has(tokens[q.start - 1]) || tokens[q.start - 1]?.role === 'name' || tokens[q.start - 1]?.name === true;
  let at = person(tokens[q.start - 1]) ? q.start - 1 : named && person(tokens[q.start - 2]) ? q.start - 2 : -1;
  if (at < 0) return false;
  // (`mẹ em 1 túi`, `bạn chị 2 hộp`: someone's kin)
  if (person(tokens[at - 1]) && KIN.has(tokens[at - 1])) at--;
  const opener = tokens[at] as Token;
  const before = tokens[at - 1];
  return before === undefined || before.kind === 'sym' || opener.sentenceStart;
}

/**
 * One lot of an order split between people or places: a count for someone (forSomeone), or one followed by
 * where it goes or whose it is (`2 giao Hà Nội`, `1 hộp về Huế`, `2 cho nhà nội`, `1 em 1 chồng em`, `+1 mẹ`),
 * or one after a person in a run of such lots (`mẹ 1 em 1 chị 1`). Lots add up only when there are two or more.
 */
export function aShare(tokens: readonly Token[], q: Qty): boolean {
  if (forSomeone(tokens, q)) return true;
  const before = tokens[q.start - 1];
  if (freeWord(before) && DAY_HEADS.has(before)) return false;
  const after = tokens[q.end];
  const next = tokens[q.end + 1];
  // (`1 hộp về 12 Trần Phú`: a place may open with its number; `mua 2 tặng 1` is a deal, no lot given)
  if (freeWord(after) && ((SENT_TO.has(after) && next?.kind === 'num') || ((SENT_TO.has(after) || GIVE.has(after) || CHO.has(after)) && next?.kind === 'word'))) return true;
  if (person(after)) return true;
  // (`2 chai mật ong gửi mẹ, 1 chai gửi dì`: a count, its product, then whom it is sent or given to)
  let k = q.end;
  while (tokens[k]?.role === 'mention') k++;
  const to = tokens[k];
  // (`1 hộp bạch trà cho mẹ, 1 hộp cho chị`: `cho` someone other than the writer, too)
  if (k > q.end && freeWord(to) && (SEND.has(to) || GIVE.has(to) || (CHO.has(to) && !SELF.has(tokens[k + 1]))) && person(tokens[k + 1])) return true;
  // (`mẹ 1 em 1`, `mình 1 vợ 1 con 2`, `Lan 2, Hoa 1, Minh 2`: a person, or someone's name, between two counts or
  // opening the run)
  const opener = tokens[q.start - 2];
  const someone = person(before) || (before?.kind === 'word' && before.title && (before.role === 'free' || before.role === 'name') && !inLexicon(before));
  if (someone && (opener === undefined || opener.kind === 'sym' || opener.role === 'quantity' || (before as Token).sentenceStart)) return true;
  return groupBefore(tokens, q.start);
}

/** `phòng kế toán 5 hộp, phòng nhân sự 3 hộp`, `nhóm bạn em 3 hộp`: a count opening with a group's name, its own lot. */
function groupBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'sym' || t.role === 'quantity' || t.role === 'mention') return false;
    // (the fold first, a map's look-up: every count asks, and few comments name a group)
    if (GROUPS.hasFold(t.fold) && freeWord(t) && GROUPS.has(t)) {
      // (its name after it, and the group opening the comment or a line of it: not `phòng 301`, a room)
      const opener = tokens[j - 1];
      return j + 1 < at && (opener === undefined || opener.kind === 'sym' || opener.role === 'quantity');
    }
    if (t.kind !== 'word' || ORDER_WORDS.has(t)) return false;
  }
  return false;
}

/**
 * `chốt 3 nước mắm, 3 nước mắm, 3 nước mắm`, `MO1 2 TD1 1 MO1 2`, `…, nhắc lại: 1 mật ong`: the same count
 * of the same product said again, with nothing between the two sayings or just after either that makes
 * them two lots: more (`thêm`, `nữa`, a `+`), or someone it is for (`1 hũ cho mẹ, 1 hũ cho ba`, `(nhà nội)`).
 */
export function saidAgain(tokens: readonly Token[], first: Qty | undefined, again: Qty | undefined, from: number, to: number): boolean {
  if ((first?.value ?? null) !== (again?.value ?? null)) return false;
  if ((first !== undefined && forSomeone(tokens, first)) || (again !== undefined && forSomeone(tokens, again))) return false;
  for (let i = Math.max(0, from - 3); i < Math.min(tokens.length, to + 3); i++) {
    const t = tokens[i] as Token;
    // (`KC1 x1 (nhà nội) + KC1 x1 (nhà ngoại)`: lots added, each for its own)
    if (t.kind === 'sym' && (t.raw === '+' || t.raw === '(') && i > from && i < to) return false;
    if (!freeWord(t)) continue;
    if (THEM.has(t) || NUA.has(t)) return false;
    if ((CHO.has(t) || GIVE.has(t) || SEND.has(t)) && freeWord(tokens[i + 1]) && !SELF.has(tokens[i + 1])) return false;
  }
  return true;
}

/**
 * `giảm còn 1 chai`, `đổi mật ong thành 3 chai`: a change verb, then `còn`/`thành`/`lại` within a few
 * words; or `còn 1 chai thôi`, a count kept and no more.
 */
export function setsTotal(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (freeWord(t) && CON.has(t) && tokens[i + 1]?.role === 'quantity') {
      let j = i + 1;
      while (tokens[j]?.role === 'quantity') j++;
      if (freeWord(tokens[j]) && THOI.has(tokens[j])) return true;
    }
    if (t.kind !== 'word' || t.role !== 'free' || !SET_VERBS.has(t)) continue;
    for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
      const u = tokens[j] as Token;
      if (u.kind === 'sym' && ',.!?;'.includes(u.raw)) break;
      if (u.kind === 'word' && u.role === 'free' && SET_MARKS.has(u)) return true;
    }
  }
  return false;
}

/** `… ngon lắm`, `… khỏe hẳn`, `… 20 năm rồi`: praise, or a statement, said freely. */
export function tells(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'word' && t.role === 'free' && (PRAISE.has(t) || TELLING.has(t))) return true;
  return false;
}

/** The count a new total is set to (`còn 2 chai thôi`, `sửa thành 3`), other than `other`. */
export function newTotal(tokens: readonly Token[], quantities: readonly Qty[], other?: Qty): Qty | undefined {
  return quantities.find((q) => q !== other && freeWord(tokens[q.start - 1]) && SET_MARKS.has(tokens[q.start - 1]));
}
