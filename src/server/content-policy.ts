// The Content-Security-Policy of the app's own pages, written once. index.html
// carries it as a <meta> (put in at build time, vite.config.ts), web mode sends
// it as a header (http-server.ts) and the desktop app's session adds it to every
// response of the app's origin (main/security.ts).
type Directives = readonly (readonly [string, string])[];

const PAGE: Directives = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
];
const CLOSED: Directives = [
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];
/** What a <meta> cannot say (browsers ignore it there): no other site's page may frame the app. */
const NO_FRAMING: Directives = [['frame-ancestors', "'none'"]];

/** index.html: the page's live events come over a websocket from the local server. */
const META: Directives = [...PAGE, ['connect-src', "'self' ws://127.0.0.1:* ws://localhost:*"], ...CLOSED];

const POLICIES = {
  meta: META,
  /** Web mode's header: the page's policy, and no framing. */
  web: [...META, ...NO_FRAMING],
  /** The desktop app: the page talks to the main process over IPC, never a socket; media and workers of its own. */
  desktop: [...PAGE, ['connect-src', "'self'"], ['media-src', "'self' blob:"], ['frame-src', "'self'"], ['worker-src', "'self'"], ...CLOSED, ...NO_FRAMING],
} satisfies Record<string, Directives>;

export function contentSecurityPolicy(where: keyof typeof POLICIES): string {
  return POLICIES[where].map(([name, value]) => `${name} ${value}`).join('; ');
}
