// Direct speech: each quotation becomes said @who, attributed from its reporting clause; a quotation split by "he stated," is two linked parts.
import type { Certainty } from '../../model/edition';
import { nameData } from '../names-data';
import type { Span } from '../spans';
import type { Unit } from '../unit';
import { COMRADE_ABBREVIATION } from './name-patterns';
import { SPEAKER_LABEL } from './speaker-label';

/** Verbs that report speech. */
const VERB = '(?:said|says|stated|states|noted|notes|continued|emphasized|emphasised|declared|answered|replied|remarked|added|asked|repeated|observed|stressed|explained|exclaimed|responded|insisted|pointed out|underlined|underscored|announced|asserted|objected|interrupted|interjected|retorted|countered|rejoined|recalled|commented|acknowledged|concluded|went on|told|began|proposed|suggested|spoke|talked|complained|warned|put\\s+it)';
/** What a speaker is said to give "the following" of: "made the following statements:", "presented the following requests:". */
const FOLLOWING_WORDS = '(?:statements?|points?|remarks?|words|information|views|requests?|proposals?|questions?|considerations|comments|observations|thoughts)';
/** Verbs that report speech only with "the following" and one of those words: "Shtylla presented the following requests:". */
const PUT_FORWARD = '(?:presented|made|raised|expressed|put\\s+forward|set\\s+out|submitted|gave)';
/** An adverb between a speaker and the verb: "X then stated", "he further noted", "Y quietly said". */
const ADVERB = '(?:\\w+ly\\s+|then\\s+|further\\s+|also\\s+)';
/** A person at the end of a subject, perhaps with an adverb after it. */
const SUBJECT_AT_END = new RegExp(`\\uE100\\s*${ADVERB}?$`);
const VERB_AT_END = new RegExp(`${VERB}(?:\\s+\\w+ly)?(?:\\s+(?:that|to\\s+(?:me|us|him|them)))?\\s*[:,]?\\s*$`);
/** "the Prince said": a title alone refers back to the last named speaker, as a pronoun does. */
const TITLE = '(?:Prince|President|Premier|Prime\\s+Minister|Chairman|Minister|Ambassador|King|Shah|Marshal|General|Chancellor)';
const TITLE_REFERENCE = `the\\s+${TITLE}`;
/**
 * What stands before a name that is a preposition's object, not a subject: "the visit of com. L.I. Brezhnev",
 * "Of Modibo Keïta the President spoke warmly" (a preposition opening the sentence too).
 */
const OBJECT_OF_PREPOSITION = `(?:^|[^\\p{L}])(?:[Oo]f|[Ww]ith|[Aa]bout|[Tt]o|[Bb]y|[Ff]or|[Aa]gainst|[Ff]rom|[Oo]n|and)\\s+(?:(?:${COMRADE_ABBREVIATION}|Mr|Mrs|Dr)\\.?\\s+|[Cc]omrade\\s+|${TITLE}\\s+)?`;
/** "he said", "they added": a reporting clause set in commas, which makes the words around it another's account. */
const REPORTING_ASIDE = `(?:he|she|they)\\s+${VERB}`;
/** 'He replied that …', 'The President replied that General Cárdenas was "a patriot"': the sentence reports the speaker's words. */
// "The President thanked me and said that…": the subject may do something else first.
const PRONOUN_BEFORE_VERB = new RegExp(`(?:^|[^\\p{L}])(he|she|I|we|${TITLE_REFERENCE})\\s+(?:[^.!?"“”\\uE100]{1,40}?\\s+and\\s+)?${ADVERB}?${VERB}\\b[^.!?]*$`, 'iu');
/**
 * 'Sayyid Siddiq al-Mahdi, who leads the Umma Party, told the counsellor, com. V.K. Tyurin: "…"', 'The
 * governor of Tarlac, Benigno S. Aquino Jr., one of …, told journalists that the problem is "…"': the
 * person who opens the sentence (after a title, or a role and a comma; before one aside in commas, as in 'Östen Undén,
 * Belfrage said, had told the cabinet: "…"')
 * speaks, when the verb's object ends in a colon or its "that" clause runs into the quotation. The
 * sentence may hold an abbreviation's stop, as in "com.".
 */
const SUBJECT_REPORTS = new RegExp(`^\\s*(?:[^,"“”\\uE100]{1,60},\\s*)?(?:[\\p{L}\\d-]+\\.?\\s+){0,4}\\uE100\\s*(?:,[^"“”]{1,160}?,\\s*)?(?:had\\s+|has\\s+)?${ADVERB}?${VERB}\\b(?:[^!?:"“”]{0,80}:|[^!?"“”]{0,80}\\bthat\\b[^!?"“”]{0,120})\\s*$`, 'u');
/** A sentence whose subject is a noun phrase ("The Americans said:", "In reply, the Chinese side stated:"), right before the verb at its end. */
const NOUN_SUBJECT = new RegExp(`^\\s*(?:[^,"“”\\uE100]{1,40},\\s*)?[Tt]he\\s+(?:(?!and\\s|or\\s)[\\p{L}'’-]+\\s+){0,3}?${ADVERB}?${VERB}(?:\\s+\\w+ly)?(?:\\s+(?:that|to\\s+(?:me|us|him|them)))?\\s*[:,]?\\s*$`, 'u');

/** Whether the subject before the verb at the end of `before` is a noun phrase naming no title ("the Foreign Minister" is a person). */
function isGroupSubject(before: string): boolean {
  const subject = NOUN_SUBJECT.exec(before);
  if (!subject) return false;
  const titles = nameData().titleWords;
  return !subject[0].split(/\s+/).some((w) => titles.has(w) || titles.has(w.charAt(0).toUpperCase() + w.slice(1)));
}

/**
 * A person who speaks in a clause of its own before the quotation, after "that" or a comma, the clause ending in a
 * colon or running into the quotation: 'X told us that at the Politburo General Y had put it thus:', 'Tsedenbal
 * continued, Zhou Enlai had told the ambassador:', 'Chen Yi recalled that … Nehru had told journalists that the army had orders to "…"'.
 */
const EMBEDDED_SPEAKER = new RegExp(`\\bthat\\s[^"“”:;.!?]*?(\\uE100)\\s+(?:had\\s+|has\\s+)?${ADVERB}?(?:${VERB}|put|spoken)\\b[^"“”;.!?\\uE100]*?(?::|\\bthat\\b[^"“”:;.!?\\uE100]*)\\s*$`
  // After a comma the clause must be the last to speak: not 'Östen Undén, Belfrage said, had told the cabinet:'.
  + `|,\\s[^"“”:;.!?]*?(\\uE100)\\s+(?:had\\s+|has\\s+)?${ADVERB}?${VERB}\\b(?:(?!\\b${VERB}\\b)[^"“”:;.!?\\uE100])*:\\s*$`, 'du');
