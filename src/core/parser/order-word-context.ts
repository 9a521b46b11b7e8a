// Whether an order word is this buyer ordering now: not a time gone by or to
// come, not a condition, not asking how or where, not someone else's order,
// a quoted promotion or a "don't" (ORDER-GRAMMAR.md leaves these to the
// parser, as a seller would read them).
import {
  ABLE,
  AGAIN,
  BACK_THEN,
  BAO,
  BUT,
  BUT_REALLY,
  CANCEL_WORDS,
  CHECKPOINT,
  CHI_WHAT,
  CHOICE,
  CHUA,
  DE,
  DELIVERED,
  DON,
  DONE,
  DONT,
  END_OF,
  GIA,
  GIFT,
  GOODS,
  HAVE,
  HET,
  HOUR,
  HOW_MANY,
  HOW_WHERE,
  IF_WORDS,
  IS,
  JOKING,
  JUST_NOW,
  KIN,
  LATER_AFTER,
  LATER_FIRST,
  LATER_WORD,
  MARRIED,
  MAY,
  MAY_PEOPLE,
  NEGATIONS,
  NHIEU,
  NOW_WORDS,
  NUA,
  NUMBER_WORDS,
  OCCASIONS,
  ONLY_THEN,
  ORDER_FILLERS,
  ORDER_WORDS,
  OTHER_ONE,
  OTHER_SHOP,
  PERIODS,
  PERSON,
  PLAN,
  PRONOUNS,
  PUT_IN,
  ROI,
  SAID,
  SELF,
  STOCK_HELD,
  STOCK_WORDS,
  TERMS,
  THAT_ONE,
  THEN,
  THIS_TIME,
  THIS,
  THIS_HEADS,
  TIRED,
  WAIT_FIRST,
  WAIT_WORDS,
  WEEKDAY,
  WHEN_FIRST,
  WHEN_SECOND,
  WHO,
  WISH,
  WON,
  YEAR,
} from './lexicon';
import { onlyTailFrom } from './cancel-context';
import { goneBy, toCome } from './time-words';
import { choiceBetween, freeWord, laterInClause } from './token-tests';
import type { Token } from './tokenize';

/**
 * A time other than now earlier in the token's clause, with no `nay`/`giờ` after it: gone by
 * (`hôm qua`, `lần trước`) or to come (`lát`, `tí nữa`).
 */
export function otherTimeBefore(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  const clause = clauseOf[at];
  for (let j = at - 1; j >= 0 && clauseOf[j] === clause; j--) {
    const t = tokens[j] as Token;
    // `sau lấy yến chưng nha`, `sau em mua`: `sau` opening the clause before the order word is later, not six
    // (`để sau mua 2 hộp`: put off, `để` before it)
    if (t.kind === 'word' && (t.role === 'free' || t.role === 'quantity') && LATER_AFTER.has(t) && (clauseOf[j - 1] !== clause || DE.has(tokens[j - 1])) && onlyPronouns(tokens, j + 1, at)) {
      return true;
    }
    // `năm 2023 mua gạo 101`: in a year named, not now (`năm` may have been read as five)
    const year = tokens[j + 1];
    if (t.kind === 'word' && year?.kind === 'num' && year.value >= 1900 && year.value <= 2100 && YEAR.has(t)) return true;
    if (t.role !== 'free' || t.kind !== 'word') continue;
    // `8h sale em chốt`, `8 giờ tối em lấy`: at a time of the clock, not now (`giờ` alone is now); a time
    // told further back is the buyer's story (`2h sáng bên Nhật vẫn thức canh live 😅 chốt 1 hộp`)
    if (tokens[j - 1]?.kind === 'num' && ((t.fold === 'h' && !t.spaced) || HOUR.has(t)) && at - j <= 4) return true;
    if (NOW_WORDS.has(t)) return false;
    // (`sau lần trước thì lần này em lấy 2`: this time, now)
    if (t.fold === 'nay' && THIS_TIME.has(tokens[j - 1])) return false;
    if (goneBy(tokens, j)) return true;
    // `thứ tư em chốt`: a weekday
    // (`bầu tháng thứ 7 e lấy`: the seventh month, no Saturday)
    if (WEEKDAY.has(t) && (NUMBER_WORDS.has(tokens[j + 1]) || tokens[j + 1]?.kind === 'num') && tokens[j - 1]?.fold !== 'thang') return true;
    // `chờ lương về rồi em lấy`, `hỏi chồng đã rồi chốt`: after waiting for something first
    if (ROI.has(t) && (WAIT_FIRST.has(tokens[j - 1]) || waitedBefore(tokens, j, clauseOf))) return true;
    if (LATER_WORD.has(t) || (LATER_FIRST.has(t) && NUA.has(tokens[j + 1]))) return true;
    if (toCome(tokens, j) || BACK_THEN.has(t)) return true;
    // `đợi sale mới chốt`: only once the wait is over
    if (ONLY_THEN.has(t) && waitedBefore(tokens, j, clauseOf)) return true;
    // `nãy e lấy 1 hộp rồi`, `để cuối tháng e lấy`
    // (`tổng kết cuối năm cty e chốt 35 hộp`, `tiệc cuối năm`: the year's end named as an occasion, ordered for now)
    if ((JUST_NOW.has(t) && t.marked) || (END_OF.has(t) && PERIODS.has(tokens[j + 1]) && !OCCASIONS.has(tokens[j - 1]))) return true;
  }
  return false;
}

