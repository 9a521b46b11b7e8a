// The training library: modules shipped with the app (assets/training) plus
// modules a trainer added (the data folder's training/, one folder per module
// id). An added module with a shipped module's id replaces it; removing the
// added one brings the shipped one back. Adding is all-or-nothing.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { sortModules, type TrainingModule } from '../../core/training/content';
import type { ContentIssue } from '../../core/training/validate-content';
import { checkContentRoot, checkUpload, hasErrors } from './content-reader';
import { readFolderTree, subTree, TreeReadError, type FileTree } from './file-tree';

export type ModuleSource = 'shipped' | 'added';

export interface LibraryModule extends TrainingModule {
  source: ModuleSource;
  /** The folder the module's files are read from. */
  dir: string;
  /** An added module that stands in for a shipped one with the same id. */
  replacesShipped: boolean;
}

export interface LibrarySnapshot {
  modules: LibraryModule[];
  /** Problems in the content on disk; modules with errors are left out. */
  issues: ContentIssue[];
}

export interface ImportedModule {
  id: string;
  title: { vi: string; en: string };
  lessons: number;
  replaced: ModuleSource | null;
}

/** A refused upload: nothing was written. */
export class TrainingImportError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.filter((issue) => issue.severity === 'error').length} error(s) in the training content`);
  }
}

export const DEFAULT_SHIPPED_DIR = fileURLToPath(new URL('../../../assets/training', import.meta.url));

const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

function emptyTree(): FileTree {
  return new Map();
}

/** Folder paths with their modification times: cheap to take, changes when content does. */
function signature(dir: string): string {
  if (!existsSync(dir)) return '';
  const parts: string[] = [];
  const walk = (path: string, depth: number) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory() && depth < 3) walk(full, depth + 1);
      else if (entry.isFile()) {
        const stat = statSync(full);
        parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(dir, 0);
  return parts.join('|');
}

export class TrainingLibrary {
  private cache: { key: string; snapshot: LibrarySnapshot } | null = null;

  constructor(
    readonly shippedDir: string,
    /** <dataDir>/training */
    readonly addedDir: string,
  ) {}

  private readRoot(dir: string, source: ModuleSource): LibrarySnapshot & { roots: Map<string, string> } {
    let tree: FileTree;
    try {
      tree = existsSync(dir) ? readFolderTree(dir) : emptyTree();
    } catch (error) {
      if (!(error instanceof TreeReadError)) throw error;
      return { modules: [], roots: new Map(), issues: [{ severity: 'error', file: dir, message: error.messageVi, messageEn: error.messageEn }] };
    }
    const check = checkContentRoot(tree, { checkFolderNames: source === 'shipped' });
    const roots = new Map<string, string>();
    const modules = check.modules.map(({ module, root }) => {
      roots.set(module.id, root);
      return { ...module, source, dir: join(dir, root), replacesShipped: false };
    });
    return { modules, issues: check.issues, roots };
  }

  /** The current modules, re-read when a file in either folder changed. */
  snapshot(): LibrarySnapshot {
    const key = `${signature(this.shippedDir)}#${signature(this.addedDir)}`;
    if (this.cache?.key === key) return this.cache.snapshot;
    const shipped = this.readRoot(this.shippedDir, 'shipped');
    const added = this.readRoot(this.addedDir, 'added');
    const addedIds = new Set(added.modules.map((m) => m.id));
    const shippedIds = new Set(shipped.modules.map((m) => m.id));
    const modules = sortModules([
      ...shipped.modules.filter((m) => !addedIds.has(m.id)),
      ...added.modules.map((m) => ({ ...m, replacesShipped: shippedIds.has(m.id) })),
    ]);
    const snapshot = { modules, issues: [...shipped.issues, ...added.issues] };
    this.cache = { key, snapshot };
    return snapshot;
  }

  module(id: string): LibraryModule | undefined {
    return this.snapshot().modules.find((m) => m.id === id);
  }

  /** A picture of a module by its validated relative path; anything else (../, unknown names) is not found. */
  asset(moduleId: string, path: string): { file: string; contentType: string } | null {
    const module = this.module(moduleId);
    if (!module || !module.images.includes(path)) return null;
    const extension = path.split('.').pop()?.toLowerCase() ?? '';
    const contentType = IMAGE_TYPES[extension];
    if (!contentType) return null;
    return { file: join(module.dir, ...path.split('/')), contentType };
  }

  /** Checks an upload without writing anything. */
  check(tree: FileTree, name: string): { modules: TrainingModule[]; issues: ContentIssue[] } {
    const check = checkUpload(tree, name);
    return { modules: check.modules.map((m) => m.module), issues: check.issues };
  }

  /**
   * Adds or replaces modules from an upload. Every module is checked first;
   * one error refuses them all. Files are staged, re-checked from disk, then
   * moved in; if a move fails the earlier ones are put back.
   */
  import(tree: FileTree, name: string): { modules: ImportedModule[]; issues: ContentIssue[] } {
    const check = checkUpload(tree, name);
    if (hasErrors(check.issues) || check.modules.length === 0) throw new TrainingImportError(check.issues);

    const before = this.snapshot();
    mkdirSync(this.addedDir, { recursive: true });
    const token = randomBytes(6).toString('hex');
    const staging = join(this.addedDir, `.staging-${token}`);
    const trash = join(this.addedDir, `.trash-${token}`);
    const moved: { from: string; to: string }[] = [];
    try {
      for (const { module, root } of check.modules) {
        const files = subTree(tree, root);
        const keep = (path: string) =>
          path === 'module.yaml' || module.images.includes(path) || module.lessons.some((l) => path === l.vi.file || path === l.en?.file);
        for (const [path, bytes] of files) {
          if (!keep(path)) continue;
          const target = join(staging, module.id, ...path.split('/'));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, bytes);
        }
      }
      const staged = checkContentRoot(readFolderTree(staging), { checkFolderNames: false });
      if (hasErrors(staged.issues) || staged.modules.length !== check.modules.length) throw new TrainingImportError(staged.issues);

      for (const { module } of check.modules) {
        const target = join(this.addedDir, module.id);
        if (existsSync(target)) {
          mkdirSync(trash, { recursive: true });
          renameSync(target, join(trash, module.id));
          moved.push({ from: target, to: join(trash, module.id) });
        }
        renameSync(join(staging, module.id), target);
        moved.push({ from: join(staging, module.id), to: target });
      }
    } catch (error) {
      for (const move of moved.reverse()) {
        try {
          renameSync(move.to, move.from);
        } catch (undoError) {
          console.error('[training] could not undo a move', move, undoError);
        }
      }
      throw error;
    } finally {
      rmSync(staging, { recursive: true, force: true });
      rmSync(trash, { recursive: true, force: true });
      this.cache = null;
    }

    return {
      modules: check.modules.map(({ module }) => {
        const previous = before.modules.find((m) => m.id === module.id);
        return { id: module.id, title: module.title, lessons: module.lessons.length, replaced: previous?.source ?? null };
      }),
      issues: check.issues,
    };
  }

  /** Removes a module a trainer added; a shipped module of that id shows again. */
  remove(moduleId: string): { removed: boolean; restoredShipped: boolean } {
    const target = join(this.addedDir, moduleId);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(moduleId) || !existsSync(target)) return { removed: false, restoredShipped: false };
    const trash = join(this.addedDir, `.trash-${randomBytes(6).toString('hex')}`);
    mkdirSync(trash, { recursive: true });
    renameSync(target, join(trash, moduleId));
    rmSync(trash, { recursive: true, force: true });
    this.cache = null;
    return { removed: true, restoredShipped: this.module(moduleId)?.source === 'shipped' };
  }
}
