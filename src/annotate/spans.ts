// Spans found by the rules over a unit's text, and how accepted spans become nested inline nodes.
import type { Certainty, DateValue, EntityType, Inline, NoteNode } from '../model/edition';

/** What a span becomes. Names get their entity id later, when every mention of the document is known. */
export type SpanKind =
  | { kind: 'name'; type: EntityType; key: string; cert: Certainty; registerId?: string }
  | { kind: 'date'; value: DateValue }
  | { kind: 'said'; who: string; cert: Certainty; part?: { group: number; index: number; count: number }; /** The words of a turn of minutes, which may hold quotations. */ turn?: boolean }
  | { kind: 'foreign'; lang: string }
  | { kind: 'supplied'; reason: string; text: string; /** A first name supplied before a surname ("[Dean] Rusk"), part of the name. */ namePart?: boolean }
  | { kind: 'gap'; reason: string; desc: string }
  | { kind: 'abbr'; abbr: string; expan: string }
  | { kind: 'sic'; sic: string; corr: string }
  | { kind: 'note'; note: NoteNode };

/** A stretch of a unit's text [start, end) and what it becomes; notes are zero-width. */
export type Span = SpanKind & { start: number; end: number; rule: string };

/** Span kinds that replace their text: nothing may be found inside them. */
const LEAVES = new Set(['gap', 'abbr', 'sic', 'note']);
/** What the translator's brackets may hold besides text: "he [Pham Van Dong] said", "[the 22nd of] October". */
const IN_SUPPLIED = new Set(['name', 'date', 'abbr', 'sic']);
/** Span kinds that are names: a name inside another name is not marked (TEI allows it, our readers don't need it). */
const NAMES = new Set(['name']);

/** True when `inner` may sit inside `outer`. */
function mayContain(outer: Span, inner: Span): boolean {
  if (LEAVES.has(outer.kind)) return false;
  // "12 January [1950]": a date holds only the year the translator supplied.
  if (outer.kind === 'date') return inner.kind === 'supplied';
  // "[Dean]" of "[Dean] Rusk" is part of a name, not one.
  if (outer.kind === 'supplied') return IN_SUPPLIED.has(inner.kind) && !(inner.kind === 'name' && outer.namePart);
  if (NAMES.has(outer.kind) && (NAMES.has(inner.kind) || inner.kind === 'said' || inner.kind === 'date' || inner.kind === 'note')) return false;
  // A turn of minutes may quote others: "KOSYGIN: … as Brezhnev said, "…"".
  if (outer.kind === 'said' && inner.kind === 'said') return outer.turn === true;
  if (outer.kind === 'foreign' && inner.kind !== 'sic') return false;
  return true;
}

/**
 * Adds `span` to the accepted set if it nests properly with every accepted span (contained in it,
 * containing it, or apart) and the nesting is allowed. Rules run in priority order, so earlier wins.
 */
export function accept(accepted: Span[], span: Span): boolean {
  for (const other of accepted) {
    const apart = span.end <= other.start || other.end <= span.start;
    if (apart && !(span.start === span.end && other.start < span.start && span.start < other.end)) continue;
    const inside = other.start <= span.start && span.end <= other.end;
    const around = span.start <= other.start && other.end <= span.end;
    if (inside && around) {
      // Same extent: a container may wrap a leaf or a name (said around a whole name is fine), not the same kind.
      if (span.kind === other.kind) return false;
      continue;
    }
    if (inside && !mayContain(other, span)) return false;
    if (around && !mayContain(span, other)) return false;
    if (!inside && !around) return false;
  }
  accepted.push(span);
  return true;
}

/** Ids given to the names and quotations of the document, decided after all units were read. */
export interface Resolution {
  entityId(span: Span & { kind: 'name' }): string;
  saidIds(span: Span & { kind: 'said' }): { id?: string; next?: string; prev?: string };
}

/**
 * Turns a unit's text (with placeholders for non-text nodes) and its accepted spans into inline nodes.
 * Spans are nested by extent; equal extents put the container (said, name) outside the leaf.
 */
export function buildInlines(text: string, placeholders: Inline[], spans: Span[], ids: Resolution): Inline[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  let next = 0;
  // Builds the nodes of [from, to); a zero-width span at `to` belongs to the outermost level only.
  const build = (from: number, to: number, top: boolean): Inline[] => {
    const out: Inline[] = [];
    let cursor = from;
    for (let span = sorted[next]; span && (span.start < to || (top && span.start === to)); span = sorted[next]) {
      next += 1;
      // A span that crosses another cannot be written; `accept` lets none through, and skipping one keeps the rest.
      if (span.start < cursor || span.end > to) continue;
      out.push(...plain(text.slice(cursor, span.start), placeholders));
      // The brackets of a supplement are its markup, not its text.
      const children = LEAVES.has(span.kind) ? [] : span.kind === 'supplied' ? build(span.start + 1, span.end - 1, false) : build(span.start, span.end, false);
      out.push(toInline(span, children, ids));
      cursor = span.end;
    }
    out.push(...plain(text.slice(cursor, to), placeholders));
    return out;
  };
  return build(0, text.length, true);
}

/** Containers sort before what they contain when both have the same extent. */
function rank(span: Span): number {
  return span.kind === 'said' ? 0 : span.kind === 'name' ? 1 : span.kind === 'foreign' ? 2 : 3;
}

/** Placeholder characters stand for the non-text nodes of a unit (line breaks, page-break joins, dates already made). */
export const PLACEHOLDER_BASE = 0xe000;

/** Text with its placeholders turned back into the nodes they stand for. */
function plain(text: string, placeholders: Inline[]): Inline[] {
  const out: Inline[] = [];
  let run = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const node = code >= PLACEHOLDER_BASE && code < PLACEHOLDER_BASE + placeholders.length ? placeholders[code - PLACEHOLDER_BASE] : undefined;
    if (node) {
      if (run) out.push({ kind: 'text', text: run });
      run = '';
      out.push(node);
    } else run += ch;
  }
  if (run) out.push({ kind: 'text', text: run });
  return out;
}

function toInline(span: Span, children: Inline[], ids: Resolution): Inline {
  switch (span.kind) {
    case 'name':
      return { kind: 'name', type: span.type, ref: ids.entityId(span), cert: span.cert, children };
    case 'date':
      return { kind: 'date', value: span.value, children };
    case 'said':
      return { kind: 'said', who: span.who, cert: span.cert, ...ids.saidIds(span), children };
    case 'foreign':
      return { kind: 'foreign', lang: span.lang, children };
    case 'supplied':
      return { kind: 'supplied', reason: span.reason, children };
    case 'gap':
      return { kind: 'gap', reason: span.reason, desc: span.desc };
    case 'abbr':
      return { kind: 'abbr', abbr: span.abbr, expan: span.expan };
    case 'sic':
      return { kind: 'sic', sic: span.sic, corr: span.corr };
    case 'note':
      return span.note;
    default: {
      const unknown: never = span;
      throw new Error(`unhandled span ${JSON.stringify(unknown)}`);
    }
  }
}
