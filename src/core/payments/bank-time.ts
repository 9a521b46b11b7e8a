// Dates as Vietnamese banks print them, in Vietnam time (UTC+7, no DST):
// "12/05/2024 20:15:33", "12-05-24 20:15", "2024-05-12 20:15", "20:15 12/05/2024".

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** ISO-8601 UTC, or null when the text holds no date. */
export function parseBankTime(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?/.exec(text);
  if (iso?.[7]) {
    const parsed = Date.parse(text.slice(iso.index, iso.index + iso[0].length).replace(' ', 'T'));
    return Number.isFinite(parsed) ? new Date(parsed).toISOString() : null;
  }
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const ymd = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text);
  const dmy = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\b/.exec(text);
  if (ymd) [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else if (dmy) [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3]!.length === 2 ? `20${dmy[3]}` : dmy[3])];
  if (year === undefined || month === undefined || day === undefined) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b/.exec(text);
  const [hours, minutes, seconds] = time ? [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)] : [0, 0, 0];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hours, minutes, seconds) - VIETNAM_OFFSET_MS;
  return new Date(utc).toISOString();
}
