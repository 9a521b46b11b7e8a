// Small helpers for sources that talk HTTP (YouTube, Facebook): an abortable
// wait, and JSON fetched with a time limit whose errors never carry the URL
// (it holds the key or token).
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
    this.name = 'HttpStatusError';
  }
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** GETs JSON; a non-2xx answer throws HttpStatusError with the parsed body (platform error shapes live there). */
export async function getJson(url: string, signal: AbortSignal, timeoutMs = 15_000): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]), headers: { accept: 'application/json' } });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // not JSON: keep the text
  }
  if (!response.ok) throw new HttpStatusError(response.status, body);
  return body;
}

/** Joins a base URL (which may carry a path, like https://graph.facebook.com/v21.0) and a path with query. */
export function endpointUrl(base: string, path: string, query: Record<string, string | undefined>): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}
