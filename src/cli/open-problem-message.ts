// What a command prints when the order book cannot be opened (`serve`, and
// `tally`, `replay`, `listen` through src/cli/open-book.ts): what is wrong,
// the file, and what to do from a terminal, in Vietnamese then English,
// instead of a Node stack. The kinds and titles are the desktop app's
// (src/app/open-problem.ts); its steps name menus a terminal does not have.
import { join } from 'node:path';
import { openProblemTitles, type OpenProblem } from '../app/open-problem';

/** How the command was told which book to open: `serve` takes a data folder, the others a file. */
export type BookOption = '--data-dir' | '--db';

function steps(problem: OpenProblem, bookOption: BookOption): { vi: string[]; en: string[] } {
  const backups = join(problem.dataDir, 'backups');
  const db = problem.databasePath;
  const otherDir =
    bookOption === '--db'
      ? { vi: 'Hoặc chỉ định một tệp sổ đơn khác: `--db TỆP`.', en: 'Or name another order book file: `--db FILE`.' }
      : { vi: 'Hoặc chạy với một thư mục dữ liệu khác: `--data-dir THƯ_MỤC`.', en: 'Or run with another data folder: `--data-dir FOLDER`.' };
  switch (problem.kind) {
    case 'too-new':
      return {
        vi: ['Hãy cập nhật OCOP Live lên phiên bản mới nhất rồi chạy lại.', 'Tệp sổ đơn không bị thay đổi.', otherDir.vi],
        en: ['Update OCOP Live to the latest version, then run it again.', 'The order book file was not changed.', otherDir.en],
      };
    case 'native-module':
      return {
        vi: ['Thư viện đang được dựng cho Electron: trong thư mục mã nguồn, chạy `npm run rebuild:node` rồi chạy lại.'],
        en: ['The library is built for Electron: in the source folder run `npm run rebuild:node`, then run again.'],
      };
    case 'damaged':
      return {
        vi: [
          `Chuyển tệp ${db} (cùng các tệp -wal, -shm bên cạnh, nếu có) sang chỗ khác: lần chạy sau ứng dụng tạo sổ đơn mới, trống.`,
          `Rồi khôi phục một bản sao lưu trong ${backups} (Cài đặt → Sao lưu và khôi phục), hoặc chép tệp .ocopbak vào chỗ ${db}.`,
        ],
        en: [
          `Move ${db} (and the -wal and -shm files beside it, if any) elsewhere: the next run starts a new, empty order book.`,
          `Then restore a backup from ${backups} (Settings → Backup and restore), or copy a .ocopbak file to ${db}.`,
        ],
      };
    case 'locked':
      return {
        vi: ['Đóng các cửa sổ OCOP Live khác (kể cả một `ocop-live serve` khác) và chương trình đang mở tệp này, rồi chạy lại.'],
        en: ['Close other OCOP Live windows (including another `ocop-live serve`) and programs that have this file open, then run again.'],
      };
    case 'disk-full':
      return {
        vi: ['Giải phóng dung lượng trên ổ đĩa chứa thư mục dữ liệu, rồi chạy lại.', otherDir.vi],
        en: ['Free some space on the disk holding the data folder, then run again.', otherDir.en],
      };
    case 'no-access':
      return {
        vi: [`Kiểm tra thư mục ${problem.dataDir} còn đó và tài khoản của bạn được phép đọc và ghi vào, rồi chạy lại.`, otherDir.vi],
        en: [`Check that ${problem.dataDir} exists and your account may read and write it, then run again.`, otherDir.en],
      };
    case 'unknown':
      return {
        vi: ['Chạy lại. Nếu vẫn lỗi, gửi dòng "Chi tiết" bên dưới cho người hỗ trợ.', otherDir.vi],
        en: ['Run again. If it still fails, send the "Details" line below to whoever supports you.', otherDir.en],
      };
  }
}

/** Several lines for stderr: title, file, steps (Vietnamese, then English), details. */
export function openProblemMessage(problem: OpenProblem, bookOption: BookOption = '--data-dir'): string {
  const title = openProblemTitles[problem.kind];
  const { vi, en } = steps(problem, bookOption);
  return [
    `Không mở được sổ đơn / Cannot open the order book: ${title.vi} / ${title.en}`,
    `Tệp sổ đơn / Order book file: ${problem.databasePath}`,
    'Cách xử lý:',
    ...vi.map((step) => `  - ${step}`),
    'What to do:',
    ...en.map((step) => `  - ${step}`),
    `Chi tiết / Details: ${problem.detail}`,
  ].join('\n');
}
