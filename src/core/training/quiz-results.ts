// A learner's quiz results per module, as a trainer reads them: how many of
// the module's quizzes were taken, and the module's questions answered right
// at each quiz's best attempt and at its last one, as a share of all the
// module's questions (a quiz not taken counts nothing, so one perfect quiz of
// four is 25%, not 100%). A quiz whose length changed since is scaled to its
// current length.
import type { QuizAttemptRecord } from './progress';

export interface QuizOutline {
  id: string;
  lessons: readonly { id: string; questions: number }[];
}

export interface ModuleQuizResult {
  moduleId: string;
  /** Lessons of the module that have a quiz. */
  quizzes: number;
  /** Of those, how many the learner took at least once. */
  taken: number;
  /** Whole percent of the module's questions right at each quiz's best attempt; null when none was taken. */
  bestPercent: number | null;
  /** The same at each quiz's latest attempt. */
  lastPercent: number | null;
}

export function moduleQuizResults(modules: readonly QuizOutline[], attempts: readonly QuizAttemptRecord[]): ModuleQuizResult[] {
  const byLesson = new Map<string, QuizAttemptRecord[]>();
  const ordered = [...attempts].sort((a, b) => a.attemptedAt.localeCompare(b.attemptedAt));
  for (const attempt of ordered) {
    const k = `${attempt.moduleId}\u0000${attempt.lessonId}`;
    byLesson.set(k, [...(byLesson.get(k) ?? []), attempt]);
  }
  const share = (attempt: QuizAttemptRecord) => (attempt.total > 0 ? Math.min(1, attempt.score / attempt.total) : 0);
  return modules.map((module) => {
    const quizLessons = module.lessons.filter((lesson) => lesson.questions > 0);
    const questions = quizLessons.reduce((sum, lesson) => sum + lesson.questions, 0);
    let taken = 0;
    let best = 0;
    let last = 0;
    for (const lesson of quizLessons) {
      const tries = byLesson.get(`${module.id}\u0000${lesson.id}`);
      if (!tries || tries.length === 0) continue;
      taken += 1;
      best += Math.max(...tries.map(share)) * lesson.questions;
      last += share(tries[tries.length - 1]!) * lesson.questions;
    }
    const percent = (right: number) => (taken === 0 || questions === 0 ? null : Math.round((100 * right) / questions));
    return { moduleId: module.id, quizzes: quizLessons.length, taken, bestPercent: percent(best), lastPercent: percent(last) };
  });
}
