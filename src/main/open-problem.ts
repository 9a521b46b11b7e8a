// When the order book cannot be opened, the window shows why, where the file
// is and what to do, in Vietnamese and English (the language setting lives in
// the book we could not open), instead of a blank window or a crash.
import { openProblemTitles, type OpenProblem } from '../app/open-problem';

// Told apart in the app layer, which `ocop-live serve` shares.
export { classifyOpenError, type OpenProblem, type OpenProblemKind } from '../app/open-problem';

interface Advice {
  vi: { title: string; steps: string[] };
  en: { title: string; steps: string[] };
}

const restoreVi = 'Hoặc khôi phục từ một bản sao lưu: menu Tệp → Khôi phục từ bản sao lưu… (tệp hiện tại được giữ lại một bản trước).';
const restoreEn = 'Or restore from a backup: File → Restore from a backup… (the current file is kept aside first).';

export function adviceFor(problem: OpenProblem): Advice {
  const titles = openProblemTitles;
  switch (problem.kind) {
    case 'too-new':
      return {
        vi: { title: titles['too-new'].vi, steps: ['Hãy cập nhật OCOP Live lên phiên bản mới nhất rồi mở lại.', 'Tệp sổ đơn không bị thay đổi.'] },
        en: { title: titles['too-new'].en, steps: ['Update OCOP Live to the latest version, then open it again.', 'The order book file was not changed.'] },
      };
    case 'native-module':
      return {
        vi: {
          title: titles['native-module'].vi,
          steps: ['Trong thư mục mã nguồn, chạy `npm run rebuild:electron` rồi `npm start` lại.', 'Chạy `npm run rebuild:node` trước khi chạy `npm test` hoặc `npm run serve`.'],
        },
        en: {
          title: titles['native-module'].en,
          steps: ['In the source folder run `npm run rebuild:electron`, then `npm start` again.', 'Run `npm run rebuild:node` before `npm test` or `npm run serve`.'],
        },
      };
    case 'damaged':
      return {
        vi: { title: titles['damaged'].vi, steps: ['Khôi phục từ một bản sao lưu: menu Tệp → Khôi phục từ bản sao lưu…', 'Hoặc chuyển tệp sang chỗ khác: lần mở sau ứng dụng tạo sổ đơn mới, trống.'] },
        en: { title: titles['damaged'].en, steps: ['Restore from a backup: File → Restore from a backup…', 'Or move the file elsewhere: next time the app starts a new, empty order book.'] },
      };
    case 'locked':
      return {
        vi: { title: titles['locked'].vi, steps: ['Đóng các cửa sổ OCOP Live khác (kể cả `npm run serve`) và chương trình đang mở tệp này, rồi chọn Tệp → Thử mở lại.'] },
        en: { title: titles['locked'].en, steps: ['Close other OCOP Live windows (including `npm run serve`) and programs that have this file open, then choose File → Try opening again.'] },
      };
    case 'disk-full':
      return {
        vi: { title: titles['disk-full'].vi, steps: ['Giải phóng dung lượng trên ổ đĩa chứa thư mục dữ liệu, rồi chọn Tệp → Thử mở lại.'] },
        en: { title: titles['disk-full'].en, steps: ['Free some space on the disk holding the data folder, then choose File → Try opening again.'] },
      };
    case 'no-access':
      return {
        vi: { title: titles['no-access'].vi, steps: ['Kiểm tra thư mục dữ liệu còn đó và tài khoản của bạn được phép ghi vào, rồi chọn Tệp → Thử mở lại.', restoreVi] },
        en: { title: titles['no-access'].en, steps: ['Check the data folder exists and your account may write to it, then choose File → Try opening again.', restoreEn] },
      };
    case 'unknown':
      return {
        vi: { title: titles['unknown'].vi, steps: ['Chọn Tệp → Thử mở lại.', restoreVi, 'Nếu vẫn lỗi, gửi tệp nhật ký (Tệp → Mở thư mục nhật ký) cho người hỗ trợ.'] },
        en: { title: titles['unknown'].en, steps: ['Choose File → Try opening again.', restoreEn, 'If it still fails, send the log file (File → Open the log folder) to whoever supports you.'] },
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
