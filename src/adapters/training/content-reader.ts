// Turns files into what core validation checks: YAML parsed (with line
// numbers for errors), front matter split off, image references found.
import { parse, YAMLError } from 'yaml';
import { splitFrontMatter } from '../../core/training/front-matter';
import {
  checkModuleIds,
  validateModuleFolder,
  type ContentIssue,
  type RawModuleFolder,
  type YamlDoc,
} from '../../core/training/validate-content';
import type { TrainingModule } from '../../core/training/content';
import type { FileTree } from './file-tree';
import { imageRefs } from './markdown';

const utf8 = new TextDecoder('utf-8');

export function parseYaml(text: string): YamlDoc {
  try {
    // Aliases are capped so a hostile file cannot blow up memory ("billion laughs").
    return { ok: true, data: parse(text, { maxAliasCount: 50, uniqueKeys: true }) as unknown };
  } catch (error) {
    if (error instanceof YAMLError) {
      return { ok: false, line: error.linePos?.[0]?.line ?? null, message: error.message.split('\n')[0] ?? error.message };
    }
    return { ok: false, line: null, message: String(error) };
  }
}

/** One module folder (its files relative to the folder) as core validation wants it. */
export function readModuleFolder(files: FileTree, folder: string, checkFolderName: boolean): RawModuleFolder {
  const raw: RawModuleFolder = { folder, checkFolderName, moduleFile: null, markdownFiles: [], images: [], otherFiles: [] };
  for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (path === 'module.yaml') {
      raw.moduleFile = parseYaml(utf8.decode(bytes));
    } else if (!path.includes('/') && path.toLowerCase().endsWith('.md')) {
      const split = splitFrontMatter(utf8.decode(bytes));
      raw.markdownFiles.push({
        path,
        frontMatter: split.yaml === null ? null : parseYaml(split.yaml),
        frontMatterLine: split.yamlStartLine,
        body: split.body,
        imageRefs: imageRefs(split.body),
      });
    } else if (path.startsWith('images/')) {
      raw.images.push({ path, size: bytes.length, ...(path.toLowerCase().endsWith('.svg') ? { svg: utf8.decode(bytes) } : {}) });
    } else {
      raw.otherFiles.push(path);
    }
  }
  return raw;
}

export interface CheckedModule {
  module: TrainingModule;
  /** Folder inside the tree ('' when the tree is the module itself). */
  root: string;
}

export interface ContentCheck {
  modules: CheckedModule[];
  issues: ContentIssue[];
}

const hasErrors = (issues: readonly ContentIssue[]) => issues.some((issue) => issue.severity === 'error');

function split(tree: FileTree): Map<string, FileTree> {
  const folders = new Map<string, FileTree>();
  for (const [path, bytes] of tree) {
    const slash = path.indexOf('/');
    if (slash < 0) continue;
    const folder = path.slice(0, slash);
    const files = folders.get(folder) ?? new Map<string, Uint8Array>();
    files.set(path.slice(slash + 1), bytes);
    folders.set(folder, files);
  }
  return folders;
}

/**
 * A content root (assets/training): every folder in it is a module named
 * NN-slug. Folders starting with "." are the app's own (staging) and skipped.
 */
export function checkContentRoot(tree: FileTree, options: { checkFolderNames: boolean } = { checkFolderNames: true }): ContentCheck {
  const issues: ContentIssue[] = [];
  const modules: CheckedModule[] = [];
  for (const [folder, files] of [...split(tree)].sort(([a], [b]) => a.localeCompare(b))) {
    if (folder.startsWith('.')) continue;
    const check = validateModuleFolder(readModuleFolder(files, folder, options.checkFolderNames));
    issues.push(...check.issues);
    if (check.module) modules.push({ module: check.module, root: folder });
  }
  const idIssues = checkModuleIds(modules.map((m) => m.module));
  issues.push(...idIssues);
  const duplicated = new Set(idIssues.map((issue) => issue.file.split('/')[0]));
  return { modules: modules.filter((m) => !duplicated.has(m.root)), issues };
}

/**
 * What a trainer uploads: a single module (module.yaml at the top), a folder
 * holding one, or several module folders. Every module.yaml marks a module.
 */
export function checkUpload(tree: FileTree, name: string): ContentCheck {
  const roots = [...tree.keys()]
    .filter((path) => path === 'module.yaml' || path.endsWith('/module.yaml'))
    .map((path) => path.slice(0, -'module.yaml'.length).replace(/\/$/, ''))
    .sort();
  if (roots.length === 0) {
    return {
      modules: [],
      issues: [
        {
          severity: 'error',
          file: name,
          message: 'Không tìm thấy học phần nào: mỗi học phần cần một tệp module.yaml',
          messageEn: 'No module found: each module needs a module.yaml file',
        },
      ],
    };
  }
  const issues: ContentIssue[] = [];
  const modules: CheckedModule[] = [];
  for (const root of roots) {
    const nested = roots.find((other) => other !== root && (root === '' || other.startsWith(`${root}/`)));
    if (nested !== undefined) {
      issues.push({
        severity: 'error',
        file: `${root || name}/module.yaml`,
        message: `Học phần lồng trong học phần khác (${nested}); hãy để mỗi học phần một thư mục riêng`,
        messageEn: `A module sits inside another (${nested}); give each module its own folder`,
      });
      continue;
    }
    const files = new Map<string, Uint8Array>();
    for (const [path, bytes] of tree) {
      if (root === '') files.set(path, bytes);
      else if (path.startsWith(`${root}/`)) files.set(path.slice(root.length + 1), bytes);
    }
    const folder = root === '' ? name : root.split('/').at(-1)!;
    const check = validateModuleFolder(readModuleFolder(files, folder, false));
    issues.push(...check.issues);
    if (check.module) modules.push({ module: check.module, root });
  }
  issues.push(...checkModuleIds(modules.map((m) => m.module)));
  return { modules: hasErrors(issues) ? [] : modules, issues };
}

export { hasErrors };
