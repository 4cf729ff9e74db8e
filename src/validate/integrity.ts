// Integrity rules that a grammar cannot express (what FRUS checks with Schematron), as a table of named rules.
import type { Diagnostic } from '../diagnostics';
import type { XmlElement } from './xml-tree';

/** One rule: an id for the report, what it checks, and a hint on how to fix a failure. */
export interface IntegrityRule {
  id: string;
  hint: string;
  check(doc: IntegrityContext): Finding[];
}

/** A rule's complaint about one element. */
export interface Finding {
  element: XmlElement;
  message: string;
}

/** The parsed document with its ids indexed. */
export interface IntegrityContext {
  elements: XmlElement[];
  ids: Map<string, XmlElement>;
}

const POINTER_ATTRS = ['ref', 'who', 'target', 'next', 'prev', 'corresp', 'resp'];
const DATE_ATTRS = ['when', 'from', 'to', 'notBefore', 'notAfter'];
const PAIRS: [string, string][] = [['from', 'to'], ['notBefore', 'notAfter']];
const NAME_ELEMENTS = new Set(['persName', 'orgName', 'placeName']);
const ENTRY_ELEMENTS = new Set(['person', 'org', 'place']);
const ISO_DATE = /^-?\d{4}(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** The rules, in the order their findings are reported. */
export const INTEGRITY_RULES: IntegrityRule[] = [
  {
    id: 'id/unique',
    hint: 'Give each element its own xml:id.',
    check: ({ elements }) => {
      const seen = new Set<string>();
      return elements.flatMap((element) => {
        const id = element.attrs['xml:id'];
        if (id === undefined) return [];
        if (!seen.has(id)) {
          seen.add(id);
          return [];
        }
        return [{ element, message: `xml:id "${id}" is used more than once` }];
      });
    },
  },
  {
    id: 'pointer/resolves',
    hint: 'Point at an xml:id of this document (add the register entry, or correct the pointer).',
    check: ({ elements, ids }) =>
      elements.flatMap((element) =>
        POINTER_ATTRS.flatMap((attr) =>
          localPointers(element.attrs[attr])
            .filter((id) => !ids.has(id))
            .map((id) => ({ element, message: `@${attr} points to "#${id}", which no element of the document has as xml:id` })),
        ),
      ),
  },
  {
    id: 'link/reciprocal',
    hint: 'Parts of one quotation point at each other: A has next="#B" and B has prev="#A".',
    check: ({ elements, ids }) =>
      elements.flatMap((element) => {
        const id = element.attrs['xml:id'];
        const findings: Finding[] = [];
        for (const [attr, back] of [['next', 'prev'], ['prev', 'next']] as const) {
          for (const target of localPointers(element.attrs[attr])) {
            const other = ids.get(target);
            if (other && (id === undefined || !localPointers(other.attrs[back]).includes(id))) {
              findings.push({ element, message: `@${attr}="#${target}" is not answered by @${back}="#${id ?? '?'}" on its target` });
            }
          }
        }
        return findings;
      }),
  },
  {
    id: 'date/iso',
    hint: 'Use an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date).',
    check: ({ elements }) =>
      elements.flatMap((element) =>
        DATE_ATTRS.filter((attr) => element.attrs[attr] !== undefined && !isIsoDate(element.attrs[attr]!)).map((attr) => ({
          element,
          message: `@${attr}="${element.attrs[attr]}" is not a valid ISO 8601 date`,
        })),
      ),
  },
  {
    id: 'date/paired',
    hint: 'Give both ends of a range: @from with @to, @notBefore with @notAfter.',
    check: ({ elements }) =>
      elements.flatMap((element) =>
        PAIRS.filter(([a, b]) => (element.attrs[a] === undefined) !== (element.attrs[b] === undefined)).map(([a, b]) => ({
          element,
          message: `@${element.attrs[a] === undefined ? b : a} without @${element.attrs[a] === undefined ? a : b}`,
        })),
      ),
  },
  {
    id: 'name/empty',
    hint: 'A name element must contain the name; remove empty ones.',
    check: ({ elements }) =>
      elements
        .filter((e) => NAME_ELEMENTS.has(e.name) && e.text.trim() === '')
        .map((element) => ({ element, message: `empty <${element.name}>` })),
  },
  {
    id: 'entry/referenced',
    hint: 'Remove the register entry from the document, or mark its mentions with @ref.',
    check: ({ elements }) => {
      const pointed = new Set(elements.flatMap((e) => [...localPointers(e.attrs.ref), ...localPointers(e.attrs.who)]));
      return elements
        .filter((e) => ENTRY_ELEMENTS.has(e.name) && e.attrs['xml:id'] !== undefined && !pointed.has(e.attrs['xml:id']!))
        .map((element) => ({ element, message: `<${element.name} xml:id="${element.attrs['xml:id']}"> is never referenced` }));
    },
  },
];

/** Runs every rule and returns its findings as positioned diagnostics. */
export function checkIntegrity(elements: XmlElement[], file: string): Diagnostic[] {
  const ids = new Map<string, XmlElement>();
  for (const e of elements) if (e.attrs['xml:id'] !== undefined && !ids.has(e.attrs['xml:id'])) ids.set(e.attrs['xml:id'], e);
  const context = { elements, ids };
  return INTEGRITY_RULES.flatMap((rule) =>
    rule.check(context).map((f): Diagnostic => ({
      code: rule.id, severity: 'error', message: `<${f.element.name}>: ${f.message}`, note: rule.hint,
      file, line: f.element.at.line, column: f.element.at.column,
    })),
  );
}

/** The ids of the `#id` pointers in an attribute value (other URIs are not this document's business). */
function localPointers(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(/\s+/).filter((p) => p.startsWith('#') && p.length > 1).map((p) => p.slice(1));
}

function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = m[1] === undefined ? 1 : Number(m[1]);
  if (month < 1 || month > 12) return false;
  if (m[2] === undefined) return true;
  const year = Number(value.slice(0, value.indexOf('-', 1)));
  const day = Number(m[2]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
