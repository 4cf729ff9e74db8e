// The bookkeeping of one build: which documents to build, what became of each, and the manifest it leaves.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics';
import { CORPUS_TEI } from './corpus';
import type { DocumentOutcome } from './document';
import { EXTENSIONS, type OutputFormat } from './formats';
import { outputName } from './inputs';
import { emptyManifest, isUpToDate, loadManifest, MANIFEST_NAME, saveManifest, sha256, type Manifest } from './manifest';
import type { Printable } from './pdf';

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

/** A document the manifest says is up to date. */
export interface Skipped {
  input: string;
  name: string;
  skipped: true;
}

/** The manifest is saved as the build goes, at most this often: a killed build keeps what it finished. */
const SAVE_INTERVAL_MS = 2000;

/** Counts outcomes, keeps the manifest current, and collects what the corpus export and PDF step need. */
export class BuildLedger {
  readonly summary: BuildSummary = { built: 0, skipped: 0, failed: 0, warnings: 0, errors: 0, ms: 0, stageMs: {}, diagnostics: [] };
  readonly printable: Printable[] = [];
  private readonly manifest: Manifest;
  private readonly names: string[] = [];
  private readonly hashes = new Map<string, string>();
  private lastSave = performance.now();

  constructor(
    private readonly out: string,
    private readonly formats: readonly OutputFormat[],
    configuration: string,
    force: boolean,
    private readonly onDocument?: (outcome: DocumentOutcome | Skipped) => void,
  ) {
    this.manifest = force ? emptyManifest(configuration) : loadManifest(out, configuration);
  }

  /** The inputs to build: those whose input or configuration changed, or whose files are missing. */
  plan(inputs: string[]): string[] {
    return inputs.filter((input) => {
      const name = outputName(input);
      this.names.push(name);
      const hash = hashOf(input);
      this.hashes.set(input, hash);
      const failure = this.manifest.failures[name];
      if (failure?.hash === hash) {
        this.record({ input, name, ok: false, diagnostics: failure.diagnostics, times: {} });
        return false;
      }
      if (!isUpToDate(this.manifest, this.out, name, hash)) return true;
      this.summary.skipped += 1;
      this.onDocument?.({ input, name, skipped: true });
      return false;
    });
  }

  /** Takes in a document's outcome; saved as the build goes, so that a build killed midway keeps what it finished. */
  record(outcome: DocumentOutcome): void {
    this.count(outcome.diagnostics);
    for (const [stage, ms] of Object.entries(outcome.times)) this.summary.stageMs[stage] = (this.summary.stageMs[stage] ?? 0) + ms;
    if (outcome.ok) this.built(outcome);
    else this.failed(outcome);
    this.onDocument?.(outcome);
    // Saving is time-based, not per document, so that a corpus of 10,000 does not rewrite a growing file 10,000 times.
    if (performance.now() - this.lastSave >= SAVE_INTERVAL_MS && this.summary.built > 0) {
      saveManifest(this.out, this.manifest);
      this.lastSave = performance.now();
    }
  }

  /** The PDF step's result: printed files join their documents' file lists. */
  recordPdf(result: { printed: string[]; diagnostics: Diagnostic[] }): void {
    for (const name of result.printed) this.manifest.documents[name]!.files.push(name + EXTENSIONS.pdf);
    this.summary.diagnostics.push(...result.diagnostics);
    this.count(result.diagnostics);
  }

  /** The documents of this build that have editions, in input order. */
  builtNames(): string[] {
    return this.names.filter((n) => this.manifest.documents[n] !== undefined);
  }

  /** True when the corpus export on disk was made from exactly these documents and nothing was rebuilt. */
  exportIsCurrent(): boolean {
    return this.summary.built === 0 && this.manifest.corpus === this.corpusHash() && existsSync(join(this.out, CORPUS_TEI));
  }

  /** Forgets documents no longer among the inputs and writes the manifest. */
  close(): void {
    const known = new Set(this.names);
    for (const name of Object.keys(this.manifest.documents)) if (!known.has(name)) delete this.manifest.documents[name];
    for (const name of Object.keys(this.manifest.failures)) if (!known.has(name)) delete this.manifest.failures[name];
    this.manifest.corpus = this.corpusHash();
    // A folder where nothing was ever built gets no manifest either: a failed build leaves no file behind.
    if (Object.keys(this.manifest.documents).length > 0 || existsSync(join(this.out, MANIFEST_NAME))) saveManifest(this.out, this.manifest);
  }

  private built(outcome: DocumentOutcome): void {
    this.summary.built += 1;
    delete this.manifest.failures[outcome.name];
    if (this.formats.includes('pdf')) this.printable.push({ input: outcome.input, name: outcome.name, title: outcome.title ?? outcome.name });
    this.manifest.documents[outcome.name] = {
      input: outcome.input, hash: this.hashes.get(outcome.input)!,
      files: this.formats.filter((f) => f !== 'pdf').map((f) => outcome.name + EXTENSIONS[f]),
    };
  }

  private failed(outcome: DocumentOutcome): void {
    this.summary.failed += 1;
    delete this.manifest.documents[outcome.name];
    // Time limits, crashes and I/O errors depend on the moment, not on the input: those are tried again.
    const repeatable = outcome.diagnostics.every((d) => !/^(?:build|io)\//.test(d.code));
    const hash = this.hashes.get(outcome.input);
    if (repeatable && hash) this.manifest.failures[outcome.name] = { hash, diagnostics: outcome.diagnostics };
  }

  private count(diagnostics: Diagnostic[]): void {
    this.summary.warnings += diagnostics.filter((d) => d.severity === 'warning').length;
    this.summary.errors += diagnostics.filter((d) => d.severity === 'error').length;
  }

  private corpusHash(): string {
    return sha256(this.builtNames().join('\n'));
  }
}

function hashOf(input: string): string {
  try {
    return sha256(readFileSync(input));
  } catch {
    return 'unreadable';
  }
}
