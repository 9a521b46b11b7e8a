// A delivery address: after a label (`địa chỉ`, `đ/c`, `dc:`), or a house
// number followed by street and place words (`12 Hùng Vương`, `tổ 5 phường
// Yên Đỗ`). A place name alone (`em ở Pleiku`) is not an address. The
// address's tokens are marked so its numbers are never quantities.
import {
  ADMIN_LEVELS,
  ASK_OPENERS,
  NEGATIONS,
  QUESTION_WORDS,
  ADDRESS_ASKERS,
  ADDRESS_WORD_LABELS,
  CANCEL_WORDS,
  CHI,
  DC,
  DIA,
  ORDER_WORDS,
  PHONE_LABELS,
  PLACE_WORDS,
  SHIP_LABEL_SECOND,
  SHIP_LABELS,
  STREET_PREFIXES,
  SUBUNITS,
  THI,
  TOWN,
  WEAK_STREET_PREFIXES,
  YEAR,
} from './lexicon';
import type { Mention } from './catalog-index';
import { describesUnit, isSym } from './token-tests';
import { type Token } from './tokenize';
import { WordSet } from './word-set';

const TAIL_WORDS = new WordSet(['nha', 'nhé', 'ạ', 'shop', 'nhá', 'nhe', 'ak', 'ah', 'sốp', 'ơi', 'em', 'e', 'với', 'luôn', 'giúp', 'nhá']);
/** Question and negation words end an address (`ship về 12 Hùng Vương được không`). */
const ENDS_ADDRESS = [NEGATIONS, QUESTION_WORDS, ASK_OPENERS];
/** An address label followed by these asks about the shop's address rather than giving one. */
const NOT_CONTENT = new WordSet(['shop', 'đâu', 'sốp', 'gì', 'nào', 'chưa']);
/** Words between a label and the address itself (`địa chỉ em ở Hà Nội`, `địa chỉ là …`). */
const LEAD_WORDS = new WordSet(['em', 'e', 'mình', 'của', 'ở', 'là', 'tại', 'nhà', 'nhận', 'giao', 'về', 'chị', 'anh', 'c', 'a', 'tôi', 'tui']);

