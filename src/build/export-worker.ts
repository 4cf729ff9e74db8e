// The corpus export in a worker thread of its own, whose heap the build caps (see exportCorpus in ./index.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import { Renderer } from '../render';
import { writeCorpusExport } from './corpus';

/** What the build gives the export worker: the output folder, the documents' base names, whether to write the corpus page. */
export interface ExportSetup {
  out: string;
  names: string[];
  page: boolean;
}

if (!isMainThread) {
  const setup = workerData as ExportSetup;
  writeCorpusExport(setup.out, setup.names, setup.page ? new Renderer() : undefined);
}
