// The render worker of a one-document build (see ./worker-renderer.ts): loads saxon-js and the stylesheets at once, then renders editions and writes the corpus export on request.
import { parentPort, workerData } from 'node:worker_threads';
import { Renderer, type RenderFormat } from '../render';
import { writeCorpusExport } from './corpus';
import type { RenderJob, RenderReply } from './worker-renderer';

function serve(formats: RenderFormat[]): void {
  const renderer = new Renderer();
  renderer.preload(formats);
  parentPort!.on('message', (job: RenderJob) => parentPort!.postMessage(answer(job, renderer)));
}

function answer(job: RenderJob, renderer: Renderer): RenderReply {
  try {
    if ('export' in job) {
      writeCorpusExport(job.export.out, job.export.names, job.export.page ? renderer : undefined);
      return { id: job.id, exported: true };
    }
    return { id: job.id, rendered: renderer.renderFormats(job.tei, job.formats) };
  } catch (err) {
    return { id: job.id, error: (err as Error).message };
  }
}

// This file is only ever a worker's entry: nothing imports it.
if (parentPort) serve(workerData as RenderFormat[]);
