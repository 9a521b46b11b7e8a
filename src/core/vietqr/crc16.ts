// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor):
// the checksum EMVCo merchant-presented QR codes end with (field 63).

const TABLE = (() => {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    table[byte] = crc;
  }
  return table;
})();

/** The CRC of the bytes of `text` (EMV payloads are ASCII, so one char is one byte). */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) throw new RangeError(`CRC input must be ASCII (found U+${code.toString(16).padStart(4, '0')})`);
    crc = ((crc << 8) & 0xffff) ^ (TABLE[((crc >> 8) ^ code) & 0xff] ?? 0);
  }
  return crc;
}

/** The CRC as EMVCo writes it: four upper-case hex digits. */
export function crc16Hex(text: string): string {
  return crc16CcittFalse(text).toString(16).toUpperCase().padStart(4, '0');
}
