// Builds one document: convert, validate, render, and write its files atomically; the unit of work of a build.
import { readFileSync } from 'node:fs';
import type { Register } from '../annotate';
import type { Diagnostic } from '../diagnostics';
import { convert, type Conversion } from '../pipeline';
import type { RenderFormat, Timer } from '../render';
import type { Validator } from '../validate';
import { EXTENSIONS, isRenderFormat, OUTPUT_FORMATS, type OutputFormat } from './formats';
import { outputName } from './inputs';
import { RenderWorkerError } from './worker-renderer';
import { removeOutputs, writeOutputsAtomically } from './output';
import { reviewReport, reviewSummary } from './review';

/** What renders a document's editions: a `Renderer` in this thread, or a `WorkerRenderer`. */
export interface EditionRenderer {
  renderFormats<F extends RenderFormat>(tei: string, formats: readonly F[], timed?: Timer): Record<F, string> | Promise<Record<F, string>>;
  /** Renders in another thread, so that rendering can go on while this thread validates. */
  readonly concurrent?: boolean;
}

/** What a document needs from the build: loaded once per process (or worker). */
export interface DocumentContext {
  out: string;
  formats: readonly OutputFormat[];
  register?: Register;
  validator: Validator;
  renderer: EditionRenderer;
}

/** What became of one input; small enough to send from a worker. */
export interface DocumentOutcome {
  input: string;
  name: string;
  ok: boolean;
  diagnostics: Diagnostic[];
  /** One line on the entities that wait for an editor's review. */
  review?: string;
  /** The document's title (for the PDF's running head). */
  title?: string;
  /** Milliseconds spent in each stage. */
  times: Record<string, number>;
}

/** Builds one transcript into its output files; a document with any error leaves none. */
export async function buildDocument(input: string, ctx: DocumentContext): Promise<DocumentOutcome> {
  const name = outputName(input);
  const times: Record<string, number> = {};
  const timed = <T>(stage: string, run: () => T): T => {
    const started = performance.now();
    try {
      return run();
    } finally {
      times[stage] = (times[stage] ?? 0) + performance.now() - started;
    }
  };
  const conversion = timed('convert', () => convertFile(input, ctx.register));
  const failed = (diagnostics: Diagnostic[]): DocumentOutcome => {
    removeOutputs(ctx.out, OUTPUT_FORMATS.map((f) => name + EXTENSIONS[f]));
    return { input, name, ok: false, diagnostics, times };
  };
  if (!conversion.tei || conversion.diagnostics.some((d) => d.severity === 'error')) return failed(conversion.diagnostics);
  const tei = conversion.tei;
  // The editions are rendered from one parse of the TEI (timed as its own stage, 'parse-xml'). A render
  // worker renders them while this thread validates, and they are dropped if the TEI proves invalid; in
  // this thread, an invalid TEI costs no rendering.
  const render = () => settled(() => ctx.renderer.renderFormats(tei, ctx.formats.filter(isRenderFormat), timed));
  const early = ctx.renderer.concurrent ? render() : undefined;

  const started = performance.now();
  const problems = (await ctx.validator.validate([{ file: input, xml: tei }])).map(inGeneratedTei);
  times.validate = performance.now() - started;
  const diagnostics = [...conversion.diagnostics, ...problems];
  if (problems.length > 0) {
    // The worker finishes its job before the build asks anything else of it.
    await early;
    return failed(diagnostics);
  }

  const review = reviewReport(conversion.edition!, input);
  const rendered = await (early ?? render());
  if ('error' in rendered) return failed([...diagnostics, renderFailure(input, rendered.error)]);
  const files = ctx.formats.filter((f) => f !== 'pdf').map((format) => ({
    name: name + EXTENSIONS[format],
    content: isRenderFormat(format) ? rendered.value[format] : timed(format, () => (format === 'tei' ? tei : `${JSON.stringify(review, null, 2)}\n`)),
  }));
  try {
    timed('write', () => writeOutputsAtomically(ctx.out, files));
  } catch (err) {
    return failed([...diagnostics, {
      code: 'io/write', severity: 'error', file: input,
      message: `cannot write the edition into ${ctx.out}: ${(err as Error).message}`,
      note: 'Check that the output folder is a writable folder (not a file) with free space.',
    }]);
  }
  return { input, name, ok: true, diagnostics, review: reviewSummary(review), title: conversion.edition!.header.title, times };
}

function renderFailure(file: string, err: Error): Diagnostic {
  if (err instanceof RenderWorkerError) {
    return { code: 'render/worker', severity: 'error', file, message: `the editions could not be rendered: ${err.message}`, note: 'Build the document again, or with --jobs 1.' };
  }
  return {
    code: 'render/failed', severity: 'error', file,
    message: `the stylesheets could not render this edition: ${err.message}`,
    note: 'The TEI is valid; this is a bug in xslt/. Please report it with the transcript.',
  };
}

/** The value of a computation, synchronous or not, or the error it threw: never a rejected promise left unhandled. */
async function settled<T>(run: () => T | Promise<T>): Promise<{ value: T } | { error: Error }> {
  try {
    return { value: await run() };
  } catch (err) {
    return { error: err as Error };
  }
}

function convertFile(input: string, register: Register | undefined): Conversion {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(input));
  } catch (err) {
    const message = `cannot read the file: ${(err as Error).message}`;
    return { file: input, diagnostics: [{ code: 'io/read', severity: 'error', file: input, message }] };
  }
  return convert(bytes, { file: input, register });
}

/**
 * A validation problem of the TEI the tool made: its line is in the generated TEI, not in the
 * transcript, so it is said in the message rather than given as the transcript's position.
 */
function inGeneratedTei(d: Diagnostic): Diagnostic {
  const where = d.line ? ` (generated TEI, line ${d.line}${d.column ? `, column ${d.column}` : ''})` : ' (generated TEI)';
  return {
    ...d, line: undefined, column: undefined,
    message: `${d.message}${where}`,
    note: 'The edition was not written. The transcript or the register led the converter to invalid TEI: please report it with the transcript.',
  };
}
