// Is OBS Studio running on this machine? Tells "OBS is not open" apart from
// "OBS is open but its WebSocket server is off" when a connection is refused.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLocalHost(host: string): boolean {
  return LOCAL_HOSTS.has(host.trim().toLowerCase());
}

async function linuxObsRunning(): Promise<boolean> {
  const entries = await readdir('/proc');
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const name = (await readFile(`/proc/${entry}/comm`, 'utf8')).trim();
      if (name === 'obs' || name === 'obs-studio') return true;
    } catch {
      // the process ended while we looked
    }
  }
  return false;
}

function commandOutput(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 3000, windowsHide: true }, (_error, stdout) => resolve(String(stdout ?? '')));
  });
}

/** true / false when it can be told on this OS, null otherwise. */
export async function isObsProcessRunning(): Promise<boolean | null> {
  try {
    if (process.platform === 'linux') return await linuxObsRunning();
    if (process.platform === 'win32') return /obs64\.exe|obs32\.exe/i.test(await commandOutput('tasklist', ['/FI', 'IMAGENAME eq obs64.exe', '/NH']));
    if (process.platform === 'darwin') return (await commandOutput('pgrep', ['-x', 'OBS'])).trim() !== '';
  } catch {
    return null;
  }
  return null;
}
