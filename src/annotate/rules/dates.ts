// Dates in running text: full and partial dates (year inferred from the document), "of this year", numeric dates, bare years and months in context.
import { LOWER_MONTH, MONTH_PATTERN, monthNumber, readDateAt, readDayRange } from '../../parse/dates';
import type { DateValue } from '../../model/edition';
import type { Span } from '../spans';
import type { Rule, RuleContext } from '../rule';
import type { Unit } from '../unit';

const STARTS = new RegExp(`(?<![\\p{L}\\d])(?:["“«]\\d{1,2}["”»]|\\d{1,2}(?:\\s?(?:st|nd|rd|th))?\\s+(?:of\\s+)?${MONTH_PATTERN}|\\d{1,2}\\s+(?:${LOWER_MONTH})(?![\\p{L}])|(?:1[89]\\d\\d|20\\d\\d)\\s+${MONTH_PATTERN}\\s+\\d|${MONTH_PATTERN})`, 'gu');
/** Where a stretch of days may begin: "3-14 March 1959", "12 to 13 April", "11 through 31 July", "April 10–12". */
const RANGE_STARTS = new RegExp(`(?<![\\p{L}\\d.,–-])(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–—]|to|through)\\s*\\d|${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*|\\s+(?:to|through)\\s+)\\d)`, 'gu');
const THIS_YEAR = /^\s+of\s+(?:this|the\s+current)\s+year\b/;
/** "12 January [1950]", "March 3, [1951]": a year in brackets after a day and month (the brackets rule makes it supplied). */
const YEAR_SUPPLIED_AFTER = /^,?\s\[(1[89]\d\d|20\d\d)\]/;
/** A year standing alone is a date only after words that introduce a time. */
/** ("the agreement for 1963"; "in 1956–1958" is two years.) */
const BARE_YEAR = /(?<=\b(?:in|of|for|since|until|till|by|from|before|after|during|to|years?|spring|summer|autumn|fall|winter|end\s+of|beginning\s+of|early|late|mid-|early\s+as|(?:1[89]|20)\d\d\s+(?:and|or|to))\s|\b(?:1[89]|20)\d\d[–-])(1[89]\d\d|20\d\d)(?!\d|-(?!(?:1[89]|20)\d\d\b))/gi;
/**
 * A month alone ("the March Plenum", "in January"); "May" alone is too often the verb, but not in "May of this year"
 * or after a word of time and before a stop ("at the end of May.", "from April to May,").
 */
const BARE_MONTH = /(?<![\p{L}])(?<!Great\s)(January|February|March|April|June|July|August|September|October|November|December|May(?=\s+of\s+(?:this|the\s+current)\s+year\b)|(?<=\b(?:in|of|since|until|till|from|to|during|early|late|mid-|end\s+of|beginning\s+of)\s)May(?=[.,;:]|\s+(?:and|or|to|when|while)\b))(?![\p{L}])(?!\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Revolution|Movement|Uprising|Theses)\b)/gu;
/**
 * "13.5.1966", "5.IV.1962", "15.X.62": day, month and year in figures (the month also in Roman numerals), as
 * Central and East European documents write dates. A year of two figures is of the document's century.
 */
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2}|XI{0,2}|IX|VI{0,3}|IV|I{1,3})(?:\.|(?<=[IVX])\.?\s)(1[89]\d\d|20\d\d|\d\d)(?![\d]|\.\d)/g;
/**
 * "the telegram of 13.9.", "on 3.XII.": day and month alone, after a word that introduces a date (a
 * number such as "Section 13.9." has none); the year is the document's.
 */
const NUMERIC_DAY_MONTH = /(?<=\b(?:of|on|from|dated|since|until|till|by|before|after)\s)(\d{1,2})\.(\d{1,2}|XI{0,2}|IX|VI{0,3}|IV|I{1,3})\.(?![\d\p{L}])/giu;
/** "May-June 1949": a stretch of months in one year. */
const MONTH_SPAN = new RegExp(`(?<![\\p{L}])(${MONTH_PATTERN})[-–](${MONTH_PATTERN})\\s+(1[89]\\d\\d|20\\d\\d)(?![\\d\\p{L}])`, 'gu');
/** "On 13 and 15 January": the first of two days that share the second's month. */
const DAY_AND_DAY = new RegExp(`(?<![\\p{L}\\d]|${MONTH_PATTERN}\\s)(\\d{1,2})(?=\\s+and\\s+\\d{1,2}\\s+(${MONTH_PATTERN})(?:,?\\s+(1[89]\\d\\d|20\\d\\d))?(?![\\p{L}]))`, 'gu');
/** "between December 19 and 24": a stretch of days whose last is joined by "and". */
const BETWEEN_DAYS = new RegExp(`(?<=\\b[Bb]etween\\s)(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(1[89]\\d\\d|20\\d\\d))?(?![\\p{L}\\d])`, 'gu');
/** "between 18 and 26 April", "between the 18th and 26th of April": the month written once, after the last day (not "13 and 15 January", two days). */
const BETWEEN_DAYS_OF_A_MONTH = new RegExp(`(?<=\\b[Bb]etween\\s)(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+(1[89]\\d\\d|20\\d\\d))?(?![\\p{L}\\d])`, 'gu');
/**
 * "reported on the 8th.", "it ended on the 25th": a day alone, of the document's own month, where nothing
 * follows it that it could number ("the 20th anniversary", "the 5th of April" are read otherwise).
 */
