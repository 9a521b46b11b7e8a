import { basename, join } from 'node:path';
import { lessonText, type Language, type Lesson } from '../../core/training/content';
import { computeProgress, type LearnerProgress } from '../../core/training/progress';
import { moduleQuizResults } from '../../core/training/quiz-results';
import { passMark, QuizAnswerError, scoreQuiz } from '../../core/training/quiz';
import { foldVietnamese } from '../../core/text/fold';
import { filesTree, readFolderTree, TreeReadError, unzipTree, type FileTree } from '../../adapters/training/file-tree';
import { DEFAULT_SHIPPED_DIR, TrainingImportError, TrainingLibrary, type LibraryModule } from '../../adapters/training/library';
import { LearnerStore, type Learner } from '../../adapters/training/learner-store';
import { renderLessonHtml } from '../../adapters/training/markdown';
import { rosterToCsv } from '../../adapters/training/roster-csv';
import { CertificateFontMissingError, renderCertificate } from '../../adapters/pdf/certificate';
import { rehearsalScoreSchema, type trainingCommands, type UploadSource } from '../contract/training';
import { AppError, notFound } from '../errors';
import type { AppContext } from '../app-context';
import type { HandlersFor } from './define';
import { rehearsalServiceOf } from '../training/rehearsal-service';
import { oncePer } from '../once-per';

// One library per app: it caches parsed content and re-reads it when files change.
/** Shipped modules come from OCOP_TRAINING_DIR when set (tests, a trainer's own build), else assets/training. */
export const trainingLibrary = oncePer(
  (ctx: AppContext) => new TrainingLibrary(process.env.OCOP_TRAINING_DIR || DEFAULT_SHIPPED_DIR, join(ctx.dataDir, 'training')),
);

const learners = (ctx: AppContext) => new LearnerStore(ctx.db);

function findLearner(ctx: AppContext, id: number): Learner {
  const learner = learners(ctx).get(id);
  if (!learner) throw notFound('học viên', 'Learner');
  return learner;
}

function findLesson(ctx: AppContext, moduleId: string, lessonId: string): { module: LibraryModule; lesson: Lesson } {
  const module = trainingLibrary(ctx).module(moduleId);
  if (!module) throw notFound(`học phần "${moduleId}"`, `Module "${moduleId}"`);
  const lesson = module.lessons.find((l) => l.id === lessonId);
  if (!lesson) throw notFound(`bài "${lessonId}" trong học phần "${moduleId}"`, `Lesson "${lessonId}" of module "${moduleId}"`);
  return { module, lesson };
}

function progressOf(ctx: AppContext, learnerId: number): LearnerProgress {
  const store = learners(ctx);
  return computeProgress(trainingLibrary(ctx).snapshot().modules, store.reads(learnerId), store.attempts(learnerId));
}

const summaryOf = (learner: Learner, progress: LearnerProgress) => ({
  ...learner,
  percent: progress.percent,
  modulesCompleted: progress.modulesCompleted,
  modulesTotal: progress.modulesTotal,
  lessonsCompleted: progress.lessonsCompleted,
  lessonsTotal: progress.lessonsTotal,
  courseCompleted: progress.courseCompleted,
  lastActivityAt: progress.lastActivityAt,
});

function neighbours(modules: readonly LibraryModule[], moduleId: string, lessonId: string) {
  const flat = modules.flatMap((m) => m.lessons.map((l) => ({ moduleId: m.id, lessonId: l.id })));
  const index = flat.findIndex((entry) => entry.moduleId === moduleId && entry.lessonId === lessonId);
  return { previous: flat[index - 1] ?? null, next: flat[index + 1] ?? null };
}

