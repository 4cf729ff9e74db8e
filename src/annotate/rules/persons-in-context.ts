// Persons found in a second pass from what the document has named: names used before, the other items of a list of persons, a role's holder.
import { longestMatches } from '../phrases';
import { isEnglishWord } from '../english';
import { asciiFold, isListedName, nameData, splitFullName } from '../names-data';
import type { RuleContext } from '../rule';
import type { Span } from '../spans';
import type { Unit } from '../unit';
import { ADDRESS_ABBREVIATION, ARTICLE, CAP, DEMONYM, DETERMINERS, MONTH_OR_DAY, SENTENCE_BEFORE, titleCase } from './name-patterns';
import { make, type NameSpan } from './name-span';

/** One to three name words, then what ends a list's item ("," "." ";" ")" " and "). */
// (An item may have its body in brackets after it: "Patolichev, Ryabov (SCEER), and Comrade Mishin"; a stop before a word in small
// letters cuts a word short, "Kard. and Rank. spoke", and ends no item.)
const LIST_ITEM_AFTER = new RegExp(`^(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(${CAP}(?:\\s${CAP}){0,2})(?=[,;:)]|\\.(?!\\s+\\p{Ll})|\\s+\\(|\\s+and\\s|$|(\\s+\\p{Ll}))`, 'u');
const LIST_ITEM_BEFORE = new RegExp(`(?<![\\p{L}'’.-])(${CAP}(?:\\s${CAP}){0,2})(?:,\\s+|\\s+and\\s+)$`, 'u');

/**
 * "D.N. Aidit, M.H. Lukman and Njoto", "Hoxha, Shehu and Kapo": the items of a list that names persons
 * are persons too, when no rule made them anything else. `accepted` holds the unit's spans so far.
 */
export function coordinatedPersons(unit: Unit, accepted: Span[], ctx: RuleContext): NameSpan[] {
  const data = nameData();
  const text = unit.text;
  const out: NameSpan[] = [];
  const overlaps = (start: number, end: number) => (s: Span) => s.start < end && start < s.end;
  const taken = (start: number, end: number) => accepted.some(overlaps(start, end)) || out.some(overlaps(start, end));
  const worklist = accepted.filter((s): s is NameSpan => s.kind === 'name' && s.type === 'person');
  const consider = (name: string, start: number) => {
    const words = name.split(' ');
    if (taken(start, start + name.length) || ctx.gazetteer.byName.has(name) || MONTH_OR_DAY.test(name)) return;
    if (words.some((w) => data.notNames.has(w) || data.titles.includes(w) || data.acronyms.has(w) || DETERMINERS.has(w) || DEMONYM.test(w))) return;
    if (SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && words.length === 1) return;
    // "Ne Win and Mr. Henry Cabot Lodge": a form of address is no name.
    if (FORM_OF_ADDRESS.test(name)) return;
    // "the Americans and Jiang Jieshi": one word after an article names a people or a body, not a person.
    if (words.length === 1 && /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, start - 5), start))) return;
    const span: NameSpan = { ...make('person', start, start + name.length, name, '', 'low', 'persons/list'), person: splitFullName(name) };
    out.push(span);
    worklist.push(span);
  };
  // A comma alone may set off an apposition ("the Minister of Finance, Felix Dias Bandaranaike"): a list
  // is only taken for one where an "and" joins two of its items.
  const joined = (separator: string) => /\sand\s/.test(separator);
  for (let i = 0; i < worklist.length; i++) {
    const person = worklist[i]!;
    const after = LIST_ITEM_AFTER.exec(text.slice(person.end));
    const rest = after ? text.slice(person.end + after[0].length) : '';
    // "Suslov and Zorin sat": the last of two, before the verb, when its words are no common English words ("Suslov and Party officials").
    const beforeVerb = after?.[2] !== undefined && after[1]!.split(' ').every((w) => !isEnglishWord(w) || isListedName(w, data));
    if (after && (after[2] === undefined || beforeVerb) && (joined(after[0]) || AND_AFTER_ITEM.test(rest))) consider(after[1]!, person.end + after[0].length - after[1]!.length);
    const before = LIST_ITEM_BEFORE.exec(text.slice(Math.max(0, person.start - 60), person.start));
    if (before && (joined(before[0]) || /^\s+and\s/.test(text.slice(person.end)))) consider(before[1]!, person.start - before[0].length);
  }
  return out;
}

