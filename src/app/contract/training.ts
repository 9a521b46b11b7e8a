// Training: the modules and lessons, learner profiles and their progress,
// the trainer's roster, CSV and certificates, adding trainers' own modules,
// and rehearsal scores.
import { z } from 'zod';
import { defineCommands, defineEvents } from './define';

const bilingual = z.object({ vi: z.string(), en: z.string() });
const language = z.enum(['vi', 'en']).default('vi');
const slug = z.string().trim().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const learnerId = z.number().int().positive();
const lessonRef = z.object({ learnerId, moduleId: slug, lessonId: slug });

export const contentIssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  field: z.string().optional(),
  line: z.number().int().optional(),
  message: z.string(),
  messageEn: z.string(),
});
export type ContentIssueBody = z.infer<typeof contentIssueSchema>;

export const trainingLessonSummarySchema = z.object({
  id: z.string(),
  position: z.number().int(),
  title: bilingual,
  minutes: z.number().int(),
  questions: z.number().int(),
  checklist: z.number().int(),
  hasEnglish: z.boolean(),
});

export const trainingModuleSummarySchema = z.object({
  id: z.string(),
  order: z.number().int(),
  title: bilingual,
  summary: bilingual,
  source: z.enum(['shipped', 'added']),
  replacesShipped: z.boolean(),
  lessons: z.array(trainingLessonSummarySchema),
});
export type TrainingModuleSummary = z.infer<typeof trainingModuleSummarySchema>;

const lessonPointer = z.object({ moduleId: z.string(), lessonId: z.string() }).nullable();

export const trainingLessonSchema = z.object({
  moduleId: z.string(),
  moduleTitle: z.string(),
  lessonId: z.string(),
  language: z.enum(['vi', 'en']),
  title: z.string(),
  minutes: z.number().int(),
  /** Sanitised HTML rendered from the lesson's Markdown. */
  html: z.string(),
  checklist: z.array(z.string()),
  /** The questions without their answers: those come back after submitting. */
  quiz: z.array(z.object({ question: z.string(), choices: z.array(z.string()) })),
  passMark: z.number().int(),
  previous: lessonPointer,
  next: lessonPointer,
});
export type TrainingLesson = z.infer<typeof trainingLessonSchema>;

export const learnerSchema = z.object({ id: z.number().int(), name: z.string(), className: z.string(), createdAt: z.string() });
export type LearnerBody = z.infer<typeof learnerSchema>;

const progressFigures = {
  percent: z.number().int(),
  modulesCompleted: z.number().int(),
  modulesTotal: z.number().int(),
  lessonsCompleted: z.number().int(),
  lessonsTotal: z.number().int(),
  courseCompleted: z.boolean(),
  lastActivityAt: z.string().nullable(),
};

export const learnerSummarySchema = learnerSchema.extend(progressFigures);
export type LearnerSummary = z.infer<typeof learnerSummarySchema>;

export const lessonProgressSchema = z.object({
  lessonId: z.string(),
  read: z.boolean(),
  attempts: z.number().int(),
  bestScore: z.number().int().nullable(),
  total: z.number().int().nullable(),
  passed: z.boolean(),
  completed: z.boolean(),
  completedAt: z.string().nullable(),
});

export const moduleProgressSchema = z.object({
  moduleId: z.string(),
  lessons: z.array(lessonProgressSchema),
  lessonsCompleted: z.number().int(),
  lessonsTotal: z.number().int(),
  completed: z.boolean(),
  completedAt: z.string().nullable(),
});
export type ModuleProgressBody = z.infer<typeof moduleProgressSchema>;

export const learnerProgressSchema = z.object({ learner: learnerSchema, modules: z.array(moduleProgressSchema), ...progressFigures });
export type LearnerProgressBody = z.infer<typeof learnerProgressSchema>;

const quizAttemptSchema = z.object({ score: z.number().int(), total: z.number().int(), passed: z.boolean(), attemptedAt: z.string() });

