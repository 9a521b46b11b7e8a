// When the order book cannot be opened, the window shows why, where the file
// is and what to do, in Vietnamese and English (the language setting lives in
// the book we could not open), instead of a blank window or a crash.
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

interface Advice {
  vi: { title: string; steps: string[] };
  en: { title: string; steps: string[] };
}

const restoreVi = 'Hoặc khôi phục từ một bản sao lưu: menu Tệp → Khôi phục từ bản sao lưu… (tệp hiện tại được giữ lại một bản trước).';
const restoreEn = 'Or restore from a backup: File → Restore from a backup… (the current file is kept aside first).';

export function adviceFor(problem: OpenProblem): Advice {
  switch (problem.kind) {
    case 'too-new':
      return {
        vi: { title: 'Sổ đơn được tạo bởi phiên bản OCOP Live mới hơn', steps: ['Hãy cập nhật OCOP Live lên phiên bản mới nhất rồi mở lại.', 'Tệp sổ đơn không bị thay đổi.'] },
        en: { title: 'The order book was written by a newer OCOP Live', steps: ['Update OCOP Live to the latest version, then open it again.', 'The order book file was not changed.'] },
      };
    case 'native-module':
      return {
        vi: {
          title: 'Thư viện SQLite chưa được dựng cho Electron',
          steps: ['Trong thư mục mã nguồn, chạy `npm run rebuild:electron` rồi `npm start` lại.', 'Chạy `npm run rebuild:node` trước khi chạy `npm test` hoặc `npm run serve`.'],
        },
        en: {
          title: 'The SQLite library is not built for Electron',
          steps: ['In the source folder run `npm run rebuild:electron`, then `npm start` again.', 'Run `npm run rebuild:node` before `npm test` or `npm run serve`.'],
        },
      };
    case 'damaged':
      return {
        vi: { title: 'Tệp sổ đơn bị hỏng hoặc không phải sổ đơn OCOP Live', steps: ['Khôi phục từ một bản sao lưu: menu Tệp → Khôi phục từ bản sao lưu…', 'Hoặc chuyển tệp sang chỗ khác: lần mở sau ứng dụng tạo sổ đơn mới, trống.'] },
        en: { title: 'The order book file is damaged or not an OCOP Live order book', steps: ['Restore from a backup: File → Restore from a backup…', 'Or move the file elsewhere: next time the app starts a new, empty order book.'] },
      };
    case 'locked':
      return {
        vi: { title: 'Một chương trình khác đang khoá sổ đơn', steps: ['Đóng các cửa sổ OCOP Live khác (kể cả `npm run serve`) và chương trình đang mở tệp này, rồi chọn Tệp → Thử mở lại.'] },
        en: { title: 'Another program holds the order book locked', steps: ['Close other OCOP Live windows (including `npm run serve`) and programs that have this file open, then choose File → Try opening again.'] },
      };
    case 'disk-full':
      return {
        vi: { title: 'Ổ đĩa đã đầy', steps: ['Giải phóng dung lượng trên ổ đĩa chứa thư mục dữ liệu, rồi chọn Tệp → Thử mở lại.'] },
        en: { title: 'The disk is full', steps: ['Free some space on the disk holding the data folder, then choose File → Try opening again.'] },
      };
    case 'no-access':
      return {
        vi: { title: 'Không có quyền đọc/ghi sổ đơn', steps: ['Kiểm tra thư mục dữ liệu còn đó và tài khoản của bạn được phép ghi vào, rồi chọn Tệp → Thử mở lại.', restoreVi] },
        en: { title: 'No permission to read or write the order book', steps: ['Check the data folder exists and your account may write to it, then choose File → Try opening again.', restoreEn] },
      };
    case 'unknown':
      return {
        vi: { title: 'Không mở được sổ đơn', steps: ['Chọn Tệp → Thử mở lại.', restoreVi, 'Nếu vẫn lỗi, gửi tệp nhật ký (Tệp → Mở thư mục nhật ký) cho người hỗ trợ.'] },
        en: { title: 'The order book cannot be opened', steps: ['Choose File → Try opening again.', restoreEn, 'If it still fails, send the log file (File → Open the log folder) to whoever supports you.'] },
      };
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A self-contained page: no script, no outside resource, its own CSP (a data: page gets no response headers). */
export function openProblemPage(problem: OpenProblem): string {
  const advice = adviceFor(problem);
  const steps = (list: string[]) => list.map((step) => `<li>${escapeHtml(step)}</li>`).join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>OCOP Live</title>
<style>
body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;padding:32px 40px;color:#1f2933;background:#fffaf3;line-height:1.5}
h1{font-size:22px;margin:0 0 4px;color:#9b2c2c}h2{font-size:16px;margin:0 0 16px;color:#52606d;font-weight:normal}
section{background:#fff;border:1px solid #e4d8c8;border-radius:8px;padding:16px 20px;margin:0 0 16px}
code,.path{font-family:ui-monospace,Consolas,monospace;background:#f5efe6;padding:1px 4px;border-radius:3px;word-break:break-all}
details{color:#52606d;font-size:13px}
</style></head><body>
<h1>${escapeHtml(advice.vi.title)}</h1>
<h2>${escapeHtml(advice.en.title)}</h2>
<section><div>Tệp sổ đơn / Order book file:</div><div class="path">${escapeHtml(problem.databasePath)}</div></section>
<section><strong>Cách xử lý</strong><ol>${steps(advice.vi.steps)}</ol><strong>What to do</strong><ol>${steps(advice.en.steps)}</ol></section>
<details><summary>Chi tiết / Details</summary><p class="path">${escapeHtml(problem.detail)}</p></details>
</body></html>`;
}

export function openProblemUrl(problem: OpenProblem): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(openProblemPage(problem), 'utf8').toString('base64')}`;
}
