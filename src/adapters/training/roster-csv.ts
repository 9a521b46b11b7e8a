// The trainer's class roster as CSV: one row per learner, overall figures and
// the latest rehearsal score, then four columns per module: lessons done,
// quizzes taken, and the module's questions right at the quizzes' best and
// latest attempts (%). Counts are apart, with the totals in the header ("2/4"
// in a cell would become a date in Excel).
import { stringify } from 'csv-stringify/sync';
import type { Language } from '../../core/training/content';

export interface RosterRow {
  name: string;
  className: string;
  createdAt: string;
  percent: number;
  lessonsCompleted: number;
  lessonsTotal: number;
  modulesCompleted: number;
  modulesTotal: number;
  lastActivityAt: string | null;
  latestRehearsal: { score: number; at: string } | null;
  modules: { lessonsCompleted: number; quiz: { quizzes: number; taken: number; bestPercent: number | null; lastPercent: number | null } }[];
}

const HEADERS = {
  vi: ['Học viên', 'Lớp', 'Ngày tạo', 'Tiến độ (%)', 'Bài đã xong', 'Tổng số bài', 'Học phần đã xong', 'Tổng số học phần', 'Hoạt động gần nhất', 'Điểm diễn tập gần nhất (/100)', 'Ngày diễn tập gần nhất'],
  en: ['Learner', 'Class', 'Created', 'Progress (%)', 'Lessons done', 'Lessons', 'Modules done', 'Modules', 'Last activity', 'Latest rehearsal score (/100)', 'Latest rehearsal'],
};

const MODULE_HEADERS = {
  vi: (n: number, quizzes: number) => [`${n}. Bài kiểm tra đã làm (${quizzes} bài)`, `${n}. Kiểm tra: tốt nhất (%)`, `${n}. Kiểm tra: lần cuối (%)`],
  en: (n: number, quizzes: number) => [`${n}. Quizzes taken (${quizzes})`, `${n}. Quiz: best (%)`, `${n}. Quiz: latest (%)`],
};

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

export function rosterToCsv(modules: { title: { vi: string; en: string }; lessons: number }[], rows: RosterRow[], language: Language): string {
  // A module's quiz count is the same for everyone: read it from any row.
  const quizzes = (index: number) => rows[0]?.modules[index]?.quiz.quizzes ?? 0;
  const header = [
    ...HEADERS[language],
    ...modules.flatMap((module, index) => [
      `${index + 1}. ${module.title[language]} (${module.lessons} ${language === 'vi' ? 'bài' : 'lessons'})`,
      ...MODULE_HEADERS[language](index + 1, quizzes(index)),
    ]),
  ];
  const body = rows.map((row) => [
    row.name,
    row.className,
    day(row.createdAt),
    row.percent,
    row.lessonsCompleted,
    row.lessonsTotal,
    row.modulesCompleted,
    row.modulesTotal,
    day(row.lastActivityAt),
    row.latestRehearsal?.score ?? '',
    day(row.latestRehearsal?.at ?? null),
    ...row.modules.flatMap((m) => [m.lessonsCompleted, m.quiz.taken, m.quiz.bestPercent ?? '', m.quiz.lastPercent ?? '']),
  ]);
  // A leading apostrophe keeps a name like "=1+1" text in spreadsheets (formula injection).
  const safe = body.map((cells) => cells.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return stringify([header, ...safe]);
}
