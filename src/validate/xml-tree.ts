// Reads TEI text into a flat list of elements with positions (fast-xml-parser), for the integrity rules.
import { XMLParser } from 'fast-xml-parser';
import { lineStartsOf, positionAt, type Position } from '../source';

/** One element of a parsed document, in document order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  at: Position;
  /** Index of the parent element in the list; -1 for the root. */
  parent: number;
  /** Concatenated text of the element and its descendants. */
  text: string;
}

type OrderedNode = Record<string | symbol, unknown>;

const ATTR_KEY = ':@';
const META = XMLParser.getMetaDataSymbol() as symbol;

/** Elements in document order; the caller has checked that the XML is well-formed. */
export function readElements(xml: string): XmlElement[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    captureMetaData: true,
    maxNestedTags: 1000,
  });
  const lineStarts = lineStartsOf(xml);
  const out: XmlElement[] = [];
  walk(parser.parse(xml) as OrderedNode[], -1, out, lineStarts);
  return out;
}

function walk(nodes: OrderedNode[], parent: number, out: XmlElement[], lineStarts: number[]): string {
  let text = '';
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ATTR_KEY);
    if (name === undefined) continue;
    if (name === '#text') {
      text += String(node[name]);
      continue;
    }
    if (name.startsWith('?') || name === '#comment') continue;
    const meta = node[META] as { startIndex?: number } | undefined;
    const index = out.length;
    const element: XmlElement = {
      name,
      attrs: (node[ATTR_KEY] as Record<string, string> | undefined) ?? {},
      at: positionAt({ lineStarts }, meta?.startIndex ?? 0),
      parent,
      text: '',
    };
    out.push(element);
    element.text = walk(node[name] as OrderedNode[], index, out, lineStarts);
    text += element.text;
  }
  return text;
}
