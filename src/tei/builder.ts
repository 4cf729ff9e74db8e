// Thin helpers over xmlbuilder2 for TEI: the namespace, xml:* attributes, and safe serialisation.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

export type { XMLBuilder };

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Attribute values; undefined ones are left out, so callers can pass optional fields directly. */
export type Attrs = Record<string, string | number | undefined>;

/** A new TEI document with its root element. */
export function teiDocument(attrs: Attrs): XMLBuilder {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  doc.ins('xml-model', 'href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"');
  return setAttrs(doc.ele(TEI_NS, 'TEI'), attrs);
}

/** Adds a child element with attributes (in the given order) and optional text. */
export function el(parent: XMLBuilder, name: string, attrs: Attrs = {}, text?: string): XMLBuilder {
  const child = setAttrs(parent.ele(name), attrs);
  if (text !== undefined && text !== '') child.txt(text);
  return child;
}

function setAttrs(node: XMLBuilder, attrs: Attrs): XMLBuilder {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (name.startsWith('xml:')) node.att(XML_NS, name, String(value));
    else node.att(name, String(value));
  }
  return node;
}
