// "Nothing lost": the words of a TEI <text> read as the transcript has them, to compare with the source.
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;

/** Elements that stand on lines of their own in the transcript: their edges separate words. */
const LINE_ELEMENTS = new Set(['p', 'opener', 'closer', 'byline', 'docAuthor', 'dateline', 'seg', 'signed', 'head', 'lb', 'div', 'body']);
/** Editorial additions that are not in the transcript (but a note of type "endnote" is the document's own). */
const EDITORIAL = new Set(['note', 'expan', 'corr', 'reg']);

/**
 * The words of the transcription in `<text>`: alternatives read as the source has them (abbr, sic),
 * supplied text and gaps put back in the translator's square brackets, notes skipped.
 */
export function teiWords(xml: string): string[] {
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, processEntities: true }).parse(xml) as Node[];
  const text = findElement(tree, 'text');
  return text ? collect(text).split(/\s+/).filter(Boolean) : [];
}

/** The words of a source string, as whitespace-separated tokens. */
export function sourceWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function findElement(nodes: Node[], name: string): Node[] | undefined {
  for (const node of nodes) {
    const key = elementName(node);
    if (key === name) return node[key] as Node[];
    if (key && key !== '#text') {
      const found = findElement(node[key] as Node[], name);
      if (found) return found;
    }
  }
  return undefined;
}

function elementName(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function collect(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    const name = elementName(node);
    if (!name) continue;
    if (name === '#text') out += String(node[name]);
    else if (EDITORIAL.has(name) && !isEndnote(node)) continue;
    else if (name === 'gap') out += `[${collect(findElement(node[name] as Node[], 'desc') ?? [])}]`;
    else if (name === 'supplied') out += `[${collect(node[name] as Node[])}]`;
    else if (LINE_ELEMENTS.has(name)) out += ` ${collect(node[name] as Node[])} `;
    else out += collect(node[name] as Node[]);
  }
  return out;
}

function isEndnote(node: Node): boolean {
  return (node[':@'] as Record<string, string> | undefined)?.['@_type'] === 'endnote';
}