/** Nothing but pronouns between `from` and `to` (`sau em mua`). */
function onlyPronouns(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!freeWord(tokens[j]) || !PRONOUNS.has(tokens[j])) return false;
  return true;
}

/** `chờ`/`đợi` earlier in the clause than `rồi` at `at`. */
function waitedBefore(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at - 1; j >= 0 && clauseOf[j] === clauseOf[at]; j--) if (freeWord(tokens[j]) && WAIT_WORDS.has(tokens[j])) return true;
  return false;
}

/**
 * `sao em đặt 2 gói hôm qua chưa thấy …`: a time gone by after the order word, in its clause (a time to come there is a delivery date).
 * `e đặt 3 hũ mà chỉ nhận 2`, `đặt robusta mà giao arabica`: what came, set against what was ordered.
 */
export function pastAfter(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at + 1; j < tokens.length && clauseOf[j] === clauseOf[at]; j++) {
    // (`bỏ chung túi với đơn tuần trước`: the time of another order named, not of this one)
    if (goneBy(tokens, j) && !DON.has(tokens[j - 1])) return true;
    if (freeWord(tokens[j]) && BUT.has(tokens[j])) {
      for (let k = j + 1; k <= j + 3 && clauseOf[k] === clauseOf[at]; k++) if (freeWord(tokens[k]) && DELIVERED.has(tokens[k]) && countOrNameAfter(tokens, k, clauseOf)) return true;
    }
  }
  return false;
}

/** A count or a product within three words after `at`, in its clause (`mà giao có 1`, `mà nhận arabica`; not `mà giao nhanh`). */
function countOrNameAfter(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at + 1; j <= at + 3 && clauseOf[j] === clauseOf[at]; j++) {
    const role = tokens[j]?.role;
    if (role === 'quantity' || role === 'mention') return true;
  }
  return false;
}

/** `chị kia`, `người đó` just before `at`: another person, not the buyer (`chị kia chốt 2 rồi`, `chị kia không lấy nữa`). */
export function someoneElse(tokens: readonly Token[], at: number): boolean {
  return THAT_ONE.has(tokens[at - 1]) && PERSON.has(tokens[at - 2]);
}

/**
 * `chị kia chốt 2 rồi kìa` (someone else), `mua 2 tặng 1` (a promotion), `chốt rồi thì …` (once ordered),
 * `đừng mua` (don't), `chốt kèo cuối tuần` (a plan; `chốt kèo` alone settles the deal on screen), `chốt giá` (the price settled).
 */