export interface AddressFound {
  text: string;
  mentions: Mention[];
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** After `dc` with no colon, a number then these counts something (`giao dc 2 ngày không`): `dc` is `được` there. */
const COUNTED = new WordSet(['ngày', 'tuần', 'tháng', 'năm', 'giờ', 'tiếng', 'phút', 'h', 'lần', 'người', 'con', 'loại', 'triệu', 'nghìn', 'ngàn', 'k', 'tr', 'đơn', 'món']);

/**
 * `dc 12 nguyễn huệ q1`: `dc` without a colon is an address label when a house number and a street
 * of two words or more follow it; otherwise it is `được` (`ship dc ko`, `dc 2 hũ không`).
 */
function houseNumberAfterDc(tokens: readonly Token[], i: number, isUnit: (t: Token) => boolean): boolean {
  const number = tokens[i];
  if (number === undefined || number.kind !== 'num' || number.role !== 'free' || number.grouped) return false;
  const street = tokens[i + 1];
  if (!isWord(street) || street.role !== 'free' || isUnit(street) || COUNTED.has(street)) return false;
  return PLACE_WORDS.has(street) || STREET_PREFIXES.has(street) || (isWord(tokens[i + 2]) && !NEGATIONS.has(tokens[i + 2]));
}

/** Index just past an address label starting at i, or -1. */
function labelEnd(tokens: readonly Token[], i: number, isUnit: (t: Token) => boolean): { end: number; colon: boolean } {
  const t = tokens[i];
  if (!isWord(t) || t.role !== 'free') return { end: -1, colon: false };
  let end = -1;
  if (DIA.has(t) && CHI.has(tokens[i + 1])) end = i + 2;
  else if (ADDRESS_WORD_LABELS.has(t)) end = i + 1;
  else if ((t.fold === 'd' || t.fold === 'dc') && isSym(tokens[i + 1], '/') && !tokens[i + 1]?.spaced) {
    const c = tokens[i + 2];
    if (isWord(c) && c.fold === 'c' && !c.spaced) end = i + 3;
  } else if (DC.has(t) && (isSym(tokens[i + 1], ':') || houseNumberAfterDc(tokens, i + 1, isUnit))) end = i + 1;
  // `Giao: 25 Trà Khúc`, `Giao hàng: …`, `Gửi về: …`: where to deliver, as an order form labels it
  else if (SHIP_LABELS.has(t)) {
    const k = SHIP_LABEL_SECOND.has(tokens[i + 1]) ? i + 2 : i + 1;
    if (isSym(tokens[k], ':')) end = k;
  }
  if (end < 0) return { end: -1, colon: false };
  let colon = false;
  while (isSym(tokens[end], ':-')) {
    colon = true;
    end++;
  }
  return { end, colon };
}

function isTitleWord(t: Token | undefined): boolean {
  return isWord(t) && t.role === 'free' && (t.title || t.allCaps);
}

/** A house number at i is followed by street or place words. */
function streetFollows(tokens: readonly Token[], i: number, isUnit: (t: Token) => boolean): boolean {
  let k = i + 1;
  // 12/3, 12A
  if (isSym(tokens[k], '/') && !tokens[k]?.spaced && tokens[k + 1]?.kind === 'num') k += 2;
  const glued = tokens[k];
  if (isWord(glued) && !glued.spaced && glued.fold.length === 1) k++;
  if (isSym(tokens[k], ',')) k++;
  const next = tokens[k];
  // (`15 Đào Duy Từ`, `27 Trà Khúc`: a street named like a product, capitalised, its name going on past the product's
  // words; `Thêm 1 Tỏi Đen nha` is the product)
  if (next !== undefined && next.role === 'mention' && isWord(next) && next.title) {
    let end = k;
    while (tokens[end]?.role === 'mention') end++;
    return isTitleWord(tokens[end]);
  }
  if (next === undefined || next.role !== 'free') return false;
  // `2 lo mật ong`: a plain word that is a unit (`lọ`) as well as a place (`lô`) counts jars here
  // (`lay 5 thi ship bn`: a plain `thi` is thì unless thị xã or thị trấn follows)
  // (`lay 1 lang yen tho`: a plain `lang` is a weight, lạng, as much as a village)
  const plainUnit = !next.marked && (isUnit(next) || SUBUNITS.has(next));
  if ((PLACE_WORDS.has(next) || STREET_PREFIXES.has(next)) && !plainUnit && !(THI.has(next) && !next.marked && !TOWN.has(tokens[k + 1]))) return true;
  // `12 Hùng Vương`, but `2 Hộp Quà` is a quantity of something
  return isTitleWord(next) && !countsAt(tokens, k, isUnit) && isTitleWord(tokens[k + 1]);
}

/** A unit word at k, unless it is a plain capitalised word opening a name (`88 Phan Chu Trinh`: `Phan` is no `phần`). */
function countsAt(tokens: readonly Token[], k: number, isUnit: (t: Token) => boolean): boolean {
  const t = tokens[k];
  if (!isWord(t) || !isUnit(t)) return false;
  return t.marked || !isTitleWord(t) || !isTitleWord(tokens[k + 1]);
}

function houseNumberStart(tokens: readonly Token[], i: number, isUnit: (t: Token) => boolean): number {
  const t = tokens[i];
  // (`CT tu 0123456789 NGUYEN VAN AN`: an account's digits before its holder's name are no house number)
  if (t === undefined || t.kind !== 'num' || t.role !== 'free' || t.grouped || t.fold.length > 5) return -1;
  const prev = tokens[i - 1];
  if (isSym(prev, '+') && !t.spaced) return -1; // `+2 Trần Văn Tư`: two for Tư, no house number
  if (prev !== undefined && ORDER_WORDS.has(prev) && isSym(tokens[i + 1], ',')) return -1; // `lấy 2, hẻm 45 …`: the count, then the address
  if (YEAR.has(prev) && t.value >= 1900 && t.value <= 2100) return -1; // `năm 2026`: a year
  if (tokens[i + 1]?.lineStart === true) return -1; // `chốt 2\nNguyễn Thị Hằng`: a number ending its line is no house number of the next
  if (prev !== undefined && prev.role === 'free' && STREET_PREFIXES.has(prev) && !describesUnit(tokens, i - 1, isUnit)) return i - 1;
  if (prev !== undefined && prev.role === 'free' && WEAK_STREET_PREFIXES.has(prev)) return streetFollows(tokens, i, isUnit) ? i - 1 : -1;
  if (prev !== undefined && !t.spaced && prev.kind !== 'sym') return -1;
  return streetFollows(tokens, i, isUnit) ? i : -1;
}

/** `thôn Năm Mẫu, xã Phú Lương, huyện Quảng Ninh`: two levels of place or more, each before its capitalised name, with no house number. */
function placesChain(tokens: readonly Token[], i: number): boolean {
  if (!namedPlace(tokens, i)) return false;
  // the next level within the next few words, past the first one's name and a comma
  for (let k = i + 2; k < tokens.length && k <= i + 6; k++) {
    if (namedPlace(tokens, k) && tokens[k]?.fold !== tokens[i]?.fold) return true;
    const t = tokens[k] as Token;
    if (!(isTitleWord(t) || isSym(t, ',-'))) return false;
  }
  return false;
}

/** A level of place (`xã`, `huyện`) before a capitalised name. */
function namedPlace(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return isWord(t) && t.role === 'free' && ADMIN_LEVELS.has(t) && isTitleWord(tokens[k + 1]);
}

/** Where the address running from `start` stops: before a phone, an order, a quantity or a product typed in lower case. */
function spanEnd(
  tokens: readonly Token[],
  start: number,
  mentionAt: Map<number, Mention>,
  isUnit: (t: Token) => boolean,
  labelled: boolean,
  text: string,
): number {
  let k = start;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    // an order form's next line (`Đ/c: …\nSản phẩm: …`) is no part of the address
    if (k > start && text.slice((tokens[k - 1] as Token).end, t.start).includes('\n')) break;
    if (t.role === 'phone' || isSym(t, '?!') || (isWord(t) && PHONE_LABELS.has(t))) break; // `…, TP Hà Tĩnh, SĐT 0913…`
    // `tòa K`, `block B`: one capital letter after a place word names the building
    const building = isWord(t) && t.raw.length === 1 && t.raw !== t.raw.toLowerCase() && PLACE_WORDS.has(tokens[k - 1]);
    if (isWord(t) && t.role === 'free' && !t.name && !t.title && !t.allCaps && !building) {
      if (PHONE_LABELS.has(t) || ORDER_WORDS.has(t) || CANCEL_WORDS.has(t) || ENDS_ADDRESS.some((set) => set.has(t))) break;
      // without a label, an address is street and place names: a plain lower-case word ends it
      if (!labelled && !PLACE_WORDS.has(t) && !STREET_PREFIXES.has(t) && !WEAK_STREET_PREFIXES.has(t) && t.fold.length > 1) break;
    }
    const mention = mentionAt.get(k);
    // (`dia chi: … pho yen lac`: in a labelled address, a product's word right after a street word names the street)
    const streetName = labelled && k > start && (STREET_PREFIXES.has(tokens[k - 1]) || PLACE_WORDS.has(tokens[k - 1]));
    if (mention !== undefined && !(tokens[k] as Token).title && !(tokens[k] as Token).name && !streetName) break;
    if (t.kind === 'num' && k > start) {
      const next = tokens[k + 1];
      const nextMention = mentionAt.get(k + 1);
      if (countsAt(tokens, k + 1, isUnit) || (nextMention !== undefined && !next?.title)) break;
    }
    k++;
  }
  // trailing politeness and punctuation are not part of the address
  while (k > start && (isSym(tokens[k - 1], ',.;:-') || TAIL_WORDS.has(tokens[k - 1]))) k--;
  return k;
}

