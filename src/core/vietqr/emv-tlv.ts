// EMVCo data objects: a two-digit ID, a two-digit length, then the value.

export interface DataObject {
  id: string;
  value: string;
}

/** One data object; the value must be ASCII and at most 99 characters. */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new RangeError(`EMV id must be two digits: ${id}`);
  if (value.length > 99) throw new RangeError(`EMV field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** Splits a run of data objects; null when the lengths do not add up. */
export function parseTlv(text: string): DataObject[] | null {
  const objects: DataObject[] = [];
  let at = 0;
  while (at < text.length) {
    const id = text.slice(at, at + 2);
    const lengthText = text.slice(at + 2, at + 4);
    if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(lengthText)) return null;
    const length = Number(lengthText);
    const value = text.slice(at + 4, at + 4 + length);
    if (value.length !== length) return null;
    objects.push({ id, value });
    at += 4 + length;
  }
  return objects;
}
