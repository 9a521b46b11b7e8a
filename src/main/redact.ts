// Secrets never reach the log: the values the secret store hands out are
// remembered and blotted out wherever they appear, and anything shaped like a
// credential (password=…, "token": "…", Bearer …, user:pass@host, API keys)
// is blotted out even when we never saw the value.

export const REDACTED = '[REDACTED]';

/** Names whose value is a credential: password, apiKey, access_token, pageToken, client_secret, authorization, cookie… */
const SECRET_NAME = String.raw`[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd|token|secret|api[_-]?key|apikey|authorization|cookie|signing[_-]?key|credential)[A-Za-z0-9_.-]*`;
const VALUE = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,;&"'}\])]+`;

const NAMED_VALUE = new RegExp(String.raw`(["']?${SECRET_NAME}["']?\s*[:=]\s*)(${VALUE})`, 'gi');
const AUTH_SCHEME = /\b(Bearer|Basic|OAuth)\s+[A-Za-z0-9._~+/=-]{6,}/gi;
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+):([^/\s@]+)@/gi;
const QUERY_CREDENTIAL = /([?&](?:key|token|access_token|auth|sig|signature|password)=)[^&\s"'#]+/gi;
/** Shapes of keys the platforms hand out: Google API keys, Facebook tokens, Twitch IRC tokens, JWTs. */
const TOKEN_SHAPES = [/\bAIza[0-9A-Za-z_-]{30,}/g, /\bEAA[A-Za-z0-9]{20,}/g, /\boauth:[A-Za-z0-9]{10,}/gi, /\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/g];

function quoteLike(original: string): string {
  const first = original[0];
  return first === '"' || first === "'" ? `${first}${REDACTED}${first}` : REDACTED;
}

export class Redactor {
  private readonly known = new Set<string>();

  /** A secret value to blot out of every later line (values shorter than 4 characters would blot out ordinary words). */
  remember(value: string): void {
    if (value.length >= 4) this.known.add(value);
  }

  forget(value: string): void {
    this.known.delete(value);
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is blotted out whole.
    for (const secret of [...this.known].sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
    // The scheme first: "Authorization: Bearer x" names its value by the scheme, not the header.
    out = out.replace(AUTH_SCHEME, (_match, scheme: string) => `${scheme} ${REDACTED}`);
    out = out.replace(NAMED_VALUE, (_match, name: string, value: string) => `${name}${quoteLike(value)}`);
    out = out.replace(URL_USERINFO, (_match, scheme: string, user: string) => `${scheme}${user}:${REDACTED}@`);
    out = out.replace(QUERY_CREDENTIAL, (_match, name: string) => `${name}${REDACTED}`);
    for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
    return out;
  }
}
