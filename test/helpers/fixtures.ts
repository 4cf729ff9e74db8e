// Golden-file helpers: compare with the expected file, or rewrite it when UPDATE=1.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const UPDATE = process.env.UPDATE === '1';

/** Scenario folders that hold an `input.txt`. */
export function scenarios(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(FIXTURES, e.name, 'input.txt')))
    .map((e) => e.name)
    .sort();
}

/** The expected content of a golden file (rewritten first when UPDATE=1; missing is a failure). */
export function golden(path: string, actual: string): string {
  if (UPDATE) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`missing golden file ${path}: run \`UPDATE=1 npm test\` and review the new file`);
  return readFileSync(path, 'utf8');
}