/** The "and" that joins the next item, perhaps after the item's body in brackets: " and", " (SCEER), and". */
const AND_AFTER_ITEM = /^(?:\s+\([^()]{1,80}\))?,?\s+and\s/u;

const FORM_OF_ADDRESS = new RegExp(`^${ADDRESS_ABBREVIATION}$`);

const ROLE_OF = /(?<![\p{L}])(?:[Ss]ecretary|[Cc]hairman|[Mm]inister|[Mm]ember|[Hh]ead|[Ll]eader|[Pp]resident|[Dd]irector|[Cc]hief|[Cc]ommander|[Dd]eputy|[Aa]mbassador)\s+of\s+(?:the\s+)?$/u;
/** The holder's name after the body, which may be followed by its acronym: "the Communist Party of Sweden (SKP) Hilding Hagberg". */
const NAME_AFTER_ROLE = new RegExp(`^(?:\\s\\([\\p{Lu}\\p{N}.-]{2,12}\\))?\\s(${CAP}(?:\\s${CAP}){1,2})(?=[\\s,.;:)]|$)`, 'u');

/**
 * "the secretary of the Central Committee Hysni Kapo", "the Prime Minister of India Jawaharlal Nehru",
 * "the chairman of the Communist Party of Sweden (SKP) Hilding Hagberg":
 * a name of two or three words right after a role's organization or country is the holder's.
 */