export const uploadSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('zip'), name: z.string().max(300).default('upload.zip'), base64: z.string().min(1).max(34_000_000) }),
  z.object({
    kind: z.literal('files'),
    name: z.string().max(300).default('folder'),
    files: z.array(z.object({ path: z.string().min(1).max(1000), base64: z.string().max(17_000_000) })).min(1).max(2000),
  }),
  z.object({ kind: z.literal('folder'), path: z.string().min(1).max(4000) }),
]);
export type UploadSource = z.infer<typeof uploadSourceSchema>;

const uploadedModuleSchema = z.object({
  id: z.string(),
  title: bilingual,
  lessons: z.number().int(),
  replaced: z.enum(['shipped', 'added']).nullable(),
});

// Scores kept before the run-of-show and review parts existed lack those fields: still readable.
export const rehearsalScoreSchema = z.object({
  score: z.number().int(),
  orders: z.object({
    expected: z.number().int(),
    captured: z.number().int(),
    wrongQuantity: z.number().int(),
    missed: z.number().int(),
    extra: z.number().int(),
    medianCaptureSeconds: z.number().nullable(),
    throughLearner: z.number().int().optional(),
    capturedThroughLearner: z.number().int().optional(),
    automatic: z.number().int().optional(),
    spoiltAutomatic: z.number().int().optional(),
  }),
  questions: z.object({
    asked: z.number().int(),
    answered: z.number().int(),
    medianAnswerSeconds: z.number().nullable(),
    slowestAnswerSeconds: z.number().nullable(),
  }),
  review: z.object({ entries: z.number().int(), settledRight: z.number().int(), settledWrong: z.number().int(), open: z.number().int() }).optional(),
  showcase: z
    .object({ slots: z.number().int(), onTime: z.number().int(), late: z.number().int(), notShown: z.number().int(), medianDelaySeconds: z.number().nullable() })
    .optional(),
  parts: z.array(z.object({ part: z.enum(['orders', 'review', 'questions', 'speed', 'showcase']), points: z.number(), max: z.number() })).optional(),
  penalty: z.number().optional(),
  mistakes: z.array(
    z.object({
      kind: z.enum(['missed', 'wrong-quantity', 'extra', 'unanswered', 'review-open', 'review-wrong', 'late-showcase', 'not-shown']),
      userName: z.string(),
      code: z.string().optional(),
      expectedQty: z.number().int().optional(),
      capturedQty: z.number().int().optional(),
      question: z.string().optional(),
      seconds: z.number().optional(),
    }),
  ),
});
export type RehearsalScoreBody = z.infer<typeof rehearsalScoreSchema>;

export const rehearsalRecordSchema = z.object({
  id: z.number().int(),
  learnerId: z.number().int(),
  sessionId: z.number().int().nullable(),
  at: z.string(),
  score: rehearsalScoreSchema.nullable(),
});

export const rehearsalStatusSchema = z.object({
  learnerId: z.number().int(),
  learnerName: z.string(),
  sessionId: z.number().int(),
  commentsPerMinute: z.number(),
  minutes: z.number(),
  startedAt: z.string(),
  elapsedSeconds: z.number(),
  sent: z.number().int(),
  planned: z.number().int(),
  audienceDone: z.boolean(),
  /** The sample products are in the catalog for this rehearsal only. */
  sampleCatalog: z.boolean(),
  /** Which product the host should be presenting when (seconds from the start). */
  runOfShow: z.array(z.object({ code: z.string(), name: z.string(), startSecond: z.number(), endSecond: z.number(), graceSeconds: z.number() })),
  questions: z.array(z.object({ ref: z.string(), userName: z.string(), text: z.string(), askedAt: z.string(), answeredAt: z.string().nullable() })),
});
export type RehearsalStatusBody = z.infer<typeof rehearsalStatusSchema>;

