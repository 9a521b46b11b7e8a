// A learner's progress: a lesson is complete when it was read and its quiz
// passed; a module when all its lessons are; the course when all modules are.
// Records of lessons no longer in the content (a module replaced) are ignored.

export interface LessonRead {
  moduleId: string;
  lessonId: string;
  readAt: string;
}

export interface QuizAttemptRecord {
  moduleId: string;
  lessonId: string;
  score: number;
  total: number;
  passed: boolean;
  attemptedAt: string;
}

export interface LessonProgress {
  lessonId: string;
  read: boolean;
  attempts: number;
  bestScore: number | null;
  total: number | null;
  passed: boolean;
  completed: boolean;
  completedAt: string | null;
}

export interface ModuleProgress {
  moduleId: string;
  lessons: LessonProgress[];
  lessonsCompleted: number;
  lessonsTotal: number;
  completed: boolean;
  completedAt: string | null;
}

export interface LearnerProgress {
  modules: ModuleProgress[];
  modulesCompleted: number;
  modulesTotal: number;
  lessonsCompleted: number;
  lessonsTotal: number;
  /** Whole percent of lessons completed. */
  percent: number;
  courseCompleted: boolean;
  lastActivityAt: string | null;
}

export interface ModuleOutline {
  id: string;
  lessons: readonly { id: string }[];
}

const key = (moduleId: string, lessonId: string) => `${moduleId}\u0000${lessonId}`;
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export function computeProgress(
  modules: readonly ModuleOutline[],
  reads: readonly LessonRead[],
  attempts: readonly QuizAttemptRecord[],
): LearnerProgress {
  const readAt = new Map<string, string>();
  for (const read of reads) readAt.set(key(read.moduleId, read.lessonId), read.readAt);
  const byLesson = new Map<string, QuizAttemptRecord[]>();
  for (const attempt of attempts) {
    const list = byLesson.get(key(attempt.moduleId, attempt.lessonId)) ?? [];
    list.push(attempt);
    byLesson.set(key(attempt.moduleId, attempt.lessonId), list);
  }

  let lastActivityAt: string | null = null;
  const moduleProgress = modules.map((module): ModuleProgress => {
    const lessons = module.lessons.map((lesson): LessonProgress => {
      const read = readAt.get(key(module.id, lesson.id)) ?? null;
      const tries = [...(byLesson.get(key(module.id, lesson.id)) ?? [])].sort((a, b) => a.attemptedAt.localeCompare(b.attemptedAt));
      const best = tries.reduce<QuizAttemptRecord | null>(
        (top, attempt) => (top === null || attempt.score / attempt.total > top.score / top.total ? attempt : top),
        null,
      );
      const firstPass = tries.find((attempt) => attempt.passed) ?? null;
      const completed = read !== null && firstPass !== null;
      lastActivityAt = later(lastActivityAt, later(read, tries.at(-1)?.attemptedAt ?? null));
      return {
        lessonId: lesson.id,
        read: read !== null,
        attempts: tries.length,
        bestScore: best?.score ?? null,
        total: best?.total ?? null,
        passed: firstPass !== null,
        completed,
        completedAt: completed ? later(read, firstPass.attemptedAt) : null,
      };
    });
    const lessonsCompleted = lessons.filter((lesson) => lesson.completed).length;
    const completed = lessons.length > 0 && lessonsCompleted === lessons.length;
    return {
      moduleId: module.id,
      lessons,
      lessonsCompleted,
      lessonsTotal: lessons.length,
      completed,
      completedAt: completed ? lessons.reduce<string | null>((at, lesson) => later(at, lesson.completedAt), null) : null,
    };
  });

  const lessonsTotal = moduleProgress.reduce((sum, module) => sum + module.lessonsTotal, 0);
  const lessonsCompleted = moduleProgress.reduce((sum, module) => sum + module.lessonsCompleted, 0);
  const modulesCompleted = moduleProgress.filter((module) => module.completed).length;
  return {
    modules: moduleProgress,
    modulesCompleted,
    modulesTotal: moduleProgress.length,
    lessonsCompleted,
    lessonsTotal,
    percent: lessonsTotal === 0 ? 0 : Math.floor((lessonsCompleted * 100) / lessonsTotal),
    courseCompleted: moduleProgress.length > 0 && modulesCompleted === moduleProgress.length,
    lastActivityAt,
  };
}
