// The build's side of the render worker (./render-worker.ts): a one-document build renders its editions there while this thread converts.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { RenderFormat } from '../render';
import type { ExportSetup } from './export-worker';

/** What the build asks of the render worker; each job carries an id that its reply repeats. */
export type RenderJob = { id: number } & ({ tei: string; formats: RenderFormat[] } | { export: ExportSetup });
export type RenderReply = { id: number } & ({ rendered: Partial<Record<RenderFormat, string>> } | { exported: true } | { error: string });

/** A failure of the worker itself (it stopped, or ran out of memory), not of the stylesheets. */
export class RenderWorkerError extends Error {}

/**
 * The editions of one document rendered in a worker thread, and then the corpus export. Loading saxon-js
 * and the stylesheets takes about 0.25 s, and a process's first transforms cost more than the next; both
 * happen in the worker while the build's own thread converts, so that a one-document build finishes
 * sooner on a machine with two cores. The worker's steps are not timed: a one-document build reports no
 * stage times for its editions.
 */
export class WorkerRenderer {
  readonly concurrent = true;
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (reply: RenderReply) => void; reject: (err: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(formats: readonly RenderFormat[]) {
    this.worker = new Worker(join(__dirname, 'render-worker.js'), { workerData: formats });
    this.worker.on('message', (reply: RenderReply) => {
      this.waiting.get(reply.id)?.resolve(reply);
      this.waiting.delete(reply.id);
    });
    this.worker.on('error', (err) => this.fail(new RenderWorkerError(`the render worker failed: ${err.message}`)));
    this.worker.on('exit', (code) => this.fail(new RenderWorkerError(`the render worker stopped with exit code ${code}`)));
  }

  async renderFormats<F extends RenderFormat>(tei: string, formats: readonly F[]): Promise<Record<F, string>> {
    const reply = await this.ask({ tei, formats: [...formats] });
    if ('rendered' in reply) return reply.rendered as Record<F, string>;
    throw new Error('error' in reply ? reply.error : 'the render worker gave no edition');
  }

  /** Writes the corpus export (see `writeCorpusExport`) in the worker, whose saxon-js is loaded by now. */
  async exportCorpus(setup: ExportSetup): Promise<void> {
    const reply = await this.ask({ export: setup });
    if (!('exported' in reply)) throw new Error('error' in reply ? reply.error : 'the render worker wrote no export');
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private ask(job: { tei: string; formats: RenderFormat[] } | { export: ExportSetup }): Promise<RenderReply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...job } satisfies RenderJob);
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const { reject } of this.waiting.values()) reject(err);
    this.waiting.clear();
  }
}
