// Validates documents against a RELAX NG schema with libxml2 (xmllint-wasm), many documents per call.
import { validateXML } from 'xmllint-wasm';
import type { Diagnostic } from '../diagnostics';

/** libxml2 in WebAssembly runs out of memory on a few thousand documents in one call. */
const BATCH = 500;

/** A document to validate: its name in diagnostics and its XML text. */
export interface XmlDocument {
  file: string;
  xml: string;
}

/** A schema: where it came from (for messages) and its text. */
export interface RelaxNgSchema {
  file: string;
  text: string;
}

/**
 * All grammar errors of all documents, in one libxml2 run: compiling a schema costs far more
 * than checking a document with it, so documents are batched.
 */
export async function validateRelaxNg(docs: XmlDocument[], schema: RelaxNgSchema): Promise<Diagnostic[]> {
  if (docs.length === 0) return [];
  if (docs.length > BATCH) {
    const batches: Diagnostic[][] = [];
    for (let i = 0; i < docs.length; i += BATCH) batches.push(await validateRelaxNg(docs.slice(i, i + BATCH), schema));
    return batches.flat();
  }
  const names = docs.map((_, i) => `doc${i}.xml`);
  const result = await validateXML({
    xml: docs.map((d, i) => ({ fileName: names[i]!, contents: d.xml })),
    schema: [{ fileName: 'schema.rng', contents: schema.text }],
    extension: 'relaxng',
    maxMemoryPages: 16384,
  });
  if (result.valid) return [];
  const byName = new Map(names.map((n, i) => [n, docs[i]!.file]));
  const diagnostics = result.errors
    .filter((e) => !/fails to validate$/.test(e.message.trim()))
    .map((e): Diagnostic => ({
      code: 'schema/invalid',
      severity: 'error',
      message: cleanMessage(e.message),
      note: `Expected by ${schema.file}.`,
      file: e.loc ? byName.get(e.loc.fileName) ?? e.loc.fileName : schemaProblemFile(e.rawMessage, schema, byName),
      line: e.loc?.lineNumber,
    }));
  return diagnostics.length > 0 ? diagnostics : [schemaFailure(result.rawOutput, schema)];
}

function cleanMessage(message: string): string {
  return message.replace(/Relax-NG validity error : /, '').replace(/\s+/g, ' ').trim();
}

function schemaProblemFile(raw: string, schema: RelaxNgSchema, byName: Map<string, string>): string {
  for (const [name, file] of byName) if (raw.includes(name)) return file;
  return schema.file;
}

function schemaFailure(raw: string, schema: RelaxNgSchema): Diagnostic {
  return {
    code: 'schema/unusable', severity: 'error', file: schema.file,
    message: `the RELAX NG schema could not be used: ${raw.trim().split('\n').slice(0, 3).join(' ')}`,
    note: 'Check that the file is a RELAX NG schema in XML syntax (.rng).',
  };
}