export const trainingCommands = defineCommands({
  listTrainingModules: {
    summary: 'The training modules (shipped and added by trainers) with their lessons, and any problems found in the content.',
    input: z.object({}).default({}),
    output: z.object({ modules: z.array(trainingModuleSummarySchema), issues: z.array(contentIssueSchema) }),
  },
  getTrainingLesson: {
    summary: 'One lesson in a language: safe HTML, checklist and quiz questions (answers come after submitting).',
    input: z.object({ moduleId: slug, lessonId: slug, language }),
    output: trainingLessonSchema,
  },
  listLearners: {
    summary: 'The learners on this machine with their overall progress.',
    input: z.object({}).default({}),
    output: z.array(learnerSummarySchema),
  },
  createLearner: {
    summary: 'Add a learner profile.',
    input: z.object({ name: z.string().trim().min(1).max(100), className: z.string().trim().max(100).default('') }),
    output: learnerSchema,
  },
  renameLearner: {
    summary: 'Change a learner’s name or class.',
    input: z.object({ id: learnerId, name: z.string().trim().min(1).max(100), className: z.string().trim().max(100).default('') }),
    output: learnerSchema,
  },
  getLearnerProgress: {
    summary: 'A learner’s progress, module by module and lesson by lesson.',
    input: z.object({ learnerId }),
    output: learnerProgressSchema,
  },
  getLessonState: {
    summary: 'What a learner did in one lesson: read, checklist ticks, quiz attempts.',
    input: lessonRef,
    output: z.object({ read: z.boolean(), ticks: z.array(z.number().int()), attempts: z.array(quizAttemptSchema) }),
  },
  markLessonRead: {
    summary: 'Record that a learner read a lesson (the first time counts).',
    input: lessonRef,
    output: z.object({ read: z.literal(true) }),
  },
  setChecklistItem: {
    summary: 'Tick or untick one checklist item of a lesson for a learner.',
    input: lessonRef.extend({ item: z.number().int().min(0).max(50), done: z.boolean() }),
    output: z.object({ ticks: z.array(z.number().int()) }),
  },
  submitQuiz: {
    summary: 'Score a learner’s quiz answers (choice positions; null for unanswered) and give every choice’s explanation.',
    input: lessonRef.extend({ answers: z.array(z.number().int().min(0).nullable()).min(1).max(20), language }),
    output: z.object({
      score: z.number().int(),
      total: z.number().int(),
      passed: z.boolean(),
      passMark: z.number().int(),
      questions: z.array(
        z.object({ chosen: z.number().int().nullable(), correctChoice: z.number().int(), correct: z.boolean(), explanations: z.array(z.string()) }),
      ),
      lessonCompleted: z.boolean(),
      moduleCompleted: z.boolean(),
    }),
  },
  getClassRoster: {
    summary: 'The trainer’s view: every learner (or one class), in Vietnamese alphabetical order, with progress and quiz results per module and their latest rehearsal score.',
    input: z.object({ className: z.string().max(100).optional() }).default({}),
    output: z.object({
      classes: z.array(z.string()),
      modules: z.array(z.object({ id: z.string(), title: bilingual, lessons: z.number().int() })),
      learners: z.array(
        learnerSummarySchema.extend({
          modules: z.array(
            z.object({
              moduleId: z.string(),
              lessonsCompleted: z.number().int(),
              lessonsTotal: z.number().int(),
              completed: z.boolean(),
              /** Quizzes taken of the module's quizzes, and the module's questions right at each quiz's best and latest attempt (whole %, null when none taken). */
              quiz: z.object({ quizzes: z.number().int(), taken: z.number().int(), bestPercent: z.number().int().nullable(), lastPercent: z.number().int().nullable() }),
            }),
          ),
          latestRehearsal: z.object({ score: z.number().int(), at: z.string() }).nullable(),
        }),
      ),
    }),
  },
  exportRosterCsv: {
    summary: 'The class roster as CSV (UTF-8 with BOM for Excel): progress, quiz results per module, latest rehearsal score.',
    input: z.object({ className: z.string().max(100).optional(), language }).default({ language: 'vi' }),
    output: z.object({ csv: z.string(), filename: z.string() }),
  },
  certificatePdf: {
    summary: 'A certificate of completion (PDF, base64) naming the modules the learner completed.',
    input: z.object({ learnerId, trainerName: z.string().trim().max(100).optional() }),
    output: z.object({ base64: z.string(), filename: z.string(), modules: z.number().int() }),
  },
  checkTrainingUpload: {
    summary: 'Check a module folder or zip without adding it: the modules found and every problem.',
    input: z.object({ source: uploadSourceSchema }),
    output: z.object({ ok: z.boolean(), modules: z.array(uploadedModuleSchema), issues: z.array(contentIssueSchema) }),
  },
  importTrainingModules: {
    summary: 'Add or replace modules from a folder or zip; one error refuses the whole upload and nothing changes.',
    input: z.object({ source: uploadSourceSchema }),
    output: z.object({ modules: z.array(uploadedModuleSchema), issues: z.array(contentIssueSchema) }),
  },
  removeTrainingModule: {
    summary: 'Remove a module a trainer added (a shipped module with that id shows again).',
    input: z.object({ moduleId: slug }),
    output: z.object({ removed: z.boolean(), restoredShipped: z.boolean() }),
  },
  startRehearsal: {
    summary:
      'Start a rehearsal: a practice stream session where the simulator plays the audience at a chosen pace (comments per minute), following a run-of-show the learner presents. Refused while a real live session is open.',
    input: z.object({
      learnerId,
      commentsPerMinute: z.number().min(5).max(3000).default(20),
      minutes: z.number().min(0.01).max(60).default(5),
      seed: z.number().int().min(1).max(2_147_483_647).optional(),
      /** Rehearse with the shipped sample products, added for this rehearsal only (refused unless the catalog is empty). */
      sampleCatalog: z.boolean().default(false),
    }),
    output: rehearsalStatusSchema,
  },
  getRehearsal: {
    summary: 'The running rehearsal (null when none): comments sent and the audience’s questions with whether they were answered.',
    input: z.object({}).default({}),
    output: rehearsalStatusSchema.nullable(),
  },
  answerRehearsalQuestion: {
    summary: 'Mark a question of the simulated audience answered (or not), timing the answer.',
    input: z.object({ ref: z.string().min(1).max(200), answered: z.boolean().default(true) }),
    output: rehearsalStatusSchema,
  },
  finishRehearsal: {
    summary:
      'Stop the audience and score the practice: orders that needed the learner captured right, review entries settled right, questions answered and how fast, products on screen in time, mistakes. Then its orders give their stock back and the session ends.',
    input: z.object({}).default({}),
    output: z.object({ id: z.number().int(), learnerId: z.number().int(), sessionId: z.number().int(), at: z.string(), score: rehearsalScoreSchema }),
  },
  abandonRehearsal: {
    summary: 'Stop the running rehearsal without a score: its practice orders give their stock back and the session ends.',
    input: z.object({}).default({}),
    output: z.object({ sessionId: z.number().int() }),
  },
  listRehearsals: {
    summary: 'A learner’s rehearsal scores, newest first.',
    input: z.object({ learnerId }),
    output: z.array(rehearsalRecordSchema),
  },
});

export const trainingEvents = defineEvents({
  /** Modules were added, replaced or removed. */
  trainingContentChanged: z.object({ reason: z.enum(['imported', 'removed']), moduleIds: z.array(z.string()) }),
  /** A learner was added or renamed, or made progress. */
  learnerChanged: z.object({ learnerId: z.number().int(), reason: z.enum(['created', 'renamed', 'progress', 'rehearsal']) }),
  /** The running rehearsal changed (a comment sent, a question answered), started (status) or finished (null). */
  rehearsalChanged: z.object({ rehearsal: rehearsalStatusSchema.nullable() }),
});
