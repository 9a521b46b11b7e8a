// A comment that calls another viewer (`@Lan Nguyễn lấy 2 hũ đi bà`, `mn ơi
// chốt lẹ đi`) urges or asks them: its order words are not this buyer
// ordering, unless the buyer says the order is their own (`@Lan tui cũng lấy
// 2 hũ`). A tag of the shop's own (`@shop`, `@Mod Thảo`) calls the seller.
import { AUDIENCE, CHO, DI, EVERYONE, EVERYONE_FIRST, LEST, LOOK, OI, PRONOUNS, SELF, URGED, YOU_VIEWER } from './lexicon';
import { freeWord, leadingTitleWords } from './token-tests';
import type { Token } from './tokenize';

export interface Call {
  /** The comment opens with a tag of a viewer (`@Lan Nguyễn`). */
  tag: boolean;
  /** The comment opens by calling everyone (`mn ơi`, `cả nhà ơi`). */
  everyone: boolean;
  /** The first token after the call. */
  from: number;
}

/** A tag's handle that is the shop's own: `@shop`, `@ShopMatOng`, `@admin`. */
const SHOP_HANDLE = /^@(?:shop|sop|sốp|ad|admin|mod|page|host)/i;

/** Whom the comment opens by calling, if another viewer. */
export function callOf(text: string, tokens: readonly Token[]): Call {
  const none = { tag: false, everyone: false, from: 0 };
  const handle = /^\s*(@\S+)/.exec(text)?.[1];
  if (handle !== undefined) {
    // the tokenizer skips the handle; the rest of a display name stays (`@Lan Nguyễn` leaves `Nguyễn`)
    if (SHOP_HANDLE.test(handle)) return none;
    let j = leadingTitleWords(tokens, 3);
    if (OI.has(tokens[j])) j++;
    return { tag: true, everyone: false, from: j };
  }
  if (EVERYONE_FIRST.has(tokens[0])) {
    for (let j = 1; j <= 2; j++) if (OI.has(tokens[j])) return { tag: false, everyone: true, from: j + 1 };
  }
  return none;
}

/**
 * The order word at `at` urges or asks another viewer: `lấy 2 hũ đi bà` anywhere; after calling everyone, any
 * order word not said as the buyer's own; after tagging a viewer, one asked (`asks`), urged, said to them
 * (`bà lấy chưa`) or pointed out to them (`kìa`).
 */
export function urges(tokens: readonly Token[], at: number, clauseOf: readonly number[], call: Call, asks: boolean): boolean {
  const clause = clauseOf[at];
  let urged = false;
  // (a fold test first: this runs for every order word, and most words are not `đi`)
  for (let j = at + 1; j < tokens.length && clauseOf[j] === clause && !urged; j++) urged = tokens[j]?.fold === 'di' && freeWord(tokens[j]) && DI.has(tokens[j]) && URGED.has(tokens[j + 1]);
  if (urged) return true;
  // `chốt nhanh kẻo hết`, `bạn ơi lấy lẹ kẻo hết`: others hurried on, with no count and no `em` of the writer's own
  if (hurries(tokens, at, clauseOf)) return true;
  if (!call.tag && !call.everyone) return false;
  for (let j = at - 1; j >= call.from && clauseOf[j] === clause; j--) if (freeWord(tokens[j]) && SELF.has(tokens[j])) return false;
  // `mấy đứa ơi gởi cho cô 2 hộp`: the shop's young staff called, to give to the one writing
  // (after a tag, `@Lan cho bà 2 hộp đi` may give to the friend)
  if (call.everyone) return !(CHO.has(tokens[at]) && freeWord(tokens[at + 1]) && PRONOUNS.has(tokens[at + 1]));
  // (`@Lan chốt rồi kìa`, `@Mai huỷ đơn rồi kìa`: pointed out to them)
  for (let j = at + 1; j < tokens.length && clauseOf[j] === clause && !urged; j++) urged = freeWord(tokens[j]) && (DI.has(tokens[j]) || LOOK.has(tokens[j]));
  return urged || asks || YOU_VIEWER.has(tokens[at - 1]);
}

/** `chốt nhanh kẻo hết`: `kẻo` (lest) later in the order word's clause, with no count, product or `em` of the writer's. */
function hurries(tokens: readonly Token[], at: number, clauseOf: readonly number[]): boolean {
  const clause = clauseOf[at];
  let lest = false;
  for (let j = at + 1; j < tokens.length && clauseOf[j] === clause && !lest; j++) {
    if (tokens[j]?.role === 'quantity' || tokens[j]?.role === 'mention') return false;
    lest = freeWord(tokens[j]) && LEST.has(tokens[j]);
  }
  if (!lest) return false;
  for (let j = at - 1; j >= 0 && clauseOf[j] === clause; j--) if (freeWord(tokens[j]) && SELF.has(tokens[j])) return false;
  return true;
}

/** The comment speaks to everyone watching, opening or closing with it (`còn 12 chai thôi nha cả nhà`): the shop's voice, or a viewer's. */
export function callsEveryone(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!freeWord(t) || !EVERYONE_FIRST.has(t)) continue;
    const next = tokens[i + 1];
    // `cả nhà`, `mọi người`; `mn`, `ae` stand alone (`lấy cả` is take all)
    if (AUDIENCE.has(next) || (EVERYONE.has(t) && (next === undefined || OI.has(next) || next.kind === 'sym'))) return true;
  }
  return false;
}
