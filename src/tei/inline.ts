// Writes inline model nodes as TEI: one clause per node kind.
import type { Inline } from '../model/edition';
import { TOOL_ID } from '../version';
import { el, type XMLBuilder } from './builder';

const NAME_ELEMENT = { person: 'persName', org: 'orgName', place: 'placeName' } as const;

/** What the writer numbers across the document: notes get @n and an xml:id where they are called. */
export interface WriteContext {
  docId: string;
  notes: number;
}

/** Appends inline content to an element. */
export function writeInlines(parent: XMLBuilder, nodes: Inline[], ctx: WriteContext): void {
  for (const node of nodes) writeInline(parent, node, ctx);
}

function writeInline(parent: XMLBuilder, node: Inline, ctx: WriteContext): void {
  switch (node.kind) {
    case 'text':
      parent.txt(node.text);
      return;
    case 'lb':
      el(parent, 'lb');
      return;
    case 'rejoin':
      parent.txt(' ');
      el(parent, 'pb', { type: 'rejoin', cert: 'medium', resp: `#${TOOL_ID}` });
      return;
    case 'name':
      writeInlines(el(parent, NAME_ELEMENT[node.type], { ref: `#${node.ref}`, cert: node.cert }), node.children, ctx);
      return;
    case 'date':
      // A date the converter could not read stays text: the project schema wants @when on every date.
      if (!node.value.when && !node.value.from) return writeInlines(parent, node.children, ctx);
      writeInlines(
        el(parent, 'date', {
          when: node.value.when,
          from: node.value.from,
          to: node.value.to,
          cert: node.value.inferred ? 'medium' : undefined,
          evidence: node.value.inferred ? 'internal' : undefined,
        }),
        node.children,
        ctx,
      );
      return;
    case 'said':
      writeInlines(
        el(parent, 'said', {
          'xml:id': node.id, who: `#${node.who}`, direct: 'true', cert: node.cert,
          next: node.next && `#${node.next}`, prev: node.prev && `#${node.prev}`,
        }),
        node.children,
        ctx,
      );
      return;
    case 'foreign':
      writeInlines(el(parent, 'foreign', { 'xml:lang': node.lang }), node.children, ctx);
      return;
    case 'note':
      ctx.notes += 1;
      el(parent, 'note', { type: node.type, n: ctx.notes, 'xml:id': `${ctx.docId}-n${ctx.notes}`, resp: `#${TOOL_ID}` }, node.text);
      return;
    case 'noteRef':
      el(parent, 'ref', { type: 'noteRef', target: `#${endnoteId(ctx.docId, node.n)}` }, node.text);
      return;
    case 'supplied':
      writeInlines(el(parent, 'supplied', { reason: node.reason }), node.children, ctx);
      return;
    case 'gap':
      el(el(parent, 'gap', { reason: node.reason }), 'desc', {}, node.desc);
      return;
    case 'abbr': {
      const choice = el(parent, 'choice');
      el(choice, 'abbr', {}, node.abbr);
      el(choice, 'expan', { resp: `#${TOOL_ID}` }, node.expan);
      return;
    }
    case 'sic': {
      const choice = el(parent, 'choice');
      el(choice, 'sic', {}, node.sic);
      el(choice, 'corr', { resp: `#${TOOL_ID}`, cert: 'high' }, node.corr);
      return;
    }
    default: {
      const unknown: never = node;
      throw new Error(`unhandled inline node ${JSON.stringify(unknown)}`);
    }
  }
}

/** The xml:id of one of the document's own endnotes. */
export function endnoteId(docId: string, n: string): string {
  return `${docId}-en${n}`;
}
