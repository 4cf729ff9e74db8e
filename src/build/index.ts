// Builds editions for any number of transcripts: incremental (manifest), in parallel (worker pool), streaming, with a corpus export.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Register } from '../annotate';
import { Renderer } from '../render';
import { PROJECT_SCHEMA_PATH, Validator } from '../validate';
import { TOOL_VERSION } from '../version';
import { writeCorpusExport } from './corpus';
import type { ExportSetup } from './export-worker';
import { buildDocument, type DocumentOutcome } from './document';
import { DEFAULT_FORMATS, EXTENSIONS, isRenderFormat, type OutputFormat } from './formats';
import { BuildLedger, type BuildSummary, type Skipped } from './ledger';
import { configurationHash } from './manifest';
import { printPdfs } from './pdf';
import { WorkerRenderer } from './worker-renderer';
import { runPool, WORKER_SCRIPT } from './pool';

export { type DocumentOutcome } from './document';
export { DEFAULT_FORMATS, EXTENSIONS, OUTPUT_FORMATS, type OutputFormat } from './formats';
export { findInputs, outputClash, outputName } from './inputs';

export interface BuildOptions {
  out: string;
  formats?: readonly OutputFormat[];
  register?: Register;
  /** Worker threads; 1 builds in this thread. Default: all cores. */
  jobs?: number;
  /** Rebuild documents even when the manifest says they are up to date. */
  force?: boolean;
  /** Abandon a document that takes longer than this (worker pool only). */
  timeLimitMs?: number;
  /** Called after each document, built, skipped or failed. */
  onDocument?: (outcome: DocumentOutcome | Skipped) => void;
}

export type { BuildSummary } from './ledger';

/** Builds every input into `out`, then writes the corpus export; never stops at a failing document. */
export async function buildCorpus(inputs: string[], options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const formats = withHtmlForPdf(options.formats ?? DEFAULT_FORMATS);
  const ledger = new BuildLedger(options.out, formats, configurationOf(formats, options.register), options.force ?? false, options.onDocument);
  const todo = ledger.plan(inputs);
  const renderWorker = oneDocumentRenderer(todo, formats, options);
  try {
    await buildThenExport(todo, formats, options, ledger, renderWorker);
  } finally {
    await renderWorker?.close();
  }
  ledger.close();
  return { ...ledger.summary, ms: performance.now() - started };
}

/** Builds the documents to do, prints their PDFs, and writes the corpus export unless it is current. */
async function buildThenExport(todo: string[], formats: readonly OutputFormat[], options: BuildOptions, ledger: BuildLedger, renderWorker?: WorkerRenderer): Promise<void> {
  removeStrayTemporaries(options.out);
  try {
    await buildDocuments(todo, formats, options, (outcome) => ledger.record(outcome), renderWorker);
  } finally {
    removeStrayTemporaries(options.out);
  }
  ledger.recordPdf(await printPdfs(options.out, ledger.printable));
  const built = ledger.builtNames();
  // An unchanged corpus keeps its export: a rebuild with nothing to do does no work.
  if (built.length === 0 || !formats.includes('tei') || ledger.exportIsCurrent()) return;
  const setup = { out: options.out, names: built, page: formats.includes('html') };
  // The render worker has saxon-js loaded, but its heap is not capped: it exports only a small corpus.
  await (renderWorker && built.length <= SMALL_CORPUS ? renderWorker.exportCorpus(setup) : exportCorpus(setup));
}

/**
 * For a build of one document, a worker that renders its editions (and writes the export) while this
 * thread converts it; none when this thread has the cores to itself (--jobs 1) or there is nothing to render.
 */
function oneDocumentRenderer(todo: string[], formats: readonly OutputFormat[], options: BuildOptions): WorkerRenderer | undefined {
  const rendered = formats.filter(isRenderFormat);
  if (todo.length !== 1 || jobsOf(options) < 2 || !canUseWorkers() || rendered.length === 0) return undefined;
  return new WorkerRenderer(rendered);
}

function jobsOf(options: BuildOptions): number {
  return Math.max(1, options.jobs ?? availableParallelism());
}

/** The PDF is printed from the HTML edition, so asking for one writes both. */
function withHtmlForPdf(formats: readonly OutputFormat[]): readonly OutputFormat[] {
  return formats.includes('pdf') && !formats.includes('html') ? [...formats, 'html'] : formats;
}

/** Fingerprint of everything besides the input that shapes an edition. */
function configurationOf(formats: readonly OutputFormat[], register: Register | undefined): string {
  return configurationHash([
    TOOL_VERSION, ...toolFiles().map((f) => readFileSync(f)), JSON.stringify(register ?? null), readFileSync(PROJECT_SCHEMA_PATH),
    ...stylesheetSources().map((f) => readFileSync(f)), formats.join(','),
  ]);
}

