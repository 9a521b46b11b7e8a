// The window's hardening (Electron's security checklist; the web preferences
// themselves are at `new BrowserWindow` in main-window.ts):
// an isolated, sandboxed renderer without Node, a strict Content-Security-Policy
// on every response, no navigation away from the app, no new windows (web
// links open in the user's browser), no <webview>, every permission denied.
import type { ElectronEvent, Session, Shell, WebContents } from './electron-api';
import { contentSecurityPolicy } from '../server/content-policy';

/** Only web pages go to the browser: no file:, smb:, custom schemes or javascript: that could start programs. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

export interface ContentsGuardOptions {
  shell: Pick<Shell, 'openExternal'>;
  log(message: string): void;
}

/**
 * Applied to every webContents the app creates (app 'web-contents-created'):
 * the page can never leave the app, open a window, or embed a <webview>.
 */
export function guardWebContents(contents: WebContents, options: ContentsGuardOptions): void {
  // The app is one page: any navigation away (a dropped link, a stray
  // location change, a redirect) is refused; in-page routes do not navigate.
  contents.on('will-navigate', (event: ElectronEvent, url: string) => {
    event.preventDefault();
    options.log(`navigation refused: ${url.slice(0, 200)}`);
  });
  contents.on('will-redirect', (event: ElectronEvent, url: string) => {
    event.preventDefault();
    options.log(`redirect refused: ${url.slice(0, 200)}`);
  });
  contents.on('will-attach-webview', (event: ElectronEvent) => {
    event.preventDefault();
    options.log('<webview> refused');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      // Electronegativity's OPEN_EXTERNAL_JS_CHECK asks for review of every openExternal; accepted here
      // (marker at the end of the next line): only http(s) URLs reach the browser, never file:, smb: or
      // custom schemes that could start programs (isSafeExternalUrl, tested in electron-main-parts.test.ts).
      void options.shell.openExternal(url).catch(() => options.log(`could not open ${url.slice(0, 200)} in the browser`)); // eng-disable OPEN_EXTERNAL_JS_CHECK
    } else {
      options.log(`window.open refused: ${url.slice(0, 200)}`);
    }
    return { action: 'deny' };
  });
}

export interface SessionGuardOptions {
  /** The app's own origin (the local server): the only one given a CSP here, and the only one allowed to write the clipboard. */
  appOrigin(): string | undefined;
  log(message: string): void;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Every permission request (camera, microphone, geolocation, notifications,
 * MIDI, HID, serial, fullscreen by pages…) is refused. The one exception is
 * writing plain text to the clipboard from the app's own page ("copy the
 * overlay address for OBS"), which Chromium routes through this handler too.
 */
export function isPermissionGranted(permission: string, requestingUrl: string | undefined, appOrigin: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && appOrigin !== undefined && originOf(requestingUrl) === appOrigin;
}

export function guardSession(session: Session, options: SessionGuardOptions): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl, options.appOrigin());
    if (!granted) options.log(`permission refused: ${permission}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, options.appOrigin()),
  );
  // The page's own <meta> CSP comes with the HTML; this header makes the same
  // promise for every response of the app's origin, whatever the page says.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (originOf(details.url) !== options.appOrigin()) return callback({});
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy('desktop')],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}
