// The validate stage: well-formedness, the RELAX NG grammar (project schema or any other), and the integrity rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSink, type Diagnostic } from '../diagnostics';
import { checkIntegrity } from './integrity';
import { validateRelaxNg, type RelaxNgSchema, type XmlDocument } from './relaxng';
import { checkWellFormed } from './wellformed';
import { readElements } from './xml-tree';

export type { RelaxNgSchema, XmlDocument };

/** The project's TEI customization, shipped in schema/. */
export const PROJECT_SCHEMA_PATH = join(__dirname, '..', '..', 'schema', 'tei-edition.rng');

/** Reads a RELAX NG schema file. */
export function loadSchema(path: string = PROJECT_SCHEMA_PATH): RelaxNgSchema {
  return { file: path, text: readFileSync(path, 'utf8') };
}

/** What to check. */
export interface ValidateOptions {
  /** Grammar to check against; the project schema when absent. */
  schema?: RelaxNgSchema;
  /** Run the integrity rules (pointers, ids, dates); on by default. */
  integrity?: boolean;
}

/** Every problem of every document, all at once; documents without any are valid. */
export async function validateDocuments(docs: XmlDocument[], options: ValidateOptions = {}): Promise<Diagnostic[]> {
  const schema = options.schema ?? loadSchema();
  const diagnostics: Diagnostic[] = [];
  const wellFormed: XmlDocument[] = [];
  for (const doc of docs) {
    const sink = new DiagnosticSink(doc.file);
    if (checkWellFormed(doc.xml, sink)) wellFormed.push(doc);
    diagnostics.push(...sink.items);
  }
  diagnostics.push(...(await validateRelaxNg(wellFormed, schema)));
  if (options.integrity !== false) {
    for (const doc of wellFormed) diagnostics.push(...checkIntegrity(readElements(doc.xml), doc.file));
  }
  return diagnostics;
}
