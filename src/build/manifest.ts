// The build manifest: content hashes that let a rebuild skip documents whose inputs and tools are unchanged.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentOutcome } from './document';
import { writeOutputsAtomically } from './output';

export const MANIFEST_NAME = '.tei-edition-manifest.json';

/** What a build recorded: the fingerprint of its configuration and each document's input hash. */
export interface Manifest {
  version: 1;
  /** Hash of the tool version, register, schema, stylesheets and formats. */
  configuration: string;
  documents: Record<string, { input: string; hash: string; files: string[] }>;
  /** Documents that failed, with their diagnostics: an unchanged input fails the same way, so it is not converted again. */
  failures: Record<string, { hash: string; diagnostics: DocumentOutcome['diagnostics'] }>;
  /** Hash of the list of documents in the last corpus export. */
  corpus?: string;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The manifest of an output folder; a missing or damaged one means "nothing is up to date". */
export function loadManifest(out: string, configuration: string): Manifest {
  const empty = emptyManifest(configuration);
  try {
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8')) as Manifest;
    const usable = manifest.version === 1 && manifest.configuration === configuration && typeof manifest.documents === 'object';
    return usable ? { ...manifest, failures: manifest.failures ?? {} } : empty;
  } catch {
    return empty;
  }
}

export function emptyManifest(configuration: string): Manifest {
  return { version: 1, configuration, documents: {}, failures: {} };
}

/** True when the document was built from the same input with the same configuration and its files are all there. */
export function isUpToDate(manifest: Manifest, out: string, name: string, hash: string): boolean {
  const entry = manifest.documents[name];
  return entry !== undefined && entry.hash === hash && entry.files.every((f) => existsSync(join(out, f)));
}

export function saveManifest(out: string, manifest: Manifest): void {
  writeOutputsAtomically(out, [{ name: MANIFEST_NAME, content: `${JSON.stringify(manifest)}\n` }]);
}

/** Fingerprint of everything besides the input that shapes an edition. */
export function configurationHash(parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(sha256(part));
  return hash.digest('hex');
}
