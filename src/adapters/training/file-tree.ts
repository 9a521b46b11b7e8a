// A content folder or zip as one in-memory map of safe relative paths to
// bytes, so both are checked by the same code before anything is written.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

export type FileTree = Map<string, Uint8Array>;

export interface TreeLimits {
  maxFiles: number;
  maxTotalBytes: number;
  maxFileBytes: number;
}

export const DEFAULT_LIMITS: TreeLimits = { maxFiles: 2000, maxTotalBytes: 60 * 1024 * 1024, maxFileBytes: 12 * 1024 * 1024 };

/** Why a folder or zip cannot be read at all: nothing of it is used. */
export class TreeReadError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
    readonly file?: string,
  ) {
    super(messageEn);
  }
}

/** Files the OS or archivers add that are never content. */
export function isJunk(path: string): boolean {
  return path.split('/').some((part) => part === '__MACOSX' || part === '.DS_Store' || part === 'Thumbs.db' || part === 'desktop.ini');
}

/**
 * A path from a zip entry or an uploaded folder, made relative and safe: no
 * absolute paths, drive letters or ".." (zip-slip), or null when it is unsafe.
 */
export function safeRelativePath(name: string): string | null {
  const unified = name.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[a-zA-Z]:/.test(unified) || unified.includes('\0')) return null;
  const parts = unified.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.some((part) => part === '..')) return null;
  return parts.join('/');
}

function budget(limits: TreeLimits) {
  let files = 0;
  let total = 0;
  return (path: string, size: number) => {
    files += 1;
    total += size;
    if (files > limits.maxFiles) {
      throw new TreeReadError(`Quá nhiều tệp (tối đa ${limits.maxFiles})`, `Too many files (at most ${limits.maxFiles})`);
    }
    if (size > limits.maxFileBytes) {
      throw new TreeReadError(
        `Tệp ${path} quá lớn (tối đa ${Math.round(limits.maxFileBytes / 1048576)} MB)`,
        `File ${path} is too large (at most ${Math.round(limits.maxFileBytes / 1048576)} MB)`,
        path,
      );
    }
    if (total > limits.maxTotalBytes) {
      throw new TreeReadError(
        `Nội dung quá lớn (tối đa ${Math.round(limits.maxTotalBytes / 1048576)} MB)`,
        `The content is too large (at most ${Math.round(limits.maxTotalBytes / 1048576)} MB)`,
      );
    }
  };
}

/** Every regular file under a folder; symbolic links are not followed. */
export function readFolderTree(dir: string, limits: TreeLimits = DEFAULT_LIMITS): FileTree {
  const tree: FileTree = new Map();
  const count = budget(limits);
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    throw new TreeReadError(`Không tìm thấy thư mục ${dir}`, `Folder ${dir} not found`);
  }
  if (!stat.isDirectory()) throw new TreeReadError(`${dir} không phải thư mục`, `${dir} is not a folder`);
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (isJunk(path)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const bytes = readFileSync(join(dir, path));
        count(path, bytes.length);
        tree.set(path, bytes);
      }
    }
  };
  walk('');
  return tree;
}

export function unzipTree(zip: Uint8Array, limits: TreeLimits = DEFAULT_LIMITS): FileTree {
  const count = budget(limits);
  const unsafe: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      // Sizes are checked from the headers before anything is inflated (zip bombs).
      filter: (file) => {
        if (file.name.endsWith('/') || isJunk(file.name)) return false;
        if (safeRelativePath(file.name) === null) {
          unsafe.push(file.name);
          return false;
        }
        count(file.name, file.originalSize);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof TreeReadError) throw error;
    throw new TreeReadError('Tệp zip hỏng hoặc không phải zip', 'The zip file is damaged or not a zip');
  }
  if (unsafe.length > 0) {
    throw new TreeReadError(
      `Tệp zip có đường dẫn không an toàn (ra ngoài thư mục): ${unsafe.slice(0, 5).join(', ')}`,
      `The zip has unsafe paths (leaving its folder): ${unsafe.slice(0, 5).join(', ')}`,
      unsafe[0],
    );
  }
  const tree: FileTree = new Map();
  for (const [name, bytes] of Object.entries(entries)) tree.set(safeRelativePath(name)!, bytes);
  return tree;
}

/** Uploaded files (a browser folder pick) with their relative paths; unsafe names refuse the whole set. */
export function filesTree(files: readonly { path: string; bytes: Uint8Array }[], limits: TreeLimits = DEFAULT_LIMITS): FileTree {
  const count = budget(limits);
  const tree: FileTree = new Map();
  for (const file of files) {
    const path = safeRelativePath(file.path);
    if (path === null) {
      throw new TreeReadError(`Đường dẫn tệp không an toàn: ${file.path}`, `Unsafe file path: ${file.path}`, file.path);
    }
    if (isJunk(path)) continue;
    count(path, file.bytes.length);
    tree.set(path, file.bytes);
  }
  return tree;
}

/** The files under `prefix/`, with the prefix taken off. */
export function subTree(tree: FileTree, prefix: string): FileTree {
  if (prefix === '') return tree;
  const out: FileTree = new Map();
  for (const [path, bytes] of tree) if (path.startsWith(`${prefix}/`)) out.set(path.slice(prefix.length + 1), bytes);
  return out;
}
