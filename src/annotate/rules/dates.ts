// Dates in running text: full and partial dates (year inferred from the document), "of this year", numeric dates, bare years and months in context.
import { LOWER_MONTH, MONTH_PATTERN, monthNumber, readDateAt, readDayRange } from '../../parse/dates';
import type { Span } from '../spans';
import type { Rule } from '../rule';

const STARTS = new RegExp(`(?<![\\p{L}\\d])(?:"\\d{1,2}"|\\d{1,2}(?:\\s?(?:st|nd|rd|th))?\\s+(?:of\\s+)?${MONTH_PATTERN}|\\d{1,2}\\s+(?:${LOWER_MONTH})(?![\\p{L}])|(?:1[89]\\d\\d|20\\d\\d)\\s+${MONTH_PATTERN}\\s+\\d|${MONTH_PATTERN})`, 'gu');
/** Where a stretch of days may begin: "3-14 March 1959", "12 to 13 April", "April 10–12". */
const RANGE_STARTS = new RegExp(`(?<![\\p{L}\\d.,–-])(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–—]|to)\\s*\\d|${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*[-–—]\\s*\\d)`, 'gu');
const THIS_YEAR = /^\s+of\s+(?:this|the\s+current)\s+year\b/;
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
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2}|XI{0,2}|IX|VI{0,3}|IV|I{1,3})\.(1[89]\d\d|20\d\d|\d\d)(?![\d]|\.\d)/g;
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
const BETWEEN_DAYS = new RegExp(`(?<=\\bbetween\\s)(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(1[89]\\d\\d|20\\d\\d))?(?![\\p{L}\\d])`, 'gu');
/**
 * "reported on the 8th.", "it ended on the 25th": a day alone, of the document's own month, where nothing
 * follows it that it could number ("the 20th anniversary", "the 5th of April" are read otherwise).
 */
const DAY_OF_THE_MONTH = /(?<=\b(?:on|by|until|till|since|from|before|after)\s+the\s)(\d{1,2})(?:st|nd|rd|th)(?=[.,;:)]|$)/gu;
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** "by March 1st" in an October letter looks ahead: the inferred year is the next one. */
const DEADLINE = /\b(?:by|until|till|before|next)\s+$/;

