// The trainer's class roster as CSV: one row per learner, overall figures,
// then one column per module: lessons done, with the module's lesson count in
// the header ("2/4" in a cell would become a date in Excel).
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
  modules: { lessonsCompleted: number }[];
}

const HEADERS = {
  vi: ['Học viên', 'Lớp', 'Ngày tạo', 'Tiến độ (%)', 'Bài đã xong', 'Tổng số bài', 'Học phần đã xong', 'Tổng số học phần', 'Hoạt động gần nhất'],
  en: ['Learner', 'Class', 'Created', 'Progress (%)', 'Lessons done', 'Lessons', 'Modules done', 'Modules', 'Last activity'],
};

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

export function rosterToCsv(modules: { title: { vi: string; en: string }; lessons: number }[], rows: RosterRow[], language: Language): string {
  const header = [
    ...HEADERS[language],
    ...modules.map((module, index) => `${index + 1}. ${module.title[language]} (${module.lessons} ${language === 'vi' ? 'bài' : 'lessons'})`),
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
    ...row.modules.map((m) => m.lessonsCompleted),
  ]);
  // A leading apostrophe keeps a name like "=1+1" text in spreadsheets (formula injection).
  const safe = body.map((cells) => cells.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return stringify([header, ...safe]);
}
