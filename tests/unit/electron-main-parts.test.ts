// The desktop shell's pure parts: log redaction, shortcut keys, window
// placement, the preload bridge, and the "cannot open the order book" advice.
import { describe, expect, it } from 'vitest';
import { commandNames } from '../../src/app/contract';
import type { IpcBridge } from '../../renderer/src/api/client';
import { classifyOpenError, escapeHtml } from '../../src/main/open-problem';
import { REDACTED, Redactor } from '../../src/main/redact';
import { isSafeExternalUrl } from '../../src/main/security';
import { canonicalAccelerator } from '../../src/main/shortcuts';
import { placeWindow } from '../../src/main/window-state';
import { createBridge, EVENT_CHANNEL, type IpcRendererLike } from '../../src/preload/bridge';

describe('log redaction', () => {
  const redactor = new Redactor();

  it('blots out values named like credentials, in JSON, in key=value and in inspected objects', () => {
    const lines = [
      '{"password":"s3cr3t-pw","host":"127.0.0.1"}',
      "{ host: '127.0.0.1', password: 'hunter2' }",
      'obs password=hunter2 port=4455',
      'apiKey: AIzaSyD-abcdefghijklmnopqrstuvwxyz12345',
      'pageToken=EAAGabc123 next',
      'client_secret="xyz 123"',
      'Authorization: Bearer abc.def.ghi-jkl',
    ];
    const out = lines.map((line) => redactor.redact(line));
    expect(out[0]).toBe(`{"password":"${REDACTED}","host":"127.0.0.1"}`);
    expect(out[1]).toBe(`{ host: '127.0.0.1', password: '${REDACTED}' }`);
    expect(out[2]).toBe(`obs password=${REDACTED} port=4455`);
    for (const line of out) expect(line).not.toMatch(/s3cr3t|hunter2|AIzaSy|EAAGabc|xyz 123|abc\.def/);
  });

  it('blots out credentials in URLs and token shapes the platforms use, even unnamed', () => {
    expect(redactor.redact('GET https://www.googleapis.com/youtube/v3/liveChat/messages?part=snippet&key=AIzaSyB12345678901234567890123456789012')).toBe(
      `GET https://www.googleapis.com/youtube/v3/liveChat/messages?part=snippet&key=${REDACTED}`,
    );
    expect(redactor.redact('ws://admin:pa55word@127.0.0.1:4455')).toBe(`ws://admin:${REDACTED}@127.0.0.1:4455`);
    expect(redactor.redact('PASS oauth:abcdefghij0123456789')).toBe(`PASS ${REDACTED}`);
    expect(redactor.redact('failed with EAAGm0PX4ZCpsBAKZCZCXyz1234567890')).toBe(`failed with ${REDACTED}`);
    expect(redactor.redact('jwt eyJhbGciOi.eyJzdWIiOiIx.SflKxwRJSMeKK')).toBe(`jwt ${REDACTED}`);
  });

  it('blots out every value the secret store handed out, wherever it appears', () => {
    const own = new Redactor();
    own.remember('tiktok-sign-key-42');
    own.remember('abc'); // too short to blot out safely: ordinary words would vanish
    expect(own.redact('signing with tiktok-sign-key-42 for abc')).toBe(`signing with ${REDACTED} for abc`);
  });

  it('leaves ordinary chat and order lines alone', () => {
    const line = 'comment from Lan: "chốt 2 hũ mật ong, sđt 0912345678" → order #15, 3 passed, tokens left 5';
    expect(redactor.redact(line)).toBe(line);
  });
});

describe('global shortcut keys', () => {
  it('accepts Electron accelerators and gives one spelling for equal keys', () => {
    expect(canonicalAccelerator('CommandOrControl+Alt+Right')).toBe('alt+commandorcontrol+right');
    expect(canonicalAccelerator('Alt+CmdOrCtrl+right')).toBe('alt+commandorcontrol+right');
    expect(canonicalAccelerator('Ctrl+Shift+Plus')).toBe('control+shift+plus');
    expect(canonicalAccelerator('Option+Esc')).toBe('alt+escape');
    expect(canonicalAccelerator('F13')).toBe('f13');
    expect(canonicalAccelerator('MediaNextTrack')).toBe('medianexttrack');
  });

  it('refuses what is not one key, unknown keys, and bare keys that would break typing in other apps', () => {
    for (const bad of ['', 'Ctrl+', 'Ctrl+Alt', 'Ctrl+A+B', 'Ctrl+Banana', 'A', 'Space', 'F5', 'Shift++']) {
      expect(canonicalAccelerator(bad), bad).toBeUndefined();
    }
  });
});

