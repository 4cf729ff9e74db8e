// Serialises the TEI tree, indenting only element-only containers: whitespace in mixed content is text.
import type { XMLBuilder } from './builder';

/**
 * Elements whose content model has no text: indenting inside them changes nothing. Every other
 * element (p, said, opener, persName, bibl, creation…) is mixed content and is written as is.
 */
const ELEMENT_ONLY = new Set([
  'TEI', 'teiHeader', 'fileDesc', 'titleStmt', 'respStmt', 'publicationStmt', 'notesStmt', 'sourceDesc',
  'encodingDesc', 'appInfo', 'application', 'editorialDecl', 'correction', 'normalization', 'quotation',
  'hyphenation', 'segmentation', 'interpretation', 'punctuation', 'profileDesc', 'langUsage', 'abstract',
  'text', 'body', 'back', 'div', 'standOff', 'listPerson', 'person', 'listOrg', 'org', 'listPlace', 'place',
  'list', 'listBibl', 'revisionDesc', 'particDesc', 'settingDesc', 'textClass', 'keywords', 'spanGrp',
]);

interface DomNode {
  nodeType: number;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
  ownerDocument: { createTextNode(text: string): DomNode } | null;
  insertBefore(node: DomNode, before: DomNode | null): void;
  appendChild(node: DomNode): void;
}

const ELEMENT_NODE = 1;

/** The document as UTF-8 XML text with LF line ends and a final newline. */
export function serialize(root: XMLBuilder): string {
  indent(root.node as unknown as DomNode, 0);
  const xml = root.end({ prettyPrint: false });
  const rootAt = xml.indexOf('<TEI');
  // The prolog holds only processing instructions: one per line.
  return `${xml.slice(0, rootAt).replace(/\?></g, '?>\n<')}\n${xml.slice(rootAt)}\n`;
}

function indent(node: DomNode, depth: number): void {
  if (node.nodeType !== ELEMENT_NODE || !ELEMENT_ONLY.has(node.localName ?? '')) return;
  const children = Array.from(node.childNodes);
  if (children.length === 0 || children.some((c) => c.nodeType !== ELEMENT_NODE)) return;
  const doc = node.ownerDocument!;
  for (const child of children) {
    node.insertBefore(doc.createTextNode('\n' + '  '.repeat(depth + 1)), child);
    indent(child, depth + 1);
  }
  node.appendChild(doc.createTextNode('\n' + '  '.repeat(depth)));
}
