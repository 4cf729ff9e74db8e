// A unit of annotation: the text of one paragraph or frame line, with placeholders for its non-text nodes.
import type { Inline } from '../model/edition';
import type { Position } from '../source';
import { PLACEHOLDER_BASE } from './spans';

/** Where a unit stands in the document. */
export type UnitPlace = 'opener' | 'paragraph' | 'closer' | 'endnote';

export interface Unit {
  /** The unit's text; each non-text node is one private-use character. */
  text: string;
  placeholders: Inline[];
  place: UnitPlace;
  /** Paragraph number (for the review report and the index). */
  n?: number;
  at: Position;
  /** All-capital text (opener titles): acronym guessing is off there. */
  upperCase: boolean;
}

/** Flattens inline content into a unit. */
export function toUnit(content: Inline[], place: UnitPlace, at: Position, n?: number): Unit {
  const placeholders: Inline[] = [];
  let text = '';
  for (const node of content) {
    if (node.kind === 'text') text += node.text;
    else {
      text += String.fromCharCode(PLACEHOLDER_BASE + placeholders.length);
      placeholders.push(node);
    }
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  return { text, placeholders, place, n, at, upperCase: letters.length > 0 && letters === letters.toUpperCase() };
}

/** The source position of an offset in the unit (exact on the unit's first line). */
export function positionIn(unit: Unit, offset: number): Position {
  return { line: unit.at.line, column: unit.at.column + offset };
}