describe('window placement', () => {
  const screens = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];

  it('keeps a saved place that is on a screen', () => {
    expect(placeWindow({ x: 100, y: 80, width: 1200, height: 800, maximized: false }, screens)).toEqual({ x: 100, y: 80, width: 1200, height: 800 });
  });

  it('drops a place on a screen that is gone, and shrinks a size larger than any screen', () => {
    expect(placeWindow({ x: 2500, y: 80, width: 1200, height: 800, maximized: false }, screens)).toEqual({ width: 1200, height: 800 });
    const small = [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }];
    expect(placeWindow({ x: 0, y: 0, width: 1900, height: 1000, maximized: false }, small)).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });
});

describe('external links', () => {
  it('lets only http(s) pages go to the browser', () => {
    expect(isSafeExternalUrl('https://ocop.gov.vn/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/a')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-settings:', 'vscode://x', 'not a url', 'https://']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('the preload bridge', () => {
  function recordingIpc() {
    const calls: { channel: string; args: unknown[] }[] = [];
    const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
    const ipc: IpcRendererLike = {
      invoke: async (channel, ...args) => {
        calls.push({ channel, args });
        return { ok: true, result: null };
      },
      on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
    };
    return { ipc, calls, listeners };
  }

  it('exposes exactly one named function per command of the contract, plus onEvent', () => {
    const { ipc } = recordingIpc();
    const bridge = createBridge(ipc, commandNames);
    expect(Object.keys(bridge).sort()).toEqual([...commandNames, 'onEvent'].sort());
    // The renderer's client reads window.ocop as an IpcBridge: the shapes agree.
    const typed: IpcBridge = bridge as unknown as IpcBridge;
    expect(typeof typed.listProducts).toBe('function');
  });

  it('sends only the input over ocop:<name>, and hands the page events without the IPC event object', async () => {
    const { ipc, calls, listeners } = recordingIpc();
    const bridge = createBridge(ipc, commandNames);
    await bridge.listProducts!({ query: 'mật ong' });
    expect(calls).toEqual([{ channel: 'ocop:listProducts', args: [{ query: 'mật ong' }] }]);

    const seen: unknown[] = [];
    const stop = bridge.onEvent((event) => seen.push(event));
    const senderEvent = { sender: { send: () => undefined }, ports: [] };
    for (const listener of listeners.get(EVENT_CHANNEL)!) listener(senderEvent, { event: 'catalogChanged', payload: {} });
    expect(seen).toEqual([{ event: 'catalogChanged', payload: {} }]);
    stop();
    expect(listeners.get(EVENT_CHANNEL)!.size).toBe(0);
    expect(() => bridge.onEvent('nope' as never)).toThrow(TypeError);
  });
});

describe('why the order book cannot be opened', () => {
  const at = (error: unknown) => classifyOpenError(error, '/d/ocop-live.db', '/d').kind;
  const sqlite = (code: string) => Object.assign(new Error(code), { code });

  it('tells the reasons apart', () => {
    expect(at(Object.assign(new Error('newer'), { code: 'DATABASE_TOO_NEW' }))).toBe('too-new');
    expect(at(new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115'))).toBe('native-module');
    expect(at(sqlite('SQLITE_NOTADB'))).toBe('damaged');
    expect(at(sqlite('SQLITE_CORRUPT'))).toBe('damaged');
    expect(at(sqlite('SQLITE_BUSY'))).toBe('locked');
    expect(at(sqlite('SQLITE_FULL'))).toBe('disk-full');
    expect(at(sqlite('SQLITE_CANTOPEN'))).toBe('no-access');
    expect(at(sqlite('EACCES'))).toBe('no-access');
    expect(at(new Error('something else'))).toBe('unknown');
  });

  it('escapes text shown on the page', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
  });
});
