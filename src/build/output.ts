// Writes a document's output files atomically: all to temporary names first, then renamed into place.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** One output file and its content. */
export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/** A temporary name beside the target, unique to this process and thread (so racing builds never share one). */
export function temporaryPath(target: string): string {
  const slash = target.lastIndexOf('/');
  return `${target.slice(0, slash + 1)}.${target.slice(slash + 1)}.${process.pid}-${threadId}.tmp`;
}

/**
 * Writes the files of one document so that a reader never sees a half-written file: each goes
 * to a temporary file in the same folder (same file system, so rename is atomic) and is then renamed.
 */
export function writeOutputsAtomically(dir: string, files: OutputFile[]): void {
  mkdirSync(dir, { recursive: true });
  const temps: [string, string][] = [];
  try {
    for (const file of files) {
      const target = join(dir, file.name);
      const temp = temporaryPath(target);
      writeFileSync(temp, file.content);
      temps.push([temp, target]);
    }
    for (const [temp, target] of temps) renameSync(temp, target);
  } catch (err) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw err;
  }
}

/** Removes outputs a failed document may have left from an earlier build, so none is stale. */
export function removeOutputs(dir: string, names: string[]): void {
  for (const name of names) rmSync(join(dir, name), { force: true });
}
