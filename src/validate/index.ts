// The validate stage: well-formedness, the RELAX NG grammar (project schema or any other), and the integrity rules.
import { join } from 'node:path';
import { DiagnosticSink, type Diagnostic } from '../diagnostics';
import { checkIntegrity } from './integrity';
import { compileSchema, validateRelaxNg, type RelaxNgSchema, type XmlDocument } from './relaxng';
import { checkWellFormed } from './wellformed';
import { readElements } from './xml-tree';

export type { RelaxNgSchema, XmlDocument };

/** The project's TEI customization, shipped in schema/. */
export const PROJECT_SCHEMA_PATH = join(__dirname, '..', '..', 'schema', 'tei-edition.rng');

/** What to check. */
export interface ValidateOptions {
  /** Grammar to check against (a path to a RELAX NG schema); the project schema when absent. */
  schema?: string;
  /** Run the integrity rules (pointers, ids, dates); on by default. */
  integrity?: boolean;
}

/** Validates documents; compiles each schema once and keeps it for later calls. */
export class Validator {
  private readonly schemas = new Map<string, Promise<RelaxNgSchema>>();

  /** The compiled schema at a path (the project schema by default). */
  schema(path: string = PROJECT_SCHEMA_PATH): Promise<RelaxNgSchema> {
    let schema = this.schemas.get(path);
    if (!schema) {
      schema = compileSchema(path);
      this.schemas.set(path, schema);
    }
    return schema;
  }

  /** Every problem of every document, all at once; documents without any are valid. */
  async validate(docs: XmlDocument[], options: ValidateOptions = {}): Promise<Diagnostic[]> {
    const schema = await this.schema(options.schema);
    return docs.flatMap((doc) => validateOne(doc, schema, options.integrity !== false));
  }
}

function validateOne(doc: XmlDocument, schema: RelaxNgSchema, integrity: boolean): Diagnostic[] {
  const sink = new DiagnosticSink(doc.file);
  if (!checkWellFormed(doc.xml, sink)) return sink.items;
  const diagnostics = validateRelaxNg(doc, schema);
  if (integrity) diagnostics.push(...checkIntegrity(readElements(doc.xml), doc.file));
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** One-off validation (compiles the schema for this call); hold a Validator to validate often. */
export function validateDocuments(docs: XmlDocument[], options: ValidateOptions = {}): Promise<Diagnostic[]> {
  return new Validator().validate(docs, options);
}
