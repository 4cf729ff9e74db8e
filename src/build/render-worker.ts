// The render worker of a one-document build: it loads saxon-js and the stylesheets while the build's thread converts and validates, then renders the editions and writes the corpus export.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { Renderer, type RenderFormat } from '../render';
import { writeCorpusExport } from './corpus';
import type { ExportSetup } from './export-worker';

/** What the build asks of the worker, one job at a time. */
type RenderJob = { tei: string; formats: RenderFormat[] } | { export: ExportSetup };
type RenderReply = { rendered: Partial<Record<RenderFormat, string>> } | { exported: true } | { error: string };

/**
 * The editions of one document rendered in a worker thread, and then the corpus export. Loading saxon-js
 * and the stylesheets takes about 0.25 s, and rendering the first edition of a process costs more than the
 * next; both happen in the worker while the build's own thread converts, so that a one-document build
 * finishes sooner on a machine with two cores. The worker's steps are not timed stage by stage.
 */
export class WorkerRenderer {
  private readonly worker: Worker;
  private waiting: { resolve: (reply: RenderReply) => void; reject: (err: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(formats: readonly RenderFormat[]) {
    this.worker = new Worker(join(__dirname, 'render-worker.js'), { workerData: formats });
    this.worker.on('message', (reply: RenderReply) => this.settle((w) => w.resolve(reply)));
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`the render worker stopped with exit code ${code}`)));
  }

  async renderFormats<F extends RenderFormat>(tei: string, formats: readonly F[]): Promise<Record<F, string>> {
    const reply = await this.ask({ tei, formats: [...formats] });
    if ('rendered' in reply) return reply.rendered as Record<F, string>;
    throw new Error('error' in reply ? reply.error : 'the render worker gave no edition');
  }

  /** Writes the corpus export (see `writeCorpusExport`) in the worker, whose saxon-js is loaded by now. */
  async exportCorpus(setup: ExportSetup): Promise<void> {
    const reply = await this.ask({ export: setup });
    if ('error' in reply) throw new Error(reply.error);
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private ask(job: RenderJob): Promise<RenderReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage(job);
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.settle((w) => w.reject(err));
  }

  private settle(answer: (waiting: NonNullable<WorkerRenderer['waiting']>) => void): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) answer(waiting);
  }
}

function serve(formats: RenderFormat[]): void {
  const renderer = new Renderer();
  renderer.preload(formats);
  parentPort!.on('message', (job: RenderJob) => {
    let reply: RenderReply;
    try {
      if ('export' in job) {
        writeCorpusExport(job.export.out, job.export.names, job.export.page ? renderer : undefined);
        reply = { exported: true };
      } else {
        reply = { rendered: renderer.renderFormats(job.tei, job.formats) };
      }
    } catch (err) {
      reply = { error: (err as Error).message };
    }
    parentPort!.postMessage(reply);
  });
}

if (!isMainThread && parentPort) serve(workerData as RenderFormat[]);
