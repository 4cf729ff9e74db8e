// Name spans: what the name rules return, with the parts of a person's name, and how one is made.
import type { Certainty, EntityType } from '../../model/edition';
import type { Span } from '../spans';

/** How a person's name is built, for linking mentions of one person. */
export interface PersonParts {
  surname: string;
  given?: string;
  initials?: string;
  /** A Chinese name in Wade–Giles ("Chou En-lai") in pinyin (Zhou, Enlai), to link it with its pinyin mentions. */
  pinyin?: { surname: string; given?: string };
}

/** A name span, with the parts of a person's name when it is one. */
export type NameSpan = Span & { kind: 'name'; person?: PersonParts; display: string };

/** A name span of the given type, key, certainty and rule. */
export function make(type: EntityType, start: number, end: number, display: string, key: string, cert: Certainty, rule: string): NameSpan {
  return { kind: 'name', type, key, cert, start, end, display, rule };
}

/** A key made from a name: "Lok Sabha" → "lok-sabha", without accents or apostrophes. */
export function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
