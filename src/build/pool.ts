// Runs documents on a pool of worker threads: each worker loads the tools once; a stuck document is stopped after a time limit.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { DocumentOutcome } from './document';
import { outputName } from './inputs';
import type { WorkerMessage, WorkerSetup } from './worker';

/** The compiled worker script (the pool needs compiled JavaScript: `npm run build`). */
export const WORKER_SCRIPT = join(__dirname, 'worker.js');

/**
 * A worker's heap is not capped by default: measured on 300 documents, any cap on the old generation
 * (160 to 512 MB) lowers peak RSS from ~540 to ~340 MB but costs a quarter of the build's speed, since
 * V8 then collects far more often. TEI_EDITION_WORKER_HEAP_MB sets a cap for machines short of memory;
 * a document that needs more than it (a transcript of megabytes) is given back to the build, which
 * makes it in its main thread.
 */
const HEAP_MB = Number(process.env.TEI_EDITION_WORKER_HEAP_MB);
const WORKER_LIMITS = HEAP_MB > 0 ? { maxOldGenerationSizeMb: HEAP_MB } : undefined;

export interface PoolOptions {
  jobs: number;
  setup: WorkerSetup;
  /** A document that takes longer is abandoned with an error (its worker is replaced). */
  timeLimitMs: number;
}

/** Builds every input on the pool, calling `onOutcome` as each finishes (in completion order). */
export function runPool(inputs: string[], options: PoolOptions, onOutcome: (outcome: DocumentOutcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    const start = () => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: options.setup, ...(WORKER_LIMITS ? { resourceLimits: WORKER_LIMITS } : {}) });
      let current: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      const done = (outcome: DocumentOutcome) => {
        clearTimeout(timer);
        current = undefined;
        finished += 1;
        onOutcome(outcome);
        if (finished === inputs.length) void Promise.resolve().then(resolve);
      };
      const feed = () => {
        if (next >= inputs.length) {
          void worker.terminate();
          return;
        }
        current = inputs[next++]!;
        const input = current;
        timer = setTimeout(() => {
          done(timedOut(input, options.timeLimitMs));
          void worker.terminate();
          replace();
        }, options.timeLimitMs);
        worker.postMessage(input);
      };
      worker.on('message', (message: WorkerMessage) => {
        if ('outcome' in message) done(message.outcome);
        feed();
      });
      worker.on('error', (err) => {
        if (current === undefined) {
          if (!isOutOfMemory(err)) return reject(err);
          // A worker that cannot even load its tools in its heap: what no worker has taken goes back to the build.
          while (next < inputs.length) done(crashed(inputs[next++]!, err));
          return;
        }
        done(crashed(current, err));
        replace();
      });
    };
    const replace = () => {
      if (next < inputs.length) start();
    };
    if (inputs.length === 0) return resolve();
    for (let i = 0; i < Math.min(options.jobs, inputs.length); i++) start();
  });
}

function isOutOfMemory(err: Error): boolean {
  return (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

function timedOut(input: string, limit: number): DocumentOutcome {
  return failure(input, 'build/time-limit', `building this document took longer than ${limit / 1000} s and was stopped`,
    'Report the transcript: some passage makes a rule slow. The other documents were built.');
}

function crashed(input: string, err: Error): DocumentOutcome {
  if (isOutOfMemory(err)) {
    return failure(input, 'build/memory', `this document needs more memory than a build worker has (${HEAP_MB} MB, TEI_EDITION_WORKER_HEAP_MB)`,
      'The build retries it in its main thread, which has no such limit.');
  }
  return failure(input, 'build/crash', `the converter failed on this document: ${err.message}`, 'Report the transcript with this message.');
}

function failure(input: string, code: string, message: string, note: string): DocumentOutcome {
  return { input, name: outputName(input), ok: false, diagnostics: [{ code, severity: 'error', file: input, message, note }], times: {} };
}