/** Builds the documents on the worker pool, or in this thread for one document (or under ts-jest). */
async function buildDocuments(
  todo: string[], formats: readonly OutputFormat[], options: BuildOptions, record: (o: DocumentOutcome) => void, renderWorker?: WorkerRenderer,
): Promise<void> {
  const jobs = jobsOf(options);
  let inThisThread = todo;
  if (jobs > 1 && todo.length > 1 && canUseWorkers()) {
    const setup = { out: options.out, formats: [...formats], register: options.register };
    // A document too large for a worker's heap is built here afterwards, where the heap is not capped.
    inThisThread = [];
    await runPool(todo, { jobs, setup, timeLimitMs: options.timeLimitMs ?? 120_000 }, (outcome) => {
      if (outcome.diagnostics.some((d) => d.code === 'build/memory')) inThisThread.push(outcome.input);
      else record(outcome);
    });
    if (inThisThread.length === 0) return;
  }
  const ctx = { out: options.out, formats, register: options.register, validator: new Validator(), renderer: renderWorker ?? new Renderer() };
  for (const input of inThisThread) record(await buildDocument(input, ctx));
}

/** The compiled script of the export's worker thread. */
const EXPORT_SCRIPT = join(__dirname, 'export-worker.js');

/**
 * The export's heap. Its live part stays near 35 MB (outlines and the index wait in a file, the page is
 * rendered in slices), but uncapped, V8 lets the heap grow several times over before it collects: 10,000
 * documents export with a peak RSS of about 310 MB in this thread, and of about 140 MB in a worker with
 * these limits, in a fifth more time.
 */
const EXPORT_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };

/**
 * Writes the corpus export (`writeCorpusExport`, with the corpus page when `page`) in a worker thread
 * whose heap is capped; in this thread when workers cannot run, or when the export does not fit the cap
 * (a register of a great many entities: the page's frame holds all of it).
 */
async function exportCorpus({ out, names, page }: ExportSetup): Promise<void> {
  const inThisThread = () => writeCorpusExport(out, names, page ? new Renderer() : undefined);
  // A small corpus's export needs little memory, and a worker would first load every module again (0.45 s).
  if (names.length <= SMALL_CORPUS) return inThisThread();
  // An edition is copied whole into corpus.tei.xml: one of many megabytes needs more than the cap at once,
  // and V8 then ends the whole process instead of the worker (nodejs/node#47224), so it is done here.
  if (!canUseWorkers() || largestEdition(out, names) > LARGEST_EDITION_IN_WORKER) return inThisThread();
  try {
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(EXPORT_SCRIPT, { workerData: { out, names, page } satisfies ExportSetup, resourceLimits: EXPORT_LIMITS });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the corpus export stopped with exit code ${code}`))));
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw err;
    removeStrayTemporaries(out);
    inThisThread();
  }
}

/** The most documents whose export is written in this thread, without a worker. */
const SMALL_CORPUS = 50;

/** The largest edition (bytes of its .tei.xml) the capped export worker is given. */
const LARGEST_EDITION_IN_WORKER = 4 * 1024 * 1024;

function largestEdition(out: string, names: string[]): number {
  let largest = 0;
  for (const name of names) {
    try {
      largest = Math.max(largest, statSync(join(out, name + EXTENSIONS.tei)).size);
    } catch {
      // A missing edition is the export's to report.
    }
  }
  return largest;
}

/** Worker threads run compiled JavaScript only (not under ts-jest). */
function canUseWorkers(): boolean {
  return WORKER_SCRIPT.endsWith('.js') && !__filename.endsWith('.ts');
}

/**
 * Temporary files left by this process's stopped workers or by a build that was killed: those of
 * live processes are left alone, since a racing build is still writing them.
 */
function removeStrayTemporaries(out: string): void {
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = /^\..+\.(\d+)-\d+\.tmp$/.exec(entry)?.[1];
    if (pid && (Number(pid) === process.pid || !isAlive(Number(pid)))) rmSync(join(out, entry), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The tool's own code and data (this folder's tree): a new converter rule changes the editions even at the same version. */
function toolFiles(): string[] {
  const root = join(__dirname, '..');
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:js|ts|json)$/.test(f) && !f.endsWith('.d.ts')).sort().map((f) => join(root, f));
}

/** The stylesheet sources in xslt/: a changed stylesheet changes every edition (the SEF files carry a build time, so they are not hashed). */
function stylesheetSources(): string[] {
  const root = join(__dirname, '..', '..', 'xslt');
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xsl')).sort().map((f) => join(root, f));
}