/** 'in Lombardo's words, "…"', 'in his words, "…"': whose words the quotation gives. */
const IN_WORDS = /(?:^|[^\p{L}])in\s+(?:(\uE100)\s*['’]s?|(his|her))\s+(?:own\s+)?words\s*,?\s*$/iu;
/** "the words of X that …", "a speech of Chen Boda: …" (right before the quotation): whose words it gives. */
const WORDS_OF = /(?<![\p{L}])words\s+of\s+[^.!?"“”\uE100]{0,40}?\uE100[^.!?"“”\uE100]*$|(?<![\p{L}])(?:speech|statement|remarks?|article|letter|appeal|message|declaration|address)\s+of\s+(?:[\p{L}.]+\s+){0,3}?\uE100\s*:\s*$/u;
/** "Nasser's words", "the President's remark", "Choe Yong-gon's telegram from Beijing:": whose words a quotation gives, named or by title. */
const POSSESSIVE_WORDS = new RegExp(`(?:(\\uE100)|(?<![\\p{L}])the\\s+(${TITLE}))\\s*['’]s\\s+(?:own\\s+)?(?:words|phrase|remark|statement|telegram|letter|message|speech|article|appeal)(?:\\s+(?:from|to)\\s+[^.!?"“”\\uE100]{1,30})?\\s*:?\\s*$`, 'iu');
/**
 * A title just before a name: "Prince Sihanouk" makes "the Prince" refer to him; so do "the President of
 * Ghana, Osagyefo Dr. Kwame Nkrumah" (the title, its country, honorifics, then the name) and "the Prime
 * Minister of the DRV Pham Van Dong". A "Vice Premier" is no "Premier".
 */
const TITLE_BEFORE_NAME = new RegExp(`(?<![\\p{L}-])(?<!(?:Vice|Deputy|vice|deputy)[\\s-])(${TITLE})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’ ]{1,40}?,?(?:\\s+\\p{Lu}[\\p{L}]*\\.?){0,3})?\\s+$`, 'u');
const TITLE_ALONE = new RegExp(`^the\\s+(${TITLE})$`, 'iu');
/** "Prime  Minister" and "prime minister" are one title. */
const titleKey = (title: string) => title.toLowerCase().replace(/\s+/g, ' ');
const AFTER = new RegExp(`^\\s*,?\\s*(?:(he|she|I|${TITLE_REFERENCE})|(?:${COMRADE_ABBREVIATION}\\.?\\s+|\\p{Lu}\\p{Ll}*\\.?\\s+){0,3}(\\uE100))\\s+(?:had\\s+|has\\s+)?(?:\\w+ly\\s+)?${VERB}(?:\\s+\\w+ly)?\\s*([,:.])?\\s*`, 'u');

/** What the speech rule needs from the rest of the annotation. */
export interface SpeechContext {
  /** Accepted spans of the unit (leaves hide their quotation marks; names give speakers). */
  spans: Span[];
  /** The entity id of a person name span. */
  personId(span: Span): string | undefined;
  /** The document's author (for "I stated"), if known. */
  author?: string;
  /** The speaker of the dialogue turn the unit is ("Mao Zedong: … I told him …"): whom "I" means in it. */
  turnSpeaker?: string;
  /** The speaker whose turn the last paragraph was (or went on in), whose words the next paragraph may go on with. */
  openTurn?: string;
  /** The speaker whose label stood alone in the last paragraph ("Erich Honecker:"), whose words the next paragraph is. */
  labelAlone?: string;
  /** The last person named as the subject of a speech verb; carried across units. */
  lastSpeaker?: string;
  /** The persons named with each title, the last one last ("prince" → [Sihanouk]), for "the Prince said"; carried across units. */
  titled?: Map<string, string[]>;
  /** Counter for linked groups. */
  nextGroup: number;
  /**
   * The speaker a paragraph announced at its end ("Mao Zedong went on to say:", "… of his speech:"), whose words the
   * next paragraph alone may give.
   */
  announcedSpeaker?: string;
  /** The paragraphs of quotations that run over several paragraphs (see `readDocumentSpeech`). */
  quotationRuns?: Map<Unit, RunPart>;
  /** How many paragraphs are speakers' labels ("Kosygin.  …", "Comr. PASTERNAK" alone): two or more make them labels of minutes. */
  labelParagraphs?: number;
  /** The short labels a record names its speakers by ("Chairman Mao (hereafter, Chairman):" → "Chairman"), to their ids. */
  labelAliases?: Map<string, string>;
  /** The speaker whose announced words were a point opened by an ordinal ("First, …"), whose next point the next paragraph may be. */
  announcedPoints?: string;
  /** The speaker, group and count of the quotation running over the paragraphs, once its first has been read. */
  openQuotation?: { who: string; cert: Certainty; group: number; index: number; count: number };
}

/**
 * A paragraph's part of a quotation that runs over several: the first, which opens it at `from` and does
 * not close it; a middle one, without quotation marks; the last, which closes it just before `to`.
 */
export type RunPart = { role: 'first'; from: number; count: number } | { role: 'middle' } | { role: 'last'; to: number };

/** The most paragraphs one quotation may run over. */
const LONGEST_RUN = 8;

/**
 * The quotations that run over several paragraphs, as English sets them: an opening mark the paragraph does not
 * close, paragraphs without quotation marks (or opening with one, the convention for each paragraph of a long
 * quotation), and one that closes it with a mark opened nowhere in it. A run that no paragraph closes is none.
 */
function quotationRuns(paragraphs: { unit: Unit; text: string }[]): Map<Unit, RunPart> {
  const runs = new Map<Unit, RunPart>();
  let run: { unit: Unit; from: number }[] = [];
  for (const { unit, text } of paragraphs) {
    const marks = [...text.matchAll(/["“”]/g)].map((m) => ({ at: m.index, mark: m[0] }));
    // A turn of minutes, or the record's own account of the talk, is no part of another's quotation.
    if (run.length > 0 && (DIALOGUE_TURN.test(text) || RECORD_OF_THE_TALK.test(text) || NAMED_SPEAKER_IN_TEXT.test(text))) run = [];
    if (run.length > 0) {
      const close = closingMarkOfRun(marks, text);
      if (close !== undefined) {
        run.forEach((part, i) => runs.set(part.unit, i === 0 ? { role: 'first', from: part.from, count: run.length + 1 } : { role: 'middle' }));
        runs.set(unit, { role: 'last', to: close + 1 });
        run = [];
        continue;
      }
      // A paragraph of the quotation has no marks, or opens with one; any other ends the run unclosed.
      const goesOn = marks.length === 0 || (marks.length === 1 && marks[0]!.at === 0 && marks[0]!.mark !== '”');
      if (goesOn && run.length < LONGEST_RUN) {
        run.push({ unit, from: 0 });
        continue;
      }
      run = [];
    }
    const open = danglingOpeningMark(text);
    if (open !== undefined) run = [{ unit, from: open }];
  }
  return runs;
}

/** Where a paragraph opens a quotation it does not close, if it does. */
function danglingOpeningMark(text: string): number | undefined {
  const paired = quotePairs(text).filter(([start]) => text[start] !== '‘');
  const marks = [...text.matchAll(/["“]/g)].map((m) => m.index).filter((at) => !paired.some(([start, end]) => start <= at && at < end));
  return marks.at(-1);
}

/**
 * The mark that closes a running quotation in its last paragraph: a closing mark before any opening one, or the
 * first of an odd number of straight ones; after the opening mark a paragraph of a long quotation may begin with,
 * the next closing one.
 */
function closingMarkOfRun(marks: { at: number; mark: string }[], text: string): number | undefined {
  const rest = marks[0]?.at === 0 && marks[0].mark !== '”' ? marks.slice(1) : marks;
  const curly = rest.find((m) => m.mark !== '"');
  if (curly?.mark === '”' && !rest.some((m) => m.mark === '"' && m.at < curly.at)) return curly.at;
  if (curly) return undefined;
  // Straight marks only: an odd number of them left, the first closes (the others pair up after it), if it
  // stands after a word, as a closing mark does (not '… the so-called "Great Leap').
  const first = rest[0];
  return rest.length % 2 === 1 && first && /\S/u.test(text.charAt(first.at - 1)) ? first.at : undefined;
}

/**
 * What the speech rule reads of the whole document before its paragraphs, each masked once: the quotations that
 * run over paragraphs, and how many paragraphs open with a name and a full stop before a capital ("Kosygin.  It
 * is correct…") or are a speaker's name alone ("Comr. PASTERNAK"), labels of minutes where two or more are such.
 */
export function readDocumentSpeech(paragraphs: { unit: Unit; spans: Span[] }[], ctx: SpeechContext): void {
  const texts = paragraphs.map(({ unit, spans }) => ({ unit, text: maskedText(unit, { ...ctx, spans }).text }));
  ctx.quotationRuns = quotationRuns(texts);
  ctx.labelParagraphs = texts.filter(({ text }) => DOTTED_LABEL.test(text) || BARE_LABEL_IN_CAPITALS.test(text)).length;
}

const DOTTED_LABEL = /^\uE100[\s\uE100]*\.\s+\p{Lu}/u;

const HEADING_PARTNER = /(?<![\p{L}])WITH\s+(?:[\p{Lu}.]+\s+){0,3}?\uE100/u;

/** Words that introduce a quoted term rather than quoted speech. */
const NAMING = /(?:so-called|so called|called|calls|call|termed|terms|dubbed|the\s+(?:words?|term|phrase|slogan|expression|formula|label)|known\s+as|\bas\s+(?:a|an))(?:\s+(?:the|a|an|them|it|him|this|these))?\s*$/i;

const PERSON_MARK = '\uE100';
/** The full stop of an abbreviation, which the masked text drops: patterns read "com. Khrushchev" as "com  Khrushchev". */
const ABBREVIATION_STOP = new RegExp(`(?<=(?:^|[^\\p{L}])(?:${COMRADE_ABBREVIATION}|Mr|Mrs|Dr|St|Gen|Col|Lt|Prof))\\.`, 'gu');
/**
 * "(after the translation ended)", "(to Zhou Enlai)": a stage direction between a speaker's name and the colon;
 * not the years or the role a biographical note gives ("Peng Dehuai (1898-1974): commander of…").
 */
const STAGE_DIRECTION_IN_LABEL = `\\((?![^()]*\\d)(?!\\s*(?:the\\s+)?(?:${TITLE}|Secretary|Chief|Head|Member|Director|Deputy|Vice|First|commander|member|head|chairman|premier|minister|ambassador|secretary|director)\\b)[^()]{1,60}\\)`;
/**
 * A paragraph that opens with a name and a colon: a speaker's turn in minutes ("Thorez:", "President
 * Tito:", "Delegation Head Wu Xinyu:", "Soviet Ambassador [S.V. CHERVONENKO]:", "Dr. Sa'doun Hammadi:", "N.S. Khrushchev (after the translation ended):"), or with a name and a
 * full stop ("KOSYGIN. Tell…", see SPEAKER_LABEL; "Kosygin.  It is correct…", see turnLabel).
 */
/** The word before a title that makes it a body's ("Delegation Head", "Committee Chairman"): not "Accompanying Premier Zhou:". */
const TITLE_OF_A_BODY = '(?:Delegation|Committee|Commission|Council|Party|Executive|Acting|First|Foreign|Soviet|\\p{Lu}\\p{Ll}+(?:an|ese|ish))';
const DIALOGUE_TURN = new RegExp(`^(?:${COMRADE_ABBREVIATION}\\.?\\s+|[Cc]omrade\\s+|(?:Dr|Mr|Mrs|Ms|Prof)\\.?\\s+|(?:${TITLE_OF_A_BODY}\\s+)?(?:(?:Vice|Deputy)[\\s-])?(?:${TITLE}|Head|Leader|Chief|(?:(?:General|First|Second)\\s+)?Secretary(?:[\\s-]General)?)\\s+)?(?:\\uE100[\\s\\uE100]*|\\[\\uE100\\s*\\])(?:${STAGE_DIRECTION_IN_LABEL}\\s*)?(?::|\\.(?=\\s))\\s*`, 'u');
/** A word that opens a clause of its own, whose subject speaks no words of the sentence ("explaining why Mao did not receive us, said"). */
const SUBORDINATOR = '(?:why|how|whether|because|although|though|unless|where|when|if)';
/**
 * "<name> stated", "<name> thanked me for the information and said": a named person as the subject of a speech verb;
 * "Deng by way of explaining why Mao did not receive us, said": the subject, not the person of a clause between.
 */
const NAMED_SPEAKER = new RegExp(`(?<!${OBJECT_OF_PREPOSITION})(?<!,\\s+${REPORTING_ASIDE},\\s+)(?<!${SUBORDINATOR}\\s+)\\uE100\\s+(?:${SUBORDINATOR}\\s+\\uE100\\s+|(?!(?:I|he|she|we|they|who|which)\\s)[^\\s.!?;:"“”\\uE100]+\\s+){0,9}?(?:and\\s+)?${ADVERB}?(?<!(?:^|[^\\p{L}])(?:be|been|being|was|were|is|are)\\s+)(?<![Tt]he\\s+${TITLE}\\s+)${VERB}\\b`, 'gu');

/** "Morales Bermúdez, who welcomed … and complained of …": a person named just before a relative clause that reports speech. */
// Not "He spoke warmly of Peng Dehuai, who had led the volunteers, and remarked…": the one spoken of.
const RELATIVE_SPEAKER = new RegExp(`(?<!(?:^|[^\\p{L}])of\\s+)\\uE100\\s*,\\s+who\\s+(?:[^\\s.!?;:"“”\\uE100]+\\s+){0,16}?(?:and\\s+)?${VERB}\\b`, 'gu');

/** The said spans of a unit; updates `ctx.lastSpeaker` as reporting clauses name speakers. */
export function findSpeech(unit: Unit, ctx: SpeechContext): Span[] {
  // A diary entry's heading (a date alone) opens another conversation: "he" no longer means the last speaker.
  if (isDateHeading(unit, ctx.spans)) ctx.lastSpeaker = undefined;
  const masked = maskedText(unit, ctx);
  // "CONVERSATION WITH K.D. KAUNDA": an entry's heading in capitals names whom "he" will mean.
  const partner = unit.upperCase ? HEADING_PARTNER.exec(masked.text) : null;
  if (partner) ctx.lastSpeaker = masked.personAt(partner.index + partner[0].length - 1) ?? ctx.lastSpeaker;
  // "Thorez: I want to add…": a turn of minutes written as a dialogue is its speaker's.
  const labelled = turnLabel(unit, masked.text, ctx.labelParagraphs);
  ctx.turnSpeaker = labelled ? masked.personAt(labelled.indexOf(PERSON_MARK)) : undefined;
  if (labelled && ctx.turnSpeaker) rememberLabelAlias(labelled, ctx.turnSpeaker, ctx);
  // "Chairman: Have you studied this problem?" after "Chairman Mao (hereafter, Chairman):".
  const aliased = labelled ? undefined : aliasLabel(masked.text, ctx);
  if (aliased) ctx.turnSpeaker = aliased.who;
  const turn = labelled ?? aliased?.label;
  if (turn) ctx.lastSpeaker = ctx.turnSpeaker ?? ctx.lastSpeaker;
  const out: Span[] = [];
  // Whom the paragraph before announced: this paragraph's, not the next one's; but the points that go on numbering what
  // an announced paragraph began ("First, we request…", then "Second, …") are that speaker's too.
  const points = ctx.announcedPoints;
  ctx.announcedPoints = undefined;
  const announced = ctx.announcedSpeaker ?? (points && NEXT_POINT.test(unit.text) && FIRST_OR_SECOND_PERSON.test(firstSentence(unit.text)) ? points : undefined);
  ctx.announcedSpeaker = undefined;
  const runPart = ctx.quotationRuns?.get(unit);
  // The rest of a quotation that runs over paragraphs (one whose opening found its speaker): the whole paragraph,
  // or the paragraph up to its closing mark.
  const continued = runPart && runPart.role !== 'first' ? continuedQuotation(unit, runPart, ctx) : undefined;
  if (continued) out.push(continued);
  if (continued && runPart?.role === 'middle') return out;
  // The marks before the running quotation's close are not paired again.
  const pairable = continued && runPart?.role === 'last' ? masked.text.slice(0, runPart.to).replace(/["“”]/g, "'") + masked.text.slice(runPart.to) : masked.text;
  const quotes = quotePairs(pairable);
  const quoted = quotedSpeech(quotes, masked, announced, ctx);
  out.push(...quoted.spans);
  const opened = runPart?.role === 'first' ? openedQuotation(unit, runPart, masked, quoted.speakerInUnit, announced, ctx) : [];
  out.push(...opened);
  noteNamedSpeakers(masked, quoted.scanned, masked.text.length, ctx, () => undefined);
  ctx.titled = masked.titledBefore(masked.text.length);
  // A quotation running over paragraphs is no turn of minutes, nor goes on with one.
  const inRun = continued !== undefined || opened.length > 0;
  if (inRun) ctx.openTurn = ctx.labelAlone = undefined;
  const turnWords = inRun ? undefined : wordsOfTurn(unit, turn, quotes.length > 0, masked, ctx);
  if (turnWords) out.push(turnWords);
  if (!turn && !turnWords && quotes.length === 0 && !inRun) {
    const words = announced ? announcedWords(unit, announced, masked) : unquotedSpeech(unit, masked, ctx);
    out.push(...words);
    if (announced && words.length > 0 && (FIRST_POINT.test(unit.text) || NEXT_POINT.test(unit.text))) ctx.announcedPoints = announced;
  }
  noteHisWordsAnnounced(masked, ctx);
  noteFollowingAnnounced(masked, ctx);
  return out;
}

/** A point that opens a series by its ordinal: "First, we request…". (announcedWords takes no paragraph that opens with a figure.) */
const FIRST_POINT = /^\s*First(?:ly)?,/u;
/** A point that goes on with one: "Second, …", "Finally, …" (findSpeech also asks for the speaker's own person in it). */
const NEXT_POINT = /^\s*(?:(?:Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?|Finally|Lastly),/u;

/**
 * "Ambassador Pavel Yudin notified us of the following:", "Comrade Sverev made the following statements:": a paragraph
 * that ends announcing what a named person said gives the next paragraph to that person.
 */
function noteFollowingAnnounced(masked: Masked, ctx: SpeechContext): void {
  const announcing = FOLLOWING_AT_END.exec(masked.text);
  if (!announcing) return;
  // The sentence's subject, named once, after an opening phrase or titles at most: not "I told Kim Il Sung the
  // following:", "Please inform Comrade Stalin of the following:" or "Mikoyan asked Gomułka the following:".
  const start = sentenceStart(masked.text, announcing.index);
  const subject = masked.text.indexOf(PERSON_MARK, start);
  const opening = masked.text.slice(start, subject);
  if (subject !== announcing.index || !SUBJECT_OPENING.test(opening)) return;
  ctx.announcedSpeaker = masked.personAt(subject) ?? ctx.announcedSpeaker;
}

const FOLLOWING_AT_END = new RegExp(`\\uE100(?=[^.!?:;"“”\\uE100]{0,60}(?:\\bthe\\s+following(?:\\s+(?:statements?|points?|remarks?|words|information|views))?|\\b(?:${VERB}|${PUT_FORWARD})\\s+the\\s+following\\s+${FOLLOWING_WORDS})\\s*:\\s*$)`, 'u');
/** What may stand before a sentence's subject: an opening phrase and a comma, then titles ("With regard to the question, Comrade "). */
const SUBJECT_OPENING = /^\s*(?:[^,\uE100]{0,80},\s*)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+)*$/u;

/**
 * The quotations of a unit with their speakers, from a reporting clause before or after, whom the paragraph
 * before announced, or the last speaker; also how far the text was read for speakers, and whether it named one.
 */
function quotedSpeech(quotes: [number, number][], masked: Masked, announced: string | undefined, ctx: SpeechContext): { spans: Span[]; scanned: number; speakerInUnit: boolean } {
  const spans: Span[] = [];
  let speakerInUnit = false;
  // Each stretch of text is read for speakers once, in order: a speaker that a title or a pronoun gave
  // the last quotation stays the last speaker until the text names another.
  let scanned = 0;
  for (let q = 0; q < quotes.length; q++) {
    const [start, end] = quotes[q]!;
    noteNamedSpeakers(masked, scanned, start, ctx, () => (speakerInUnit = true));
    // The persons a quotation names are not speakers: "The Kabaka was collecting arms" is Obote's.
    scanned = Math.max(scanned, end);
    const before = masked.text.slice(sentenceStart(masked.text, start), start);
    // '"…border." Smrkovský added that…' opens a sentence of its own: after a full stop, only '"…." he said.' reports the quotation.
    const after = reportingClauseAfter(masked.text, start, end);
    const words = masked.text.slice(start + 1, end - 1).trim().split(/\s+/).filter(Boolean).length;
    // 'the so-called "backyard furnaces"', 'what the press calls the "Indian expansionists"': a name for something, not speech.
    // But 'Nasser … called it "a crime against the whole of Africa"': a speaker's words for something, his.
    const calledBy = words >= 2 ? SPEAKER_CALLS.exec(before) : null;
    if (NAMING.test(before) && !calledBy) continue;
    let who: string | undefined;
    let cert: Certainty = 'high';
    const clause = calledBy ? calledSpeaker(calledBy, start - before.length, masked, ctx) : speakerBefore(before, start, masked, ctx);
    if (clause) {
      ({ who, cert } = clause);
    } else if (after) {
      who = after[2] ? masked.personAt(end + after[0].indexOf(PERSON_MARK))
        : titledSpeaker(after[1]!, masked.titledBefore(start), ctx) ?? pronounSpeaker(after[1]!, ctx, masked.firstPerson(start));
      cert = after[2] ? 'high' : 'medium';
    } else if ((announced ?? ctx.labelAlone) && masked.text.slice(0, start).trim() === '') {
      // A quotation that opens the paragraph after "Zhou Enlai stated the following:" is his.
      who = announced ?? ctx.labelAlone;
      cert = 'medium';
    } else if (speakerInUnit && words >= 2 && ctx.lastSpeaker) {
      who = ctx.lastSpeaker;
      cert = 'low';
    }
    if (!who) continue;
    const continued = after && quotes[q + 1] && quotes[q + 1]![0] === end + after[0].length && after[3] === ',';
    if (continued) {
      const group = ctx.nextGroup++;
      const [s2, e2] = quotes[q + 1]!;
      spans.push({ kind: 'said', who, cert, part: { group, index: 0, count: 2 }, start, end, rule: 'speech/split' });
      spans.push({ kind: 'said', who, cert, part: { group, index: 1, count: 2 }, start: s2, end: e2, rule: 'speech/split' });
      q += 1;
      scanned = e2;
    } else {
      spans.push({ kind: 'said', who, cert, start, end, rule: 'speech/quotation' });
    }
    speakerInUnit = true;
  }
  return { spans, scanned, speakerInUnit };
}

/** "… can be seen in the following segment of his speech:": the next paragraph gives the words of the sentence's subject. */
function noteHisWordsAnnounced(masked: Masked, ctx: SpeechContext): void {
  const pointer = HIS_WORDS_AT_END.exec(masked.text);
  if (!pointer) return;
  const subject = masked.text.indexOf(PERSON_MARK, sentenceStart(masked.text, pointer.index));
  if (subject >= 0 && subject < pointer.index) ctx.announcedSpeaker = masked.personAt(subject);
}

/**
 * The paragraph after "Mao Zedong went on to say:" as his words: not a letter to someone ("Dear Comrade…"), a
 * label or the record's own account of the talk; up to where the record takes over again.
 */
function announcedWords(unit: Unit, who: string, masked: Masked): Span[] {
  const text = withoutRecordAtEnd(unit.text);
  if (NOT_SPOKEN_OPENING.test(text) || /^Dear\s/u.test(text) || RECORD_OF_THE_TALK.test(firstSentence(masked.text)) || NAMED_SPEAKER_IN_TEXT.test(masked.text)) return [];
  return [{ kind: 'said', who, cert: 'medium', start: 0, end: endOfWords(masked.text, 0, text.length), rule: 'speech/announced' }];
}

/** A text's first sentence. */
function firstSentence(text: string): string {
  return /^[^.!?]*[.!?]?/u.exec(text)![0];
}

/**
 * Where a speaker's words without quotation marks end, from `start`: at the paragraph's end (`end`), or before a
 * later sentence in which the record takes over ("After this the meeting ended and I went back to the embassy.").
 */
function endOfWords(text: string, start: number, end: number): number {
  for (const m of text.slice(start, end).matchAll(/[.!?]\s+(?=\S)/gu)) {
    const next = start + m.index + m[0].length;
    if (RECORD_TAKES_OVER.test(text.slice(next, end))) return start + m.index + 1;
  }
  return end;
}

/** A sentence of the record's account after a speaker's words: the talk's course, the writer's own deeds. */
const RECORD_TAKES_OVER = new RegExp(`^(?:After\\s+(?:this|that)|Then|Later|Thereupon|At\\s+(?:this|that|the\\s+end)|With\\s+this|The\\s+(?:meeting|conversation|talks?)|I\\s+(?:then\\s+)?(?:went|returned|promised|replied|answered|told|asked|noted|said|thanked|informed|left|pointed)\\b|We\\s+(?:then\\s+)?(?:went|returned|left|parted)\\b)`, 'u');

/** A paragraph that ends by announcing the words of someone it names by a pronoun. */
const HIS_WORDS_AT_END = /(?<![\p{L}])(?:his|her)\s+(?:own\s+)?(?:words|speech|statement|remarks|letter|telegram|message|article|appeal|address|declaration)\s*:\s*$/u;

/** The first part of a quotation that runs over paragraphs, if a reporting clause before it, or the last speaker, says whose it is. */
function openedQuotation(
  unit: Unit, part: Extract<RunPart, { role: 'first' }>, masked: Masked, speakerInUnit: boolean, announced: string | undefined, ctx: SpeechContext,
): Span[] {
  const before = masked.text.slice(sentenceStart(masked.text, part.from), part.from);
  const clause = speakerBefore(before, part.from, masked, ctx);
  const opensParagraph = masked.text.slice(0, part.from).trim() === '';
  const who = clause?.who ?? (opensParagraph ? announced ?? ctx.labelAlone : undefined) ?? (speakerInUnit ? ctx.lastSpeaker : undefined);
  ctx.openQuotation = undefined;
  if (!who) return [];
  const cert = clause?.who ? clause.cert : 'medium';
  ctx.openQuotation = { who, cert, group: ctx.nextGroup++, index: 0, count: part.count };
  const end = unit.text.trimEnd().length;
  return [{ kind: 'said', who, cert, part: { group: ctx.openQuotation.group, index: 0, count: part.count }, start: part.from, end, rule: 'speech/running-quotation' }];
}

/** A later part of the quotation that runs over paragraphs, its first part's speaker's. */
function continuedQuotation(unit: Unit, part: Exclude<RunPart, { role: 'first' }>, ctx: SpeechContext): Span | undefined {
  const open = ctx.openQuotation;
  if (!open) return undefined;
  open.index += 1;
  if (part.role === 'last') ctx.openQuotation = undefined;
  const end = part.role === 'last' ? part.to : unit.text.trimEnd().length;
  return { kind: 'said', who: open.who, cert: open.cert, part: { group: open.group, index: open.index, count: open.count }, start: 0, end, rule: 'speech/running-quotation' };
}

/**
 * The words of a turn of minutes, its speaker's, the quotations in them included: after the label, in the
 * paragraph after a label that stands alone, or in a paragraph without a label that goes on with the turn
 * before it. Notes in `ctx` whose turn the next paragraph may be or go on with.
 */
function wordsOfTurn(unit: Unit, turn: string | undefined, quoted: boolean, masked: Masked, ctx: SpeechContext): Span | undefined {
  const [openTurn, labelAlone] = [ctx.openTurn, ctx.labelAlone];
  ctx.openTurn = ctx.labelAlone = undefined;
  const words = turn && ctx.turnSpeaker ? withoutRecordAtEnd(unit.text.slice(turn.length)) : '';
  // "Erich Honecker:" alone on its line: the next paragraph is his turn's words, unless it gives his role or a label of its own.
  // ("Zhou Enlai: (Pause)" is one; "Zhou Enlai: (Here the Premier read out the statement.)" is none: the aside stands for his words.)
  const rest = unit.text.slice(turn?.length ?? 0).trim();
  if (turn && ctx.turnSpeaker && !words && (rest === '' || STAGE_DIRECTION_AT_END.exec(rest)?.index === 0)) {
    ctx.labelAlone = ctx.turnSpeaker;
    return undefined;
  }
  const text = withoutRecordAtEnd(unit.text);
  if (!turn && labelAlone && !quoted && !NOT_SPOKEN_OPENING.test(text) && !ROLE_AFTER_LABEL.test(text)) {
    ctx.openTurn = labelAlone;
    return { kind: 'said', who: labelAlone, cert: 'high', turn: true, start: 0, end: text.length, rule: 'speech/turn-after-label' };
  }
  // "A.N. Kosygin: Chairman of the Council of Ministers.": a list of participants gives roles, not words.
  if (words && !ROLE_AFTER_LABEL.test(words)) {
    ctx.openTurn = ctx.turnSpeaker;
    return { kind: 'said', who: ctx.turnSpeaker!, cert: 'high', turn: true, start: turn!.length, end: turn!.length + words.length, rule: 'speech/turn' };
  }
  if (turn || !openTurn || quoted || !goesOnWithTurn(unit.text) || NAMED_SPEAKER_IN_TEXT.test(masked.text)) return undefined;
  ctx.openTurn = openTurn;
  return { kind: 'said', who: openTurn, cert: 'medium', turn: true, start: 0, end: text.length, rule: 'speech/turn-continued' };
}

/** "Com. Kadar suggested that…": the record's account of what a named person said (NAMED_SPEAKER, tested once). */
const NAMED_SPEAKER_IN_TEXT = new RegExp(NAMED_SPEAKER.source, 'u');

/**
 * "(Before the celebrations …, he asked if Chairman Mao … were well.)": a sentence or more in brackets after a turn's
 * words that speaks of its persons in the third person is the record's aside (not "(The Americans have never kept a
 * promise.)", the speaker's). The text before the bracket is trimmed apart: a run of spaces before "(" costs no backtracking.
 */
const RECORD_ASIDE_AT_END = /\((?=\p{Lu})([^()]{20,}[.!?])\)[.\s]*$/u;
const THIRD_PERSON = /(?<![\p{L}'’])(?:(?:he|she|they|him|her|his|their|them)(?![\p{L}'’])|(?:Premier|Chairman|President|Comrade|Ambassador|Minister|Marshal)\s+\p{Lu})/iu;

/** "(Laughter)", "(Applause)", "(Pause)" after a turn's words: the record's, not the speaker's ("(Vietnam)" is his). */
const STAGE_DIRECTION_AT_END = /\((?:Laughter|Laughs|Applause|Pause|Silence|Noise|Interruption|Animation|Stir|Commotion)(?:\s\p{Ll}+)?\.?\)[.\s]*$/u;

/** A turn's words without what the record adds after them: stage directions and asides in brackets, in any order. */
function withoutRecordAtEnd(text: string): string {
  let kept = text.trimEnd();
  // (A few cuts at most: a turn ends with one or two.)
  for (let cuts = 0; cuts < 4; cuts++) {
    const stage = STAGE_DIRECTION_AT_END.exec(kept);
    const aside = stage ? undefined : RECORD_ASIDE_AT_END.exec(kept);
    const cut = stage ?? (aside && THIRD_PERSON.test(aside[1]!) && !FIRST_OR_SECOND_PERSON.test(aside[1]!) ? aside : undefined);
    if (!cut) return kept;
    kept = kept.slice(0, cut.index).trimEnd();
  }
  return kept;
}

/** Words of the first or second person: a speaker's, not the record's account of the talk ("World War I" is none). */
const FIRST_OR_SECOND_PERSON = /(?<![\p{L}'’])(?:I(?=\s+(?!(?:the|a|an|and|or|of|in|on|to|at|for|with|by|from)\s)\p{Ll})|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur|[Oo]urs|[Yy]ou|[Yy]our|[Yy]ours)(?![\p{L}'’])/u;
const SPEAKER_ASKED_HIS_OWN = /(?<![\p{L}])I\s+(?:asked|told|instructed|informed)\s+(?:our|my)\s/gu;
/**
 * The record's account of the talk, though in the first person: "I then told him…", "He asked me…", "Skachkov said that…".
 */
const RECORD_OF_THE_TALK = new RegExp([
  // "I then told him", "Skachkov said", "The Soviet side stated", "the interpreter told us"; "The interpreters … translate orally"
  '(?<![\\p{L}])[Tt]he\\s+interpreters?\\b',
  '(?<![\\p{L}])(?:I|[Hh]e|[Ss]he|[Tt]hey|\\p{Lu}\\p{Ll}+|side|delegation|interpreter|ambassador|minister)\\s+(?:then\\s+|also\\s+|later\\s+)?(?:told|asked|informed|replied|answered|said|noted|remarked|explained|stated|added|emphasized|stressed|pointed)\\b',
  // "…, told me later that", "The meeting ended", "Our delegation then drafted"
  '(?<![\\p{L}])told\\s+(?:me|us)\\b', '(?<![\\p{L}])[Tt]he\\s+(?:meeting|conversation|talks?|discussion|reception)\\s', '(?<![\\p{L}])[Oo]ur\\s+(?:delegation|ambassador|embassy|side)\\b',
].join('|'), 'u');
/** What opens a paragraph that is not a speaker's: another label ("South:", "Note:"), a remark in brackets, a number. */
const NOT_SPOKEN_OPENING = /^(?:[^\s:]+(?:\s[^\s:]+){0,6}:\s|[([]|\d)/u;

/**
 * A paragraph without a label after a turn of minutes goes on with that turn when it speaks in the first or
 * second person ("We would like to hear what you have to say first."); a paragraph about the talk ("The
 * meeting ended at 19:30.") or one that opens with a label of its own does not.
 */
function goesOnWithTurn(text: string): boolean {
  // ("I asked our foreign ministry…": what the speaker asked of his own people is his account, not the record's.)
  return !NOT_SPOKEN_OPENING.test(text) && FIRST_OR_SECOND_PERSON.test(text) && !RECORD_OF_THE_TALK.test(text.replace(SPEAKER_ASKED_HIS_OWN, ''));
}

/**
 * "Comrade Khrushchev asked: Well, is the shock over now?": a paragraph or a sentence of it that opens with a
 * named speaker (perhaps after a phrase and a comma), a verb of speech and a colon gives the speaker's words
 * after it, to the paragraph's end, without quotation marks; at the paragraph's end ("Mao Zedong went on to
 * say:", "Zhou Enlai stated the following:", "…, Comrade Hysni Kapo, after answering the question asked by Comrade
 * Mao Zedong, said:"), the next paragraph's.
 */
const COLON_SPEECH = new RegExp(`(?:^|(?<=[.!?,]\\s+))(?:[^.!?:;"“”\\uE100]{1,60},\\s+)?(?:(?:${COMRADE_ABBREVIATION}\\.?|[Cc]omrade|${TITLE})\\s+)?\\uE100[\\s\\uE100]*(?:,\\s+[^.!?:;,"“”]{1,80},\\s+)?${ADVERB}?(?:${VERB}(?:\\s+(?:me|us|him|them))?(?:\\s+to\\s+say|\\s+the\\s+following(?:\\s+${FOLLOWING_WORDS})?)?|${PUT_FORWARD}\\s+the\\s+following\\s+${FOLLOWING_WORDS})\\s*:\\s*`, 'u');
/** "We understand, said Mengistu in this connection, that…": a phrase that ends the clause and is no part of the words. */
const CLAUSE_ADVERBIAL = '(?:\\s+(?:in\\s+this\\s+connection|in\\s+reply|in\\s+response|in\\s+turn|in\\s+conclusion|further|then|again|also))?';
/**
 * "Our struggle, Mengistu underscored, has…", "When Chen Yi was in Indonesia, said Sukarno, I asked him…": a
 * sentence in the first person around a reporting clause that names its speaker, set in commas, is the
 * speaker's words without quotation marks, in two parts. After "he said," the words may be the writer's
 * account in the speaker's person (the seed's "…, he stated, we are ready…" is not taken for a quotation).
 */
const SPEECH_AROUND_CLAUSE = new RegExp(`(?<=^|[.!?]\\s+)([^.!?:;]*?),\\s+(?:(\\uE100)\\s*${ADVERB}?${VERB}|${VERB}\\s+(\\uE100)\\s*)${CLAUSE_ADVERBIAL},\\s+([^.!?:;]+[.!?])(?=\\s|$)`, 'gu');
/** A sentence that opens with a named speaker, a verb of speech and a comma ("Kim Il Sung said, during the talks we…"). */
const COMMA_SPEECH = new RegExp(`(?:^|(?<=[.!?]\\s+))(?:(?:${COMRADE_ABBREVIATION}\\.?|[Cc]omrade|${TITLE})\\s+)?\\uE100[\\s\\uE100]*${ADVERB}?(?:said|stated|declared|added|noted|replied|answered|remarked|continued),\\s+`, 'gu');
/** After the comma, the record's words rather than the speaker's: "said, however, that…", "said, in particular, that…". */
const NOT_SPOKEN_AFTER_COMMA = /^(?:[^,]{0,40},\s+)?that\b|^(?:however|in particular|moreover|among other things|in this connection|incidentally|as|in|according)\b/iu;
/** "we asked", "I heard": the first person as the subject of a verb (not "World War I was"). */
const FIRST_PERSON_AS_SUBJECT = /(?:^|[\s,;])(?<!War\s)(?:I|we|We)\s+\p{Ll}/u;
/** The first person, which makes the words around a reporting clause the speaker's own rather than the writer's account. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|we|We|our|Our|us|my|My|me)(?![\p{L}])/u;
const FIRST_PERSON_SUBJECT = /^\s*(?:I|We|Our)(?![\p{L}])/u;

const REPORTED_TENSE = /^(?:had|would|could|should|was|were)\b/;

/** The speech a paragraph without quotation marks gives: after a named speaker's colon, or around a clause that names one. */
function unquotedSpeech(unit: Unit, masked: Masked, ctx: SpeechContext): Span[] {
  const colon = COLON_SPEECH.exec(masked.text);
  if (colon) {
    const who = masked.personAt(colon.index + colon[0].indexOf(PERSON_MARK));
    const [start, end] = [colon.index + colon[0].length, unit.text.trimEnd().length];
    if (!who) return [];
    ctx.lastSpeaker = who;
    // "Mao Zedong went on to say:" at the paragraph's end: his words are the next paragraph's.
    if (end <= start) ctx.announcedSpeaker = who;
    // "Zhou Enlai proposed the following: to convene a conference": an infinitive is the record's paraphrase.
    if (end <= start || /^to\s/u.test(masked.text.slice(start))) return [];
    return [{ kind: 'said', who, cert: 'medium', start, end: endOfWords(masked.text, start, end), rule: 'speech/after-colon' }];
  }
  // "Kim Il Sung said, during the talks we asked that…": a named speaker's verb and a comma before words in his own person.
  const out: Span[] = [];
  for (const comma of masked.text.matchAll(COMMA_SPEECH)) {
    const commaWho = masked.personAt(comma.index + comma[0].indexOf(PERSON_MARK));
    if (!commaWho) continue;
    const start = comma.index + comma[0].length;
    const sentence = firstSentence(masked.text.slice(start));
    // The speaker's own person as a subject of the words ("we asked", "I heard"), not the writer's ("as I reported") or an
    // object ("had asked us").
    if (FIRST_PERSON_AS_SUBJECT.test(sentence) && !REPORTED_TENSE.test(sentence) && !NOT_SPOKEN_AFTER_COMMA.test(sentence)) {
      ctx.lastSpeaker = commaWho;
      out.push({ kind: 'said', who: commaWho, cert: 'medium', start, end: start + sentence.length, rule: 'speech/after-comma' });
    }
  }
  for (const m of masked.text.matchAll(SPEECH_AROUND_CLAUSE)) {
    const before = m[1]!;
    const after = m[4]!;
    const clauseAt = m.index + before.length;
    // "…, Mengistu underscored, …" or "…, said Sukarno, …": the name after the words before the clause.
    const who = masked.personAt(m.index + m[0].indexOf(PERSON_MARK, before.length));
    // "Our press, Kosygin noted, had written…": words in a reported tense are the writer's report, not the speaker's.
    // The speaker's own person: in the words after the clause, or as the subject the words open with ("During my
    // conversation with him, Kosygin said, …" is the writer's "my").
    if (!who || REPORTED_TENSE.test(after) || !(FIRST_PERSON.test(after) || FIRST_PERSON_SUBJECT.test(before))) continue;
    ctx.lastSpeaker = who;
    const group = ctx.nextGroup++;
    const second = m.index + m[0].length - after.length;
    out.push({ kind: 'said', who, cert: 'medium', part: { group, index: 0, count: 2 }, start: m.index, end: clauseAt, rule: 'speech/around-clause' });
    out.push({ kind: 'said', who, cert: 'medium', part: { group, index: 1, count: 2 }, start: second, end: m.index + m[0].length, rule: 'speech/around-clause' });
  }
  return out;
}

/** "(hereafter, Chairman)", "(hereafter Wu)", "(hereinafter referred to as Chairman)": the short label a record gives a speaker. */
const HEREAFTER = /\((?:hereafter|hereinafter|henceforth)[,:]?\s+(?:(?:called|referred\s+to\s+as|as)\s+)?["“]?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)["”]?\)/u;
const LABEL_WORDS = /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)\s?:\s*/u;

/** Notes the short label that a turn's label gives its speaker, if it does. */
function rememberLabelAlias(label: string, who: string, ctx: SpeechContext): void {
  const alias = HEREAFTER.exec(label)?.[1];
  if (alias) (ctx.labelAliases ??= new Map()).set(alias, who);
}

/** The label of a turn by a short label the record gave its speaker before, and the speaker. */
function aliasLabel(masked: string, ctx: SpeechContext): { label: string; who: string } | undefined {
  const m = ctx.labelAliases && LABEL_WORDS.exec(masked);
  const who = m ? ctx.labelAliases!.get(m[1]!) : undefined;
  return m && who ? { label: m[0], who } : undefined;
}

/** A participant's role after the label ("Chairman of the Council of Ministers"): a list of those present, not a turn. */
// (Not a title before a name and a verb: "Ming Shan: Chairman Mao is an excellent leader"; but "Ambassador Extraordinary and
// Plenipotentiary" is a role.)
const ROLE_AFTER_LABEL = new RegExp(`^(?:the\\s+)?(?:(?:First|Second|Deputy|Vice|Acting)\\s+)?(?:${TITLE}|Secretary|Chief|Head|Member|Director|Counsellor|Counselor|member|head|deputy|chief)\\b(?!\\s+\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*\\s+(?!(?:and|of|for|in|to|at|with)\\s)\\p{Ll})`, 'u');

/** "Comr. PASTERNAK": an abbreviated form of address (not "Comrade Stalin", a letter's address) and a name in capitals, alone. */
const BARE_LABEL_IN_CAPITALS = new RegExp(`^(?:${COMRADE_ABBREVIATION}|Cdes)\\.?\\s+\\uE100[\\s\\uE100]*$`, 'u');

/** The label that opens a turn of minutes, with the space after it (the masked text's), if the unit is one. */
function turnLabel(unit: Unit, masked: string, labelParagraphs: number | undefined): string | undefined {
  // "Comr. PASTERNAK" alone on its line, as stenographic records set a speaker's name: a label alone, where other
  // paragraphs are labels too (not a signature's or an address's line).
  if ((labelParagraphs ?? 0) >= 2 && BARE_LABEL_IN_CAPITALS.test(masked) && !/\p{Ll}{2}/u.test(unit.text.replace(/^\S+\.?\s+/u, ''))) return masked;
  const label = DIALOGUE_TURN.exec(masked)?.[0];
  // "KOSYGIN. Tell…" is a label; so is "Kosygin.  It is correct, but you…" whose first sentence speaks in the first or
  // second person, but not "Kosygin. Then he left." (the record's), nor a stop inside a sentence ("Kosygin. and…"),
  // and only in minutes, where other paragraphs open so too ("Comrade Filippov. I report…" opens a letter).
  const words = label ? masked.slice(label.length) : '';
  const titleCaseLabel = (labelParagraphs ?? 0) >= 2 && /^\p{Lu}/u.test(words) && FIRST_OR_SECOND_PERSON.test(firstSentence(words)) && !RECORD_OF_THE_TALK.test(firstSentence(words));
  return label && (label.trimEnd().endsWith(':') || SPEAKER_LABEL.test(unit.text) || titleCaseLabel) ? label : undefined;
}

/** "He called it", "Sukarno called the party his": a speaker's own name for something, quoted. */
const SPEAKER_CALLS = /(?:(\uE100)(?:\s*,[^,"“”\uE100]{1,60},)?|(?<![\p{L}])(he|she))\s+(?:\w+ly\s+)?(?:called|calls)\s+(?:(?!so\b)[^\s"“”.!?;:\uE100]+\s+){1,3}$/iu;

function calledSpeaker(m: RegExpExecArray, at: number, masked: Masked, ctx: SpeechContext): { who?: string; cert: Certainty } {
  if (m[1]) return { who: masked.personAt(at + m.index + m[0].indexOf(PERSON_MARK)), cert: 'medium' };
  return { who: pronounSpeaker(m[2]!, ctx, masked.firstPerson(at + m.index)), cert: 'medium' };
}

/**
 * The speaker that the sentence before a quotation names (`before` ends where the quotation starts), and
 * how sure that is; undefined when the sentence reports no speech, and no `who` when it reports the
 * words of nobody the document names ("The Minister noted…" with no minister named).
 */
function speakerBefore(before: string, start: number, masked: Masked, ctx: SpeechContext): { who?: string; cert: Certainty } | undefined {
  const at = start - before.length;
  const verbAtEnd = VERB_AT_END.test(before);
  const named = verbAtEnd ? masked.personBefore(before, start) : undefined;
  const reports = named ? undefined : SUBJECT_REPORTS.exec(before);
  // "Trinh told us that General Giap had put the question thus: …": the words are of whom the "that" clause makes speak.
  const embedded = named ? null : EMBEDDED_SPEAKER.exec(before);
  const subject = named ?? (embedded ? masked.personAt(at + markIndex(embedded)) : undefined)
    ?? (reports ? masked.personAt(at + reports[0].indexOf(PERSON_MARK)) : undefined);
  if (subject) {
    ctx.lastSpeaker = subject;
    return { who: subject, cert: named ? 'high' : 'medium' };
  }
  // 'the words of FIAT's president Vittorio Valletta that his firm "would build cars…"'.
  const wordsOf = WORDS_OF.exec(before);
  if (wordsOf) return { who: masked.personAt(at + wordsOf.index + wordsOf[0].indexOf(PERSON_MARK)), cert: 'medium' };
  // 'the President's words "go to hell with your aid"': the words of whom the possessive names.
  const whose = POSSESSIVE_WORDS.exec(before);
  if (whose?.[1]) return { who: masked.personAt(at + whose.index + whose[0].indexOf(PERSON_MARK)), cert: 'medium' };
  // Words quoted as someone's are theirs, but "he" still means whoever quotes them.
  if (whose?.[2]) return { who: titleHolder(`the ${whose[2]}`, masked.titledBefore(start), ctx), cert: 'medium' };
  const inWords = IN_WORDS.exec(before);
  if (inWords?.[1]) {
    const who = masked.personAt(at + inWords.index + inWords[0].indexOf(PERSON_MARK));
    if (who) ctx.lastSpeaker = who;
    return { who, cert: 'high' };
  }
  if (inWords) return { who: pronounSpeaker(inWords[2]!, ctx, masked.firstPerson(start)), cert: 'medium' };
  const reporting = PRONOUN_BEFORE_VERB.exec(before)?.[1];
  if (reporting && TITLE_ALONE.test(reporting)) return { who: titledSpeaker(reporting, masked.titledBefore(start), ctx), cert: 'medium' };
  // "The Americans said: …": a group or a body that is no person speaks for nobody the document names.
  if (verbAtEnd && !reporting && isGroupSubject(before)) return { cert: 'medium' };
  if (verbAtEnd || reporting) return { who: pronounSpeaker(reporting ?? before, ctx, masked.firstPerson(start)), cert: 'medium' };
  return undefined;
}

function reportingClauseAfter(text: string, start: number, end: number): RegExpExecArray | null {
  const after = AFTER.exec(text.slice(end));
  if (!after) return null;
  const fullStop = /\.\s*["”]$/.test(text.slice(start, end));
  return fullStop && !after[3] ? null : after;
}

/**
 * "the Prince": the person named with that title, if the document has named one so: the last speaker if
 * he was ("The President stated" after López Mateos spoke, though President Kennedy was named since), or
 * else the last person named so.
 */
function titledSpeaker(clause: string, titled: Map<string, string[]>, ctx: SpeechContext): string | undefined {
  const who = titleHolder(clause, titled, ctx);
  if (who) ctx.lastSpeaker = who;
  return who;
}

/** Whom "the Prince" means, as `titledSpeaker` finds it, without making him the last speaker. */
function titleHolder(clause: string, titled: Map<string, string[]>, ctx: SpeechContext): string | undefined {
  const title = TITLE_ALONE.exec(clause.trim())?.[1];
  const holders = title ? titled.get(titleKey(title)) : undefined;
  return holders && ctx.lastSpeaker && holders.includes(ctx.lastSpeaker) ? ctx.lastSpeaker : holders?.at(-1);
}

/**
 * The unit's text, same length, with each person name replaced by one mark character and spaces
 * (so that verbs can be matched after "<name> stated"), and quotation marks inside dates and
 * editorial brackets hidden (the quoted day of '"8" May' is no quotation).
 */
type Masked = ReturnType<typeof maskedText>;

/** A note of the translator or the editor in square brackets: "[Translator's note: …]", "[Editor's Note: …]", "[Note: …]". */
const BRACKETED_NOTE = /\[(?:(?:Translator|Editor|Ed|Compiler|Publisher)['’]?s?\.?\s+)?[Nn]ote\s*:[^\[\]]*\]/gu;

function maskedText(unit: Unit, ctx: SpeechContext) {
  const persons = new Map(ctx.spans.filter((s) => s.kind === 'name' && s.type === 'person').map((s) => [s.start, s]));
  const hidden: { start: number; end: number }[] = ctx.spans.filter((s) => s.kind === 'date' || s.kind === 'supplied' || s.kind === 'gap');
  // '[Translator's note: the text has "vragi", literally "the foes"]': words a note quotes are nobody's speech.
  for (const m of unit.text.matchAll(BRACKETED_NOTE)) hidden.push({ start: m.index, end: m.index + m[0].length });
  const speakers = new Map<number, string | undefined>();
  let text = '';
  for (let i = 0; i < unit.text.length; i++) {
    const person = persons.get(i);
    if (person) {
      speakers.set(i, ctx.personId(person));
      text += PERSON_MARK + ' '.repeat(person.end - person.start - 1);
      i = person.end - 1;
      continue;
    }
    const ch = unit.text[i]!;
    text += (ch === '"' || ch === '“' || ch === '”') && hidden.some((l) => l.start <= i && i < l.end) ? "'" : ch;
  }
  // "com. Khrushchev", "Dr. Fawzi": an abbreviation's full stop ends no sentence.
  text = text.replace(ABBREVIATION_STOP, ' ');
  return {
    text,
    /** The speaker named just before the verb at the end of `before` (which ends at `start`). */
    personBefore(before: string, start: number): string | undefined {
      const subject = before.slice(0, before.search(VERB_AT_END));
      if (!SUBJECT_AT_END.test(subject.replace(/ +$/, ' '))) return undefined;
      return speakers.get(start - before.length + subject.lastIndexOf(PERSON_MARK));
    },
    /** The persons named with each title before an offset, the last one last, starting from the earlier units'. */
    titledBefore(before: number): Map<string, string[]> {
      const titled = new Map([...(ctx.titled ?? [])].map(([title, ids]) => [title, [...ids]]));
      // "my meeting with President Yaméogo" in Nkrumah's words makes nobody the "President" of the record.
      const quoted = quotePairs(text);
      for (const [at, id] of speakers) {
        if (quoted.some(([start, end]) => start < at && at < end)) continue;
        const title = at < before && id ? TITLE_BEFORE_NAME.exec(unit.text.slice(Math.max(0, at - 80), at))?.[1] : undefined;
        if (!title) continue;
        const holders = (titled.get(titleKey(title)) ?? []).filter((h) => h !== id);
        titled.set(titleKey(title), [...holders, id!]);
      }
      return titled;
    },
    /** The first person named in the unit before an offset, if any. */
    firstPerson(before: number): string | undefined {
      const at = text.indexOf(PERSON_MARK);
      return at >= 0 && at < before ? speakers.get(at) : undefined;
    },
    /** The person whose name starts at an offset. */
    personAt(at: number): string | undefined {
      return speakers.get(at);
    },
  };
}

/** "According to Giri, …", "In the words of Nasser": whose account the sentence gives, so whom "he" means. */
const ACCOUNT_OF = /(?:[Aa]ccording\s+to|[Ii]n\s+the\s+(?:words|opinion|view)\s+of)\s+(?:\p{Lu}\p{Ll}+\s+)?(\uE100)/dgu;
/** Common verbs whose past tense does not end in -ed: "Choe Yong Gon was more restrained", "Dong's tone became sharper". */
const PAST_TENSE = '(?:was|were|had|became|grew|spoke|took|gave|made|went|came|began|kept|sat|stood|met|felt|thought|knew|saw|left|found|got|put|brought|held|led|ran|wrote|rose|fell|shook)';

/**
 * What the persons who attend a talk without taking part in it do: "Comrade Weißbach interpreted." is
 * followed by the words of the one he interpreted, not his own.
 */
const BYSTANDER = '(?:interpreted|translated|was\\s+(?:also\\s+)?present|were\\s+(?:also\\s+)?present|attended|took\\s+(?:the\\s+)?(?:notes|minutes)|recorded)\\b';

/** "At the forum, he said, Chu had declared…": an opening with a reporting aside gives another's account, not its subject's deeds. */
const REPORTED_OPENING = `[^.!?"“”\\uE100]{0,60},\\s+${REPORTING_ASIDE},`;

/**
 * A person who opens a sentence and does something ("Dantas described…", "Then Tsedenbal turned to…", "On June 20 Cárdenas received…",
 * "Nam Il, for his part, reported…", "Dong's tone became sharper", "In his closing speech, Castro attacked…",
 * "The First Minister, Djuanda Kartawidjaja, is more cautious"):
 * whom "he" now means. Not one whose deeds another reports ("Mrs. Bandaranaike, in his words, had tried…").
 */
const SENTENCE_SUBJECT = new RegExp(`(?:^|[.!?]\\s+)(?!${REPORTED_OPENING})(?:(?!(?:[Aa]ccording\\s+to|[Ii]n\\s+(?:his|her|their)\\s+(?:words|opinion|view))\\b)[^.!?"“”\\uE100]{1,60},\\s+|(?:In|At|During|After)\\s(?![^!?"“”]{0,100}?\\baccording\\s+to\\b)[^!?"“”]{1,100}?,\\s+|(?:In|At|During|After)\\s+(?:[\\p{Ll}\\d'’-]+\\s+){1,8}|(?!(?:He|She|It|I|We|They)\\s)\\p{Lu}\\p{Ll}+(?:\\s+[\\p{L}\\d]+){0,2}\\s+)?(?<!${OBJECT_OF_PREPOSITION})(?:(?:${COMRADE_ABBREVIATION}|Mr|Mrs|Dr)\\.?\\s+|${TITLE}\\s+|[Cc]omrade\\s+)?(\\uE100)(?:\\s*['’]s\\s+\\p{Ll}+)?\\s*(?:,(?![^,]*\\b(?:in\\s+(?:his|her)\\s+words|according\\s+to|${REPORTING_ASIDE})\\b)[^,.!?"“”]{1,100},\\s*|,\\s*(?=is\\s))?${ADVERB}?(?!${BYSTANDER})(?:\\p{Ll}+ed|${VERB}|${PAST_TENSE}|is)\\b`, 'dgu');

/**
 * The person the writer calls on or receives ("I was received by Carlos Rafael Rodríguez", "I visited
 * Comrade Kim", "Nasser received me", "in the conversation with Tsedenbal"): whom "he" will mean.
 */
const INTERLOCUTOR = /(?:\b(?:I|[Ww]e)\s+(?:was|were)\s+(?:received|accompanied|met|welcomed)\s+(?:[^.!?;:"“”\uE100]{1,40}?\s)?by|\b(?:I|we)\s+(?:visited|asked|met(?:\s+with)?|called\s+on)|(?<!\b(?:his|her|their|its)\s)\b(?:conversation|talk|talks|meeting)\s+with)\s+(?:(?:[^\s.!?;:,"“”\uE100]+|\p{Lu}\p{Ll}{0,3}\.),?\s+){0,9}?(\uE100)|(\uE100)\s+(?:[^\s.!?;:"“”\uE100]+\s+){0,3}?received\s+(?:me|us)\b/dgu;

/** "he remarked", "she then said": a pronoun as the subject of a speech verb. */
const PRONOUN_SPEAKS = new RegExp(`(?:^|[^\\p{L}])(?:he|she)\\s+(?:\\w+ly\\s+)?${VERB}\\b`, 'iu');

/** "Of Modibo Keïta the President spoke warmly": a title the document has given someone, as the subject of a verb. */
const TITLE_SUBJECT = new RegExp(`(?<![\\p{L}])[Tt]he\\s+(${TITLE})\\s+${ADVERB}?(?:${VERB}|${PAST_TENSE}|\\p{Ll}+ed)\\b`, 'gu');

/** Where the person a match is about stands: its first capture group that matched (the patterns mark it with flag d). */
function markIndex(m: RegExpExecArray | RegExpMatchArray): number {
  return m.indices!.slice(1).find((range) => range !== undefined)![0];
}

/** Named subjects of speech verbs, and persons who open a sentence, between two offsets update the last speaker. */
function noteNamedSpeakers(masked: Masked, from: number, to: number, ctx: SpeechContext, onFound: () => void): void {
  const segment = masked.text.slice(from, to);
  const subjects: { index: number; speech: boolean; title?: string }[] = [
    ...[...segment.matchAll(NAMED_SPEAKER), ...segment.matchAll(RELATIVE_SPEAKER)].map((m) => ({ index: m.index, speech: true })),
    ...[...segment.matchAll(SENTENCE_SUBJECT), ...segment.matchAll(ACCOUNT_OF), ...segment.matchAll(INTERLOCUTOR)].map((m) => ({ index: markIndex(m), speech: false })),
    ...[...segment.matchAll(TITLE_SUBJECT)].map((m) => ({ index: m.index, speech: false, title: m[1] })),
  ];
  subjects.sort((a, b) => a.index - b.index);
  for (const { index, speech, title } of subjects) {
    const id = title ? titleHolder(`the ${title}`, masked.titledBefore(from + index), ctx) : masked.personAt(from + index);
    if (!id) continue;
    ctx.lastSpeaker = id;
    if (speech) onFound();
  }
  // "he remarked that …": a paragraph where the last speaker speaks gives him its unattributed quotations too.
  if (ctx.lastSpeaker && PRONOUN_SPEAKS.test(segment)) onFound();
}

/**
 * Whom a pronoun or a bare title refers to: the last named speaker; before any, the first person the
 * paragraph names ("I was received by Sirimavo Bandaranaike. … She stated: …").
 */
function pronounSpeaker(clause: string, ctx: SpeechContext, firstInUnit: string | undefined): string | undefined {
  const pronoun = /(?:^|[^\p{L}])(he|she|I|we)\s/iu.exec(clause + ' ')?.[1] ?? clause.trim();
  if (/^I$/.test(pronoun)) return ctx.turnSpeaker ?? ctx.author;
  if (/^we$/i.test(pronoun)) return undefined;
  if (!ctx.lastSpeaker && firstInUnit !== ctx.author) ctx.lastSpeaker = firstInUnit;
  return ctx.lastSpeaker;
}

/** A unit that is one date and nothing else: a diary entry's heading. */
function isDateHeading(unit: Unit, spans: Span[]): boolean {
  const text = unit.text.trim();
  return text.length > 0 && spans.some((s) => s.kind === 'date' && unit.text.slice(s.start, s.end).trim() === text);
}

/**
 * Where the sentence holding `at` begins (after . ! ? and a space, or a closing quotation); the stop of
 * an abbreviation or an initial ("com. V.K. Tyurin", "Dr. Küçük") ends no sentence.
 */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!) && !(text[i - 1] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 8), i - 1)))) return i;
    // '… a long war." Kang Sheng, who …': a quotation that ends its sentence ends it for the words after it too.
    if (/["”]/.test(text[i - 1]!) && /[.!?]/.test(text[i - 2] ?? '') && /\s/.test(text[i]!)) return i;
  }
  return 0;
}

const ABBREVIATION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${COMRADE_ABBREVIATION}|Mr|Mrs|Dr|No|St|Gen|Col|Lt|Prof)$`, 'u');

/** Quotation pairs [start, end) including their marks: curly pairs, and straight quotes paired in order. */
export function quotePairs(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  let open: number | undefined;
  // "Telling me that ‘it seems you are leaving us,’ the Shah asked": single quotation marks, outside double ones.
  // An apostrophe is the same closing mark, but within a word ("don’t", "Mengistu’s") or after a plural
  // ("the workers’ party") with no opening mark before it.
  let single: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open === undefined && ch === '‘' && /[\p{L}\p{N}]/u.test(text.charAt(i + 1))) single = i;
    else if (open === undefined && ch === '’' && single !== undefined && !/\p{L}/u.test(text.charAt(i + 1))) {
      pairs.push([single, i + 1]);
      single = undefined;
    } else if (ch === '“') open = i;
    else if (ch === '”' && open !== undefined) {
      pairs.push([open, i + 1]);
      open = undefined;
    } else if (ch === '"') {
      if (open === undefined) open = i;
      else {
        pairs.push([open, i + 1]);
        open = undefined;
      }
    }
  }
  return pairs;
}
