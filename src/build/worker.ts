// A build worker thread: loads the register, schema and stylesheets once, then builds the documents it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Register } from '../annotate';
import { Renderer } from '../render';
import { Validator } from '../validate';
import { buildDocument, type DocumentContext } from './document';
import type { OutputFormat } from './formats';

/** What the pool gives every worker when it starts. */
export interface WorkerSetup {
  out: string;
  formats: OutputFormat[];
  register?: Register;
}

/** A message from a worker: ready to work, or a document's outcome. */
export type WorkerMessage = { ready: true } | { outcome: Awaited<ReturnType<typeof buildDocument>> };

async function serve(): Promise<void> {
  const setup = workerData as WorkerSetup;
  const ctx: DocumentContext = { ...setup, validator: new Validator(), renderer: new Renderer() };
  await ctx.validator.schema();
  parentPort!.on('message', (input: string) => {
    void buildDocument(input, ctx).then((outcome) => parentPort!.postMessage({ outcome } satisfies WorkerMessage));
  });
  parentPort!.postMessage({ ready: true } satisfies WorkerMessage);
}

if (parentPort) void serve();
