import { describe, expect, it } from 'vitest';
import { passMark, QuizAnswerError, scoreQuiz } from '../../src/core/training/quiz';
import { computeProgress } from '../../src/core/training/progress';
import { scoreRehearsal } from '../../src/core/training/rehearsal-score';
import { expectationsFromTruth, type TruthComment } from '../../src/core/training/rehearsal-truth';
import type { QuizQuestion } from '../../src/core/training/content';

const question = (correct: number, choices = 3): QuizQuestion => ({
  question: 'q',
  choices: Array.from({ length: choices }, (_, i) => ({ text: `c${i}`, correct: i === correct, explanation: `e${i}` })),
});

describe('quiz scoring', () => {
  it('counts right answers and passes at two thirds', () => {
    const quiz = [question(0), question(2), question(1)];
    expect(scoreQuiz(quiz, [0, 2, 1])).toMatchObject({ score: 3, total: 3, passed: true });
    expect(scoreQuiz(quiz, [0, 2, 0])).toMatchObject({ score: 2, passed: true });
    const failed = scoreQuiz(quiz, [1, 2, null]);
    expect(failed).toMatchObject({ score: 1, passed: false });
    expect(failed.questions[2]).toEqual({ chosen: null, correctChoice: 1, correct: false });
    expect([2, 3, 4].map(passMark)).toEqual([2, 2, 3]);
  });

  it('refuses answers that do not fit the quiz', () => {
    expect(() => scoreQuiz([question(0)], [0, 1])).toThrow(QuizAnswerError);
    expect(() => scoreQuiz([question(0)], [3])).toThrow(/no choice number 4/);
  });
});

describe('learner progress', () => {
  const modules = [
    { id: 'a', lessons: [{ id: 'a1' }, { id: 'a2' }] },
    { id: 'b', lessons: [{ id: 'b1' }] },
  ];

  it('completes a lesson only when it was read and its quiz passed', () => {
    const progress = computeProgress(
      modules,
      [
        { moduleId: 'a', lessonId: 'a1', readAt: '2025-01-01T10:00:00Z' },
        { moduleId: 'a', lessonId: 'a2', readAt: '2025-01-01T11:00:00Z' },
        { moduleId: 'gone', lessonId: 'x', readAt: '2025-01-09T00:00:00Z' },
      ],
      [
        { moduleId: 'a', lessonId: 'a1', score: 1, total: 3, passed: false, attemptedAt: '2025-01-01T10:05:00Z' },
        { moduleId: 'a', lessonId: 'a1', score: 3, total: 3, passed: true, attemptedAt: '2025-01-01T10:09:00Z' },
        { moduleId: 'b', lessonId: 'b1', score: 2, total: 2, passed: true, attemptedAt: '2025-01-02T09:00:00Z' },
      ],
    );
    const [a, b] = progress.modules;
    expect(a!.lessons[0]).toMatchObject({ read: true, attempts: 2, bestScore: 3, passed: true, completed: true, completedAt: '2025-01-01T10:09:00Z' });
    expect(a!.lessons[1]).toMatchObject({ read: true, attempts: 0, completed: false });
    expect(b!.lessons[0]).toMatchObject({ read: false, passed: true, completed: false });
    expect(progress).toMatchObject({ lessonsCompleted: 1, lessonsTotal: 3, percent: 33, modulesCompleted: 0, courseCompleted: false });
    expect(progress.lastActivityAt).toBe('2025-01-02T09:00:00Z');
  });

  it('completes a module when every lesson is complete', () => {
    const progress = computeProgress(
      modules,
      [{ moduleId: 'b', lessonId: 'b1', readAt: '2025-01-03T00:00:00Z' }],
      [{ moduleId: 'b', lessonId: 'b1', score: 2, total: 2, passed: true, attemptedAt: '2025-01-02T00:00:00Z' }],
    );
    expect(progress.modules[1]).toMatchObject({ completed: true, completedAt: '2025-01-03T00:00:00Z' });
    expect(progress.modulesCompleted).toBe(1);
  });
});

