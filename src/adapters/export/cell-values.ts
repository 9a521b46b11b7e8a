// One cell as exports write it. Times are shown in Vietnam time (UTC+7, no
// daylight saving): that is the clock the seller and buyers live by.

// What a spreadsheet reads as the start of a formula (OWASP, CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text for a CSV cell that a spreadsheet shows as text: a buyer named
 * "=HYPERLINK(...)" in the chat must not become a live formula when the
 * seller opens the file. A leading apostrophe makes Excel and LibreOffice
 * read the rest as text (OWASP's advice). Only for text: numbers stay numbers.
 */
export function csvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2024-05-12 20:15:33" in Vietnam time, '' when there is no time. */
export function vietnamTimeText(iso: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A Date whose UTC fields are the Vietnam wall-clock time: spreadsheets have no
 * time zones, so a cell shows exactly these fields.
 */
export function vietnamWallClock(iso: string): Date | null {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? new Date(time + VIETNAM_OFFSET_MS) : null;
}
