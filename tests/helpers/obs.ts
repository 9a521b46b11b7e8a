// A real OBS Studio for tests: Xvfb on a free display, OBS with a fresh HOME
// whose global.ini turns obs-websocket on (a free port, a password), waited
// for until it listens. Debian's obs-studio has no browser source, so the
// native overlays are what runs here. Each start takes ~3–10 s on 2 cores.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { makeTempDir } from './temp-dir';

export const OBS_BINARY = process.env.OBS_BINARY ?? '/usr/bin/obs';
export const XVFB_BINARY = '/usr/bin/Xvfb';

/** Why the OBS tests cannot run here, or null when they can. */
export function obsMissingReason(): string | null {
  if (!existsSync(OBS_BINARY)) return `OBS Studio not found at ${OBS_BINARY}: apt-get install obs-studio obs-plugins (or set OBS_BINARY)`;
  return null;
}

export interface RunningObs {
  host: string;
  port: number;
  password: string;
  home: string;
  display: string;
  /** Stops OBS only (Xvfb and the profile stay), as when a seller closes OBS. */
  stopObs(): Promise<void>;
  /** Starts OBS again with the same profile and port. */
  startObs(): Promise<void>;
  log(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

function freeDisplay(): number {
  for (let attempt = 0; attempt < 200; attempt++) {
    const n = 100 + Math.floor(Math.random() * 800);
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  throw new Error('No free X display number');
}

function stopProcess(child: ChildProcess | undefined, graceMs = 8000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startObs(options: { password?: string; width?: number; height?: number } = {}): Promise<RunningObs> {
  const temp = makeTempDir('ocop-obs-');
  const home = temp.dir;
  const port = await freePort();
  const password = options.password ?? `pw-${Math.random().toString(36).slice(2, 10)}`;
  const width = options.width ?? 1280;
  const height = options.height ?? 720;
  const config = join(home, '.config', 'obs-studio');
  mkdirSync(config, { recursive: true });
  // obs-websocket 5.1 reads these from global.ini; without FirstLoad=false it makes its own password and stays off.
  writeFileSync(
    join(config, 'global.ini'),
    ['[General]', 'FirstRun=true', '', '[OBSWebSocket]', 'FirstLoad=false', 'ServerEnabled=true', `ServerPort=${port}`, 'AuthRequired=true', `ServerPassword=${password}`, ''].join('\n'),
  );

  let display = '';
  let xvfb: ChildProcess | undefined;
  for (let attempt = 0; attempt < 5 && !xvfb; attempt++) {
    const n = freeDisplay();
    const candidate = spawn(XVFB_BINARY, [`:${n}`, '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
    try {
      await waitFor(() => existsSync(`/tmp/.X11-unix/X${n}`) || candidate.exitCode !== null, 'Xvfb', 10_000);
    } catch {
      candidate.kill('SIGKILL');
      continue;
    }
    if (candidate.exitCode === null) {
      xvfb = candidate;
      display = `:${n}`;
    }
  }
  if (!xvfb) {
    temp.cleanup();
    throw new Error('Could not start Xvfb');
  }

  const logFile = join(home, 'obs-output.log');
  let obs: ChildProcess | undefined;
  const launch = async () => {
    writeFileSync(logFile, '', { flag: 'a' });
    const child = spawn(OBS_BINARY, ['--disable-shutdown-check', '--multi', '--disable-missing-files-check'], {
      env: { ...process.env, HOME: home, DISPLAY: display, LIBGL_ALWAYS_SOFTWARE: '1', XDG_CONFIG_HOME: join(home, '.config') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => writeFileSync(logFile, chunk, { flag: 'a' }));
    child.stderr?.on('data', (chunk: Buffer) => writeFileSync(logFile, chunk, { flag: 'a' }));
    obs = child;
    await waitFor(async () => child.exitCode === null && (await listening(port)), `OBS to listen on ${port}`, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    });
  };

  const stopObs = async () => {
    await stopProcess(obs);
    await waitFor(async () => !(await listening(port)), 'OBS to stop listening', 10_000);
  };
  try {
    await launch();
  } catch (error) {
    await stopProcess(obs);
    await stopProcess(xvfb);
    temp.cleanup();
    throw error;
  }
  return {
    host: '127.0.0.1',
    port,
    password,
    home,
    display,
    stopObs,
    startObs: launch,
    log: () => readFileSync(logFile, 'utf8'),
    async stop() {
      await stopProcess(obs);
      await stopProcess(xvfb, 3000);
      temp.cleanup();
    },
  };
}
