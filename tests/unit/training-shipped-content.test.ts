// The training content that ships in assets/training, checked as a whole:
// what learners will read must parse, every quiz must be answerable and
// explained, every picture present, and the two languages must agree.
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../../src/adapters/training/content-reader';
import { readFolderTree } from '../../src/adapters/training/file-tree';
import { DEFAULT_SHIPPED_DIR } from '../../src/adapters/training/library';
import { describeIssue } from '../../src/core/training/validate-content';

const tree = readFolderTree(DEFAULT_SHIPPED_DIR);
const result = checkContentRoot(tree);
const folders = [...new Set([...tree.keys()].filter((path) => path.includes('/')).map((path) => path.split('/')[0]!))].sort();
const list = (issues: typeof result.issues) => issues.map((issue) => describeIssue(issue, 'en'));

describe('shipped training content (assets/training)', () => {
  it('has the seven modules of the course, in order, each with four or more lessons', () => {
    const modules = result.modules.map((m) => m.module);
    expect(modules.map((m) => m.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const module of modules) expect(module.lessons.length, module.folder).toBeGreaterThanOrEqual(4);
  });

  it('every module folder parses without errors', () => {
    expect(list(result.issues.filter((issue) => issue.severity === 'error'))).toEqual([]);
    expect(result.modules.map((m) => m.root)).toEqual(folders);
  });

  it('every quiz question has exactly one correct choice and an explanation for every choice', () => {
    for (const { module } of result.modules) {
      for (const lesson of module.lessons) {
        for (const text of [lesson.vi, lesson.en]) {
          if (!text) continue;
          expect(text.quiz.length, text.file).toBeGreaterThanOrEqual(2);
          for (const question of text.quiz) {
            expect(question.choices.filter((choice) => choice.correct), `${module.folder}/${text.file}`).toHaveLength(1);
            for (const choice of question.choices) expect(choice.explanation.trim(), `${module.folder}/${text.file}`).not.toBe('');
          }
        }
      }
    }
  });

  it('every image a lesson names exists and every SVG is self-contained', () => {
    const imageIssues = result.issues.filter((issue) => issue.severity === 'error' && (/image|SVG/i.test(issue.messageEn) || issue.file.includes('/images/')));
    expect(list(imageIssues)).toEqual([]);
  });

  it('every lesson has an English file matching the Vietnamese one', () => {
    for (const { module } of result.modules) for (const lesson of module.lessons) expect(lesson.en, `${module.folder}/${lesson.stem}.en.md`).not.toBeNull();
    const pairIssues = result.issues.filter((issue) => /English file|Vietnamese file/.test(issue.messageEn));
    expect(list(pairIssues)).toEqual([]);
  });

  it('has no warnings either (lesson length, question and choice counts, checklists)', () => {
    expect(list(result.issues)).toEqual([]);
  });
});
