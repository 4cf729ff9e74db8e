// Writes the text: one div per document with its opener, numbered paragraphs and closer.
import type { Edition, FrameLine, Inline } from '../model/edition';
import { el, type XMLBuilder } from './builder';
import { endnoteId, writeInlines, type WriteContext } from './inline';

/** Writes `<text>` for an edition. */
export function writeText(parent: XMLBuilder, edition: Edition): void {
  const text = el(parent, 'text', { 'xml:lang': edition.header.language.ident });
  const body = el(text, 'body');
  const div = el(body, 'div', { type: 'document', n: edition.header.recordId });
  const ctx: WriteContext = { docId: edition.id, notes: 0 };
  if (edition.opener.length > 0) writeFrame(el(div, 'opener'), edition.opener, ctx, 'opener');
  for (const p of edition.paragraphs) writeInlines(el(div, 'p', { n: p.n, 'xml:id': `${edition.id}-p${p.n}` }), p.content, ctx);
  // TEI forbids an empty div: a document with no paragraph still needs one.
  if (edition.paragraphs.length === 0) el(div, 'p');
  if (edition.closer.length > 0) writeFrame(el(div, 'closer'), edition.closer, ctx, 'closer');
  if (edition.endnotes.length > 0) writeEndnotes(el(el(text, 'back'), 'div', { type: 'notes' }), edition, ctx);
}

/** The document's own notes, after it as the archive prints them, each with its number as its label. */
function writeEndnotes(parent: XMLBuilder, edition: Edition, ctx: WriteContext): void {
  for (const note of edition.endnotes) {
    const element = el(parent, 'note', { type: 'endnote', n: note.n, 'xml:id': endnoteId(edition.id, note.n) });
    if (note.label) el(element, 'label', {}, note.label);
    writeInlines(element, note.content, ctx);
  }
}

const SIGNATURE_ROLES = new Set<FrameLine['role']>(['role', 'signatureMark', 'signatureName']);

/**
 * Opener and closer items in document order. A run of signature lines becomes one `signed`; in
 * the opener, the author's name under "FROM THE DIARY OF" goes inside that byline (TEI allows
 * docAuthor there). TEI has no byline in a closer: there both stay segments.
 */
function writeFrame(parent: XMLBuilder, items: FrameLine[], ctx: WriteContext, place: 'opener' | 'closer'): void {
  let group: { element: XMLBuilder; kind: 'signed' | 'byline' } | undefined;
  for (const item of items) {
    const kind = SIGNATURE_ROLES.has(item.role) ? 'signed' : place === 'opener' && (item.role === 'docAuthor' || item.role === 'byline') ? 'byline' : undefined;
    if (kind && group?.kind === kind && item.role !== 'byline') {
      el(group.element, 'lb');
      writeFrameLine(group.element, item, ctx);
    } else if (kind) {
      group = { element: el(parent, kind), kind };
      if (item.role === 'byline') writeLines(group.element, item.lines, ctx);
      else writeFrameLine(group.element, item, ctx);
    } else {
      group = undefined;
      writeFrameLine(parent, item, ctx);
    }
  }
}

function writeFrameLine(parent: XMLBuilder, item: FrameLine, ctx: WriteContext): void {
  switch (item.role) {
    case 'byline':
      return writeLines(el(parent, 'seg', { type: 'byline' }), item.lines, ctx);
    case 'docAuthor':
      return writeLines(parent.node.nodeName === 'byline' ? el(parent, 'docAuthor') : el(parent, 'seg', { type: 'docAuthor' }), item.lines, ctx);
    case 'dateline':
      return writeLines(el(parent, 'dateline'), item.lines, ctx);
    case 'classification':
      return writeLines(el(parent, 'seg', { type: 'classification', subtype: slug(item) }), item.lines, ctx);
    case 'copy':
      return writeLines(el(parent, 'seg', { type: 'copy', n: lastToken(item) }), item.lines, ctx);
    case 'number':
      return writeLines(el(parent, 'seg', { type: 'number', n: lastToken(item) }), item.lines, ctx);
    case 'title':
      return writeLines(el(parent, 'seg', { type: 'title' }), item.lines, ctx);
    case 'role':
      return writeLines(el(parent, 'seg', { type: 'role' }), item.lines, ctx);
    case 'signatureMark':
      return writeLines(el(parent, 'seg', { type: 'signatureMark' }), item.lines, ctx);
    case 'signatureName':
    case 'other':
      return writeLines(parent, item.lines, ctx);
    default: {
      const unknown: never = item.role;
      throw new Error(`unhandled frame line role ${String(unknown)}`);
    }
  }
}

function writeLines(parent: XMLBuilder, lines: Inline[][], ctx: WriteContext): void {
  lines.forEach((line, i) => {
    if (i > 0) el(parent, 'lb');
    writeInlines(parent, line, ctx);
  });
}

function plain(item: FrameLine): string {
  return item.lines.flat().map((n) => (n.kind === 'text' ? n.text : ' ')).join('');
}

/** The stamp as a token for @subtype: "TOP SECRET" → "top-secret". */
function slug(item: FrameLine): string {
  return plain(item).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

function lastToken(item: FrameLine): string | undefined {
  return /([\w/.-]*\d[\w/-]*)\.?$/.exec(plain(item))?.[1];
}
