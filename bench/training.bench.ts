// Training: how long checking the shipped content takes (the app re-reads it
// when files change, and `training check` runs it), rendering a lesson, and
// printing a certificate. Run: npx tsx bench/training.bench.ts
import { checkContentRoot } from '../src/adapters/training/content-reader';
import { readFolderTree } from '../src/adapters/training/file-tree';
import { DEFAULT_SHIPPED_DIR } from '../src/adapters/training/library';
import { renderLessonHtml } from '../src/adapters/training/markdown';
import { renderCertificate } from '../src/adapters/pdf/certificate';

function timeMs(runs: number, work: () => void): number {
  work(); // warm up
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) work();
  return (performance.now() - started) / runs;
}

const line = (metric: string, value: number, target: string, ok: boolean) =>
  console.log(JSON.stringify({ bench: 'training', metric, value: Math.round(value * 10) / 10, target, ok }));

const check = timeMs(10, () => checkContentRoot(readFolderTree(DEFAULT_SHIPPED_DIR)));
const result = checkContentRoot(readFolderTree(DEFAULT_SHIPPED_DIR));
const lessons = result.modules.flatMap((m) => m.module.lessons);
line('content_check_ms', check, '<=1000', check <= 1000);
line('lessons_checked', lessons.length, '>=28', lessons.length >= 28);

const render = timeMs(20, () => {
  for (const lesson of lessons) renderLessonHtml(lesson.vi.body, { imageUrl: (path) => path });
});
const perLesson = lessons.length === 0 ? 0 : render / lessons.length;
line('lesson_render_ms', perLesson, '<=5', perLesson <= 5);

const modules = result.modules.map((m) => ({ title: m.module.title, completedAt: null }));
const started = performance.now();
const pdf = await renderCertificate({ learnerName: 'Nguyễn Thị Hằng', className: 'Lớp 1', modules, issuedAt: new Date() });
const certificate = performance.now() - started;
line('certificate_ms', certificate, '<=3000', certificate <= 3000);
line('certificate_kb', pdf.length / 1024, '<=300', pdf.length / 1024 <= 300);