export function notOrdering(tokens: readonly Token[], at: number): boolean {
  if (DONT.has(tokens[at - 1])) return true;
  // `cancel order hạt điều`, `hủy order`: the order, as `đơn`
  if (CANCEL_WORDS.has(tokens[at - 1]) && tokens[at]?.fold === 'order') return true;
  // `em lấy chồng Hà Giang`: married; `qua chốt kiểm lâm`: a checkpoint on the road
  const next = tokens[at + 1];
  if (next !== undefined && next.kind === 'word' && next.role === 'free' && ((tokens[at]?.fold === 'lay' && MARRIED.has(next)) || (tokens[at]?.fold === 'chot' && CHECKPOINT.has(next)))) {
    return true;
  }
  if (someoneElse(tokens, at)) return true;
  if (DONE.has(tokens[at + 1]) && THEN.has(tokens[at + 2])) return true;
  // `chốt rồi bao giờ gửi hàng`: ordered before, asking when it comes; `chốt kèo cuối tuần`: a plan settled
  if (DONE.has(tokens[at + 1]) && WHEN_FIRST.has(tokens[at + 2]) && WHEN_SECOND.has(tokens[at + 3])) return true;
  if (PLAN.has(tokens[at + 1]) && !onlyTailFrom(tokens, at + 2)) return true;
  // `bé chốt được 50 đơn chưa`: orders done by the seller, counted (`chốt được 2 hũ không` asks to order); `chốt đơn mỏi tay`:
  // a wish of many orders
  if (freeWord(tokens[at + 1]) && ABLE.has(tokens[at + 1]) && tokens[at + 2]?.kind === 'num' && DON.has(tokens[at + 3])) return true;
  if (tokens[at]?.fold === 'chot' && DON.has(tokens[at + 1]) && freeWord(tokens[at + 2]) && TIRED.has(tokens[at + 2])) return true;
  // `chốt giá đi shop`: settle the price (of a bid, a deal), no order
  if (tokens[at]?.fold === 'chot' && freeWord(tokens[at + 1]) && GIA.has(tokens[at + 1])) return true;
  // `mật ong đặt trong tủ lạnh có bị kết tinh không`: put in, not ordered
  if (tokens[at]?.fold === 'dat' && PUT_IN.has(tokens[at + 1])) return true;
  // `chốt lại là nên uống…`: to sum up
  if (AGAIN.has(tokens[at + 1]) && IS.has(tokens[at + 2])) return true;
  // (`mua yến sào tặng ba`, `lấy 2 hộp biếu sếp`: a gift for someone, bought now)
  for (let j = at + 1; j <= at + 3 && j < tokens.length; j++) if (GIFT.has(tokens[j])) return !(tokens[j + 1]?.kind === 'word' && KIN.has(tokens[j + 1]));
  return false;
}

/**
 * The order word at `at` hangs on a condition: `nếu` before it in its clause (but not `nếu còn hàng`:
 * every order hangs on stock), or terms the seller must answer first, before a `thì` just before it
 * (`freeship thì chốt 2 hũ`, `giảm còn 130k thì em lấy 3 chai`): those ask. A sellout before it
 * (`hết thì lấy …`) makes it a second choice.
 */
export function conditional(tokens: readonly Token[], at: number, clauseOf: readonly number[]): 'if' | 'terms' | null {
  const clause = clauseOf[at];
  let then = -1;
  for (let j = at - 1; j >= 0 && clauseOf[j] === clause; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || t.role !== 'free') continue;
    if (IF_WORDS.has(t)) return onlyStock(tokens, j + 1, then >= 0 ? then : at) ? null : 'if';
    // (`giảm 50% là em lấy 10 chai`: `là` says `thì` after terms)
    if (then < 0 && j >= at - 3 && (THEN.has(t) || (IS.has(t) && termsBefore(tokens, j, clauseOf)))) then = j;
  }
  if (then < 0) return null;
  // `hết thì lấy MO1`, `không có thì lấy …`: a second choice, only if the first is sold out
  if (HET.has(tokens[then - 1]) || (HAVE.has(tokens[then - 1]) && NEGATIONS.has(tokens[then - 2]))) return 'if';
  // `ai lấy thì chốt`: whoever wants it, an invitation to others
  if (WHO.has(tokens[then - 2]) && ORDER_WORDS.has(tokens[then - 1])) return 'if';
  for (let j = then - 1; j >= 0 && clauseOf[j] === clause; j--) {
    const t = tokens[j] as Token;
    // `shop freeship rồi thì chốt`: granted already
    if (freeWord(t) && DONE.has(t)) return null;
    // (a price alone is not a term: `lạp xưởng 180k thì e lấy 2 gói` may accept the seller's own)
    if ((t.kind === 'sym' && t.raw === '%') || (freeWord(t) && TERMS.has(t))) return 'terms';
  }
  return null;
}

/** `nếu còn hàng`, `nếu shop còn`: the condition is only stock. */
function onlyStock(tokens: readonly Token[], from: number, to: number): boolean {
  let stock = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'sym') continue;
    if (!freeWord(t) || !STOCK_WORDS.has(t)) return false;
    if (STOCK_HELD.has(t)) stock = true;
  }
  return stock;
}

/** `mua ở đâu`, `đặt như nào`, `lấy loại nào`, `lấy chi`: a how, where or which within a few words after the order word, before any quantity. */
export function asksHow(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at + 1; j <= at + 4 && clauseOf[j] === clauseOf[at]; j++) {
    const t = tokens[j] as Token;
    if (t.role === 'quantity') return false;
    if (t.kind === 'word' && t.role === 'free' && (HOW_WHERE.has(t) || (MAY.has(t) && !MAY_PEOPLE.has(tokens[j + 1])))) return true;
    // `nên lấy bao nhiêu hộp`, `mua bn hũ cho đủ`: how many to take (`lấy được bao nhiêu chai thì lấy hết`: however many)
    if (freeWord(t) && ((BAO.has(t) && NHIEU.has(tokens[j + 1])) || HOW_MANY.has(t))) return !laterInClause(tokens, j, clauseOf, THEN);
    // `o nên lấy chi`: what to take (a plain `chi` right after the order word; `lấy cho chị` has `cho` between)
    if (j === at + 1 && freeWord(t) && CHI_WHAT.has(t)) return true;
    // `lấy mật ong hay phấn hoa`: which of two
    if (freeWord(t) && CHOICE.has(t) && choiceBetween(tokens, j)) return true;
  }
  return false;
}

