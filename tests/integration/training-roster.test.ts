// The trainer's roster (Giảng viên tab) and its CSV: learners in Vietnamese
// alphabetical order, each with their quiz results per module (best and
// latest) and their latest rehearsal score.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LearnerStore } from '../../src/adapters/training/learner-store';
import { fixturePath } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/app-server';

process.env.OCOP_TRAINING_DIR = fixturePath('training/good');

const MODULE = 'honey-basics';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const create = (name: string, className = 'Lớp Tân Phú') => server.app.call('createLearner', { name, className });

/** A rehearsal score as kept in the learner's history. */
const score = (value: number) => ({
  score: value,
  orders: { expected: 0, captured: 0, wrongQuantity: 0, missed: 0, extra: 0, medianCaptureSeconds: null },
  questions: { asked: 0, answered: 0, medianAnswerSeconds: null, slowestAnswerSeconds: null },
  mistakes: [],
});

describe('the trainer’s roster', () => {
  it('lists learners in Vietnamese alphabetical order: Đặng after Dương and before Nguyễn', async () => {
    for (const name of ['Nguyễn Văn An', 'Đặng Thị Bình', 'Ông Văn Em', 'Dương Văn Cường', 'Bùi Thị Dung']) await create(name);
    const expected = ['Bùi Thị Dung', 'Dương Văn Cường', 'Đặng Thị Bình', 'Nguyễn Văn An', 'Ông Văn Em'];
    expect((await server.app.call('getClassRoster', {})).learners.map((l) => l.name)).toEqual(expected);
    expect((await server.app.call('listLearners', {})).map((l) => l.name)).toEqual(expected);
    const { csv } = await server.app.call('exportRosterCsv', { language: 'vi' });
    const names = csv.replace(/^\uFEFF/, '').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(names).toEqual(expected);
  });

  it('shows each learner’s best and latest quiz results per module and latest rehearsal score, in the roster and its CSV', async () => {
    const learners = await server.app.call('listLearners', {});
    const dang = learners.find((l) => l.name === 'Đặng Thị Bình')!;
    // Three tries at the first lesson's quiz (2 questions): 1 right, then 2, then 0. The second quiz never taken.
    for (const answers of [[0, 0], [0, 1], [1, 0]]) {
      await server.app.call('submitQuiz', { learnerId: dang.id, moduleId: MODULE, lessonId: 'show-the-jar', answers, language: 'vi' });
    }
    const store = new LearnerStore(server.app.context.db);
    store.addRehearsal(dang.id, null, score(91), '2026-03-01T10:00:00.000Z');
    store.addRehearsal(dang.id, null, score(64), '2026-03-02T10:00:00.000Z');

    const roster = await server.app.call('getClassRoster', {});
    const row = roster.learners.find((l) => l.id === dang.id)!;
    // 4 questions in the module: best 2 right of them (50%), latest 0 (0%); one quiz of two taken.
    expect(row.modules).toEqual([
      { moduleId: MODULE, lessonsCompleted: 0, lessonsTotal: 2, completed: false, quiz: { quizzes: 2, taken: 1, bestPercent: 50, lastPercent: 0 } },
    ]);
    expect(row.latestRehearsal).toEqual({ score: 64, at: '2026-03-02T10:00:00.000Z' });
    const other = roster.learners.find((l) => l.name === 'Nguyễn Văn An')!;
    expect(other.modules[0]!.quiz).toEqual({ quizzes: 2, taken: 0, bestPercent: null, lastPercent: null });
    expect(other.latestRehearsal).toBeNull();

    const { csv } = await server.app.call('exportRosterCsv', { language: 'vi' });
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').trim().split('\n');
    expect(header).toContain(
      'Điểm diễn tập gần nhất (/100),Ngày diễn tập gần nhất,1. Bán mật ong trên livestream (2 bài),1. Bài kiểm tra đã làm (2 bài),1. Kiểm tra: tốt nhất (%),1. Kiểm tra: lần cuối (%)',
    );
    expect(lines.find((line) => line.startsWith('Đặng Thị Bình,'))).toMatch(/,64,2026-03-02,0,1,50,0$/);
    expect(lines.find((line) => line.startsWith('Nguyễn Văn An,'))).toMatch(/,,,0,0,,$/);
    const english = (await server.app.call('exportRosterCsv', { language: 'en' })).csv;
    expect(english).toContain('Latest rehearsal score (/100),Latest rehearsal,1. Selling honey on a live stream (2 lessons),1. Quizzes taken (2),1. Quiz: best (%),1. Quiz: latest (%)');
  });
});
