// Checks a module folder against the content format and says, for every
// problem, which file and which field, in Vietnamese and English. The adapter
// reads the files and parses YAML; everything it found arrives here as data.
import { z } from 'zod';
import {
  LESSON_FILE_KEYS,
  MODULE_FILE_KEYS,
  correctIndex,
  lessonFrontMatterSchema,
  moduleFileSchema,
  type Language,
  type Lesson,
  type LessonFrontMatter,
  type LessonText,
  type QuizQuestion,
  type TrainingModule,
} from './content';
import { countWords } from './front-matter';

export interface ContentIssue {
  severity: 'error' | 'warning';
  /** Path from the content root, e.g. 01-product-story/01-why-buy.vi.md. */
  file: string;
  /** The field inside the file, e.g. quiz[1].choices[2].explanation. */
  field?: string;
  line?: number;
  message: string;
  messageEn: string;
}

/** A YAML document as the adapter parsed it. */
export type YamlDoc = { ok: true; data: unknown } | { ok: false; line: number | null; message: string };

export interface RawLessonFile {
  /** File name inside the module folder: 01-why-buy.vi.md. */
  path: string;
  /** Null when the file has no front matter fences. */
  frontMatter: YamlDoc | null;
  frontMatterLine: number;
  body: string;
  /** Every image source the Markdown body names. */
  imageRefs: string[];
}

export interface RawImage {
  /** images/x.svg */
  path: string;
  size: number;
  /** The text of an SVG, to check it is self-contained. */
  svg?: string;
}

export interface RawModuleFolder {
  folder: string;
  /** Shipped folders must be named NN-slug; trainer uploads are stored under their id. */
  checkFolderName: boolean;
  moduleFile: YamlDoc | null;
  markdownFiles: RawLessonFile[];
  images: RawImage[];
  otherFiles: string[];
}

export interface ModuleCheck {
  /** Present when the folder has no errors (warnings allowed). */
  module: TrainingModule | null;
  issues: ContentIssue[];
}

export const LESSON_FILE_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.(vi|en)\.md$/;
export const MODULE_FOLDER_PATTERN = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IMAGE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'gif'] as const;
const MAX_SVG_BYTES = 512 * 1024;
export const RECOMMENDED = { lessons: 4, questions: [2, 4], choices: [3, 4], words: [200, 650] } as const;

class IssueList {
  readonly items: ContentIssue[] = [];
  constructor(private readonly folder: string) {}

  private push(severity: ContentIssue['severity'], file: string, field: string | undefined, message: string, messageEn: string, line?: number) {
    const path = file === '' ? this.folder : `${this.folder}/${file}`;
    this.items.push({ severity, file: path, ...(field ? { field } : {}), ...(line ? { line } : {}), message, messageEn });
  }
  error(file: string, field: string | undefined, message: string, messageEn: string, line?: number) {
    this.push('error', file, field, message, messageEn, line);
  }
  warn(file: string, field: string | undefined, message: string, messageEn: string, line?: number) {
    this.push('warning', file, field, message, messageEn, line);
  }
  get hasErrors(): boolean {
    return this.items.some((issue) => issue.severity === 'error');
  }
}

/** quiz.1.choices.2 → quiz[1].choices[2] */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '');
}

function slugHint(field: string): { vi: string; en: string } | null {
  if (field !== 'id' && !field.endsWith('.id')) return null;
  return {
    vi: 'chỉ gồm chữ thường không dấu, số và gạch ngang (ví dụ: product-story)',
    en: 'use lower-case letters without accents, digits and hyphens (e.g. product-story)',
  };
}

/** Parses with zod and reports each problem in both languages, naming the field. */
function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string, issues: IssueList, line: number): z.output<S> | null {
  const vi = schema.safeParse(data, { error: z.locales.vi().localeError });
  if (vi.success) return vi.data;
  const en = schema.safeParse(data, { error: z.locales.en().localeError });
  const enIssues = en.success ? [] : en.error.issues;
  vi.error.issues.forEach((issue, index) => {
    const field = fieldPath(issue.path);
    const hint = issue.code === 'invalid_format' ? slugHint(field) : null;
    const english = enIssues[index]?.message ?? issue.message;
    issues.error(
      file,
      field || undefined,
      `${field ? `Trường "${field}"` : 'Nội dung'}: ${hint?.vi ?? issue.message}`,
      `Field "${field || '(whole file)'}": ${hint?.en ?? english}`,
      line || undefined,
    );
  });
  return null;
}

