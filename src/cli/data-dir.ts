import envPaths from 'env-paths';

/** The OS's per-user app-data folder: ~/.local/share/ocop-live, %LOCALAPPDATA%\ocop-live\Data, ~/Library/Application Support/ocop-live. */
export function defaultDataDir(): string {
  return process.env.OCOP_LIVE_DATA_DIR ?? envPaths('ocop-live', { suffix: '' }).data;
}