function assetUrl(module: LibraryModule, path: string): string | null {
  if (!module.images.includes(path)) return null;
  // Relative, so it resolves against wherever the UI is served from.
  return `training-assets/${encodeURIComponent(module.id)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

function uploadTree(source: UploadSource): { tree: FileTree; name: string } {
  switch (source.kind) {
    case 'zip':
      return { tree: unzipTree(Buffer.from(source.base64, 'base64')), name: source.name };
    case 'files':
      return { tree: filesTree(source.files.map((file) => ({ path: file.path, bytes: Buffer.from(file.base64, 'base64') }))), name: source.name };
    case 'folder':
      return { tree: readFolderTree(source.path), name: basename(source.path) };
  }
}

function unreadable(error: TreeReadError): AppError {
  return new AppError(
    'TRAINING_UPLOAD_UNREADABLE',
    `Không đọc được nội dung tải lên: ${error.messageVi}. Chưa thay đổi gì.`,
    `The upload cannot be read: ${error.messageEn}. Nothing was changed.`,
    422,
    [{ severity: 'error', file: error.file ?? '', message: error.messageVi, messageEn: error.messageEn }],
  );
}

function invalidContent(error: TrainingImportError): AppError {
  const count = error.issues.filter((issue) => issue.severity === 'error').length;
  return new AppError(
    'TRAINING_CONTENT_INVALID',
    `Nội dung có ${count} lỗi; chưa thêm hay thay học phần nào. Sửa các lỗi được liệt kê rồi thử lại.`,
    `The content has ${count} error(s); no module was added or replaced. Fix the listed problems and try again.`,
    422,
    error.issues,
  );
}

const fileSafe = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'hoc-vien';

export const trainingHandlers: HandlersFor<typeof trainingCommands> = {
  listTrainingModules: (_input, ctx) => {
    const snapshot = trainingLibrary(ctx).snapshot();
    return {
      modules: snapshot.modules.map((module) => ({
        id: module.id,
        order: module.order,
        title: module.title,
        summary: module.summary,
        source: module.source,
        replacesShipped: module.replacesShipped,
        lessons: module.lessons.map((lesson) => ({
          id: lesson.id,
          position: lesson.position,
          title: { vi: lesson.vi.title, en: lesson.en?.title ?? lesson.vi.title },
          minutes: lesson.vi.minutes,
          questions: lesson.vi.quiz.length,
          checklist: lesson.vi.checklist.length,
          hasEnglish: lesson.en !== null,
        })),
      })),
      issues: snapshot.issues,
    };
  },

  getTrainingLesson: ({ moduleId, lessonId, language }, ctx) => {
    const { module, lesson } = findLesson(ctx, moduleId, lessonId);
    const text = lessonText(lesson, language);
    const shown: Language = language === 'en' && lesson.en ? 'en' : 'vi';
    return {
      moduleId,
      moduleTitle: module.title[shown],
      lessonId,
      language: shown,
      title: text.title,
      minutes: text.minutes,
      html: renderLessonHtml(text.body, { imageUrl: (path) => assetUrl(module, path) }),
      checklist: text.checklist,
      quiz: text.quiz.map((question) => ({ question: question.question, choices: question.choices.map((choice) => choice.text) })),
      passMark: passMark(text.quiz.length),
      ...neighbours(trainingLibrary(ctx).snapshot().modules, moduleId, lessonId),
    };
  },

  listLearners: (_input, ctx) => learners(ctx).list().map((learner) => summaryOf(learner, progressOf(ctx, learner.id))),

  createLearner: ({ name, className }, ctx) => {
    const learner = learners(ctx).create(name.normalize('NFC'), className.normalize('NFC'), ctx.now().toISOString());
    ctx.events.emit('learnerChanged', { learnerId: learner.id, reason: 'created' });
    return learner;
  },

  renameLearner: ({ id, name, className }, ctx) => {
    findLearner(ctx, id);
    const learner = learners(ctx).rename(id, name.normalize('NFC'), className.normalize('NFC'))!;
    ctx.events.emit('learnerChanged', { learnerId: id, reason: 'renamed' });
    return learner;
  },

  getLearnerProgress: ({ learnerId }, ctx) => {
    const learner = findLearner(ctx, learnerId);
    const progress = progressOf(ctx, learnerId);
    return { learner, ...progress };
  },

  getLessonState: ({ learnerId, moduleId, lessonId }, ctx) => {
    findLearner(ctx, learnerId);
    const store = learners(ctx);
    return {
      read: store.reads(learnerId).some((read) => read.moduleId === moduleId && read.lessonId === lessonId),
      ticks: store.ticks(learnerId, moduleId, lessonId),
      attempts: store
        .attempts(learnerId)
        .filter((attempt) => attempt.moduleId === moduleId && attempt.lessonId === lessonId)
        .map(({ score, total, passed, attemptedAt }) => ({ score, total, passed, attemptedAt })),
    };
  },

  markLessonRead: ({ learnerId, moduleId, lessonId }, ctx) => {
    findLearner(ctx, learnerId);
    findLesson(ctx, moduleId, lessonId);
    learners(ctx).markRead(learnerId, moduleId, lessonId, ctx.now().toISOString());
    ctx.events.emit('learnerChanged', { learnerId, reason: 'progress' });
    return { read: true as const };
  },

  setChecklistItem: ({ learnerId, moduleId, lessonId, item, done }, ctx) => {
    findLearner(ctx, learnerId);
    const { lesson } = findLesson(ctx, moduleId, lessonId);
    if (item >= lesson.vi.checklist.length) {
      throw new AppError('NO_SUCH_CHECKLIST_ITEM', `Bài không có mục số ${item + 1}`, `The lesson has no checklist item ${item + 1}`, 400);
    }
    const store = learners(ctx);
    store.setTick(learnerId, moduleId, lessonId, item, done, ctx.now().toISOString());
    return { ticks: store.ticks(learnerId, moduleId, lessonId) };
  },

  submitQuiz: ({ learnerId, moduleId, lessonId, answers, language }, ctx) => {
    findLearner(ctx, learnerId);
    const { lesson } = findLesson(ctx, moduleId, lessonId);
    let result;
    try {
      result = scoreQuiz(lesson.vi.quiz, answers);
    } catch (error) {
      if (error instanceof QuizAnswerError) throw new AppError('QUIZ_ANSWERS_INVALID', error.messageVi, error.messageEn, 400);
      throw error;
    }
    learners(ctx).addAttempt(learnerId, {
      moduleId,
      lessonId,
      answers,
      score: result.score,
      total: result.total,
      passed: result.passed,
      attemptedAt: ctx.now().toISOString(),
    });
    ctx.events.emit('learnerChanged', { learnerId, reason: 'progress' });
    const text = lessonText(lesson, language);
    const progress = progressOf(ctx, learnerId).modules.find((m) => m.moduleId === moduleId);
    return {
      score: result.score,
      total: result.total,
      passed: result.passed,
      passMark: passMark(result.total),
      questions: result.questions.map((question, index) => ({
        ...question,
        explanations: text.quiz[index]!.choices.map((choice) => choice.explanation),
      })),
      lessonCompleted: progress?.lessons.find((l) => l.lessonId === lessonId)?.completed ?? false,
      moduleCompleted: progress?.completed ?? false,
    };
  },

  getClassRoster: ({ className }, ctx) => {
    const modules = trainingLibrary(ctx).snapshot().modules;
    const store = learners(ctx);
    const all = store.list(); // in Vietnamese alphabetical order
    const classes = [...new Set(all.map((learner) => learner.className).filter((name) => name !== ''))].sort(new Intl.Collator('vi').compare);
    const chosen = className === undefined ? all : all.filter((learner) => learner.className === className);
    const outline = modules.map((module) => ({ id: module.id, lessons: module.lessons.map((lesson) => ({ id: lesson.id, questions: lesson.vi.quiz.length })) }));
    return {
      classes,
      modules: modules.map((module) => ({ id: module.id, title: module.title, lessons: module.lessons.length })),
      learners: chosen.map((learner) => {
        const progress = progressOf(ctx, learner.id);
        const quizzes = moduleQuizResults(outline, store.attempts(learner.id));
        const latest = store.latestRehearsal(learner.id);
        const latestScore = latest ? rehearsalScoreSchema.safeParse(latest.score) : undefined;
        return {
          ...summaryOf(learner, progress),
          modules: progress.modules.map(({ moduleId, lessonsCompleted, lessonsTotal, completed }, index) => {
            const { quizzes: count, taken, bestPercent, lastPercent } = quizzes[index]!;
            return { moduleId, lessonsCompleted, lessonsTotal, completed, quiz: { quizzes: count, taken, bestPercent, lastPercent } };
          }),
          latestRehearsal: latest && latestScore?.success ? { score: latestScore.data.score, at: latest.at } : null,
        };
      }),
    };
  },

  exportRosterCsv: async ({ className, language }, ctx) => {
    const roster = await trainingHandlers.getClassRoster({ className }, ctx);
    const csv = rosterToCsv(roster.modules, roster.learners, language);
    const suffix = className ? `-${fileSafe(className)}` : '';
    // BOM so Excel opens Vietnamese names as UTF-8.
    return { csv: '\uFEFF' + csv, filename: `ocop-live-lop-hoc${suffix}-${ctx.now().toISOString().slice(0, 10)}.csv` };
  },

  certificatePdf: async ({ learnerId, trainerName }, ctx) => {
    const learner = findLearner(ctx, learnerId);
    const modules = trainingLibrary(ctx).snapshot().modules;
    const progress = progressOf(ctx, learnerId);
    const done = progress.modules
      .filter((m) => m.completed)
      .map((m) => ({ title: modules.find((module) => module.id === m.moduleId)!.title, completedAt: m.completedAt }));
    if (done.length === 0) {
      throw new AppError(
        'NO_COMPLETED_MODULES',
        `${learner.name} chưa hoàn thành học phần nào: cần đọc xong mọi bài và đạt bài kiểm tra của một học phần.`,
        `${learner.name} has not completed a module yet: every lesson of a module must be read and its quiz passed.`,
        409,
      );
    }
    try {
      const pdf = await renderCertificate({
        learnerName: learner.name,
        className: learner.className,
        modules: done,
        issuedAt: ctx.now(),
        ...(trainerName ? { trainerName } : {}),
      });
      return { base64: pdf.toString('base64'), filename: `chung-nhan-${fileSafe(learner.name)}.pdf`, modules: done.length };
    } catch (error) {
      if (error instanceof CertificateFontMissingError) {
        throw new AppError('FONT_MISSING', 'Thiếu phông chữ tiếng Việt để in giấy chứng nhận (assets/fonts).', 'A font with Vietnamese letters is missing (assets/fonts).', 503);
      }
      throw error;
    }
  },

  checkTrainingUpload: ({ source }, ctx) => {
    let upload;
    try {
      upload = uploadTree(source);
    } catch (error) {
      if (error instanceof TreeReadError) {
        return { ok: false, modules: [], issues: [{ severity: 'error' as const, file: error.file ?? '', message: error.messageVi, messageEn: error.messageEn }] };
      }
      throw error;
    }
    const library = trainingLibrary(ctx);
    const check = library.check(upload.tree, upload.name);
    const ok = check.modules.length > 0 && !check.issues.some((issue) => issue.severity === 'error');
    return {
      ok,
      modules: check.modules.map((module) => ({
        id: module.id,
        title: module.title,
        lessons: module.lessons.length,
        replaced: library.module(module.id)?.source ?? null,
      })),
      issues: check.issues,
    };
  },

  importTrainingModules: ({ source }, ctx) => {
    try {
      const upload = uploadTree(source);
      const result = trainingLibrary(ctx).import(upload.tree, upload.name);
      ctx.events.emit('trainingContentChanged', { reason: 'imported', moduleIds: result.modules.map((m) => m.id) });
      return result;
    } catch (error) {
      if (error instanceof TreeReadError) throw unreadable(error);
      if (error instanceof TrainingImportError) throw invalidContent(error);
      throw error;
    }
  },

  removeTrainingModule: ({ moduleId }, ctx) => {
    const module = trainingLibrary(ctx).module(moduleId);
    if (!module || module.source !== 'added') {
      throw new AppError(
        'NOT_AN_ADDED_MODULE',
        `Chỉ xoá được học phần do giảng viên thêm; "${moduleId}" ${module ? 'có sẵn trong ứng dụng' : 'không tồn tại'}.`,
        `Only modules a trainer added can be removed; "${moduleId}" ${module ? 'ships with the app' : 'does not exist'}.`,
        module ? 409 : 404,
      );
    }
    const result = trainingLibrary(ctx).remove(moduleId);
    ctx.events.emit('trainingContentChanged', { reason: 'removed', moduleIds: [moduleId] });
    return result;
  },

  startRehearsal: (options, ctx) => rehearsalServiceOf(ctx).start(options),
  getRehearsal: (_input, ctx) => rehearsalServiceOf(ctx).status(),
  answerRehearsalQuestion: ({ ref, answered }, ctx) => rehearsalServiceOf(ctx).answer(ref, answered),
  finishRehearsal: (_input, ctx) => rehearsalServiceOf(ctx).finish(),
  abandonRehearsal: (_input, ctx) => rehearsalServiceOf(ctx).abandon(),

  listRehearsals: ({ learnerId }, ctx) => {
    findLearner(ctx, learnerId);
    return learners(ctx)
      .rehearsals(learnerId)
      .map((record) => {
        const score = rehearsalScoreSchema.safeParse(record.score);
        return { id: record.id, learnerId: record.learnerId, sessionId: record.sessionId, at: record.at, score: score.success ? score.data : null };
      });
  },
};