function readYaml(doc: YamlDoc | null, file: string, issues: IssueList, baseLine: number): unknown {
  if (doc === null) return undefined;
  if (!doc.ok) {
    const line = doc.line === null ? undefined : doc.line + Math.max(0, baseLine - 1);
    issues.error(file, undefined, `YAML không đọc được: ${doc.message}`, `The YAML cannot be read: ${doc.message}`, line);
    return undefined;
  }
  return doc.data;
}

function warnUnknownKeys(data: unknown, known: readonly string[], file: string, issues: IssueList): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) {
      issues.warn(file, key, `Trường "${key}" không có trong định dạng nên bị bỏ qua`, `Field "${key}" is not part of the format and is ignored`);
    }
  }
}

/** Where an image reference points inside the module, or an issue when it leaves it. */
export function resolveImageRef(ref: string): { ok: true; path: string } | { ok: false } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(ref.trim());
  } catch {
    return { ok: false };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(decoded) || decoded.startsWith('/') || decoded.includes('\\')) return { ok: false };
  const parts = decoded.replace(/^\.\//, '').split('/');
  if (parts.length < 2 || parts[0] !== 'images' || parts.some((part) => part === '' || part === '.' || part === '..')) return { ok: false };
  return { ok: true, path: parts.join('/') };
}

