// The typed edition model between the parser and the TEI writer, named after the TEI elements it becomes.
import type { Position } from '../source';

/** A date as written and its machine-readable value. */
export interface DateValue {
  text: string;
  /** ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); absent when the text could not be read as a date. */
  when?: string;
  /** A stretch of days ("3-14 March 1959"): its first and last day, ISO 8601, instead of `when`. */
  from?: string;
  to?: string;
  /** The year (or more) was not written but taken from the document's date. */
  inferred?: boolean;
}

/** The archive's citation, as given and as parsed into its parts. */
export interface Citation {
  text: string;
  title?: string;
  date?: DateValue;
  /** The distributor named in the citation, e.g. "Wilson Center Digital Archive". */
  distributor?: string;
  /** The holding archive and file reference as cited, e.g. "AVP RF, f. 0100, op. 55". */
  archive?: string;
  /** The archive's abbreviation: the first part of the archive reference, e.g. "AVP RF". */
  archiveAbbr?: string;
  /** The translators, each as the citation names them ("Translated by X and Y." gives two). */
  translators?: string[];
  url?: string;
}

/** A labelled block the parser does not know; kept in the header, never dropped. */
export interface ExtraBlock {
  label: string;
  value: string;
  at: Position;
}

/** A language used in the edition: BCP 47 code and English name. */
export interface Language {
  ident: string;
  name: string;
}

/** Everything the teiHeader is made of. */
export interface EditionHeader {
  title: string;
  /** Record number in the archive (from the URL), if known. */
  recordId?: string;
  documentDate?: DateValue;
  /** The date of the event the document records (e.g. the conversation), when it differs. */
  eventDate?: DateValue;
  citation?: Citation;
  summary?: string;
  originalLanguage?: Language;
  /** What the export contains, e.g. "Translation - English". */
  contents?: string;
  language: Language;
  extraBlocks: ExtraBlock[];
  /** True when the transcript had no archive header and a minimal one was made. */
  minimal: boolean;
}

/** Inline content of paragraphs and opener/closer lines. */
export type Inline =
  | TextNode
  | LineBreak
  | PageBreakJoin
  | NameNode
  | DateNode
  | SaidNode
  | ForeignNode
  | SuppliedNode
  | GapNode
  | AbbrNode
  | SicNode
  | NoteNode
  | NoteRefNode;

export interface TextNode {
  kind: 'text';
  text: string;
}

/** A line break inside an opener or closer line group. */
export interface LineBreak {
  kind: 'lb';
}

/** Where two source paragraphs were rejoined because a page break had cut a sentence. */
export interface PageBreakJoin {
  kind: 'rejoin';
  /** The whitespace that stood between the two source paragraphs (kept as a single space). */
  at: Position;
}

/** Which register list an entity belongs to. */
export type EntityType = 'person' | 'org' | 'place';

/** How sure the annotator is: TEI's @cert values. */
export type Certainty = 'high' | 'medium' | 'low';

/** A person, organization or place name pointing into the document's lists. */
export interface NameNode {
  kind: 'name';
  type: EntityType;
  ref: string;
  cert: Certainty;
  children: Inline[];
}

export interface DateNode {
  kind: 'date';
  value: DateValue;
  children: Inline[];
}

/** Direct speech; `next`/`prev` link the parts of a quotation split by a reporting clause. */
export interface SaidNode {
  kind: 'said';
  id?: string;
  who: string;
  cert: Certainty;
  next?: string;
  prev?: string;
  children: Inline[];
}

/** A foreign-language word or phrase. */
export interface ForeignNode {
  kind: 'foreign';
  lang: string;
  children: Inline[];
}

/** An editorial note added by the converter (a gloss, a correction's reason); not source text. */
export interface NoteNode {
  kind: 'note';
  type: 'gloss' | 'correction' | 'editorial';
  text: string;
}

/** A call of one of the document's own endnotes in the text ("[1]"), kept as written. */
export interface NoteRefNode {
  kind: 'noteRef';
  /** The note's number. */
  n: string;
  text: string;
}

/** Text the editor (here: the translator's brackets) supplied. */
export interface SuppliedNode {
  kind: 'supplied';
  reason: string;
  /** What the brackets held, without them: text, or names in it ("he [Pham Van Dong] said"). */
  children: Inline[];
}

/** An omission or illegible passage the transcript marks in brackets. */
export interface GapNode {
  kind: 'gap';
  reason: string;
  /** The bracketed description as written, e.g. "one word unclear". */
  desc: string;
}

export interface AbbrNode {
  kind: 'abbr';
  abbr: string;
  expan: string;
}

/** A transcription slip and its correction. */
export interface SicNode {
  kind: 'sic';
  sic: string;
  corr: string;
}

/** What an opener or closer line is, so that it becomes the fitting TEI element. */
export type LineRole =
  | 'byline'
  | 'docAuthor'
  | 'dateline'
  | 'classification'
  | 'copy'
  | 'number'
  | 'title'
  | 'role'
  | 'signatureMark'
  | 'signatureName'
  | 'other';

/** One opener or closer item: a run of source lines of one role. */
export interface FrameLine {
  role: LineRole;
  /** Lines of the item; rendered with line breaks between them. */
  lines: Inline[][];
  /** Date value when the role is `dateline`. */
  date?: DateValue;
  at: Position;
}

export interface Paragraph {
  n: number;
  content: Inline[];
  at: Position;
}

/**
 * One of the document's own notes, as the archive prints them after the document ("[1] The meeting of…"):
 * source text, unlike the converter's notes.
 */
export interface Endnote {
  n: string;
  /** The note's number as written, e.g. "[1]". */
  label: string;
  /** The note's text after its label, with the whitespace between them. */
  content: Inline[];
  at: Position;
}

/** One mention of an entity in the text. */
export interface Mention {
  text: string;
  at: Position;
  /** Paragraph number, when the mention is in a paragraph. */
  paragraph?: number;
  /** The rule that found it. */
  rule: string;
}

/** An entry of the document's lists of persons, organizations and places. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Preferred name. */
  name: string;
  fullName?: string;
  /** Found by rules and not in the register: an editor should confirm it. */
  proposed: boolean;
  birth?: string;
  death?: string;
  role?: string;
  note?: string;
  originalName?: string;
  authority: { wikidata?: string; viaf?: string; geonames?: string };
  mentions: Mention[];
}

/** The whole edition of one transcript. */
export interface Edition {
  /** The document's xml:id. */
  id: string;
  file: string;
  header: EditionHeader;
  opener: FrameLine[];
  paragraphs: Paragraph[];
  closer: FrameLine[];
  /** The document's notes, printed after it and called in the text by their numbers. */
  endnotes: Endnote[];
  /** Entities the text mentions, in order of first mention; empty before annotation. */
  entities: Entity[];
}