const DAY_OF_THE_MONTH = /(?<=\b(?:on|by|until|till|since|from|before|after)\s+the\s)(\d{1,2})(?:st|nd|rd|th)(?=[.,;:)]|\s+of\s+this\s+month|$)/gu;
/** "On the 22nd [of February]", "on 16 [September]": a day whose month the translator supplied in brackets (the supplied words inside the date). */
const DAY_WITH_SUPPLIED_MONTH = new RegExp(`(?<![\\p{L}\\d.,/-])(?<!No\\.\\s)(\\d{1,2})(?:st|nd|rd|th)?\\s\\[(?:of\\s)?(${MONTH_PATTERN})\\]`, 'gu');
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** "by March 1st" in an October letter looks ahead: the inferred year is the next one. */
const DEADLINE = /\b(?:by|until|till|before|next)\s+$/;

export const datesRule: Rule = {
  name: 'dates',
  find(unit, ctx) {
    // Readers in priority order: a date that starts inside one already read is not read again.
    const spans: Span[] = [];
    for (const read of READERS) {
      for (const span of read(unit, ctx)) if (!spans.some((s) => s.start <= span.start && span.start < s.end)) spans.push(span);
    }
    return spans;
  },
};

type DateReader = (unit: Unit, ctx: RuleContext) => Span[];

const date = (value: DateValue, start: number, end: number, rule: string): Span => ({ kind: 'date', value, start, end, rule });

/** "between December 19 and 24", "between 18 and 26 April". */
function daysBetween(unit: Unit, ctx: RuleContext): Span[] {
  const range = (m: RegExpMatchArray, month: string, first: string, last: string, year: string | undefined) => {
    const found = readDayRange(`${month} ${first}–${last}${year ? `, ${year}` : ''}`, ctx.refYear);
    return found ? [date({ ...found.value, text: m[0] }, m.index!, m.index! + m[0].length, 'dates/range')] : [];
  };
  return [...[...unit.text.matchAll(BETWEEN_DAYS)].flatMap((m) => range(m, m[1]!, m[2]!, m[3]!, m[4])),
    ...[...unit.text.matchAll(BETWEEN_DAYS_OF_A_MONTH)].flatMap((m) => range(m, m[3]!, m[1]!, m[2]!, m[4]))];
}

/** "May-June 1949". */
function monthSpans(unit: Unit): Span[] {
  return [...unit.text.matchAll(MONTH_SPAN)].flatMap((m) => {
    const [from, to] = [monthNumber(m[1]!), monthNumber(m[2]!)];
    const iso = (month: number) => `${m[3]}-${String(month).padStart(2, '0')}`;
    return from < to ? [date({ text: m[0], from: iso(from), to: iso(to) }, m.index, m.index + m[0].length, 'dates/range')] : [];
  });
}

/** "13" of "13 and 15 January". */
function firstOfTwoDays(unit: Unit, ctx: RuleContext): Span[] {
  return [...unit.text.matchAll(DAY_AND_DAY)].flatMap((m) => {
    const year = m[3] ?? (ctx.refYear !== undefined ? String(ctx.refYear) : undefined);
    const when = year === undefined ? undefined : readDateAt(`${m[1]} ${m[2]} ${year}`)?.value.when;
    return when ? [date({ text: m[1]!, when, ...(m[3] ? {} : { inferred: true }) }, m.index, m.index + m[1]!.length, 'dates/day-and-day')] : [];
  });
}

/** "3-14 March 1959", "April 10–12". */
function dayRanges(unit: Unit, ctx: RuleContext): Span[] {
  return [...unit.text.matchAll(RANGE_STARTS)].flatMap((m) => {
    const found = readDayRange(unit.text.slice(m.index), ctx.refYear);
    return found ? [date(found.value, m.index, m.index + found.length, 'dates/range')] : [];
  });
}

