// The editorial declaration every edition carries: what the converter does to the transcript, in prose.
import type { Attrs } from './builder';

/** [element of editorialDecl, its attributes, the statement] in the order they are written. */
export const EDITORIAL_DECLARATIONS: [string, Attrs, string][] = [
  ['correction', { status: 'unknown', method: 'markup' },
    'The transcription is not corrected silently. Words that mix Cyrillic and Latin letters are recognition slips: ' +
    'they are kept in sic with the corrected form in corr and a note.'],
  ['normalization', { method: 'markup' },
    'Characters are Unicode NFC and line ends LF; nothing else is normalised. Square brackets of the translator around ' +
    'a supplied word, a clarification (whose names are marked inside it), the completion of an abbreviated word or an ' +
    'omission are encoded as supplied or gap and are not kept as characters. A word of the ' +
    'original in brackets keeps its brackets and is marked foreign: romanized Russian (ru-Latn), or the language of ' +
    'the document\'s original when the word is of it (zh-Latn for pinyin, pl for Polish), with a note.'],
  ['quotation', { marks: 'all' },
    'Quotation marks are kept as they stand in the transcript; direct speech is marked with said, and so are the ' +
    'words of a turn of minutes after its speaker\'s name ("Thorez: …", "KOSYGIN. …"), which may contain quotations, ' +
    'a paragraph without a name after a turn that goes on in the speaker\'s voice, and the paragraph after one that ' +
    'announces a named speaker\'s words ("Mao Zedong went on to say:") (both cert="medium"). A quotation that runs over ' +
    'several paragraphs is one said per paragraph, linked by @next and @prev.'],
  ['hyphenation', { eol: 'none' }, 'The transcript has no end-of-line hyphenation; hyphens are kept as written.'],
  ['segmentation', {},
    'Paragraphs are the blank-line separated blocks of the transcript, numbered with @n. A block that ends without ' +
    'punctuation followed by one that begins in lower case is one paragraph cut by a page break: the two are joined, ' +
    'and the join is marked with pb type="rejoin" (cert="medium") so that an editor can review it. Markdown hard ' +
    'breaks in the opener and closer are lb.'],
  ['interpretation', {},
    'The opener and closer lines are typed by rule (byline, docAuthor, dateline, classification stamp, copy ' +
    'number, title, signature). A body\'s organ named with the body ("the Politburo of the CC PLA") is one orgName. ' +
    'Markup inferred by tei-edition carries @cert; dates whose year is taken from the document date carry ' +
    'evidence="internal".'],
];
