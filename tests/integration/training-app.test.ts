// The training feature through the real app on a real SQLite file, with the
// sample module as the shipped content (OCOP_TRAINING_DIR).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { createApp } from '../../src/app/create-app';
import { readFolderTree } from '../../src/adapters/training/file-tree';
import { FONTS_DIR, findCertificateFonts } from '../../src/adapters/pdf/certificate';
import { fixturePath } from '../helpers/fixtures';
import { makeTempDir } from '../helpers/temp-dir';
import { startTestServer, type TestServer } from '../helpers/app-server';

process.env.OCOP_TRAINING_DIR = fixturePath('training/good');

const MODULE = 'honey-basics';
const NAME = 'Nguyễn Thị Hằng';

/** The sample module as a zip, with changes applied to some of its files. */
function sampleZip(change: (path: string, text: string) => string = (_p, t) => t, extra: Record<string, string> = {}): string {
  const files: Record<string, Uint8Array> = {};
  for (const [path, bytes] of readFolderTree(fixturePath('training/good/01-honey-basics'))) {
    files[`01-honey-basics/${path}`] = new TextEncoder().encode(change(path, new TextDecoder().decode(bytes)));
  }
  for (const [path, text] of Object.entries(extra)) files[path] = new TextEncoder().encode(text);
  return Buffer.from(zipSync(files)).toString('base64');
}

/** Right answers for the sample lessons: the correct choices' positions. */
const RIGHT = { 'show-the-jar': [0, 1], 'take-orders': [0, 1] } as const;