/** "9 April 1962", "May 8, 1962", "April 5" (the document's year, or the next one's after "by"), "March 1st of this year". */
function fullDates(unit: Unit, ctx: RuleContext): Span[] {
  return [...unit.text.matchAll(STARTS)].flatMap((m) => {
    const found = readDateAt(unit.text.slice(m.index), ctx.refYear);
    if (!found || !/\d/.test(found.value.text)) return [];
    let end = m.index + found.length;
    // "the September 30th Movement", "the 26 July Movement": the date names an organization.
    if (/^\s+(?:Movement|Uprising)\b/.test(unit.text.slice(end))) return [];
    const value = { ...found.value };
    if (value.inferred && value.when && ctx.documentDate && value.when < ctx.documentDate && DEADLINE.test(unit.text.slice(0, m.index))) {
      value.when = `${Number(value.when.slice(0, 4)) + 1}${value.when.slice(4)}`;
    }
    const thisYear = THIS_YEAR.exec(unit.text.slice(end));
    const suppliedYear = YEAR_SUPPLIED_AFTER.exec(unit.text.slice(end));
    if (thisYear && value.inferred) {
      end += thisYear[0].length;
      value.text = unit.text.slice(m.index, end);
    } else if (suppliedYear && (value.inferred || !value.when)) {
      // "12 January [1950]": the translator supplied the year; the date is read with it, not inferred.
      const withYear = readDateAt(`${unit.text.slice(m.index, end).replace(/,$/, '')} ${suppliedYear[1]}`)?.value.when;
      if (withYear) {
        end += suppliedYear[0].length;
        Object.assign(value, { text: unit.text.slice(m.index, end), when: withYear, inferred: undefined });
      }
    }
    return [date(value, m.index, end, 'dates/full')];
  });
}

/** A word that introduces a date: "On 1.XI 62 the ship left" in a document without a date of its own. */
const DATE_WORD_BEFORE = /(?:^|[^\p{L}])(?:on|of|dated|since|until|from)\s$/iu;

/** "5.IV.1962", "15.X.62", "03.12.63", "1.XI 62", "11.25.63". */
function numericDates(unit: Unit, ctx: RuleContext): Span[] {
  return [...unit.text.matchAll(NUMERIC_DATE)].flatMap((m) => {
    const roman = ROMAN_MONTHS.indexOf(m[2]!) + 1;
    // "11.25.63": a month first, American style, where the second number can be no month.
    const monthFirst = !roman && Number(m[2]) > 12 && Number(m[1]) <= 12;
    const [day, month] = monthFirst ? [Number(m[2]), Number(m[1])] : [Number(m[1]), roman || Number(m[2])];
    // "13.5.66" could be a section number; with the month in Roman numerals, or a document year to give the century, it is a date.
    const century = roman || ctx.refYear !== undefined ? String(ctx.refYear ?? 1900).slice(0, 2) : undefined;
    const year = m[3]!.length === 4 ? m[3]! : century && `${century}${m[3]}`;
    // The rarer forms ("1.XI 62" with a space, "11.25.63" month first) only for a year near the document's:
    // "5.IV 10 delegates" and "paragraphs 1.15.20" are a count and a section.
    const rarer = monthFirst || /\s/.test(m[0]);
    const near = year !== undefined && ctx.refYear !== undefined && Math.abs(Number(year) - ctx.refYear) <= (monthFirst ? 1 : 10);
    const introduced = ctx.refYear === undefined && roman && DATE_WORD_BEFORE.test(unit.text.slice(Math.max(0, m.index - 8), m.index));
    if (rarer && !near && !introduced) return [];
    const when = year ? isoDay(Number(year), month, day) : undefined;
    return when ? [date({ text: m[0], when }, m.index, m.index + m[0].length, 'dates/numeric')] : [];
  });
}

/**
 * "Received in Moscow on 10/14/50", "14/10/1950": a date with slashes, for a year near the document's, whose
 * day is the number that can be no month.
 */
const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;

function slashDates(unit: Unit, ctx: RuleContext): Span[] {
  const refYear = ctx.refYear;
  if (refYear === undefined) return [];
  return [...unit.text.matchAll(SLASH_DATE)].flatMap((m) => {
    const year = m[3]!.length === 4 ? Number(m[3]) : Number(`${String(refYear).slice(0, 2)}${m[3]}`);
    if (Math.abs(year - refYear) > 1) return [];
    const [first, second] = [Number(m[1]), Number(m[2])];
    // "3/12/50" may be either order: no date is read rather than a wrong one.
    if (first <= 12 && second <= 12 && first !== second) return [];
    const when = isoDay(year, first, second) ?? isoDay(year, second, first);
    return when ? [date({ text: m[0], when }, m.index, m.index + m[0].length, 'dates/slash')] : [];
  });
}

