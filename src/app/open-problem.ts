// Why the order book cannot be opened, told apart from the error SQLite (or
// the migration check) threw, so each front end can say what to do about it:
// the desktop app shows a page with menu steps (src/main/open-problem.ts),
// `ocop-live serve` prints terminal steps (src/cli/open-problem-message.ts).
export type OpenProblemKind = 'too-new' | 'native-module' | 'damaged' | 'no-access' | 'locked' | 'disk-full' | 'unknown';

export interface OpenProblem {
  kind: OpenProblemKind;
  databasePath: string;
  dataDir: string;
  /** The underlying error's text, for the log and the page's details. */
  detail: string;
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

export function classifyOpenError(error: unknown, databasePath: string, dataDir: string): OpenProblem {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const problem = (kind: OpenProblemKind): OpenProblem => ({ kind, databasePath, dataDir, detail: `${code ? `${code}: ` : ''}${message}` });
  if (code === 'DATABASE_TOO_NEW') return problem('too-new');
  if (code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node|was compiled against a different/i.test(message)) return problem('native-module');
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) return problem('damaged');
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return problem('locked');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return problem('disk-full');
  if (/^SQLITE_(CANTOPEN|READONLY|PERM|AUTH)/.test(code) || ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR'].includes(code)) return problem('no-access');
  return problem('unknown');
}

/** What went wrong, in a line, the same in every front end. */
export const openProblemTitles: Record<OpenProblemKind, { vi: string; en: string }> = {
  'too-new': { vi: 'Sổ đơn được tạo bởi phiên bản OCOP Live mới hơn', en: 'The order book was written by a newer OCOP Live' },
  'native-module': { vi: 'Thư viện SQLite được dựng cho một phiên bản Node/Electron khác', en: 'The SQLite library was built for another version of Node or Electron' },
  damaged: { vi: 'Tệp sổ đơn bị hỏng hoặc không phải sổ đơn OCOP Live', en: 'The order book file is damaged or not an OCOP Live order book' },
  locked: { vi: 'Một chương trình khác đang khoá sổ đơn', en: 'Another program holds the order book locked' },
  'disk-full': { vi: 'Ổ đĩa đã đầy', en: 'The disk is full' },
  'no-access': { vi: 'Không có quyền đọc/ghi sổ đơn', en: 'No permission to read or write the order book' },
  unknown: { vi: 'Không mở được sổ đơn', en: 'The order book cannot be opened' },
};
