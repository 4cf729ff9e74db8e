// The register of persons, organizations, places and terms: JSON checked by schema/register.schema.json (ajv).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonAst, type DocumentNode, type ValueNode } from '@humanwhocodes/momoa';
import { createHash } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics';
import type { EntityType } from '../model/edition';

/** Authority identifiers of an entry (verified ones only). */
export interface Authority {
  wikidata?: string;
  viaf?: string;
  geonames?: string;
}

/** One person, organization or place of the register. */
export interface RegisterEntry {
  id: string;
  name: string;
  fullName?: string;
  variants?: string[];
  originalName?: string;
  note?: string;
  authority?: Authority;
  birth?: string;
  death?: string;
  role?: string;
}

/** A recurring foreign term with its original form and gloss. */
export interface RegisterTerm {
  id: string;
  translit: string;
  original?: string;
  lang?: string;
  gloss?: string;
}

export interface Register {
  persons: RegisterEntry[];
  organizations: RegisterEntry[];
  places: RegisterEntry[];
  terms: RegisterTerm[];
}

/** The register's list for an entity type. */
export const REGISTER_LIST: Record<EntityType, 'persons' | 'organizations' | 'places'> = {
  person: 'persons',
  org: 'organizations',
  place: 'places',
};

export const REGISTER_SCHEMA_PATH = join(__dirname, '..', '..', 'schema', 'register.schema.json');

/** A register with nothing in it: the rules alone do the work. */
export function emptyRegister(): Register {
  return { persons: [], organizations: [], places: [], terms: [] };
}

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** ajv's validator of the schema compiled by `npm run build` (schema/compile.js), with the sha256 of the schema it was made from. */
const PRECOMPILED_PATH = join(__dirname, '..', '..', 'schema', 'register.validate.js');

/** ajv's options for the register's schema, here and in schema/compile.js. */
export const REGISTER_AJV_OPTIONS = { allErrors: true, strict: true } as const;

/** What a compiled validator was made from: the schema, ajv's options and ajv's version. */
export function registerValidatorKey(schema: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  return createHash('sha256').update(schema).update(JSON.stringify(REGISTER_AJV_OPTIONS)).update(ajvVersion).digest('hex');
}

let validator: Validate | undefined;

function validate(): Validate {
  if (validator) return validator;
  const schema = readFileSync(REGISTER_SCHEMA_PATH, 'utf8');
  validator = precompiled(registerValidatorKey(schema)) ?? compiled(schema);
  return validator;
}

/**
 * The validator `npm run build` compiled, if it was made from this schema, options and ajv; otherwise (not
 * built, or stale) undefined, and the schema is compiled at run time.
 */
function precompiled(key: string): Validate | undefined {
  let module: Validate & { key?: string };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    module = require(PRECOMPILED_PATH) as Validate & { key?: string };
  } catch {
    return undefined;
  }
  return module.key === key ? module : undefined;
}

/** The schema compiled now; ajv is loaded only then. */
function compiled(schema: string): Validate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  return new Ajv(REGISTER_AJV_OPTIONS).compile(JSON.parse(schema));
}

/**
 * Reads and checks a register file. Returns the register, or undefined with every problem as a
 * diagnostic (JSON path, line and column).
 */
export function loadRegister(file: string, diagnostics: Diagnostic[]): Register | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    diagnostics.push({ code: 'register/read', severity: 'error', file, message: `cannot read the register: ${(err as Error).message}`,
      note: 'Give an existing JSON file with --register, or create input/register.json.' });
    return undefined;
  }
  return parseRegister(text, file, diagnostics);
}

/** Checks register JSON text; see loadRegister. */
export function parseRegister(text: string, file: string, diagnostics: Diagnostic[]): Register | undefined {
  let ast: DocumentNode;
  try {
    ast = parseJsonAst(text);
  } catch (err) {
    const e = err as Error & { line?: number; column?: number };
    diagnostics.push({ code: 'register/json', severity: 'error', file, line: e.line, column: e.column,
      message: `the register is not valid JSON: ${e.message}`, note: 'Fix the JSON syntax at this place.' });
    return undefined;
  }
  const data: unknown = JSON.parse(text);
  const check = validate();
  const problems: Diagnostic[] = check(data) ? [] : (check.errors ?? []).map((e) => schemaDiagnostic(e, ast, file))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (problems.length === 0) problems.push(...duplicateIds(data as Register, ast, file));
  if (problems.length > 0) {
    diagnostics.push(...problems);
    return undefined;
  }
  return { ...emptyRegister(), ...(data as Partial<Register>) };
}

function schemaDiagnostic(error: ErrorObject, ast: DocumentNode, file: string): Diagnostic {
  const node = nodeAt(ast, error.instancePath);
  const where = error.instancePath || '(root)';
  const extra = error.keyword === 'additionalProperties' ? ` "${String(error.params.additionalProperty)}"` : '';
  return {
    code: 'register/schema', severity: 'error', file, line: node?.loc.start.line, column: node?.loc.start.column,
    message: `${where}: ${error.message ?? 'is invalid'}${extra}`,
    note: `See schema/register.schema.json (${error.schemaPath}).`,
  };
}

function duplicateIds(register: Register, ast: DocumentNode, file: string): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const list of ['persons', 'organizations', 'places', 'terms'] as const) {
    (register[list] ?? []).forEach((entry, i) => {
      if (seen.has(entry.id)) {
        const node = nodeAt(ast, `/${list}/${i}/id`);
        out.push({ code: 'register/duplicate-id', severity: 'error', file, line: node?.loc.start.line, column: node?.loc.start.column,
          message: `/${list}/${i}/id: "${entry.id}" is used by another entry`, note: 'Every entry needs its own id; merge the two entries or rename one.' });
      }
      seen.add(entry.id);
    });
  }
  return out;
}

/** The AST node at a JSON pointer, for its line and column. */
function nodeAt(ast: DocumentNode, pointer: string): ValueNode | undefined {
  let node: ValueNode | undefined = ast.body;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node?.type === 'Object') node = node.members.find((m) => m.name.type === 'String' && m.name.value === key)?.value;
    else if (node?.type === 'Array') node = node.elements[Number(key)]?.value;
    else return node;
  }
  return node;
}