export function roleHolders(unit: Unit, accepted: Span[], ctx: RuleContext): NameSpan[] {
  const out: NameSpan[] = [];
  const add = (at: number, written: string) => {
    // "the Head of Foreign Ministry Protocol Yan Baohang": a common word before the name ends the role, not opens the name.
    const lead = /^(?:\p{Lu}\p{Ll}+\s)(?=\p{Lu}\p{Ll}*\s\p{Lu})/u.exec(written)?.[0] ?? '';
    const dropLead = lead !== '' && isEnglishWord(lead.trim()) && !isListedName(lead.trim(), nameData());
    const [start, name] = dropLead ? [at + lead.length, written.slice(lead.length)] : [at, written];
    if (isRoleHolderName(name, start, accepted, ctx)) out.push({ ...make('person', start, start + name.length, name, '', 'medium', 'persons/role-holder'), person: splitFullName(name) });
  };
  for (const body of accepted) {
    if (body.kind !== 'name' || (body.type !== 'org' && body.type !== 'place')) continue;
    if (!ROLE_OF.test(unit.text.slice(Math.max(0, body.start - 40), body.start))) continue;
    const holder = NAME_AFTER_ROLE.exec(unit.text.slice(body.end));
    if (holder) add(body.end + holder[0].length - holder[1]!.length, holder[1]!);
  }
  // "the chairman of the government of the autonomous region, Saifuddin Azizi, …": a role in words, then its holder.
  for (const m of unit.text.matchAll(ROLE_THEN_HOLDER)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  // "Hysni Kapo, who until then had been silent, said:", "Östen Undén, Belfrage said, had told the cabinet": whoever opens a sentence and speaks is a person.
  for (const m of unit.text.matchAll(SPEAKING_SUBJECT)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  return out;
}

/** Two or three name words that open a sentence and say something, at once or after a "who" clause. */
const SPEAKING_SUBJECT = new RegExp(`(?:^|[.!?]\\s+)(?:(?:\\p{Lu}\\p{Ll}+ly|Then|Later|Afterwards|Finally|Next|Now|Here|Again|Also|Yesterday|Today)\\s+)?(${CAP}(?:\\s${CAP}){1,2})(?=,\\s+who\\s[^.!?"“”]{1,80},\\s+(?:said|stated|declared|replied|answered|added|remarked|objected|interrupted|exclaimed)\\b|,\\s+[^,.!?"“”]{1,40}\\s+(?:said|says|added|recalled|reported),\\s+(?:had\\s+|has\\s+)?(?:said|stated|declared|told|warned|remarked|assured)\\b|\\s+(?:then\\s+|also\\s+)?(?:said|stated|declared|replied|answered|remarked|objected|interrupted|exclaimed)\\s*[:,"“])`, 'gu');

const ROLE_THEN_HOLDER = new RegExp(`(?<![\\p{L}])(?:[Cc]hairman|[Ss]ecretary|[Mm]inister|[Pp]resident|[Pp]remier|[Hh]ead|[Ll]eader|[Cc]ommander|[Dd]irector|[Aa]mbassador|[Cc]hief|[Gg]overnor|[Mm]ayor|[Ee]ditor|[Cc]onsul|[Cc]ounsellor|[Cc]ounselor)(?:\\s+(?:of|in|for|at)\\s+[^,.;:"“”()\\[\\]]{1,60})?,\\s+(${CAP}(?:\\s${CAP}){1,2})(?=\\s*[,.;)]|\\s+(?:was|were|had|has|who|and)\\s)`, 'gu');

/** A role holder's name: words that are no titles, acronyms, places or common words, not inside an organization's or a place's name. */
function isRoleHolderName(name: string, start: number, accepted: Span[], ctx: RuleContext): boolean {
  const data = nameData();
  const words = name.split(' ');
  if (words.some((w) => data.notNames.has(w) || data.titles.includes(w) || data.acronyms.has(w) || ctx.gazetteer.byName.has(w) || DETERMINERS.has(w))) return false;
  // "… of the Xinjiang Uyghur Autonomous Region": common words alone are the rest of a name, no person.
  if (words.every((w) => isEnglishWord(w) && !isListedName(w, data))) return false;
  return !accepted.some((s) => s.start < start + name.length && start < s.end && s.kind === 'name' && (s as NameSpan).type !== 'person');
}

const ARTICLE_BEFORE = new RegExp(`(?<![\\p{L}])${ARTICLE}$`, 'iu');
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|to|from|at|near|via)\s$/u;
const LEADING_PARTICLE = /^(?:La|Le|Las|Los|El|De|Da|Du|Van|Von|Al)\s/;

const IN_CAPITALS = /^\p{Lu}[\p{Lu}'’ -]{2,}$/u;

/** Second pass: a name or surname alone, once the document has named its person by a strong rule. */
export function knownNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  if (ctx.knownNames.size === 0) return [];
  // "Hammarskjold" names the "Hammarskjöld" of an earlier paragraph, "Rankovic" "Ranković".
  // "La Paz" is the city, though "Paz" is a person's surname: a particle and a name that make a place's name.
  // "TARAKI. Thank you…": a name the text has used, in a label's or a heading's capitals.
  const lookup = (p: string) => (LEADING_PARTICLE.test(p) && ctx.gazetteer.byName.has(p) ? undefined
    : ctx.knownNames.get(p) ?? ctx.knownNames.get(asciiFold(p)) ?? (IN_CAPITALS.test(p) ? ctx.knownNames.get(titleCase(p)) : undefined));
  // "the meat combine in Choibalsan" is the town, though Marshal Choibalsan was named before.
  const townHere = (m: { start: number; end: number }) =>
    ctx.gazetteer.byName.has(unit.text.slice(m.start, m.end)) && LOCATIVE_BEFORE.test(unit.text.slice(Math.max(0, m.start - 6), m.start));
  // "[Deputy Foreign Minister Marian] Naszkowski": a first name that ends the translator's description is the surname's after it.
  const endsDescription = (m: { end: number }) => /^\]\s\p{Lu}/u.test(unit.text.slice(m.end, m.end + 3));
  return longestMatches(unit.text, lookup, { particles: true }).filter((m) => !townHere(m) && !endsDescription(m)).map((m) => {
    // "al-Sadat" is Anwar el-Sadat named again: the article goes with the name, whichever way it is spelled.
    const start = m.start - (ARTICLE_BEFORE.exec(unit.text.slice(Math.max(0, m.start - 5), m.start))?.[0].length ?? 0);
    return { ...make('person', start, m.end, unit.text.slice(start, m.end), '', 'medium', 'persons/known-name'), person: m.value };
  });
}