describe('rehearsal scoring', () => {
  const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 10, 0, s)).toISOString();

  it('gives full marks when every order is captured and every question answered fast', () => {
    const score = scoreRehearsal({
      expected: [
        { userId: 'u1', userName: 'Lan', code: 'MO1', qty: 2, sentAt: at(0) },
        { userId: 'u2', userName: 'Hùng', code: 'CF1', qty: 1, sentAt: at(5) },
      ],
      captured: [
        { userId: 'u1', code: 'mo1', qty: 2, createdAt: at(4), cancelled: false },
        { userId: 'u2', code: 'CF1', qty: 1, createdAt: at(11), cancelled: false },
      ],
      questions: [{ ref: 'q1', userName: 'Mai', text: 'Giá bao nhiêu?', askedAt: at(10), answeredAt: at(20) }],
    });
    expect(score.score).toBe(100);
    expect(score.orders).toEqual({ expected: 2, captured: 2, wrongQuantity: 0, missed: 0, extra: 0, medianCaptureSeconds: 5 });
    expect(score.questions).toEqual({ asked: 1, answered: 1, medianAnswerSeconds: 10, slowestAnswerSeconds: 10 });
    expect(score.mistakes).toEqual([]);
  });

  it('names a missed order, a wrong quantity, an order nobody placed and an unanswered question', () => {
    const score = scoreRehearsal({
      expected: [
        { userId: 'u1', userName: 'Lan', code: 'MO1', qty: 1, sentAt: at(0) },
        { userId: 'u1', userName: 'Lan', code: 'MO1', qty: 1, sentAt: at(3) },
        { userId: 'u2', userName: 'Hùng', code: 'CF1', qty: 1, sentAt: at(5) },
        { userId: 'u3', userName: 'Thu', code: 'YEN1', qty: 1, sentAt: at(6) },
      ],
      captured: [
        { userId: 'u1', code: 'MO1', qty: 1, createdAt: at(2), cancelled: false },
        { userId: 'u3', code: 'YEN1', qty: 1, createdAt: at(9), cancelled: false },
        { userId: 'u3', code: 'TRA1', qty: 3, createdAt: at(9), cancelled: false },
        { userId: 'u2', code: 'CF1', qty: 1, createdAt: at(9), cancelled: true },
      ],
      questions: [
        { ref: 'q1', userName: 'Mai', text: 'Ship Hà Nội không?', askedAt: at(0), answeredAt: at(90) },
        { ref: 'q2', userName: 'Tú', text: 'Còn hàng không?', askedAt: at(0), answeredAt: null },
      ],
    });
    expect(score.orders).toMatchObject({ expected: 3, captured: 1, wrongQuantity: 1, missed: 1, extra: 1 });
    expect(score.mistakes).toEqual(
      expect.arrayContaining([
        { kind: 'wrong-quantity', userName: 'Lan', code: 'MO1', expectedQty: 2, capturedQty: 1 },
        { kind: 'missed', userName: 'Hùng', code: 'CF1', expectedQty: 1, capturedQty: 0 },
        { kind: 'extra', userName: 'Thu', code: 'TRA1', expectedQty: 0, capturedQty: 3 },
        { kind: 'unanswered', userName: 'Tú', question: 'Còn hàng không?' },
      ]),
    );
    // 60·1/3 + 25·1/2 + 15·(1/3)/2 − 5 = 20 + 12.5 + 2.5 − 5
    expect(score.score).toBe(30);
  });
});

describe('rehearsal expectations from the simulator’s ground truth', () => {
  const comment = (ref: string, userId: string, second: number, intent: TruthComment['truth']['intent'], items: { code: string; qty: number | null }[] = []): TruthComment => ({
    ref,
    userId,
    userName: `Viewer ${userId}`,
    text: ref,
    sentAt: new Date(Date.UTC(2025, 0, 1, 10, 0, second)).toISOString(),
    truth: { intent, items },
  });

  it('adds orders up, takes back cancels, and lists the questions', () => {
    const { orders, questions } = expectationsFromTruth([
      comment('m1', 'a', 1, 'order', [{ code: 'mo1', qty: 2 }]),
      comment('m2', 'a', 2, 'order', [{ code: 'MO1', qty: null }, { code: 'CF1', qty: 1 }]),
      comment('m3', 'b', 3, 'order', [{ code: 'TRA1', qty: 3 }]),
      comment('m4', 'b', 4, 'cancel', [{ code: 'TRA1', qty: 1 }]),
      comment('m5', 'c', 5, 'order', [{ code: 'YEN1', qty: 1 }]),
      comment('m6', 'c', 6, 'cancel'),
      comment('m7', 'a', 7, 'cancel', [{ code: 'CF1', qty: null }]),
      comment('m8', 'd', 8, 'question'),
      comment('m9', 'd', 9, 'other'),
    ]);
    expect(orders.map(({ userId, code, qty }) => `${userId}:${code}×${qty}`)).toEqual(['a:MO1×3', 'a:CF1×0', 'b:TRA1×2', 'c:YEN1×0']);
    expect(orders[0]!.sentAt).toBe('2025-01-01T10:00:01.000Z');
    expect(questions).toEqual([{ ref: 'm8', userName: 'Viewer d', text: 'm8', askedAt: '2025-01-01T10:00:08.000Z' }]);
  });
});
