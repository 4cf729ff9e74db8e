// Reads dates as archive translators write them ("9 April 1962", "May 8, 1962", "\"8\" May, 1962", "March 1st").
import type { DateValue } from '../model/edition';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month names and their usual abbreviations, longest first so that "June" wins over "Jun". */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|' +
  // Headings in capitals: "THE RECEPTION OF 8 FEBRUARY".
  'JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';

/**
 * Month names in lower case, read only after a day's number ("19 march"); "may" and "march", verbs too
 * ("points 1 and 2 may be revised"), only before a year, a stop or "this year".
 */
export const LOWER_MONTH = 'january|february|april|june|july|august|september|october|november|december|(?:may|march)(?=,?\\s+(?:1[89]\\d\\d|20\\d\\d|this\\s+year)|[.,;:)])';

/** A day number as written: 8, 08, 1st, 22nd, or the Russian-style quoted "8" (in straight, typographic or angle quotation marks). */
// "28 th September": a typist's space before the ordinal's ending.
const DAY = '(?:["“«](\\d{1,2})["”»]|(\\d{1,2})(?:\\s?(?:st|nd|rd|th)(?![A-Za-z]))?)(?!\\d)';
const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';

/** Each form, with the capture groups it fills: day (quoted or plain), month, year. */
const FORMS: { re: RegExp; day: number[]; month: number; year?: number }[] = [
  // 9 April 1962, "8" May, 1962, 5 April
  { re: new RegExp(`^${DAY}\\s+(${MONTH_PATTERN})(?:,?\\s*${YEAR})?`), day: [1, 2], month: 3, year: 4 },
  // the 5th of April, 26th of July 1953
  { re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+(${MONTH_PATTERN})(?:,?\\s*${YEAR})?`), day: [1], month: 2, year: 3 },
  // May 8, 1962, March 1,1962, March 1st, February 22
  { re: new RegExp(`^(${MONTH_PATTERN})\\s+${DAY}(?:(?:,\\s*|\\s+)${YEAR})?`), day: [2, 3], month: 1, year: 4 },
  // May 1962, May, 1962, January of 1962
  { re: new RegExp(`^(${MONTH_PATTERN}),?\\s+(?:of\\s+)?${YEAR}`), day: [], month: 1, year: 2 },
  // 19 march, 17 march 1980: a month in lower case after its day, as some translations type it
  { re: new RegExp(`^(\\d{1,2})\\s+(${LOWER_MONTH})(?:,?\\s*${YEAR})?(?![A-Za-z])`), day: [1], month: 2, year: 3 },
  // 1984 March 25: the year first, as translations from Japanese and Chinese write it
  { re: new RegExp(`^${YEAR}\\s+(${MONTH_PATTERN})\\s+${DAY}`), day: [3, 4], month: 2, year: 1 },
];

/** A date read from the start of a string: how many characters it took and its value. */
export interface DateMatch {
  length: number;
  value: DateValue;
}

/**
 * Reads a date at the start of `text`. A date with day and month but no year takes the
 * year of `refYear` and is marked inferred; without a reference year it gets no @when.
 */
export function readDateAt(text: string, refYear?: number): DateMatch | undefined {
  for (const form of FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const month = monthNumber(m[form.month]!);
    const dayText = form.day.map((i) => m[i]).find((d) => d !== undefined);
    const day = dayText === undefined ? undefined : Number(dayText);
    const yearText = form.year === undefined ? undefined : m[form.year];
    if (day !== undefined && (day < 1 || day > daysIn(month, Number(yearText ?? refYear ?? 2000)))) continue;
    const year = yearText !== undefined ? Number(yearText) : refYear;
    const value: DateValue = { text: m[0] };
    if (year !== undefined) value.when = isoDate(year, month, day);
    if (yearText === undefined && year !== undefined) value.inferred = true;
    return { length: m[0].length, value };
  }
  return undefined;
}

/** A stretch of days in one month, from the first day's number: "3-14 March 1959", "12 to 13 April", "11 through 31 July", "April 10–12, 1962". */
const DAY_RANGES: { re: RegExp; from: number; to: number; month: number; year: number }[] = [
  { re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[-–—]|to|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})(?:,?\\s*${YEAR})?(?![\\p{L}\\d])`, 'u'), from: 1, to: 2, month: 3, year: 4 },
  { re: new RegExp(`^(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*|\\s+(?:to|through)\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*${YEAR})?(?![\\p{L}\\d])`, 'u'), from: 2, to: 3, month: 1, year: 4 },
];

/**
 * Reads a stretch of days at the start of `text`: its value has `from` and `to` instead of `when`. The
 * days must be in order and in the month; without a year written, the year is `refYear`'s (inferred).
 */
export function readDayRange(text: string, refYear?: number): DateMatch | undefined {
  for (const form of DAY_RANGES) {
    const m = form.re.exec(text);
    if (!m) continue;
    const month = monthNumber(m[form.month]!);
    const yearText = m[form.year];
    const year = yearText !== undefined ? Number(yearText) : refYear;
    const [first, last] = [Number(m[form.from]), Number(m[form.to])];
    if (year === undefined || first < 1 || first >= last || last > daysIn(month, year)) return undefined;
    const value: DateValue = { text: m[0], from: isoDate(year, month, first), to: isoDate(year, month, last) };
    if (yearText === undefined) value.inferred = true;
    return { length: m[0].length, value };
  }
  return undefined;
}

/** Reads a string that is wholly a date (trailing full stop allowed); undefined otherwise. */
export function readWholeDate(text: string, refYear?: number): DateValue | undefined {
  const trimmed = text.trim();
  const found = readDateAt(trimmed, refYear);
  if (!found || !/^\.?$/.test(trimmed.slice(found.length))) return undefined;
  return found.value;
}

/** The year of an ISO date value, if it has one. */
export function yearOf(date: DateValue | undefined): number | undefined {
  const m = date?.when ? /^(\d{4})/.exec(date.when) : null;
  return m ? Number(m[1]) : undefined;
}

/** The number of a month by its name or abbreviation ("March", "Sept."). */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day?: number): string {
  const mm = String(month).padStart(2, '0');
  return day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
