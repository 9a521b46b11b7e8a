import type { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkContentRoot, checkUpload, type ContentCheck } from '../../adapters/training/content-reader';
import { readFolderTree, TreeReadError, unzipTree } from '../../adapters/training/file-tree';
import { DEFAULT_SHIPPED_DIR } from '../../adapters/training/library';
import { describeIssue } from '../../core/training/validate-content';
import { fail } from '../fail';

function check(target: string): ContentCheck {
  if (statSync(target).isFile()) return checkUpload(unzipTree(readFileSync(target)), basename(target));
  const tree = readFolderTree(target);
  // A single module folder, or a content root holding NN-slug module folders.
  return existsSync(join(target, 'module.yaml')) ? checkUpload(tree, basename(target)) : checkContentRoot(tree);
}

function print(result: ContentCheck): void {
  for (const { module, root } of result.modules) {
    console.log(`\n${root || module.folder}  [${module.id}, thứ tự/order ${module.order}]`);
    console.log(`  ${module.title.vi} / ${module.title.en}`);
    for (const lesson of module.lessons) {
      const vi = lesson.vi;
      const choices = vi.quiz.map((q) => q.choices.length).join(',');
      console.log(
        `  ${String(lesson.position).padStart(2, '0')} ${lesson.id.padEnd(24)} ${vi.minutes} phút · ${vi.checklist.length} việc · ` +
          `quiz ${vi.quiz.length} câu (${choices} lựa chọn) · ${vi.wordCount} từ · en ${lesson.en ? '✓' : '✗'}  “${vi.title}”`,
      );
    }
    if (module.images.length > 0) console.log(`  ảnh/images: ${module.images.map((path) => path.replace(/^images\//, '')).join(', ')}`);
  }
}

export function registerTraining(program: Command): void {
  const training = program.command('training').description('Nội dung đào tạo (training content)');
  training
    .command('check')
    .description('Kiểm tra một thư mục nội dung, một học phần hoặc tệp zip; in học phần, bài và bài kiểm tra (validate training content)')
    .argument('[dir]', 'thư mục nội dung, thư mục học phần hoặc tệp .zip (mặc định: assets/training)', DEFAULT_SHIPPED_DIR)
    .option('--strict', 'coi cảnh báo là lỗi (warnings fail too)')
    .option('--json', 'in kết quả dạng JSON (print JSON)')
    .action((dir: string, options: { strict?: boolean; json?: boolean }) => {
      if (!existsSync(dir)) fail(`Không tìm thấy ${dir} (not found)`);
      let result: ContentCheck;
      try {
        result = check(dir);
      } catch (error) {
        if (error instanceof TreeReadError) fail(`${error.messageVi} (${error.messageEn})`);
        throw error;
      }
      const errors = result.issues.filter((issue) => issue.severity === 'error');
      const warnings = result.issues.filter((issue) => issue.severity === 'warning');
      const lessons = result.modules.reduce((sum, m) => sum + m.module.lessons.length, 0);
      const questions = result.modules.reduce((sum, m) => sum + m.module.lessons.reduce((n, l) => n + l.vi.quiz.length, 0), 0);
      if (options.json) {
        console.log(JSON.stringify({ modules: result.modules.map((m) => ({ ...m.module, root: m.root })), issues: result.issues }, null, 2));
      } else {
        print(result);
        if (warnings.length > 0) {
          console.log(`\nCảnh báo / warnings (${warnings.length}):`);
          for (const issue of warnings) console.log(`  ⚠ ${describeIssue(issue, 'vi')}\n    ${describeIssue(issue, 'en')}`);
        }
        if (errors.length > 0) {
          console.error(`\nLỗi / errors (${errors.length}):`);
          for (const issue of errors) console.error(`  ✗ ${describeIssue(issue, 'vi')}\n    ${describeIssue(issue, 'en')}`);
        }
        console.log(
          `\n${result.modules.length} học phần hợp lệ, ${lessons} bài, ${questions} câu hỏi; ${errors.length} lỗi, ${warnings.length} cảnh báo ` +
            `(${result.modules.length} valid modules, ${lessons} lessons, ${questions} questions; ${errors.length} errors, ${warnings.length} warnings)`,
        );
      }
      if (errors.length > 0 || (options.strict && warnings.length > 0) || result.modules.length === 0) process.exitCode = 1;
    });
}
