// Web mode's secret store: one JSON file in the data folder that only its
// owner can read (mode 0600), written atomically (temp file + rename) so a
// crash never leaves half a file. Values never reach a log or an error text.
// Electron uses safeStorage instead (src/main).
import { chmod, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { assertSecretKey, type SecretStore } from './secret-store';

export const SECRETS_FILE_NAME = 'secrets.json';
const fileSchema = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string()) });

export class FileSecretStore implements SecretStore {
  /** Writes one at a time, in call order. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  static inDataDir(dataDir: string): FileSecretStore {
    return new FileSecretStore(join(dataDir, SECRETS_FILE_NAME));
  }

  async get(key: string): Promise<string | undefined> {
    assertSecretKey(key);
    await this.queue.catch(() => undefined);
    return (await this.read())[key];
  }

  async set(key: string, value: string): Promise<void> {
    assertSecretKey(key);
    if (typeof value !== 'string' || value.length === 0 || value.length > 10_000) {
      throw new Error(`The value for ${key} must be 1 to 10000 characters`);
    }
    return this.update((secrets) => {
      secrets[key] = value;
    });
  }

  async delete(key: string): Promise<void> {
    assertSecretKey(key);
    return this.update((secrets) => {
      delete secrets[key];
    });
  }

  /** Which keys hold a value (never the values): what the UI shows as "saved". */
  async keys(): Promise<string[]> {
    await this.queue.catch(() => undefined);
    return Object.keys(await this.read()).sort();
  }

  private update(change: (secrets: Record<string, string>) => void): Promise<void> {
    const next = this.queue.catch(() => undefined).then(async () => {
      const secrets = await this.read();
      change(secrets);
      await this.write(secrets);
    });
    this.queue = next;
    return next;
  }

  private async read(): Promise<Record<string, string>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new Error(`Cannot read the secrets file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = fileSchema.safeParse(json);
    if (parsed.success) return { ...parsed.data.secrets };
    // A damaged file is moved aside (never printed) so new keys can be saved; the old one stays for the user.
    await rename(this.path, `${this.path}.damaged-${Date.now()}`).catch(() => undefined);
    return {};
  }

  private async write(secrets: Record<string, string>): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify({ version: 1, secrets }, null, 2), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    // An older file created by hand keeps its mode through rename on some systems: make sure.
    if (process.platform !== 'win32') {
      const mode = (await stat(this.path)).mode & 0o777;
      if (mode !== 0o600) await chmod(this.path, 0o600);
    }
  }
}

/** For tests and one-off CLI runs: secrets that live only as long as the process. */
export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();

  async get(key: string): Promise<string | undefined> {
    assertSecretKey(key);
    return this.values.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    assertSecretKey(key);
    this.values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    assertSecretKey(key);
    this.values.delete(key);
  }
}
