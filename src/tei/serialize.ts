// Serialises the TEI tree, indenting only element-only containers: whitespace in mixed content is text.
import type { XMLBuilder } from './builder';

/**
 * Elements whose content model has no text: indenting inside them changes nothing. Every other
 * element (p, said, opener, persName, bibl, creation, note…) is mixed content and is written as is.
 */
const ELEMENT_ONLY = new Set([
  'TEI', 'teiHeader', 'fileDesc', 'titleStmt', 'respStmt', 'publicationStmt', 'notesStmt', 'sourceDesc',
  'encodingDesc', 'appInfo', 'application', 'editorialDecl', 'correction', 'normalization', 'quotation',
  'hyphenation', 'segmentation', 'interpretation', 'punctuation', 'profileDesc', 'langUsage', 'abstract',
  'text', 'body', 'back', 'div', 'standOff', 'listPerson', 'person', 'listOrg', 'org', 'listPlace', 'place',
  'list', 'listBibl', 'revisionDesc', 'particDesc', 'settingDesc', 'textClass', 'keywords', 'spanGrp',
]);

/** A tag (quoted attribute values may hold ">"), or a run of text. */
const TOKEN = /<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g;

/** The document as UTF-8 XML text with LF line ends and a final newline. */
export function serialize(root: XMLBuilder): string {
  return indent(root.end({ prettyPrint: false })) + '\n';
}

/**
 * One pass over the compact serialisation (a DOM pass would insert nodes one by one, which
 * xmlbuilder2's DOM does in linear time each): a newline and indentation go before each child of an
 * element-only container and before its end tag; the prolog's instructions get a line each.
 */
function indent(xml: string): string {
  const out: string[] = [];
  const open: { name: string; children: number }[] = [];
  for (const [token] of xml.matchAll(TOKEN)) {
    if (token.startsWith('<?')) {
      out.push(out.length > 0 ? `\n${token}` : token);
      continue;
    }
    const parent = open[open.length - 1];
    const margin = () => `\n${'  '.repeat(open.length)}`;
    if (token.startsWith('</')) {
      const closed = open.pop()!;
      if (ELEMENT_ONLY.has(closed.name) && closed.children > 0) out.push(`\n${'  '.repeat(open.length)}`);
      out.push(token);
    } else if (token.startsWith('<')) {
      if (!parent || ELEMENT_ONLY.has(parent.name)) out.push(open.length === 0 ? '\n' : margin());
      if (parent) parent.children += 1;
      out.push(token);
      if (!token.endsWith('/>')) open.push({ name: /^<([^\s/>]+)/.exec(token)![1]!, children: 0 });
    } else {
      out.push(token);
    }
  }
  return out.join('');
}