/** Titles and words the records abbreviate, which open surnames too ("Sen." is no Senghor). */
const ABBREVIATED_WORD = /^(?:Sen|Rep|Sec|Amb|Adm|Gov|Pres|Dep|Min|Gen|Col|Maj|Capt|Cmdr|Lieut|Prof|Corp|Dept|Dist|Reg|Chap|Vol|Fig|Bull|Mem|Cons|Tov|Kom|Ref|Encl|Doc|Trans|Corr|Incl|Approx|Ibid|Comr|Comrs|Cde|Cdes)$/u;
/** A word cut short with a stop, as shorthand notes write names: "Khrush.", "Vorosh.", "Kad.'s". */
const CUT_WORD = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}{2,})\.(?=['’]s|[\s,:;)]|$)/gu;

/**
 * "Khrush., Bulg., Vorosh., Malen., Molot., Kagan., Mikoyan": in shorthand notes, a surname cut short with a stop names the
 * one person the document or the lists of well-known persons name with a surname it opens (two letters more at least),
 * where no other surname opens so. Only in notes: where the document cuts two or more such surnames short. Certainty low.
 */
export function shortenedSurnames(unit: Unit, ctx: RuleContext): NameSpan[] {
  if (!CUT_WORD_AT_ALL.test(unit.text)) return [];
  // (Read once per document: the surnames a cut word may open, and whether the document is notes, where two cut words or more are
  // no names of their own; there "Malen." and "Kagan." may open surnames though the lists know them as first names.)
  let shorthand = shorthandOf.get(ctx);
  if (!shorthand) {
    const surnames = [...new Map([...ctx.knownNames.keys(), ...nameData().knownSurnames].filter((name) => !/\s/.test(name)).map((name) => [asciiFold(name), name])).values()];
    shorthand = { surnames, notes: new Set(cutsIn(ctx.documentText, surnames, ctx, true).map((c) => c.surname)).size >= 2 };
    shorthandOf.set(ctx, shorthand);
  }
  const found = shorthand.notes ? cutsIn(unit.text, shorthand.surnames, ctx, false) : [];
  return found.map(({ m, surname }) => ({
    ...make('person', m.index!, m.index! + m[1]!.length + 1, m[0], '', 'low', 'persons/shorthand'), person: ctx.knownNames.get(surname) ?? { surname },
  }));
}

const CUT_WORD_AT_ALL = /\p{Lu}\p{Ll}{2,}\./u;
const shorthandOf = new WeakMap<RuleContext, { surnames: string[]; notes: boolean }>();

/** The words cut short in a text, with the surname each opens. */
function cutsIn(text: string, surnames: readonly string[], ctx: RuleContext, strict: boolean): { m: RegExpMatchArray; surname: string }[] {
  return [...text.matchAll(CUT_WORD)].flatMap((m) => {
    const surname = cutSurname(m[1]!, text.slice(Math.max(0, m.index - 6), m.index), surnames, ctx, strict);
    return surname ? [{ m, surname }] : [];
  });
}

/**
 * The one surname a word cut short opens, if it is no word or place of its own and follows no preposition ("at Kos."); `strict`, if
 * it is no name the lists know either ("John.", "Kass.").
 */
function cutSurname(cut: string, before: string, surnames: readonly string[], ctx: RuleContext, strict: boolean): string | undefined {
  const data = nameData();
  if (strict && isListedName(cut, data)) return undefined;
  if (ABBREVIATED_WORD.test(cut) || isEnglishWord(cut.toLowerCase()) || MONTH_OR_DAY.test(`${cut}.`) || data.titleWords.has(cut)
    || data.notNames.has(cut) || ctx.gazetteer.byName.has(cut) || LOCATIVE_BEFORE.test(before)) return undefined;
  // (Of three letters, only a name the document uses: "Rak." for its Rakosi, not "Sen." for Senghor.)
  const opened = surnames.filter((name) => name.length >= cut.length + 2 && name.startsWith(cut) && (cut.length >= 4 || ctx.knownNames.has(name)));
  return opened.length === 1 ? opened[0] : undefined;
}

