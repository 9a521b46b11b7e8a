// Scoring a quiz: the learner's choice per question against the one correct
// choice. The same positions hold in every language, so answers are indexes.
import { correctIndex, type QuizQuestion } from './content';

export interface QuizQuestionResult {
  chosen: number | null;
  correctChoice: number;
  correct: boolean;
}

export interface QuizScore {
  score: number;
  total: number;
  passed: boolean;
  questions: QuizQuestionResult[];
}

/** Passing takes at least two thirds right: 2 of 2, 2 of 3, 3 of 4. */
export function passMark(total: number): number {
  return Math.ceil((total * 2) / 3);
}

export function isPassing(score: number, total: number): boolean {
  return total > 0 && score >= passMark(total);
}

export class QuizAnswerError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

/** Null answers count as unanswered (wrong); an index outside a question's choices is refused. */
export function scoreQuiz(quiz: readonly QuizQuestion[], answers: readonly (number | null)[]): QuizScore {
  if (answers.length !== quiz.length) {
    throw new QuizAnswerError(`Cần trả lời ${quiz.length} câu, nhận được ${answers.length}`, `Expected ${quiz.length} answers, got ${answers.length}`);
  }
  const questions = quiz.map((question, index) => {
    const chosen = answers[index] ?? null;
    if (chosen !== null && (!Number.isInteger(chosen) || chosen < 0 || chosen >= question.choices.length)) {
      throw new QuizAnswerError(`Câu ${index + 1} không có lựa chọn số ${chosen + 1}`, `Question ${index + 1} has no choice number ${chosen + 1}`);
    }
    const correctChoice = correctIndex(question);
    return { chosen, correctChoice, correct: chosen === correctChoice };
  });
  const score = questions.filter((question) => question.correct).length;
  return { score, total: quiz.length, passed: isPassing(score, quiz.length), questions };
}
