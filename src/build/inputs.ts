// Finds the transcripts named on the command line and the output names they get.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** `dir/120726.txt` → `120726`. */
export function outputName(input: string): string {
  return basename(input).replace(/\.txt$/i, '');
}

/** The files named by the arguments: files as given, directories searched for names ending in `ending`, sorted. */
export function findInputs(paths: string[], ending = '.txt'): { inputs: string[]; missing: string[] } {
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
    if (stat.isDirectory()) inputs.push(...filesIn(path, ending));
    else inputs.push(path);
  }
  return { inputs: [...new Set(inputs.map((p) => resolve(p)))].map(relativeIfInside), missing };
}

/** Two inputs that would write the same output files, if any. */
export function outputClash(inputs: string[]): string | undefined {
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const name = outputName(input);
    const other = seen.get(name);
    if (other) return `${other} and ${input} would write the same output files (${name}.*); build them into different folders`;
    seen.set(name, input);
  }
  return undefined;
}

function filesIn(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(ending))
    .map((e) => join(dir, e.name))
    .sort();
}

function relativeIfInside(abs: string): string {
  const cwd = process.cwd() + '/';
  return abs.startsWith(cwd) ? abs.slice(cwd.length) : abs;
}
