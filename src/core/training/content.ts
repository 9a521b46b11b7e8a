// The training content model (format fixed in the content brief): a module
// folder with module.yaml and lessons as Markdown with YAML front matter, one
// file per language. These are the shapes after validation.
import { z } from 'zod';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, số và gạch ngang (ví dụ: product-story)');

const text = (max: number) => z.string().trim().min(1).max(max);

export const bilingualSchema = z.strictObject({ vi: text(300), en: text(300) });
export const bilingualLongSchema = z.strictObject({ vi: text(2000), en: text(2000) });

export const moduleFileSchema = z.looseObject({
  id: slugSchema,
  order: z.number().int().min(0).max(999),
  title: bilingualSchema,
  summary: bilingualLongSchema,
});
export type ModuleFile = z.output<typeof moduleFileSchema>;
export const MODULE_FILE_KEYS = ['id', 'order', 'title', 'summary'] as const;

export const quizChoiceSchema = z.strictObject({
  text: text(500),
  correct: z.boolean().default(false),
  explanation: text(1500),
});

export const quizQuestionSchema = z.strictObject({
  question: text(800),
  choices: z.array(quizChoiceSchema).min(2).max(6),
});
export type QuizQuestion = z.output<typeof quizQuestionSchema>;

export const lessonFrontMatterSchema = z.looseObject({
  id: slugSchema,
  title: text(300),
  minutes: z.number().int().min(1).max(240),
  checklist: z.array(text(500)).max(20).default([]),
  quiz: z.array(quizQuestionSchema).min(1).max(12),
});
export type LessonFrontMatter = z.output<typeof lessonFrontMatterSchema>;
export const LESSON_FILE_KEYS = ['id', 'title', 'minutes', 'checklist', 'quiz'] as const;

/** One language of one lesson. */
export interface LessonText {
  file: string;
  title: string;
  minutes: number;
  checklist: string[];
  quiz: QuizQuestion[];
  /** Markdown, rendered to safe HTML by the adapter when shown. */
  body: string;
  wordCount: number;
}

export interface Lesson {
  id: string;
  /** The NN of NN-slug.vi.md: the lesson's place in the module. */
  position: number;
  stem: string;
  vi: LessonText;
  /** Null when the module has no English text for this lesson yet (Vietnamese is shown). */
  en: LessonText | null;
}

export interface TrainingModule {
  id: string;
  order: number;
  folder: string;
  title: { vi: string; en: string };
  summary: { vi: string; en: string };
  lessons: Lesson[];
  /** Relative paths (images/x.svg) of the pictures this module carries. */
  images: string[];
}

/** The lesson text in a language, falling back to Vietnamese. */
export function lessonText(lesson: Lesson, language: Language): LessonText {
  return language === 'en' && lesson.en ? lesson.en : lesson.vi;
}

export function correctIndex(question: QuizQuestion): number {
  return question.choices.findIndex((choice) => choice.correct);
}

export function sortModules<T extends { order: number; id: string }>(modules: readonly T[]): T[] {
  return [...modules].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
