// Where comments are parsed: on this thread for a few at a time (lowest
// latency), on a worker thread for bursts (the other core parses batch N+1
// while this one writes batch N). Both parse with the same catalog; a
// catalog change rebuilds both before the next batch.
import { Worker } from 'node:worker_threads';
import { createParser } from '../../core/parser';
import type { CatalogEntry, Intent, ParseResult } from '../../core/parser/parse-result';

interface Parser {
  parse(text: string, options: { showcase?: string | null }): ParseResult;
}

const fallback: ParseResult = { intent: 'other' as Intent, items: [], phone: null };

export interface ParseJob {
  text: string;
  showcase: string | null;
}

export class ParserHost {
  private parser: Parser | undefined;
  private worker: Worker | undefined;
  private workerReady = false;
  private workerBroken = false;
  private nextId = 1;
  private readonly waiting = new Map<number, { jobs: readonly ParseJob[]; resolve(results: ParseResult[]): void }>();

  constructor(
    private readonly catalog: () => CatalogEntry[],
    private readonly options: { useWorker: boolean },
  ) {}

  /** Parses on this thread. The parser promises never to throw; if it ever does, the comment is chatter rather than a lost batch. */
  parse(job: ParseJob): ParseResult {
    this.parser ??= createParser(this.catalog());
    try {
      return this.parser.parse(job.text, { showcase: job.showcase });
    } catch (error) {
      console.error('[ingest] parser threw on a comment:', error);
      return fallback;
    }
  }

  /** True when a worker can take a batch now. */
  get canOffload(): boolean {
    if (!this.options.useWorker || this.workerBroken) return false;
    this.startWorker();
    return this.workerReady;
  }

  /** Parses a batch on the worker; falls back to this thread if the worker fails. */
  parseMany(jobs: readonly ParseJob[]): Promise<ParseResult[]> {
    const worker = this.worker;
    if (!worker || !this.workerReady) return Promise.resolve(jobs.map((job) => this.parse(job)));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, { jobs, resolve });
      worker.ref(); // a pending batch keeps the process alive until it is parsed
      worker.postMessage({ type: 'parse', id, texts: jobs.map((job) => job.text), showcases: jobs.map((job) => job.showcase) });
    });
  }

  /** The catalog changed: the next parse, here or on the worker, uses the new one. */
  catalogChanged(): void {
    this.parser = undefined;
    if (this.worker && this.workerReady) this.worker.postMessage({ type: 'catalog', catalog: this.catalog() });
  }

  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.workerReady = false;
    this.workerBroken = true;
    this.failPending();
    void worker?.terminate();
  }

  private startWorker(): void {
    if (this.worker || this.workerBroken) return;
    try {
      const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), {
        workerData: { parserUrl: new URL('../../core/parser/index.ts', import.meta.url).href, catalog: this.catalog() },
        // The parent's loader flags (tsx) come along; a worker must not inherit a debugger port or eval code.
        execArgv: process.execArgv.filter((arg) => !arg.startsWith('--inspect') && !arg.startsWith('--eval') && !arg.startsWith('-e')),
      });
      worker.unref(); // never keeps the app alive by itself
      worker.on('message', (message: { ready?: true; id?: number; json?: string }) => {
        if (message.ready) {
          this.workerReady = true;
          return;
        }
        const job = this.waiting.get(message.id!);
        if (!job) return;
        this.waiting.delete(message.id!);
        if (this.waiting.size === 0) this.worker?.unref();
        const results = JSON.parse(message.json!) as (ParseResult | null)[];
        job.resolve(results.map((result, i) => result ?? this.parse(job.jobs[i]!)));
      });
      worker.on('error', (error) => {
        console.error('[ingest] parse worker failed; parsing on the main thread from now on:', error);
        this.workerBroken = true;
        this.workerReady = false;
        this.failPending();
      });
      worker.on('exit', () => {
        this.workerReady = false;
        this.failPending();
      });
      this.worker = worker;
    } catch (error) {
      console.error('[ingest] no parse worker; parsing on the main thread:', error);
      this.workerBroken = true;
    }
  }

  /** Whatever the worker still had is parsed here: nothing is lost with it. */
  private failPending(): void {
    for (const [id, job] of this.waiting) {
      this.waiting.delete(id);
      job.resolve(job.jobs.map((one) => this.parse(one)));
    }
  }
}
