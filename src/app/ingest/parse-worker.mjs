// The comment parser on its own thread, so a burst of comments is parsed on
// one core while the other writes the previous burst to SQLite. Plain
// JavaScript so it starts the same under tsx, vitest and Electron: it loads
// the TypeScript parser through tsx when nothing else has registered it.
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

async function load(url) {
  try {
    return await import(url);
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    // Loader hooks do not reach worker threads in every Node 20: tsx's require compiles in this thread.
    const { require: tsxRequire } = await import('tsx/cjs/api');
    return tsxRequire(fileURLToPath(url), import.meta.url);
  }
}

const { createParser } = await load(workerData.parserUrl);
let parser = createParser(workerData.catalog);

parentPort.on('message', (message) => {
  if (message.type === 'catalog') {
    parser = createParser(message.catalog);
    return;
  }
  const results = new Array(message.texts.length);
  for (let i = 0; i < message.texts.length; i += 1) {
    try {
      results[i] = parser.parse(message.texts[i], { showcase: message.showcases[i] });
    } catch {
      results[i] = null; // the main thread parses this one again and logs what went wrong
    }
  }
  // One JSON string: cheaper to hand over than a thousand cloned objects.
  parentPort.postMessage({ id: message.id, json: JSON.stringify(results) });
});
parentPort.postMessage({ ready: true });