export const datesRule: Rule = {
  name: 'dates',
  find(unit, ctx) {
    const spans: Span[] = [];
    const taken = (at: number) => spans.some((s) => s.start <= at && at < s.end);
    for (const m of unit.text.matchAll(BETWEEN_DAYS)) {
      const found = readDayRange(`${m[1]} ${m[2]}–${m[3]}${m[4] ? `, ${m[4]}` : ''}`, ctx.refYear);
      if (found) spans.push({ kind: 'date', value: { ...found.value, text: m[0] }, start: m.index, end: m.index + m[0].length, rule: 'dates/range' });
    }
    for (const m of unit.text.matchAll(MONTH_SPAN)) {
      const [from, to] = [monthNumber(m[1]!), monthNumber(m[2]!)];
      if (from >= to || taken(m.index)) continue;
      const iso = (month: number) => `${m[3]}-${String(month).padStart(2, '0')}`;
      spans.push({ kind: 'date', value: { text: m[0], from: iso(from), to: iso(to) }, start: m.index, end: m.index + m[0].length, rule: 'dates/range' });
    }
    for (const m of unit.text.matchAll(DAY_AND_DAY)) {
      const year = m[3] ?? (ctx.refYear !== undefined ? String(ctx.refYear) : undefined);
      const found = year === undefined || taken(m.index) ? undefined : readDateAt(`${m[1]} ${m[2]} ${year}`);
      if (found?.value.when) {
        spans.push({ kind: 'date', value: { text: m[1]!, when: found.value.when, ...(m[3] ? {} : { inferred: true }) }, start: m.index, end: m.index + m[1]!.length, rule: 'dates/day-and-day' });
      }
    }
    for (const m of unit.text.matchAll(RANGE_STARTS)) {
      if (taken(m.index)) continue;
      const found = readDayRange(unit.text.slice(m.index), ctx.refYear);
      if (found) spans.push({ kind: 'date', value: found.value, start: m.index, end: m.index + found.length, rule: 'dates/range' });
    }
    for (const m of unit.text.matchAll(STARTS)) {
      if (taken(m.index)) continue;
      const found = readDateAt(unit.text.slice(m.index), ctx.refYear);
      if (!found || !/\d/.test(found.value.text)) continue;
      let end = m.index + found.length;
      // "the September 30th Movement", "the 26 July Movement": the date names an organization.
      if (/^\s+(?:Movement|Uprising)\b/.test(unit.text.slice(end))) continue;
      const value = { ...found.value };
      if (value.inferred && value.when && ctx.documentDate && value.when < ctx.documentDate && DEADLINE.test(unit.text.slice(0, m.index))) {
        value.when = `${Number(value.when.slice(0, 4)) + 1}${value.when.slice(4)}`;
      }
      const thisYear = THIS_YEAR.exec(unit.text.slice(end));
      if (thisYear && value.inferred) {
        end += thisYear[0].length;
        value.text = unit.text.slice(m.index, end);
      }
      spans.push({ kind: 'date', value, start: m.index, end, rule: 'dates/full' });
    }
    for (const m of unit.text.matchAll(NUMERIC_DATE)) {
      const roman = ROMAN_MONTHS.indexOf(m[2]!) + 1;
      const [day, month] = [Number(m[1]), roman || Number(m[2])];
      // "13.5.66" could be a section number; with the month in Roman numerals, or a document year to give the century, it is a date.
      const century = roman || ctx.refYear !== undefined ? String(ctx.refYear ?? 1900).slice(0, 2) : undefined;
      const year = m[3]!.length === 4 ? m[3]! : century && `${century}${m[3]}`;
      const when = year ? isoDay(Number(year), month, day) : undefined;
      if (taken(m.index) || !when) continue;
      spans.push({ kind: 'date', value: { text: m[0], when }, start: m.index, end: m.index + m[0].length, rule: 'dates/numeric' });
    }
    if (ctx.refYear !== undefined) {
      for (const m of unit.text.matchAll(NUMERIC_DAY_MONTH)) {
        const month = ROMAN_MONTHS.indexOf(m[2]!.toUpperCase()) + 1 || Number(m[2]);
        const when = isoDay(ctx.refYear, month, Number(m[1]));
        if (taken(m.index) || !when) continue;
        spans.push({ kind: 'date', value: { text: m[0], when, inferred: true }, start: m.index, end: m.index + m[0].length, rule: 'dates/numeric' });
      }
    }
    const month = ctx.documentDate?.match(/^(\d{4})-(\d\d)/);
    if (month) {
      for (const m of unit.text.matchAll(DAY_OF_THE_MONTH)) {
        const when = isoDay(Number(month[1]), Number(month[2]), Number(m[1]));
        if (taken(m.index) || !when) continue;
        spans.push({ kind: 'date', value: { text: m[0], when, inferred: true }, start: m.index, end: m.index + m[0].length, rule: 'dates/day-of-month' });
      }
    }
    for (const m of unit.text.matchAll(BARE_YEAR)) {
      if (taken(m.index)) continue;
      spans.push({ kind: 'date', value: { text: m[0], when: m[0] }, start: m.index, end: m.index + m[0].length, rule: 'dates/year' });
    }
    if (ctx.refYear !== undefined) {
      for (const m of unit.text.matchAll(BARE_MONTH)) {
        if (taken(m.index)) continue;
        const month = String(new Date(`${m[0]} 1, 2000`).getMonth() + 1).padStart(2, '0');
        // "in March of this year": the words that give the year belong to the date.
        const end = m.index + m[0].length + (THIS_YEAR.exec(unit.text.slice(m.index + m[0].length))?.[0].length ?? 0);
        spans.push({
          kind: 'date', value: { text: unit.text.slice(m.index, end), when: `${ctx.refYear}-${month}`, inferred: true },
          start: m.index, end, rule: 'dates/month',
        });
      }
    }
    return spans;
  },
};

/** The ISO 8601 form of a day, or undefined when there is no such day ("31.2.", "13.13."). */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate())) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
