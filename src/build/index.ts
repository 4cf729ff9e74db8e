// Builds editions for any number of transcripts: incremental (manifest), in parallel (worker pool), streaming, with a corpus export.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Register } from '../annotate';
import { Renderer } from '../render';
import { PROJECT_SCHEMA_PATH, Validator } from '../validate';
import { TOOL_VERSION } from '../version';
import type { Diagnostic } from '../diagnostics';
import { CORPUS_TEI, CorpusEntities, writeCorpusPage, writeCorpusRegister, writeCorpusTei } from './corpus';
import { printPdfs, type Printable } from './pdf';
import { buildDocument, DEFAULT_FORMATS, EXTENSIONS, type DocumentOutcome, type OutputFormat } from './document';
import { configurationHash, emptyManifest, isUpToDate, loadManifest, MANIFEST_NAME, saveManifest, sha256, type Manifest } from './manifest';
import { runPool, WORKER_SCRIPT } from './pool';
import { outputName } from './inputs';

export { DEFAULT_FORMATS, EXTENSIONS, OUTPUT_FORMATS, type DocumentOutcome, type OutputFormat } from './document';
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
  onDocument?: (outcome: DocumentOutcome | { input: string; name: string; skipped: true }) => void;
}

/** What a build did. */
export interface BuildSummary {
  built: number;
  skipped: number;
  failed: number;
  warnings: number;
  errors: number;
  ms: number;
  /** Milliseconds per stage, summed over the built documents. */
  stageMs: Record<string, number>;
  /** Problems of the build as a whole (the PDF step), beyond each document's. */
  diagnostics: Diagnostic[];
}

const SAVE_EVERY = 200;

/** Builds every input into `out`, then writes the corpus export; never stops at a failing document. */
export async function buildCorpus(inputs: string[], options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  // The PDF is printed from the HTML edition, so asking for one writes both.
  const asked = options.formats ?? DEFAULT_FORMATS;
  const formats = asked.includes('pdf') && !asked.includes('html') ? [...asked, 'html' as const] : asked;
  const configuration = configurationHash([
    TOOL_VERSION, ...toolFiles().map((f) => readFileSync(f)), JSON.stringify(options.register ?? null), readFileSync(PROJECT_SCHEMA_PATH),
    ...stylesheetSources().map((f) => readFileSync(f)), formats.join(','),
  ]);
  const manifest: Manifest = options.force ? emptyManifest(configuration) : loadManifest(options.out, configuration);
  const summary: BuildSummary = { built: 0, skipped: 0, failed: 0, warnings: 0, errors: 0, ms: 0, stageMs: {}, diagnostics: [] };
  const entities = new CorpusEntities();
  const names: string[] = [];
  const printable: Printable[] = [];
  const hashes = new Map<string, string>();

  let sinceSave = 0;
  const record = (outcome: DocumentOutcome) => {
    summary.warnings += outcome.diagnostics.filter((d) => d.severity === 'warning').length;
    summary.errors += outcome.diagnostics.filter((d) => d.severity === 'error').length;
    for (const [stage, ms] of Object.entries(outcome.times)) summary.stageMs[stage] = (summary.stageMs[stage] ?? 0) + ms;
    if (outcome.ok) {
      summary.built += 1;
      delete manifest.failures[outcome.name];
      entities.add(outcome.name, outcome.entities);
      if (formats.includes('pdf')) printable.push({ input: outcome.input, name: outcome.name, title: outcome.title ?? outcome.name });
      manifest.documents[outcome.name] = {
        input: outcome.input, hash: hashes.get(outcome.input)!,
        files: formats.filter((f) => f !== 'pdf').map((f) => outcome.name + EXTENSIONS[f]), entities: outcome.entities,
      };
    } else {
      summary.failed += 1;
      delete manifest.documents[outcome.name];
      // Time limits, crashes and I/O errors depend on the moment, not on the input: those are tried again.
      const repeatable = outcome.diagnostics.every((d) => !/^(?:build|io)\//.test(d.code));
      if (repeatable && hashes.has(outcome.input)) manifest.failures[outcome.name] = { hash: hashes.get(outcome.input)!, diagnostics: outcome.diagnostics };
    }
    options.onDocument?.(outcome);
    // Saved as the build goes, so that a build killed midway keeps what it finished.
    if (++sinceSave >= SAVE_EVERY && summary.built > 0) {
      saveManifest(options.out, manifest);
      sinceSave = 0;
    }
  };

  const todo = inputs.filter((input) => {
    const name = outputName(input);
    names.push(name);
    const hash = hashOf(input);
    hashes.set(input, hash);
    const failure = manifest.failures[name];
    if (failure?.hash === hash) {
      record({ input, name, ok: false, diagnostics: failure.diagnostics, entities: [], times: {} });
      return false;
    }
    if (!isUpToDate(manifest, options.out, name, hash)) return true;
    summary.skipped += 1;
    entities.add(name, manifest.documents[name]!.entities ?? []);
    options.onDocument?.({ input, name, skipped: true });
    return false;
  });

  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  removeStrayTemporaries(options.out);
  try {
    if (jobs > 1 && todo.length > 1 && canUseWorkers()) {
      await runPool(todo, { jobs, setup: { out: options.out, formats: [...formats], register: options.register }, timeLimitMs: options.timeLimitMs ?? 120_000 }, record);
    } else {
      const ctx = { out: options.out, formats, register: options.register, validator: new Validator(), renderer: new Renderer() };
      for (const input of todo) record(await buildDocument(input, ctx));
    }
  } finally {
    removeStrayTemporaries(options.out);
  }

  const pdf = await printPdfs(options.out, printable);
  for (const name of pdf.printed) manifest.documents[name]!.files.push(name + EXTENSIONS.pdf);
  summary.diagnostics.push(...pdf.diagnostics);
  summary.warnings += pdf.diagnostics.filter((d) => d.severity === 'warning').length;
  summary.errors += pdf.diagnostics.filter((d) => d.severity === 'error').length;

  const known = new Set(names);
  for (const name of Object.keys(manifest.documents)) if (!known.has(name)) delete manifest.documents[name];
  for (const name of Object.keys(manifest.failures)) if (!known.has(name)) delete manifest.failures[name];
  const built = names.filter((n) => manifest.documents[n] !== undefined);
  const corpus = sha256(built.join('\n'));
  // An unchanged corpus keeps its export: a rebuild with nothing to do does no work.
  const exportCurrent = summary.built === 0 && manifest.corpus === corpus && existsSync(join(options.out, CORPUS_TEI));
  if (built.length > 0 && formats.includes('tei') && !exportCurrent) {
    writeCorpusTei(options.out, built);
    writeCorpusRegister(options.out, entities);
    if (formats.includes('html')) writeCorpusPage(options.out, new Renderer());
  }
  manifest.corpus = corpus;
  // A folder where nothing was ever built gets no manifest either: a failed build leaves no file behind.
  if (Object.keys(manifest.documents).length > 0 || existsSync(join(options.out, MANIFEST_NAME))) saveManifest(options.out, manifest);
  summary.ms = performance.now() - started;
  return summary;
}

function hashOf(input: string): string {
  try {
    return sha256(readFileSync(input));
  } catch {
    return 'unreadable';
  }
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
