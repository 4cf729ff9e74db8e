// Validates documents against a RELAX NG schema with salve-annos: the grammar compiles once, each error has line and column.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { convertRNGToPattern, readTreeFromJSON, type Grammar, type ValidationError } from 'salve-annos';
import type { Diagnostic } from '../diagnostics';

/** A document to validate: its name in diagnostics and its XML text. */
export interface XmlDocument {
  file: string;
  xml: string;
}

/** A compiled schema and the file it came from. */
export interface RelaxNgSchema {
  file: string;
  grammar: Grammar;
}

const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Compiles a RELAX NG schema (XML syntax); includes are read relative to it. A grammar compiled by
 * `npm run build` (schema/compile.js) beside a schema without includes is read instead, when it was
 * made from the schema as it is now.
 */
export async function compileSchema(file: string): Promise<RelaxNgSchema> {
  const grammar = precompiledGrammar(file);
  if (grammar) return { file, grammar };
  const { pattern } = await convertRNGToPattern(pathToFileURL(file));
  return { file, grammar: pattern };
}

function precompiledGrammar(file: string): Grammar | undefined {
  let compiled: { rngSha256: string; grammar: string };
  try {
    compiled = JSON.parse(readFileSync(file.replace(/\.rng$/, '.salve.json'), 'utf8')) as typeof compiled;
  } catch {
    return undefined;
  }
  const rngSha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  return compiled.rngSha256 === rngSha256 ? readTreeFromJSON(compiled.grammar) : undefined;
}

/**
 * Every grammar error of a well-formed document, each at the element, attribute or text at
 * fault (the start of its tag), with what the schema expected where it can say.
 */
export function validateRelaxNg(doc: XmlDocument, schema: RelaxNgSchema): Diagnostic[] {
  const walker = schema.grammar.newWalker();
  const parser = new SaxesParser({ xmlns: true, position: true });
  const diagnostics: Diagnostic[] = [];
  const open: { name: string; line: number; column: number }[] = [];
  let tagStart = { line: 1, column: 1 };
  let last = { line: 1, column: 1 };
  let text = '';
  let textStart = last;

  const fire = (event: string, params: string[], at: { line: number; column: number }, element: string) => {
    // The attribute's name rides along with its value for the message only; salve takes the value alone.
    const errors = walker.fireEvent(event, event === 'attributeValue' ? params.slice(0, 1) : params);
    if (errors) for (const error of errors) diagnostics.push(toDiagnostic(error, event, params, element, at, doc.file, schema.file));
  };
  const flushText = () => {
    if (text !== '') fire('text', [text], textStart, open[open.length - 1]?.name ?? '');
    text = '';
  };
  parser.on('opentagstart', (tag) => {
    tagStart = { line: parser.line, column: parser.column - tag.name.length - 1 };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    flushText();
    const name = qualified(tag.uri, tag.local);
    open.push({ name, ...tagStart });
    fire('enterStartTag', [tag.uri, tag.local], tagStart, name);
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
      fire('attributeName', [attr.uri, attr.local], tagStart, name);
      fire('attributeValue', [attr.value, qualified(attr.uri, attr.local)], tagStart, name);
    }
    fire('leaveStartTag', [], tagStart, name);
    last = textStart = { line: parser.line, column: parser.column };
  });
  parser.on('text', (t) => {
    if (text === '') textStart = last;
    text += t;
    last = { line: parser.line, column: parser.column };
  });
  parser.on('closetag', (tag) => {
    flushText();
    const element = open.pop();
    fire('endTag', [tag.uri ?? '', tag.local ?? tag.name], element ?? last, element?.name ?? tag.name);
    last = textStart = { line: parser.line, column: parser.column };
  });
  parser.write(doc.xml).close();
  const end = walker.end();
  // An unfinished document after earlier errors only repeats them.
  if (end && diagnostics.length === 0) for (const error of end) diagnostics.push(toDiagnostic(error, 'end', [], '', last, doc.file, schema.file));
  return diagnostics;
}

function qualified(ns: string, local: string): string {
  if (ns === TEI_NS || ns === '') return local;
  if (ns === XML_NS) return `xml:${local}`;
  return `{${ns}}${local}`;
}

/** Turns salve's error into a message that names the element at fault and what was expected. */
function toDiagnostic(
  error: ValidationError, event: string, params: string[], element: string,
  at: { line: number; column: number }, file: string, schemaFile: string,
): Diagnostic {
  const names = error.getNames().flatMap((n) => n.toArray() ?? []).map((n) => qualified(n.ns, n.name));
  const [code, message] = describe(error.msg, event, params, element, names);
  return { code, severity: 'error', message, note: `Expected by ${schemaFile}.`, file, line: at.line, column: at.column };
}

function describe(msg: string, event: string, params: string[], element: string, names: string[]): [string, string] {
  const list = (n: string[]) => [...new Set(n)].slice(0, 12).join(', ') + (new Set(n).size > 12 ? ', …' : '');
  if (event === 'enterStartTag' && params[0] !== TEI_NS) {
    const local = params[1] ?? element;
    return ['schema/namespace', params[0]
      ? `<${local}> is in the namespace ${params[0]}; TEI elements are in ${TEI_NS}`
      : `<${local}> is in no namespace; TEI elements are in ${TEI_NS} (declare xmlns="${TEI_NS}" on the root)`];
  }
  const duplicate = /^ID "(.*)" has already been declared\.$/.exec(msg);
  if (duplicate) return ['schema/duplicate-id', `<${element}>: the xml:id "${duplicate[1]}" is used more than once`];
  switch (msg) {
    case 'tag not allowed here':
      return ['schema/element', `<${element}> is not allowed here`];
    case 'value required':
      return ['schema/empty', `<${element}> must not be empty`];
    case 'attribute not allowed here':
      return ['schema/attribute', `attribute @${qualified(params[0] ?? '', params[1] ?? names[0] ?? '')} is not allowed on <${element}>`];
    case 'invalid attribute value':
      return ['schema/attribute-value', `<${element}> has an invalid value for @${params[1] ?? list(names)}: "${params[0] ?? ''}"`];
    case 'attribute missing':
      return ['schema/missing-attribute', `<${element}> lacks the required attribute @${list(names)}`];
    case 'text not allowed here':
      return ['schema/text', `text is not allowed directly in <${element}>`];
    case 'tag required':
      return ['schema/incomplete', `<${element}> is incomplete: expected ${names.length ? `<${list(names)}>` : 'more content'}`];
    default:
      return ['schema/invalid', `${event === 'end' ? 'the document' : `<${element}>`}: ${msg}${names.length ? ` (${list(names)})` : ''}`];
  }
}