describe('training in the app', () => {
  let server: TestServer;
  let learnerId: number;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const call = async <T,>(name: string, body: unknown): Promise<T> => {
    const { status, json } = await server.post(name, body);
    if (!json.ok) throw new Error(`${name} → ${status} ${JSON.stringify(json.error)}`);
    return json.result as T;
  };

  it('lists the modules and gives a lesson as safe HTML without its answers', async () => {
    const list = await call<{ modules: { id: string; lessons: { id: string }[] }[] }>('listTrainingModules', {});
    expect(list.modules.map((m) => m.id)).toEqual([MODULE]);
    const lesson = await call<{ html: string; quiz: { choices: string[] }[]; checklist: string[]; next: unknown }>('getTrainingLesson', {
      moduleId: MODULE,
      lessonId: 'show-the-jar',
      language: 'vi',
    });
    expect(lesson.html).toContain('src="training-assets/honey-basics/images/jar-light.svg"');
    expect(lesson.html).not.toContain('<script');
    expect(JSON.stringify(lesson.quiz)).not.toContain('correct');
    expect(lesson.checklist).toHaveLength(2);
    expect(lesson.next).toEqual({ moduleId: MODULE, lessonId: 'take-orders' });
  });

  it('serves a lesson picture and nothing outside the module', async () => {
    const ok = await fetch(`${server.url}/training-assets/${MODULE}/images/jar-light.svg`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/svg+xml');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await ok.text()).toContain('Hũ mật ong');
    for (const bad of [
      `/training-assets/${MODULE}/images/../module.yaml`,
      `/training-assets/${MODULE}/images/%2e%2e%2fmodule.yaml`,
      `/training-assets/${MODULE}/module.yaml`,
      `/training-assets/${MODULE}/..%2f..%2f..%2fpackage.json`,
      '/training-assets/nope/images/jar-light.svg',
    ]) {
      const response = await fetch(`${server.url}${bad}`);
      expect(response.status, bad).toBe(404);
    }
  });

  it('records a learner reading, ticking and passing a quiz, with explanations for every choice', async () => {
    const learner = await call<{ id: number; name: string }>('createLearner', { name: NAME, className: 'Lớp Bình dân học vụ số 1' });
    learnerId = learner.id;
    expect(learner.name).toBe(NAME);
    await call('markLessonRead', { learnerId, moduleId: MODULE, lessonId: 'show-the-jar' });
    expect(await call('setChecklistItem', { learnerId, moduleId: MODULE, lessonId: 'show-the-jar', item: 1, done: true })).toEqual({ ticks: [1] });

    const wrong = await call<{ passed: boolean; score: number; questions: { correctChoice: number; explanations: string[] }[] }>('submitQuiz', {
      learnerId,
      moduleId: MODULE,
      lessonId: 'show-the-jar',
      answers: [1, 0],
      language: 'vi',
    });
    expect(wrong).toMatchObject({ passed: false, score: 0 });
    expect(wrong.questions[0]!.explanations).toEqual([
      'Ánh sáng tự nhiên cho màu mật ong thật nhất.',
      'Đèn flash làm chói và đổi màu mật.',
      'Nắng gắt tạo bóng đổ mạnh, khó nhìn.',
    ]);
    const right = await call<{ passed: boolean; lessonCompleted: boolean; moduleCompleted: boolean }>('submitQuiz', {
      learnerId,
      moduleId: MODULE,
      lessonId: 'show-the-jar',
      answers: RIGHT['show-the-jar'],
      language: 'en',
    });
    expect(right).toMatchObject({ passed: true, lessonCompleted: true, moduleCompleted: false });

    const bad = await server.post('submitQuiz', { learnerId, moduleId: MODULE, lessonId: 'show-the-jar', answers: [0], language: 'vi' });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.message).toContain('Cần trả lời 2 câu');
  });

  it('refuses a certificate until a module is complete, then prints the name with its diacritics', async () => {
    const refused = await server.post('certificatePdf', { learnerId });
    expect(refused.status).toBe(409);
    expect(refused.json.error?.code).toBe('NO_COMPLETED_MODULES');

    await call('markLessonRead', { learnerId, moduleId: MODULE, lessonId: 'take-orders' });
    await call('submitQuiz', { learnerId, moduleId: MODULE, lessonId: 'take-orders', answers: RIGHT['take-orders'], language: 'vi' });
    const pdf = await call<{ base64: string; filename: string; modules: number }>('certificatePdf', { learnerId, trainerName: 'Trần Văn Đức' });
    expect(pdf.modules).toBe(1);
    // The app's own font (assets/fonts), not a system one.
    expect(findCertificateFonts().regular.startsWith(FONTS_DIR)).toBe(true);
    expect(pdf.filename).toBe('chung-nhan-nguyen-thi-hang.pdf');

    const temp = makeTempDir();
    try {
      const file = join(temp.dir, pdf.filename);
      writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      execFileSync('pdftoppm', ['-png', '-r', '40', file, join(temp.dir, 'page')]);
      expect(readdirSync(temp.dir).filter((name) => name.startsWith('page') && name.endsWith('.png'))).toHaveLength(1);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
      expect(text).toContain(NAME);
      expect(text).toContain('Bán mật ong trên livestream');
      expect(text).toContain('Trần Văn Đức');
      expect(text).toContain('GIẤY CHỨNG NHẬN HOÀN THÀNH');
    } finally {
      temp.cleanup();
    }
  });

  it('shows the trainer the class roster and exports it as CSV', async () => {
    await call('createLearner', { name: 'Lò Văn Páo', className: 'Lớp 2' });
    const roster = await call<{ classes: string[]; learners: { name: string; percent: number; modulesCompleted: number }[] }>('getClassRoster', {});
    expect(roster.classes).toEqual(['Lớp 2', 'Lớp Bình dân học vụ số 1']);
    expect(roster.learners.find((l) => l.name === NAME)).toMatchObject({ percent: 100, modulesCompleted: 1 });
    const one = await call<{ learners: unknown[] }>('getClassRoster', { className: 'Lớp 2' });
    expect(one.learners).toHaveLength(1);

    const { csv, filename } = await call<{ csv: string; filename: string }>('exportRosterCsv', { language: 'vi' });
    expect(filename).toMatch(/^ocop-live-lop-hoc-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toContain('Học viên,Lớp');
    expect(lines[0]).toContain('1. Bán mật ong trên livestream (2 bài)');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${NAME},Lớp Bình dân học vụ số 1,\\d{4}-\\d{2}-\\d{2},100,2,2,1,1,`)));
  });

  it('keeps progress when the app is closed and opened again on the same data folder', async () => {
    const dataDir = server.dataDir;
    await server.server.close();
    server.app.close();
    const reopened = createApp({ dataDir, mode: 'test' });
    try {
      const progress = await reopened.call('getLearnerProgress', { learnerId });
      expect(progress.learner.name).toBe(NAME);
      expect(progress).toMatchObject({ lessonsCompleted: 2, modulesCompleted: 1, courseCompleted: true });
      expect(progress.modules[0]!.lessons[0]).toMatchObject({ read: true, attempts: 2, bestScore: 2, passed: true });
      const state = await reopened.call('getLessonState', { learnerId, moduleId: MODULE, lessonId: 'show-the-jar' });
      expect(state.ticks).toEqual([1]);
    } finally {
      reopened.close();
    }
    server = await startTestServer({ dataDir });
  });
});

describe('trainers adding modules', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const addedFiles = () => {
    const dir = join(server.dataDir, 'training');
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true }).map(String).sort();
  };

  it('refuses a zip with an error, says which file and field, and changes nothing', async () => {
    const before = await server.post('listTrainingModules', {});
    const zip = sampleZip((path, text) => (path === '02-take-orders.en.md' ? text.replace('explanation: "Ignored viewers leave."', 'explanatio: "x"') : text));
    const refused = await server.post('importTrainingModules', { source: { kind: 'zip', name: 'bai-moi.zip', base64: zip } });
    expect(refused.status).toBe(422);
    expect(refused.json.error?.code).toBe('TRAINING_CONTENT_INVALID');
    expect(refused.json.error?.message).toContain('chưa thêm hay thay học phần nào');
    const issues = refused.json.error?.details as { file: string; field?: string; severity: string }[];
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', file: '01-honey-basics/02-take-orders.en.md', field: 'quiz[1].choices[0]' }));
    expect(addedFiles()).toEqual([]);
    expect((await server.post('listTrainingModules', {})).json).toEqual(before.json);
  });

  it('refuses a zip that tries to write outside its folder (zip-slip)', async () => {
    const zip = sampleZip(undefined, { '../../evil.md': 'x' });
    const refused = await server.post('importTrainingModules', { source: { kind: 'zip', name: 'x.zip', base64: zip } });
    expect(refused.status).toBe(422);
    expect(refused.json.error?.code).toBe('TRAINING_UPLOAD_UNREADABLE');
    expect(refused.json.error?.messageEn).toContain('../../evil.md');
    expect(addedFiles()).toEqual([]);
    const notZip = await server.post('importTrainingModules', { source: { kind: 'zip', name: 'x.zip', base64: Buffer.from('hello').toString('base64') } });
    expect(notZip.json.error?.code).toBe('TRAINING_UPLOAD_UNREADABLE');
  });

  it('replaces a shipped module with a trainer’s version, and removing it brings the shipped one back', async () => {
    const zip = sampleZip((path, text) => (path === 'module.yaml' ? text.replace('Bán mật ong trên livestream', 'Bán mật ong (bản của lớp)') : text), {
      'README.txt': 'notes',
    });
    const check = await server.post('checkTrainingUpload', { source: { kind: 'zip', name: 'm.zip', base64: zip } });
    expect(check.json.result).toMatchObject({ ok: true, modules: [{ id: MODULE, replaced: 'shipped', lessons: 2 }] });
    expect(addedFiles()).toEqual([]);

    const added = await server.post('importTrainingModules', { source: { kind: 'zip', name: 'm.zip', base64: zip } });
    expect(added.json.result).toMatchObject({ modules: [{ id: MODULE, replaced: 'shipped' }] });
    expect(addedFiles()).toEqual([
      MODULE,
      `${MODULE}/01-show-the-jar.en.md`,
      `${MODULE}/01-show-the-jar.vi.md`,
      `${MODULE}/02-take-orders.en.md`,
      `${MODULE}/02-take-orders.vi.md`,
      `${MODULE}/images`,
      `${MODULE}/images/jar-light.svg`,
      `${MODULE}/module.yaml`,
    ]);
    const list = (await server.post('listTrainingModules', {})).json.result as { modules: { title: { vi: string }; source: string; replacesShipped: boolean }[] };
    expect(list.modules).toEqual([expect.objectContaining({ title: expect.objectContaining({ vi: 'Bán mật ong (bản của lớp)' }), source: 'added', replacesShipped: true })]);
    const picture = await fetch(`${server.url}/training-assets/${MODULE}/images/jar-light.svg`);
    expect(picture.status).toBe(200);

    const removed = await server.post('removeTrainingModule', { moduleId: MODULE });
    expect(removed.json.result).toEqual({ removed: true, restoredShipped: true });
    const after = (await server.post('listTrainingModules', {})).json.result as { modules: { source: string }[] };
    expect(after.modules).toEqual([expect.objectContaining({ source: 'shipped' })]);
    const again = await server.post('removeTrainingModule', { moduleId: MODULE });
    expect(again.status).toBe(409);
  });

  it('adds a module uploaded as a folder of files', async () => {
    const files = [...readFolderTree(fixturePath('training/good/01-honey-basics'))].map(([path, bytes]) => ({
      path: `hoc-phan-moi/${path}`,
      base64: Buffer.from(bytes).toString('base64'),
    }));
    const renamed = files.map((file) =>
      file.path.endsWith('module.yaml')
        ? { ...file, base64: Buffer.from(Buffer.from(file.base64, 'base64').toString('utf8').replace('id: honey-basics', 'id: honey-extra').replace('order: 1', 'order: 9')).toString('base64') }
        : file,
    );
    const added = await server.post('importTrainingModules', { source: { kind: 'files', name: 'hoc-phan-moi', files: renamed } });
    expect(added.json.result).toMatchObject({ modules: [{ id: 'honey-extra', replaced: null }] });
    const list = (await server.post('listTrainingModules', {})).json.result as { modules: { id: string }[] };
    expect(list.modules.map((m) => m.id)).toEqual([MODULE, 'honey-extra']);
  });
});