/** "the telegram of 13.9.", "on 3.XII.", in the document's year. */
function numericDaysAndMonths(unit: Unit, ctx: RuleContext): Span[] {
  const year = ctx.refYear;
  if (year === undefined) return [];
  return [...unit.text.matchAll(NUMERIC_DAY_MONTH)].flatMap((m) => {
    const roman = ROMAN_MONTHS.indexOf(m[2]!.toUpperCase()) + 1;
    // "dispatched on 4.24.": a Chinese record's month first, where the second number can be no month.
    const when = isoDay(year, roman || Number(m[2]), Number(m[1])) ?? (roman ? undefined : isoDay(year, Number(m[1]), Number(m[2])));
    return when ? [date({ text: m[0], when, inferred: true }, m.index, m.index + m[0].length, 'dates/numeric')] : [];
  });
}

/** "reported on the 8th.", in the document's month. */
function daysOfTheMonth(unit: Unit, ctx: RuleContext): Span[] {
  const month = ctx.documentDate?.match(/^(\d{4})-(\d\d)/);
  if (!month) return [];
  return [...unit.text.matchAll(DAY_OF_THE_MONTH)].flatMap((m) => {
    const when = isoDay(Number(month[1]), Number(month[2]), Number(m[1]));
    return when ? [date({ text: m[0], when, inferred: true }, m.index, m.index + m[0].length, 'dates/day-of-month')] : [];
  });
}

/** "the 22nd [of February]", "16 [September]", in the document's year. */
function daysWithSuppliedMonth(unit: Unit, ctx: RuleContext): Span[] {
  if (ctx.refYear === undefined) return [];
  return [...unit.text.matchAll(DAY_WITH_SUPPLIED_MONTH)].flatMap((m) => {
    // "by the 3rd [of January]" in a May letter looks ahead, as "by January 3" does.
    const ahead = ctx.documentDate !== undefined && DEADLINE.test(unit.text.slice(0, m.index).replace(/the\s$/iu, ''));
    const inYear = isoDay(ctx.refYear!, monthNumber(m[2]!), Number(m[1]));
    const when = inYear && ahead && inYear < ctx.documentDate! ? isoDay(ctx.refYear! + 1, monthNumber(m[2]!), Number(m[1])) : inYear;
    return when ? [date({ text: m[0], when, inferred: true }, m.index, m.index + m[0].length, 'dates/supplied-month')] : [];
  });
}

/** "the 1951 budget", "the 1958 crisis": a year before a noun that things of a year have (not "the 2000 prisoners"). */
const YEAR_BEFORE_NOUN = /(?<=(?:^|[^\p{L}])the\s)(?:1[89]\d\d|20\d\d)(?=\s+(?:budget|plan|elections?|agreement|treaty|harvest|crisis|session|congress|campaign|programme|program|events|visit|talks|conference|statement|declaration|constitution|resolution|decision|census|offensive|war|revolution|uprising|meeting|plenum|festival|negotiations|protocol|communiqu[eé]|accords?|reform|line|summit|memorandum|law|decree)\b)/giu;

/** "in 1957", "of 1960", "1956–1958", "the 1951 budget". */
function bareYears(unit: Unit): Span[] {
  return [...unit.text.matchAll(BARE_YEAR), ...unit.text.matchAll(YEAR_BEFORE_NOUN)]
    .map((m) => date({ text: m[0], when: m[0] }, m.index, m.index + m[0].length, 'dates/year'));
}

/** "in March", "in March of this year", in the document's year. */
function bareMonths(unit: Unit, ctx: RuleContext): Span[] {
  if (ctx.refYear === undefined) return [];
  return [...unit.text.matchAll(BARE_MONTH)].map((m) => {
    const month = String(new Date(`${m[0]} 1, 2000`).getMonth() + 1).padStart(2, '0');
    // "in March of this year": the words that give the year belong to the date.
    const end = m.index + m[0].length + (THIS_YEAR.exec(unit.text.slice(m.index + m[0].length))?.[0].length ?? 0);
    // "mid-July", "early-November": the part of the month belongs to the date.
    const start = m.index - (/(?:mid|early|late)-$/iu.exec(unit.text.slice(Math.max(0, m.index - 6), m.index))?.[0].length ?? 0);
    return date({ text: unit.text.slice(start, end), when: `${ctx.refYear}-${month}`, inferred: true }, start, end, 'dates/month');
  });
}

const READERS: DateReader[] = [
  daysBetween, monthSpans, firstOfTwoDays, dayRanges, fullDates, numericDates, slashDates, numericDaysAndMonths, daysOfTheMonth, daysWithSuppliedMonth, bareYears, bareMonths,
];

/** The ISO 8601 form of a day, or undefined when there is no such day ("31.2.", "13.13."). */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate())) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
