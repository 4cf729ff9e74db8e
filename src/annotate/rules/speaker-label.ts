// The speaker's name that opens a turn of minutes ("KOSYGIN. Tell…", "Mengistu Haile Mariam: We thank…"), shared by the person, organization and speech rules.
import type { NameData } from '../names-data';
import type { RuleContext } from '../rule';
import type { Unit } from '../unit';
import { isEnglishWord } from '../english';
import { CAP, DEMONYM, MONTH_OR_DAY, titleCase } from './name-patterns';

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

const TURN = new RegExp(`^(${CAP}(?:\\s${CAP}){1,3}):\\s+\\S`, 'u');

/**
 * "Mengistu Haile Mariam: We thank…": the name that opens a turn of minutes is its speaker's, when one of its
 * words is a name the lists know and none is a word of other kinds ("Soviet Side:", "Top Secret:"); or a name of
 * one word no list knows that labels two or more turns ("Malile:", see labelOfMinutes).
 */
export function turnSpeaker(unit: Unit, ctx: RuleContext, data: NameData): string | undefined {
  if (unit.place !== 'paragraph') return undefined;
  const name = TURN.exec(unit.text)?.[1] ?? labelOfMinutes(unit.text, ctx, data);
  if (!name || ctx.gazetteer.byName.has(name)) return undefined;
  const words = name.split(/\s+/);
  const other = (w: string) => data.notNames.has(w) || data.titleWords.has(w) || data.acronyms.has(w) || ctx.gazetteer.byName.has(w) || DEMONYM.test(w) || MONTH_OR_DAY.test(w);
  if (words.some(other)) return undefined;
  return words.some((w) => data.givenNames.has(w) || data.surnames.has(w)) || !name.includes(' ') ? name : undefined;
}

const ONE_WORD_TURN = new RegExp(`^(${CAP}):\\s+\\S`, 'u');

/**
 * "Malile: I have a very urgent letter for you.": a name no list knows that labels two or more turns of the document's
 * minutes; no common word ("Record:", "Translator:", "Location:"), title, place, month or body.
 */
function labelOfMinutes(text: string, ctx: RuleContext, data: NameData): string | undefined {
  const word = ONE_WORD_TURN.exec(text)?.[1];
  if (!word || word.length < 4 || MEMO_WORD.test(word) || isEnglishWord(word.toLowerCase()) || data.titleWords.has(word) || data.acronyms.has(word) ||
    data.bodies.includes(word) || ctx.gazetteer.byName.has(word) || DEMONYM.test(word) || MONTH_OR_DAY.test(word) || data.notNames.has(word)) return undefined;
  return (labelCounts(ctx.documentText).get(word) ?? 0) >= 2 ? word : undefined;
}

/** A memorandum's headings, abbreviated or in another language, that open paragraphs as labels do ("Encl:", "Attn:", "Nota:"). */
const MEMO_WORD = /^(?:Encl|Encls|Attn|Nota|Betr|Betreff|Anlage|Subj|Distr|Orig|Ref|Tel|Fax|Telex)$/u;

let countedText: string | undefined;
let counted = new Map<string, number>();

/** How many paragraphs of the document open with each one-word label, counted once per document. */
function labelCounts(documentText: string): Map<string, number> {
  if (countedText === documentText) return counted;
  counted = new Map();
  for (const m of documentText.matchAll(/(?:^|\n)(\p{Lu}\p{Ll}+):\s/gu)) counted.set(m[1]!, (counted.get(m[1]!) ?? 0) + 1);
  countedText = documentText;
  return counted;
}
