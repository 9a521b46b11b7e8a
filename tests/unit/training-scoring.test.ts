import { describe, expect, it } from 'vitest';
import { passMark, QuizAnswerError, scoreQuiz } from '../../src/core/training/quiz';
import { computeProgress } from '../../src/core/training/progress';
import { scoreRehearsal } from '../../src/core/training/rehearsal-score';
import { expectationsFromTruth, type TruthComment } from '../../src/core/training/rehearsal-truth';
import { planRunOfShow, presentedAt, slotTimings } from '../../src/core/training/run-of-show';
import { moduleQuizResults } from '../../src/core/training/quiz-results';
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
  const slots = [
    { code: 'MO1', name: 'Mật ong', startSecond: 0, endSecond: 60, graceSeconds: 10 },
    { code: 'CF1', name: 'Cà phê', startSecond: 60, endSecond: 120, graceSeconds: 10 },
  ];

  it('gives full marks when every order that needed the learner is right, every review entry settled, every question answered fast and every product shown on time', () => {
    const score = scoreRehearsal({
      expected: [
        { userId: 'u1', userName: 'Lan', code: 'MO1', qty: 2, sentAt: at(0), via: 'learner' },
        { userId: 'u2', userName: 'Hùng', code: 'CF1', qty: 1, sentAt: at(5), via: 'app' },
      ],
      captured: [
        { userId: 'u1', code: 'mo1', qty: 2, createdAt: at(4), cancelled: false },
        { userId: 'u2', code: 'CF1', qty: 1, createdAt: at(11), cancelled: false },
      ],
      questions: [{ ref: 'q1', userName: 'Mai', text: 'Giá bao nhiêu?', askedAt: at(10), answeredAt: at(20) }],
      reviews: [
        { userName: 'Tú', text: 'lấy 2 mật ong, loại rừng', status: 'resolved', settled: [{ code: 'MO2', qty: 2 }], wanted: [{ code: 'MO2', qty: 2 }] },
        { userName: 'Vy', text: 'ib', status: 'dismissed', settled: [], wanted: null },
      ],
      runOfShow: { slots, changes: [{ second: 1, code: 'MO1' }, { second: 62, code: 'CF1' }] },
    });
    expect(score.score).toBe(100);
    expect(score.orders).toEqual({
      expected: 2,
      captured: 2,
      wrongQuantity: 0,
      missed: 0,
      extra: 0,
      medianCaptureSeconds: 5,
      throughLearner: 1,
      capturedThroughLearner: 1,
      automatic: 1,
      spoiltAutomatic: 0,
    });
    expect(score.questions).toEqual({ asked: 1, answered: 1, medianAnswerSeconds: 10, slowestAnswerSeconds: 10 });
    expect(score.review).toEqual({ entries: 2, settledRight: 2, settledWrong: 0, open: 0 });
    expect(score.showcase).toEqual({ slots: 2, onTime: 2, late: 0, notShown: 0, medianDelaySeconds: 1.5 });
    expect(score.mistakes).toEqual([]);
  });

  it('names a missed order, a wrong quantity, an order nobody placed and an unanswered question', () => {
    const score = scoreRehearsal({
      expected: [
        { userId: 'u1', userName: 'Lan', code: 'MO1', qty: 1, sentAt: at(0), via: 'learner' },
        { userId: 'u1', userName: 'Lan', code: 'MO1', qty: 1, sentAt: at(3), via: 'learner' },
        { userId: 'u2', userName: 'Hùng', code: 'CF1', qty: 1, sentAt: at(5), via: 'learner' },
        { userId: 'u3', userName: 'Thu', code: 'YEN1', qty: 1, sentAt: at(6), via: 'learner' },
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
    // Orders 35·1/3, questions 15·1/2, speed 10·(1/3)/2 out of 60 (no review entry, no run-of-show), less 3 for the extra order.
    expect(score.parts.map((p) => p.part)).toEqual(['orders', 'questions', 'speed']);
    expect(score.penalty).toBe(3);
    expect(score.score).toBe(Math.round((100 * (11.7 + 7.5 + 1.7)) / 60 - 3));
  });

  it('gives nothing for orders the app takes by itself, and takes points off when the learner spoils one', () => {
    const expected = [
      { userId: 'u1', userName: 'Lan', code: 'MO1', qty: 2, sentAt: at(0), via: 'app' as const },
      { userId: 'u2', userName: 'Hùng', code: 'CF1', qty: 1, sentAt: at(5), via: 'learner' as const },
    ];
    const untouched = scoreRehearsal({ expected, captured: [{ userId: 'u1', code: 'MO1', qty: 2, createdAt: at(1), cancelled: false }], questions: [], runOfShow: { slots, changes: [] } });
    expect(untouched.score).toBe(0);
    expect(untouched.orders).toMatchObject({ captured: 1, automatic: 1, spoiltAutomatic: 0, throughLearner: 1, capturedThroughLearner: 0 });
    const spoilt = scoreRehearsal({
      expected,
      captured: [
        { userId: 'u1', code: 'MO1', qty: 2, createdAt: at(1), cancelled: true },
        { userId: 'u2', code: 'CF1', qty: 1, createdAt: at(6), cancelled: false },
      ],
      questions: [],
      runOfShow: { slots, changes: [{ second: 0, code: 'MO1' }, { second: 60, code: 'CF1' }] },
    });
    expect(spoilt.orders).toMatchObject({ spoiltAutomatic: 1, capturedThroughLearner: 1 });
    expect(spoilt.penalty).toBe(3);
    expect(spoilt.score).toBe(97);
  });

  it('judges review entries by what the comment wanted: the right products and quantities, or dismissed when it was no order', () => {
    const score = scoreRehearsal({
      expected: [],
      captured: [],
      questions: [],
      reviews: [
        { userName: 'A', text: 'lấy 2 mật ong, loại rừng', status: 'resolved', settled: [{ code: 'MO1', qty: 2 }], wanted: [{ code: 'MO2', qty: 2 }] },
        { userName: 'B', text: 'lấy 2 nha', status: 'resolved', settled: [{ code: 'KG1', qty: 1 }], wanted: [{ code: 'KG1', qty: 2 }] },
        { userName: 'C', text: '+1', status: 'open', settled: [], wanted: [{ code: 'KG1', qty: 1 }] },
        { userName: 'D', text: '+2', status: 'dismissed', settled: [], wanted: [{ code: 'KG1', qty: 2 }] },
        { userName: 'E', text: 'chốt 3', status: 'resolved', settled: [{ code: 'kg1', qty: 1 }, { code: 'KG1', qty: 2 }], wanted: [{ code: 'KG1', qty: 3 }] },
      ],
    });
    expect(score.review).toEqual({ entries: 5, settledRight: 1, settledWrong: 3, open: 1 });
    expect(score.mistakes.map((m) => `${m.kind}:${m.userName}`)).toEqual(['review-wrong:A', 'review-wrong:B', 'review-open:C', 'review-wrong:D']);
    expect(score.score).toBe(20);
  });
});

describe('the run-of-show', () => {
  const products = ['MO1', 'CF1', 'KG1', 'HD1', 'TRA1'].map((code) => ({ code, name: `SP ${code}` }));

  it('covers the rehearsal with one product per slot, about 75 seconds each, and a short introduction before "+1" starts', () => {
    const plan = planRunOfShow(products, 300, () => 0.5);
    expect(plan).toHaveLength(4);
    expect(new Set(plan.map((s) => s.code)).size).toBe(4);
    expect(plan[0]!.startSecond).toBe(0);
    expect(plan.at(-1)!.endSecond).toBe(300);
    expect(plan.every((s, i) => i === 0 || s.startSecond === plan[i - 1]!.endSecond)).toBe(true);
    expect(plan[0]!.graceSeconds).toBe(10);
    expect(presentedAt(plan, 5)).toBeNull();
    expect(presentedAt(plan, 12)).toBe(plan[0]!.code);
    expect(presentedAt(plan, 80)).toBeNull();
    expect(presentedAt(plan, 90)).toBe(plan[1]!.code);
    expect(planRunOfShow(products.slice(0, 1), 1.2, () => 0)).toMatchObject([{ startSecond: 0, endSecond: 1.2 }]);
    expect(planRunOfShow([], 300, () => 0)).toEqual([]);
  });

  it('credits a product on screen within the introduction in full, a late one less, a missing one nothing', () => {
    const plan = [
      { code: 'A', name: 'A', startSecond: 0, endSecond: 60, graceSeconds: 10 },
      { code: 'B', name: 'B', startSecond: 60, endSecond: 120, graceSeconds: 10 },
      { code: 'C', name: 'C', startSecond: 120, endSecond: 180, graceSeconds: 10 },
    ];
    const timings = slotTimings(plan, [
      { second: -3, code: 'A' },
      { second: 95, code: 'B' },
      { second: 130, code: null },
      { second: 185, code: 'C' },
    ]);
    expect(timings).toEqual([
      { code: 'A', shownAfterSeconds: 0, credit: 1 },
      { code: 'B', shownAfterSeconds: 35, credit: 0.5 },
      { code: 'C', shownAfterSeconds: null, credit: 0 },
    ]);
  });
});

describe('rehearsal expectations from the simulator’s ground truth', () => {
  const comment = (
    ref: string,
    userId: string,
    second: number,
    intent: TruthComment['truth']['intent'],
    items: { code: string; qty: number | null }[] = [],
    kind?: string,
  ): TruthComment => ({
    ref,
    userId,
    userName: `Viewer ${userId}`,
    text: ref,
    sentAt: new Date(Date.UTC(2025, 0, 1, 10, 0, second)).toISOString(),
    truth: { intent, items, ...(kind ? { kind } : {}) },
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

describe('which expected orders need the learner', () => {
  const comment = (ref: string, userId: string, kind: string, code: string, qty = 1): TruthComment => ({
    ref,
    userId,
    userName: userId,
    text: ref,
    sentAt: new Date(Date.UTC(2025, 0, 1, 10, 0, Number(ref.slice(1)))).toISOString(),
    truth: { intent: 'order', items: [{ code, qty }], kind },
  });

  it('marks a line the learner must capture when any of it came from "+1" on the presented product or a shared name', () => {
    const { orders } = expectationsFromTruth([
      comment('m1', 'a', 'order:code', 'MO1'),
      comment('m2', 'a', 'showcase:plus', 'MO1'),
      comment('m3', 'b', 'order:lay', 'CF1', 2),
      comment('m4', 'c', 'review:ambiguous', 'MO2', 2),
    ]);
    expect(orders.map(({ userId, code, qty, via }) => `${userId}:${code}×${qty}:${via}`)).toEqual(['a:MO1×2:learner', 'b:CF1×2:app', 'c:MO2×2:learner']);
  });
});

describe('quiz results per module', () => {
  const modules = [
    { id: 'a', lessons: [{ id: 'a1', questions: 3 }, { id: 'a2', questions: 2 }, { id: 'a3', questions: 0 }] },
    { id: 'b', lessons: [{ id: 'b1', questions: 4 }] },
  ];
  const attempt = (lessonId: string, score: number, total: number, minute: number) => ({
    moduleId: lessonId[0]!,
    lessonId,
    score,
    total,
    passed: score * 3 >= total * 2,
    attemptedAt: `2025-01-01T10:${String(minute).padStart(2, '0')}:00Z`,
  });

  it('gives the share of the module’s questions right at each quiz’s best and latest attempt; a quiz not taken counts nothing', () => {
    const results = moduleQuizResults(modules, [attempt('a1', 3, 3, 5), attempt('a1', 1, 3, 1), attempt('a1', 2, 3, 9), attempt('a2', 1, 2, 3)]);
    // Best: 3 + 1 of 5 questions; latest: 2 + 1 of 5 (the lesson without a quiz is not a quiz).
    expect(results).toEqual([
      { moduleId: 'a', quizzes: 2, taken: 2, bestPercent: 80, lastPercent: 60 },
      { moduleId: 'b', quizzes: 1, taken: 0, bestPercent: null, lastPercent: null },
    ]);
    expect(moduleQuizResults(modules, [attempt('b1', 4, 4, 1)])[1]).toEqual({ moduleId: 'b', quizzes: 1, taken: 1, bestPercent: 100, lastPercent: 100 });
  });

  it('scales an attempt at a quiz that has since changed length to its current length', () => {
    // b1 had 2 questions then; it has 4 now: 1 of 2 right is half of it.
    expect(moduleQuizResults(modules, [attempt('b1', 1, 2, 1)])[1]).toMatchObject({ bestPercent: 50, lastPercent: 50 });
  });
});