/** `bên kia`, `shop khác`, `chỗ khác` within a few words after the order word: at another shop. */
export function elsewhere(tokens: readonly Token[], at: number): boolean {
  for (let j = at + 1; j <= at + 5 && j + 1 < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'sym') return false;
    if (freeWord(t) && OTHER_SHOP.has(t) && freeWord(tokens[j + 1]) && OTHER_ONE.has(tokens[j + 1])) return true;
  }
  return false;
}

/** Terms the seller must grant (`giảm 50%`, `freeship`) before `at`, in its clause. */
function termsBefore(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at - 1; j >= 0 && clauseOf[j] === clauseOf[at]; j--) {
    const t = tokens[j] as Token;
    if ((t.kind === 'sym' && t.raw === '%') || (freeWord(t) && TERMS.has(t))) return true;
  }
  return false;
}

/** `ước`, `trúng số`, `chúc`, or `giá mà` (if only) at `at`. */
export function wishAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!freeWord(t)) return false;
  // (`Trung thu`, `miền Trung`: typed plain, `trung` is trúng only before what is won: `trung so`, `trúng thưởng`)
  if (WISH.has(t)) return t.marked || t.fold !== 'trung' || (freeWord(tokens[at + 1]) && WON.has(tokens[at + 1]));
  return GIA.has(t) && BUT.has(tokens[at + 1]);
}

/**
 * An order only in words, its counts included: a wish earlier in the clause (`ước gì lấy được 2 hũ`, `giá mà rẻ hơn thì lấy`,
 * `trúng số em lấy 10 hộp`), `but` and no money after it (`muốn mua 2 hũ mà hết tiền`), or a joke said
 * (`lấy 100 hũ đùa thôi`; `đùa chứ lấy 1 hũ` is meant).
 */
export function unreal(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at - 1; j >= 0 && clauseOf[j] === clauseOf[at]; j--) if (wishAt(tokens, j)) return true;
  for (let j = at + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (!freeWord(t)) continue;
    // (`bên kia 90k mà hết hàng`: another shop sold out, no want of money)
    if (BUT.has(t) && ((HET.has(tokens[j + 1]) && !GOODS.has(tokens[j + 2])) || ((NEGATIONS.has(tokens[j + 1]) || CHUA.has(tokens[j + 1])) && HAVE.has(tokens[j + 2])))) return true;
    if (clauseOf[j] === clauseOf[at] && JOKING.has(t) && !BUT_REALLY.has(tokens[j + 1])) return true;
  }
  return false;
}

/** `vợ bảo mua`, `mẹ bảo lấy`: what someone at home said to buy, just before the order word. */
export function toldToBuy(tokens: readonly Token[], at: number): boolean {
  return freeWord(tokens[at - 1]) && SAID.has(tokens[at - 1]) && tokens[at - 2]?.kind === 'word' && KIN.has(tokens[at - 2]) && !SELF.has(tokens[at - 2]);
}

/** `mấy giờ chốt đơn`, `khi nào chốt`: when to order, asked just before the order word (a pronoun may sit between). */
export function asksWhenBefore(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  for (let j = at - 2; j >= 0 && j >= at - 4 && clauseOf[j] === clauseOf[at]; j--) {
    if (freeWord(tokens[j]) && WHEN_FIRST.has(tokens[j]) && freeWord(tokens[j + 1]) && WHEN_SECOND.has(tokens[j + 1])) return true;
  }
  return false;
}

/** `lấy cái này`, `chốt em này nha`: right after the order word (fillers aside), the one on screen. */
export function pointsAtThis(tokens: readonly Token[], at: number): boolean {
  let j = at + 1;
  while (j < at + 4 && freeWord(tokens[j]) && ORDER_FILLERS.has(tokens[j]) && !THIS_HEADS.has(tokens[j])) j++;
  const head = tokens[j];
  return freeWord(head) && THIS_HEADS.has(head) && freeWord(tokens[j + 1]) && THIS.has(tokens[j + 1]);
}
