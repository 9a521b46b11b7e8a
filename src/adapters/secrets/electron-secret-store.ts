// The desktop app's SecretStore: each value encrypted with Electron's
// safeStorage (the OS keychain, DPAPI, or the Linux secret service), the
// ciphertexts kept in one JSON file readable by the user only. Electron's
// module is passed in (adapters do not import Electron), so tests can give a
// stand-in where Electron cannot run.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { assertSecretKey, type SecretStore } from './secret-store';

/** The part of Electron's safeStorage this store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export class SecretEncryptionUnavailableError extends Error {
  readonly code = 'SECRET_ENCRYPTION_UNAVAILABLE';
  constructor() {
    super('The operating system offers no encryption for secrets (safeStorage unavailable); nothing was stored.');
  }
}

const fileSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), z.string()),
});
type SecretFile = z.infer<typeof fileSchema>;

export interface ElectronSecretStoreOptions {
  file: string;
  safeStorage: SafeStorageLike;
  /** Told every value that is stored or read, so the log can blot it out. */
  onReveal?(value: string): void;
}

export class ElectronSecretStore implements SecretStore {
  constructor(private readonly options: ElectronSecretStoreOptions) {}

  /**
   * True when encryption is only obfuscation: Linux with no keyring running
   * ('basic_text'). The values still live in a file only the user can read.
   */
  isWeak(): boolean {
    return this.options.safeStorage.getSelectedStorageBackend?.() === 'basic_text';
  }

  private read(): SecretFile {
    if (!existsSync(this.options.file)) return { version: 1, entries: {} };
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(this.options.file, 'utf8')));
    if (!parsed.success) throw new Error(`The secrets file ${this.options.file} is not in the expected shape`);
    return parsed.data;
  }

  private write(data: SecretFile): void {
    mkdirSync(dirname(this.options.file), { recursive: true });
    const temp = `${this.options.file}.tmp`;
    writeFileSync(temp, JSON.stringify(data), { mode: 0o600 });
    renameSync(temp, this.options.file);
  }

  async get(key: string): Promise<string | undefined> {
    assertSecretKey(key);
    const entries = this.read().entries;
    // Own keys only: "constructor" and friends are names, not stored values.
    const stored = Object.hasOwn(entries, key) ? entries[key] : undefined;
    if (stored === undefined) return undefined;
    const value = this.options.safeStorage.decryptString(Buffer.from(stored, 'base64'));
    this.options.onReveal?.(value);
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    assertSecretKey(key);
    if (!this.options.safeStorage.isEncryptionAvailable()) throw new SecretEncryptionUnavailableError();
    this.options.onReveal?.(value);
    const data = this.read();
    data.entries[key] = this.options.safeStorage.encryptString(value).toString('base64');
    this.write(data);
  }

  async delete(key: string): Promise<void> {
    assertSecretKey(key);
    const data = this.read();
    if (!Object.hasOwn(data.entries, key)) return;
    delete data.entries[key];
    if (Object.keys(data.entries).length === 0) rmSync(this.options.file, { force: true });
    else this.write(data);
  }
}
