/**
 * Where platform keys and tokens (Twitch, YouTube API key, Facebook page
 * token, TikTok signing key, OBS password) live. Electron backs it with
 * safeStorage; web mode with a file only its user can read. Values are never
 * logged, never sent in events, and never returned to the UI once stored.
 */
export interface SecretStore {
  /** The stored value, or undefined when nothing is stored under this key. */
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  /** Removing a key that is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** Secret keys are short, plain names such as `youtube.apiKey` or `facebook.pageToken`. */
export const SECRET_KEY_PATTERN = /^[a-z][a-zA-Z0-9._-]{0,99}$/;

export function assertSecretKey(key: string): void {
  if (!SECRET_KEY_PATTERN.test(key)) throw new Error(`Invalid secret key name: ${JSON.stringify(key.slice(0, 40))}`);
}