export function findAddress(
  tokens: Token[],
  text: string,
  mentions: Mention[],
  isUnit: (t: Token) => boolean,
): AddressFound | null {
  const mentionAt = new Map<number, Mention>();
  for (const m of mentions) mentionAt.set(m.start, m);
  for (let i = 0; i < tokens.length; i++) {
    let start = -1;
    const label = labelEnd(tokens, i, isUnit);
    if (label.end > 0) {
      if (ADDRESS_ASKERS.has(tokens[i - 1])) continue; // `xin địa chỉ`: asking for one
      let first = label.end;
      while (LEAD_WORDS.has(tokens[first]) || isSym(tokens[first], ':-')) first++;
      if (tokens[first] === undefined || NOT_CONTENT.has(tokens[first])) continue;
      // `địa chỉ Pleiku`: one word is enough when it is a place's name
      if (!label.colon && tokens.length - label.end < 2 && !isTitleWord(tokens[label.end])) continue;
      start = first;
    } else {
      start = houseNumberStart(tokens, i, isUnit);
      if (start < 0 && placesChain(tokens, i)) start = i;
    }
    if (start < 0) continue;
    const end = spanEnd(tokens, start, mentionAt, isUnit, label.end > 0, text);
    if (end <= start) continue;
    const kept: Mention[] = [];
    for (const m of mentions) {
      if (m.start >= start && m.start < end) {
        for (let k = m.start; k < m.end; k++) (tokens[k] as Token).role = 'address';
      } else kept.push(m);
    }
    for (let k = start; k < end; k++) {
      const t = tokens[k] as Token;
      if (t.role === 'free' || t.role === 'measure') t.role = 'address';
    }
    const first = tokens[start] as Token;
    const last = tokens[end - 1] as Token;
    return { text: text.slice(first.start, last.end).trim(), mentions: kept };
  }
  return null;
}
