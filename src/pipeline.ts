// The conversion stages as one ordered, named list: source → parse → annotate → tei.
import { annotateEdition, emptyRegister, type Register } from './annotate';
import { DiagnosticSink, type Diagnostic } from './diagnostics';
import type { Edition } from './model/edition';
import { parseTranscript } from './parse';
import { readSource, type SourceText } from './source';
import { toTei } from './tei';

/** The result of converting one transcript: the model, the TEI text, and what was reported. */
export interface Conversion {
  file: string;
  edition?: Edition;
  tei?: string;
  diagnostics: Diagnostic[];
}

/** Options that reach every stage. */
export interface ConvertOptions {
  /** Name of the input in diagnostics and the fallback for the document id. */
  file: string;
  /** Register of known entities; the rules alone work when it is empty. */
  register?: Register;
}

interface Context {
  sink: DiagnosticSink;
  options: ConvertOptions;
}

/** The stages, in order; each takes the previous stage's output. */
export const STAGES = [
  { name: 'source', run: (bytes: Uint8Array, ctx: Context) => readSource(ctx.options.file, bytes, ctx.sink) },
  { name: 'parse', run: (src: SourceText, ctx: Context) => parseTranscript(src, ctx.sink) },
  { name: 'annotate', run: (edition: Edition, ctx: Context) => annotateEdition(edition, ctx.options.register ?? emptyRegister()) },
  { name: 'tei', run: (edition: Edition) => toTei(edition) },
] as const;

/** Converts one transcript to TEI. Never throws on bad input: problems are diagnostics. */
export function convert(input: Uint8Array | string, options: ConvertOptions): Conversion {
  const ctx: Context = { sink: new DiagnosticSink(options.file), options };
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const [source, parse, annotate, tei] = STAGES;
  const src = source.run(bytes, ctx);
  if (!src || ctx.sink.hasErrors) return { file: options.file, diagnostics: ctx.sink.items };
  const parsed = parse.run(src, ctx);
  if (ctx.sink.hasErrors) return { file: options.file, edition: parsed, diagnostics: ctx.sink.items };
  const edition = annotate.run(parsed, ctx);
  return { file: options.file, edition, tei: tei.run(edition), diagnostics: ctx.sink.items };
}
