// The speaker's name in capitals that opens a turn of minutes ("KOSYGIN. Tell…", "KADAR : Upon greeting…"), shared by the person, organization and speech rules.
import type { NameData } from '../names-data';
import type { RuleContext } from '../rule';
import { titleCase } from './name-patterns';

/** A paragraph that opens with a word in capitals, then a colon or a full stop, then the turn's words. */
export const SPEAKER_LABEL = /^(\p{Lu}[\p{Lu}'’-]{2,})\s?[:.]\s+\S/u;

/**
 * The speaker's label a paragraph opens with, when the lists know it as a surname and as no acronym,
 * title or place ("ZANU: The party agreed…" is a body's acronym).
 */
export function speakerLabel(text: string, ctx: RuleContext, data: NameData): string | undefined {
  const label = SPEAKER_LABEL.exec(text)?.[1];
  if (label === undefined) return undefined;
  const name = titleCase(label);
  const surname = data.surnames.has(name) || data.knownSurnames.includes(name);
  const known = surname && !data.acronyms.has(label) && !data.titleWords.has(name) && !ctx.gazetteer.byName.has(name);
  return known ? label : undefined;
}
