// Writes a document's output files atomically: all to temporary names first, then renamed into place.
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { PieceStore } from '../render/corpus';

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

/**
 * Writes a file from its pieces as they come, so that a large file need not be held in memory, under a
 * temporary name that is renamed to `target` once the file is complete.
 */
export function writeFileAtomically(target: string, pieces: Iterable<string>): void {
  const temp = temporaryPath(target);
  const fd = openSync(temp, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
    closeSync(fd);
    renameSync(temp, target);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // Already closed: the rename failed.
    }
    rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * Pieces of text kept in a temporary file beside `target` (named like the other temporaries, so that a
 * build cleans it up after a crash) until `close` removes it: the store of the corpus page's index,
 * which would otherwise hold megabytes of links in memory.
 */
export class TemporaryPieces implements PieceStore {
  private readonly path: string;
  private readonly fd: number;
  /** Start and length in bytes of each piece, one after the other. */
  private readonly places: number[] = [];
  private size = 0;

  constructor(target: string) {
    this.path = temporaryPath(`${target}.pieces`);
    this.fd = openSync(this.path, 'w+');
  }

  put(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.places.push(this.size, bytes.length);
    this.size += bytes.length;
    return this.places.length / 2 - 1;
  }

  get(handle: number): string {
    const start = this.places[2 * handle]!;
    const bytes = Buffer.alloc(this.places[2 * handle + 1]!);
    readSync(this.fd, bytes, 0, bytes.length, start);
    return bytes.toString('utf8');
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}

/** Removes outputs a failed document may have left from an earlier build, so none is stale. */
export function removeOutputs(dir: string, names: string[]): void {
  for (const name of names) rmSync(join(dir, name), { force: true });
}