/** What makes an SVG unsafe or not self-contained; empty when it is fine. */
export function svgProblems(svg: string): { vi: string; en: string }[] {
  const problems: { vi: string; en: string }[] = [];
  const open = /<svg\b[^>]*>/i.exec(svg);
  if (!open) problems.push({ vi: 'không phải tệp SVG (thiếu thẻ <svg>)', en: 'not an SVG file (no <svg> element)' });
  else if (!/\bviewBox\s*=/.test(open[0])) problems.push({ vi: 'thẻ <svg> thiếu viewBox', en: 'the <svg> element has no viewBox' });
  if (/<script\b/i.test(svg)) problems.push({ vi: 'có mã <script>', en: 'it contains a <script>' });
  if (/\son[a-z]+\s*=/i.test(svg)) problems.push({ vi: 'có thuộc tính sự kiện (on…=)', en: 'it has event attributes (on…=)' });
  if (/<foreignObject\b/i.test(svg)) problems.push({ vi: 'có <foreignObject>', en: 'it contains <foreignObject>' });
  if (/\b(?:xlink:)?href\s*=\s*["']\s*(?!#)/i.test(svg)) {
    problems.push({ vi: 'tham chiếu tệp hoặc địa chỉ bên ngoài (href)', en: 'it refers to an outside file or address (href)' });
  }
  if (/url\(\s*["']?\s*(?!#)/i.test(svg) || /@import\b/i.test(svg)) {
    problems.push({ vi: 'tải tài nguyên bên ngoài trong CSS (url/@import)', en: 'its CSS loads outside resources (url/@import)' });
  }
  return problems;
}

function countCorrect(question: QuizQuestion): number {
  return question.choices.filter((choice) => choice.correct).length;
}

function checkQuizShape(fm: LessonFrontMatter, file: string, issues: IssueList): void {
  fm.quiz.forEach((question, q) => {
    const correct = countCorrect(question);
    if (correct === 0) {
      issues.error(
        file,
        `quiz[${q}].choices`,
        `Câu hỏi ${q + 1} chưa có đáp án đúng: cần đánh dấu đúng một đáp án đúng (correct: true)`,
        `Question ${q + 1} has no correct choice: mark exactly one correct choice (correct: true)`,
      );
    } else if (correct > 1) {
      issues.error(
        file,
        `quiz[${q}].choices`,
        `Câu hỏi ${q + 1} có ${correct} đáp án đúng; phải có đúng một đáp án đúng (correct: true)`,
        `Question ${q + 1} has ${correct} correct choices; it must have exactly one correct choice (correct: true)`,
      );
    }
    const [minChoices, maxChoices] = RECOMMENDED.choices;
    if (question.choices.length < minChoices || question.choices.length > maxChoices) {
      issues.warn(
        file,
        `quiz[${q}].choices`,
        `Câu hỏi ${q + 1} có ${question.choices.length} lựa chọn; nên có ${minChoices}–${maxChoices}`,
        `Question ${q + 1} has ${question.choices.length} choices; ${minChoices}–${maxChoices} are recommended`,
      );
    }
  });
  const [minQ, maxQ] = RECOMMENDED.questions;
  if (fm.quiz.length < minQ || fm.quiz.length > maxQ) {
    issues.warn(file, 'quiz', `Bài có ${fm.quiz.length} câu hỏi; nên có ${minQ}–${maxQ}`, `The lesson has ${fm.quiz.length} questions; ${minQ}–${maxQ} are recommended`);
  }
  if (fm.checklist.length === 0) {
    issues.warn(file, 'checklist', 'Bài chưa có danh sách việc cần làm (checklist)', 'The lesson has no checklist');
  }
}

function checkLessonFile(raw: RawLessonFile, imagePaths: ReadonlySet<string>, issues: IssueList): LessonText | null {
  if (raw.frontMatter === null) {
    issues.error(
      raw.path,
      undefined,
      'Tệp bài học phải bắt đầu bằng phần đầu YAML giữa hai dòng "---"',
      'A lesson file must start with YAML front matter between two "---" lines',
      1,
    );
    return null;
  }
  const data = readYaml(raw.frontMatter, raw.path, issues, raw.frontMatterLine);
  if (data === undefined) return null;
  const fm = parseWith(lessonFrontMatterSchema, data, raw.path, issues, 0);
  warnUnknownKeys(data, LESSON_FILE_KEYS, raw.path, issues);
  let imagesOk = true;
  for (const ref of raw.imageRefs) {
    const resolved = resolveImageRef(ref);
    if (!resolved.ok) {
      imagesOk = false;
      issues.error(
        raw.path,
        'body',
        `Ảnh "${ref}" phải nằm trong thư mục images/ của học phần (ví dụ images/so-do.svg), không dùng địa chỉ ngoài`,
        `Image "${ref}" must be inside the module's images/ folder (e.g. images/diagram.svg), not an outside address`,
      );
    } else if (!imagePaths.has(resolved.path)) {
      imagesOk = false;
      issues.error(raw.path, 'body', `Không có tệp ảnh "${resolved.path}" mà bài nhắc đến`, `The image "${resolved.path}" the lesson names does not exist`);
    }
  }
  if (!fm) return null;
  checkQuizShape(fm, raw.path, issues);
  const wordCount = countWords(raw.body);
  const [minWords, maxWords] = RECOMMENDED.words;
  if (wordCount < minWords || wordCount > maxWords) {
    // The range comes from RECOMMENDED so the message always states the limits actually checked.
    issues.warn(
      raw.path,
      'body',
      `Bài dài ${wordCount} từ; nên từ ${minWords} đến ${maxWords} từ`,
      `The lesson body has ${wordCount} words; ${minWords}–${maxWords} are recommended`,
    );
  }
  if (!imagesOk) return null;
  return { file: raw.path, title: fm.title, minutes: fm.minutes, checklist: fm.checklist, quiz: fm.quiz, body: raw.body, wordCount };
}

/** The English file must have the same structure as the Vietnamese so answers and ticks mean the same. */
function comparePair(id: { vi: string; en: string }, vi: LessonText, en: LessonText, issues: IssueList): void {
  const file = en.file;
  const mismatch = (field: string, vn: string, eng: string) =>
    issues.error(file, field, `Bản tiếng Anh khác bản tiếng Việt (${vi.file}): ${vn}`, `The English file differs from the Vietnamese one (${vi.file}): ${eng}`);
  if (id.vi !== id.en) mismatch('id', `id "${id.en}" ≠ "${id.vi}"`, `id "${id.en}" ≠ "${id.vi}"`);
  if (vi.checklist.length !== en.checklist.length) {
    mismatch('checklist', `${en.checklist.length} mục so với ${vi.checklist.length}`, `${en.checklist.length} checklist items vs ${vi.checklist.length}`);
  }
  if (vi.quiz.length !== en.quiz.length) {
    mismatch('quiz', `${en.quiz.length} câu hỏi so với ${vi.quiz.length}`, `${en.quiz.length} questions vs ${vi.quiz.length}`);
    return;
  }
  vi.quiz.forEach((question, q) => {
    const other = en.quiz[q]!;
    if (question.choices.length !== other.choices.length) {
      mismatch(`quiz[${q}].choices`, `câu ${q + 1} có ${other.choices.length} lựa chọn so với ${question.choices.length}`, `question ${q + 1} has ${other.choices.length} choices vs ${question.choices.length}`);
    } else if (countCorrect(question) !== 1 || countCorrect(other) !== 1) {
      // Already reported in the file that lacks its one correct choice; comparing
      // positions here would only add a second, confusing error about the same mistake.
    } else if (correctIndex(question) !== correctIndex(other)) {
      mismatch(
        `quiz[${q}].choices`,
        `câu ${q + 1}: đáp án đúng ở vị trí ${correctIndex(other) + 1} so với ${correctIndex(question) + 1}`,
        `question ${q + 1}: the correct choice is number ${correctIndex(other) + 1} vs ${correctIndex(question) + 1}`,
      );
    }
  });
}

function checkImages(raw: RawModuleFolder, issues: IssueList): Set<string> {
  const usable = new Set<string>();
  for (const image of raw.images) {
    const extension = image.path.split('.').pop()?.toLowerCase() ?? '';
    if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
      issues.warn(image.path, undefined, `Tệp không phải ảnh (${IMAGE_EXTENSIONS.join(', ')}) nên bị bỏ qua`, `Not an image file (${IMAGE_EXTENSIONS.join(', ')}); it is ignored`);
      continue;
    }
    if (extension === 'svg') {
      const problems = svgProblems(image.svg ?? '');
      for (const problem of problems) {
        issues.error(image.path, undefined, `SVG không an toàn hoặc không tự chứa: ${problem.vi}`, `The SVG is unsafe or not self-contained: ${problem.en}`);
      }
      if (image.size > MAX_SVG_BYTES) {
        issues.warn(image.path, undefined, `SVG nặng ${Math.round(image.size / 1024)} KB; nên nhỏ hơn 512 KB`, `The SVG is ${Math.round(image.size / 1024)} KB; under 512 KB is recommended`);
      }
      if (problems.length > 0) continue;
    }
    usable.add(image.path);
  }
  return usable;
}

export function validateModuleFolder(raw: RawModuleFolder): ModuleCheck {
  const issues = new IssueList(raw.folder);
  if (raw.checkFolderName && !MODULE_FOLDER_PATTERN.test(raw.folder)) {
    issues.error('', undefined, 'Tên thư mục học phần phải có dạng NN-ten-hoc-phan (ví dụ 01-product-story)', 'A module folder must be named NN-slug (e.g. 01-product-story)');
  }

  let moduleFile = null;
  if (raw.moduleFile === null) {
    issues.error('module.yaml', undefined, 'Thiếu tệp module.yaml', 'module.yaml is missing');
  } else {
    const data = readYaml(raw.moduleFile, 'module.yaml', issues, 1);
    if (data !== undefined) {
      moduleFile = parseWith(moduleFileSchema, data, 'module.yaml', issues, 0);
      warnUnknownKeys(data, MODULE_FILE_KEYS, 'module.yaml', issues);
    }
  }

  for (const other of raw.otherFiles) {
    issues.warn(other, undefined, 'Tệp không thuộc định dạng nội dung nên bị bỏ qua', 'The file is not part of the content format and is ignored');
  }
  const imagePaths = checkImages(raw, issues);

  const stems = new Map<string, { position: number; files: Partial<Record<Language, { raw: RawLessonFile; text: LessonText | null; id: string | null }>> }>();
  for (const file of [...raw.markdownFiles].sort((a, b) => a.path.localeCompare(b.path))) {
    const match = LESSON_FILE_PATTERN.exec(file.path);
    if (!match) {
      issues.error(
        file.path,
        undefined,
        'Tên tệp bài học phải có dạng NN-ten-bai.vi.md hoặc NN-ten-bai.en.md (ví dụ 01-why-buy.vi.md)',
        'A lesson file must be named NN-slug.vi.md or NN-slug.en.md (e.g. 01-why-buy.vi.md)',
      );
      continue;
    }
    const stem = `${match[1]}-${match[2]}`;
    const language = match[3] as Language;
    const text = checkLessonFile(file, imagePaths, issues);
    const data = file.frontMatter?.ok ? file.frontMatter.data : undefined;
    const rawId = typeof data === 'object' && data !== null && 'id' in data ? (data as { id: unknown }).id : null;
    const entry = stems.get(stem) ?? { position: Number(match[1]), files: {} };
    entry.files[language] = { raw: file, text, id: typeof rawId === 'string' ? rawId.trim() : null };
    stems.set(stem, entry);
  }

  const lessons: Lesson[] = [];
  const seenIds = new Map<string, string>();
  const seenPositions = new Map<number, string>();
  for (const [stem, entry] of stems) {
    const vi = entry.files.vi;
    const en = entry.files.en;
    if (!vi) {
      issues.error(`${stem}.vi.md`, undefined, `Bài "${stem}" thiếu bản tiếng Việt (${stem}.vi.md)`, `Lesson "${stem}" has no Vietnamese file (${stem}.vi.md)`);
      continue;
    }
    if (!en) {
      issues.warn(`${stem}.en.md`, undefined, `Bài "${stem}" chưa có bản tiếng Anh; sẽ hiện tiếng Việt`, `Lesson "${stem}" has no English file yet; Vietnamese is shown`);
    }
    const previousPosition = seenPositions.get(entry.position);
    if (previousPosition) {
      issues.error(vi.raw.path, undefined, `Số thứ tự ${entry.position} trùng với bài "${previousPosition}"`, `Number ${entry.position} is also used by lesson "${previousPosition}"`);
    }
    seenPositions.set(entry.position, stem);
    if (vi.id) {
      const previous = seenIds.get(vi.id);
      if (previous) {
        issues.error(vi.raw.path, 'id', `id "${vi.id}" trùng với bài "${previous}" trong cùng học phần`, `id "${vi.id}" is also used by lesson "${previous}" in this module`);
      }
      seenIds.set(vi.id, stem);
    }
    if (vi.text && en?.text) comparePair({ vi: vi.id ?? '', en: en.id ?? '' }, vi.text, en.text, issues);
    if (vi.text && vi.id && (!en || en.text)) {
      lessons.push({ id: vi.id, position: entry.position, stem, vi: vi.text, en: en?.text ?? null });
    }
  }

  if (stems.size === 0) {
    issues.error('', undefined, 'Học phần chưa có bài học nào (tệp NN-ten-bai.vi.md)', 'The module has no lessons (NN-slug.vi.md files)');
  } else if (stems.size < RECOMMENDED.lessons) {
    issues.warn('', undefined, `Học phần có ${stems.size} bài; nên có từ ${RECOMMENDED.lessons} bài`, `The module has ${stems.size} lessons; ${RECOMMENDED.lessons} or more are recommended`);
  }

  if (issues.hasErrors || !moduleFile) return { module: null, issues: issues.items };
  return {
    module: {
      id: moduleFile.id,
      order: moduleFile.order,
      folder: raw.folder,
      title: moduleFile.title,
      summary: moduleFile.summary,
      lessons: lessons.sort((a, b) => a.position - b.position),
      images: [...imagePaths].sort(),
    },
    issues: issues.items,
  };
}

/** Module ids must be unique across the folders of one content root. */
export function checkModuleIds(modules: readonly TrainingModule[]): ContentIssue[] {
  const seen = new Map<string, string>();
  const issues: ContentIssue[] = [];
  for (const module of modules) {
    const previous = seen.get(module.id);
    if (previous) {
      issues.push({
        severity: 'error',
        file: `${module.folder}/module.yaml`,
        field: 'id',
        message: `id "${module.id}" trùng với học phần trong thư mục ${previous}`,
        messageEn: `id "${module.id}" is also used by the module in folder ${previous}`,
      });
    } else {
      seen.set(module.id, module.folder);
    }
  }
  return issues;
}

export function describeIssue(issue: ContentIssue, language: Language = 'vi'): string {
  const where = [issue.file, issue.line ? `dòng ${issue.line}` : '', issue.field ? `[${issue.field}]` : ''].filter(Boolean).join(' ');
  const whereEn = [issue.file, issue.line ? `line ${issue.line}` : '', issue.field ? `[${issue.field}]` : ''].filter(Boolean).join(' ');
  return language === 'vi' ? `${where}: ${issue.message}` : `${whereEn}: ${issue.messageEn}`;
}
