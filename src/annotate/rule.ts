// What a rule is: a named function from a unit's text to spans, with the document's context.
import type { Language } from '../model/edition';
import type { Gazetteer } from './gazetteer';
import type { RegisterIndex } from './register-index';
import type { RegisterTerm } from './register';
import type { PersonParts } from './rules/name-span';
import type { Span } from './spans';
import type { Unit } from './unit';

/** What every rule may consult. */
export interface RuleContext {
  register: RegisterIndex;
  gazetteer: Gazetteer;
  /** Register terms by lower-case romanized form. */
  terms: Map<string, RegisterTerm>;
  /** Year of the document date: the year of dates written without one. */
  refYear?: number;
  /** The document date (ISO), for dates that look ahead of it. */
  documentDate?: string;
  /** The language the document was written in (its "Original Language"), for the words of it the translator kept. */
  originalLanguage?: Language;
  /** Names and surnames of persons found anywhere in the document by the strong rules (filled between passes). */
  knownNames: Map<string, PersonParts>;
  /** Organizations of two or more words found anywhere in the document, by text (filled between passes). */
  knownOrganizations: Map<string, string>;
  /** The document's words (its title, summary and text), for names whose meaning the document decides ("MNR"). */
  documentText: string;
  /** Places found by their context ("at Kokkina"), by name → key: the same name elsewhere is the place too. */
  knownPlaces: Map<string, string>;
}

/** One annotation rule. */
export interface Rule {
  name: string;
  find(unit: Unit, ctx: RuleContext): Span[];
}
