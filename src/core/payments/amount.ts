// Money as banks print it: "+150,000VND", "150.000 đ", "1,500,000.00", "-50.000".

export interface ParsedAmount {
  /** Whole đồng, always ≥ 0. */
  value: number;
  /** -1 when the text says money went out ("-" sign). */
  sign: 1 | -1;
  /** True when the text carried an explicit "+" or "-". */
  signed: boolean;
}

const CURRENCY = /(vnđ|vnd|đồng|dong|đ|₫|d)\.?$/i;

/** Reads one amount; undefined when the text is not an amount at all. */
export function parseVndAmount(text: string): ParsedAmount | undefined {
  let rest = text.normalize('NFC').replace(/[\s\u00a0]/g, '');
  if (rest === '') return undefined;
  let sign: 1 | -1 = 1;
  let signed = false;
  if (/^[+-]/.test(rest)) {
    sign = rest.startsWith('-') ? -1 : 1;
    signed = true;
    rest = rest.slice(1);
  } else if (/^\(.*\)$/.test(rest)) {
    sign = -1; // accounting style: (150,000)
    signed = true;
    rest = rest.slice(1, -1);
  }
  rest = rest.replace(CURRENCY, '').replace(/^(vnđ|vnd|₫)/i, '');
  if (!/^\d[\d.,]*$/.test(rest)) return undefined;
  const value = readNumber(rest);
  if (value === undefined) return undefined;
  return { value, sign, signed };
}

function readNumber(digits: string): number | undefined {
  const separators = digits.replace(/\d/g, '');
  if (separators === '') return Number(digits);
  const lastSep = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  const tail = digits.slice(lastSep + 1);
  const kinds = new Set(separators);
  // Both kinds: the last one is the decimal mark ("1,500,000.00", "1.500.000,00").
  if (kinds.size === 2) {
    const whole = digits.slice(0, lastSep).replace(/[.,]/g, '');
    return groupsOk(digits.slice(0, lastSep)) ? Math.round(Number(`${whole}.${tail}`)) : undefined;
  }
  // One kind used once with 1–2 digits after it is a decimal mark; otherwise grouping.
  if (separators.length === 1 && tail.length > 0 && tail.length <= 2) {
    return Math.round(Number(digits.replace(/[.,]/, '.')));
  }
  return groupsOk(digits) ? Number(digits.replace(/[.,]/g, '')) : undefined;
}

/** "1.500.000" has groups of three after the first; "1.50.00" does not. */
function groupsOk(text: string): boolean {
  const groups = text.split(/[.,]/);
  return groups.slice(1).every((group) => group.length === 3) && (groups[0] ?? '').length >= 1 && (groups[0] ?? '').length <= 3
    ? true
    : groups.length === 1;
}
