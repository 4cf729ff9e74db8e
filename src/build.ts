// Builds editions for many transcripts: convert each, validate all in one batch, render the valid ones.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics';
import type { Register } from './annotate';
import { convert, type Conversion } from './pipeline';
import { reviewReport, reviewSummary } from './review';
import { Renderer, type RenderFormat } from './render';
import { Validator } from './validate';

/** The files an edition can have. */
export type OutputFormat = 'tei' | RenderFormat | 'review';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['tei', 'html', 'text', 'review'];

/** The file name ending of each format. */
export const EXTENSIONS: Record<OutputFormat, string> = { tei: '.tei.xml', html: '.html', text: '.txt', review: '.review.json' };

/** One output file, with its content (written by the caller). */
export interface OutputFile {
  name: string;
  content: string;
}

/** What became of one input. */
export interface DocumentResult {
  input: string;
  /** Base name of the outputs: the input file name without `.txt`. */
  name: string;
  /** The files to write; empty when the document failed. */
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  /** One line on the entities that wait for an editor's review. */
  review?: string;
}

export interface BuildOptions {
  formats?: readonly OutputFormat[];
  register?: Register;
  /** Reuse compiled schemas across builds. */
  validator?: Validator;
}

/** Converts, validates and renders; a document with any error gets no outputs. */
export async function buildDocuments(inputs: string[], options: BuildOptions = {}): Promise<DocumentResult[]> {
  const formats = options.formats ?? OUTPUT_FORMATS;
  const conversions = inputs.map((input) => ({ input, ...convertFile(input, options.register) }));
  const valid = conversions.filter((c) => c.tei !== undefined);
  const validator = options.validator ?? new Validator();
  const problems = await validator.validate(valid.map((c) => ({ file: c.input, xml: c.tei! })));
  const renderer = new Renderer();
  return conversions.map((c): DocumentResult => {
    const diagnostics = [...c.diagnostics, ...problems.filter((d) => d.file === c.input).map(inGeneratedTei)];
    const name = outputName(c.input);
    if (c.tei === undefined || diagnostics.some((d) => d.severity === 'error')) return { input: c.input, name, outputs: [], diagnostics };
    const review = reviewReport(c.edition!, c.input);
    const outputs = formats.map((format) => ({
      name: name + EXTENSIONS[format],
      content: format === 'tei' ? c.tei! : format === 'review' ? `${JSON.stringify(review, null, 2)}\n` : renderer.render(c.tei!, format),
    }));
    return { input: c.input, name, outputs, diagnostics, review: reviewSummary(review) };
  });
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

/** `dir/120726.txt` → `120726`. */
export function outputName(input: string): string {
  return basename(input).replace(/\.txt$/i, '');
}

/** The transcripts named by the arguments: files as given, directories searched for `*.txt`, sorted. */
export function findInputs(paths: string[]): { inputs: string[]; missing: string[] } {
  const inputs: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stat.isDirectory()) inputs.push(...transcriptsIn(path));
    else inputs.push(path);
  }
  return { inputs: [...new Set(inputs.map((p) => resolve(p)))].map((p) => relativeIfInside(p)), missing };
}

function transcriptsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => join(dir, e.name))
    .sort();
}

function relativeIfInside(abs: string): string {
  const cwd = process.cwd() + '/';
  return abs.startsWith(cwd) ? abs.slice(cwd.length) : abs;
}
